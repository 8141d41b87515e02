// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reachabilitymatrix.h"
#include "document/displaynames.h"
#include "panelfixture.h"
#include "panels/matrixdock.h"
#include "panels/matrixmodel.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace avsnet;
using namespace avsnet::ui;

class TestMatrixDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void computesOnlyWhenVisible();
    void modelMatchesReachabilityMatrix();
    void clickTracesTheCell();
    void recomputesOnNewAnalysis();
    void skipsLargeDesignsUntilAsked();

private:
    void showAndWait();

    std::unique_ptr<test::PanelFixture> m_fixture;
    std::unique_ptr<MatrixDock> m_dock;
};

void TestMatrixDock::init()
{
    m_fixture = std::make_unique<test::PanelFixture>();
    const QString loaded = m_fixture->load(test::samplePath());
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    m_dock = std::make_unique<MatrixDock>(&m_fixture->runner, &m_fixture->trace);
}

void TestMatrixDock::cleanup()
{
    m_dock.reset();
    m_fixture.reset();
}

void TestMatrixDock::showAndWait()
{
    QSignalSpy ready(m_dock.get(), &MatrixDock::matrixReady);
    m_dock->resize(900, 700);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 30000);
}

void TestMatrixDock::computesOnlyWhenVisible()
{
    QTest::qWait(50);
    QVERIFY(!m_dock->isComputing());
    QCOMPARE(m_dock->matrixModel()->rowCount(), 0);
    showAndWait();
    QVERIFY(m_dock->matrixModel()->rowCount() > 0);
}

void TestMatrixDock::modelMatchesReachabilityMatrix()
{
    showAndWait();
    const auto expected = core::reachabilityMatrix(m_fixture->analysis());
    const MatrixModel *model = m_dock->matrixModel();
    QCOMPARE(model->matrix().endpoints, expected.endpoints);
    QVERIFY(model->matrix().reachable == expected.reachable);
    const int count = int(expected.endpoints.size());
    QCOMPARE(model->rowCount(), count);
    QCOMPARE(model->columnCount(), count);
    for (int row = 0; row < count; ++row) {
        // Headers show names; the model keeps the ids for tracing.
        const QString name = DisplayNames(m_fixture->document.topology())
                                 .endpoint(expected.endpoints[std::size_t(row)]);
        QCOMPARE(model->endpoint(row), QString::fromStdString(expected.endpoints[std::size_t(row)]));
        QCOMPARE(model->headerData(row, Qt::Horizontal, Qt::ToolTipRole).toString(), name);
        QCOMPARE(model->headerData(row, Qt::Vertical).toString(), name);
        for (int column = 0; column < count; ++column) {
            const QModelIndex cell = model->index(row, column);
            QVERIFY(cell.data(Qt::BackgroundRole).value<QColor>().isValid());
            QCOMPARE(cell.data(Qt::UserRole).toBool(),
                     bool(expected.reachable[std::size_t(row)][std::size_t(column)]));
            if (row == column)
                QVERIFY(cell.data().toString().isEmpty());
            else
                QCOMPARE(cell.data().toString(), cell.data(Qt::UserRole).toBool()
                                                     ? QStringLiteral("✓")
                                                     : QStringLiteral("✗"));
        }
    }
    // Rotated labels keep the columns narrow.
    QTableView *view = m_dock->view();
    QVERIFY(view->horizontalHeader()->height() > view->horizontalHeader()->sectionSize(0));
    QVERIFY(m_dock->status().contains(QString::number(count)));
}

void TestMatrixDock::clickTracesTheCell()
{
    showAndWait();
    QTableView *view = m_dock->view();
    const QModelIndex cell = view->model()->index(1, 2);
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    const auto &endpoints = m_dock->matrixModel()->matrix().endpoints;
    QCOMPARE(m_fixture->trace.from(), QString::fromStdString(endpoints[1]));
    QCOMPARE(m_fixture->trace.to(), QString::fromStdString(endpoints[2]));
    QVERIFY(m_fixture->trace.result());
    QCOMPARE(m_fixture->trace.result()->reachable(),
             bool(m_dock->matrixModel()->matrix().reachable[1][2]));
    // A trace set elsewhere is shown as the current cell.
    m_fixture->trace.setEndpoints(QString::fromStdString(endpoints[2]),
                                  QString::fromStdString(endpoints[0]));
    QCOMPARE(view->currentIndex(), view->model()->index(2, 0));
}

void TestMatrixDock::recomputesOnNewAnalysis()
{
    showAndWait();
    const int before = m_dock->matrixModel()->rowCount();
    core::Topology topology = m_fixture->document.topology();
    core::Node site;
    site.id = "branch";
    site.data = core::OnPremSite{65020, {*core::Ipv4Prefix::parse("192.0.2.0/24")}, {}, false};
    topology.nodes.push_back(site);
    QSignalSpy ready(m_dock.get(), &MatrixDock::matrixReady);
    m_fixture->document.reset(topology, {});
    m_fixture->runner.analyzeNow();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !m_dock->isComputing(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_dock->matrixModel()->rowCount(), before + 1, 30000);
    QVERIFY(m_fixture->runner.analysis());
    const auto expected = core::reachabilityMatrix(*m_fixture->runner.analysis());
    QVERIFY(m_dock->matrixModel()->matrix().reachable == expected.reachable);
}

void TestMatrixDock::skipsLargeDesignsUntilAsked()
{
    showAndWait();
    // One endpoint more than the limit: on-prem sites with a /24 each.
    core::Topology topology;
    for (int i = 0; i <= MatrixDock::maximumEndpoints; ++i) {
        core::Node site;
        site.id = "site" + std::to_string(i);
        const core::Ipv4Address address(0xc0a80000u + (std::uint32_t(i) << 8));
        site.data = core::OnPremSite{65000, {core::Ipv4Prefix(address, 24)}, {}, false};
        topology.nodes.push_back(site);
    }
    m_fixture->document.reset(topology, {});
    m_fixture->runner.analyzeNow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dock->isComputing(), 30000);
    QCOMPARE(m_dock->matrixModel()->rowCount(), 0);
    QVERIFY2(m_dock->status().contains(QLatin1String("skipped")), qPrintable(m_dock->status()));
    auto *computeAnyway = m_dock->findChild<QPushButton *>(QStringLiteral("computeAnywayButton"));
    QVERIFY(computeAnyway && computeAnyway->isVisible());

    QSignalSpy ready(m_dock.get(), &MatrixDock::matrixReady);
    QTest::mouseClick(computeAnyway, Qt::LeftButton);
    QVERIFY(!computeAnyway->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);
    QCOMPARE(m_dock->matrixModel()->rowCount(), MatrixDock::maximumEndpoints + 1);
}

QTEST_MAIN(TestMatrixDock)
#include "tst_matrixdock.moc"
