// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reachabilitymatrix.h"
#include "commands/designcommands.h"
#include "document/displaynames.h"
#include "panelfixture.h"
#include "panels/tracedock.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace avsnet;
using namespace avsnet::ui;

namespace {

// The on-prem site and the first segment of the AVS private cloud, which Global Reach joins.
std::pair<QString, QString> onPremToAvs(const core::Topology &topology)
{
    QString onPrem;
    QString segment;
    for (const auto &node : topology.nodes) {
        if (node.kind() == core::NodeKind::OnPrem && onPrem.isEmpty())
            onPrem = QString::fromStdString(node.id);
        const auto *avs = node.as<core::AvsPrivateCloud>();
        if (avs && !avs->segments.empty() && segment.isEmpty())
            segment = QString::fromStdString(node.id + "/" + avs->segments.front().name);
    }
    return {onPrem, segment};
}

const core::Link *globalReach(const core::Topology &topology)
{
    for (const auto &link : topology.links) {
        if (link.kind() == core::LinkKind::GlobalReach)
            return &link;
    }
    return nullptr;
}

} // namespace

class TestTraceDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void endpointsAreListed();
    void reachablePair();
    void droppedWithoutGlobalReach();
    void enterTraces();
    void swapAndClear();
    void followsTheController();
    void unknownEndpoint();
    void hopActivated();

private:
    // Builds the fixture and the dock on `path`; empty, or why the design did not load.
    QString load(const QString &path);
    QPushButton *button(const char *name) const
    {
        return m_dock->findChild<QPushButton *>(QLatin1String(name));
    }

    std::unique_ptr<test::PanelFixture> m_fixture;
    std::unique_ptr<TraceDock> m_dock;
};

void TestTraceDock::init()
{
    const QString loaded = load(test::samplePath());
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
}

QString TestTraceDock::load(const QString &path)
{
    m_dock.reset();
    m_fixture = std::make_unique<test::PanelFixture>();
    const QString loaded = m_fixture->load(path);
    if (loaded.isEmpty())
        m_dock = std::make_unique<TraceDock>(&m_fixture->runner, &m_fixture->trace);
    return loaded;
}

void TestTraceDock::cleanup()
{
    m_dock.reset();
    m_fixture.reset();
}

void TestTraceDock::endpointsAreListed()
{
    const auto endpoints = core::matrixEndpoints(m_fixture->analysis());
    for (const char *name : {"from", "to"}) {
        auto *box = m_dock->findChild<QComboBox *>(QLatin1String(name));
        QVERIFY(box);
        QVERIFY(box->isEditable());
        QCOMPARE(box->count(), int(endpoints.size()));
        // Listed by name; each entry stands for the endpoint's id.
        const DisplayNames names(m_fixture->document.topology());
        QCOMPARE(box->itemText(0), names.endpoint(endpoints.front()));
        QCOMPARE(box->itemData(0).toString(), QString::fromStdString(endpoints.front()));
    }
    QCOMPARE(m_dock->objectName(), QStringLiteral("traceDock"));
}

void TestTraceDock::reachablePair()
{
    const auto [onPrem, segment] = onPremToAvs(m_fixture->document.topology());
    m_dock->setFrom(onPrem);
    m_dock->setTo(segment);
    QTest::mouseClick(button("traceButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->trace.from(), onPrem);
    QCOMPARE(m_fixture->trace.to(), segment);
    QCOMPARE(m_dock->verdict(), QStringLiteral("reachable"));
    QTreeWidget *hops = m_dock->hopTree();
    QCOMPARE(hops->topLevelItemCount(), 2);
    QVERIFY(m_fixture->trace.result());
    const auto &result = *m_fixture->trace.result();
    QCOMPARE(hops->topLevelItem(0)->childCount(), int(result.forward.hops.size()));
    QCOMPARE(hops->topLevelItem(1)->childCount(), int(result.back.hops.size()));
    const QTreeWidgetItem *first = hops->topLevelItem(0)->child(0);
    const DisplayNames names(m_fixture->document.topology());
    QCOMPARE(first->text(0), names.node(onPrem.toStdString()));
    QCOMPARE(first->data(0, Qt::UserRole).toString(), onPrem);
    QCOMPARE(first->text(2), QString::fromStdString(result.forward.hops.front().route->prefix));
    QVERIFY(first->text(3).startsWith(
        QString::fromStdString(result.forward.hops.front().route->nextHopType)));
    const QTreeWidgetItem *last = hops->topLevelItem(0)->child(first->parent()->childCount() - 1);
    QCOMPARE(last->text(1), names.endpoint(segment.toStdString())); // delivered at the segment
}

void TestTraceDock::droppedWithoutGlobalReach()
{
    // In Contoso the NVA's default route still carries on-prem to AVS through the hub, so
    // this uses a design where Global Reach is the only way.
    const QString loaded = load(test::designPath("global-reach-only"));
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    const auto [onPrem, segment] = onPremToAvs(m_fixture->document.topology());
    m_dock->setFrom(onPrem);
    m_dock->setTo(segment);
    m_dock->startTrace();
    QCOMPARE(m_dock->verdict(), QStringLiteral("reachable"));

    const core::Link *link = globalReach(m_fixture->document.topology());
    QVERIFY(link);
    core::Link disabled = *link;
    disabled.disabled = true;
    m_fixture->document.undoStack()->push(
        new ChangeLink(&m_fixture->document, *link, disabled, QStringLiteral("Disable link")));
    m_fixture->runner.waitForIdle();
    QVERIFY2(m_dock->verdict().startsWith(QLatin1String("dropped at ")),
             qPrintable(m_dock->verdict()));
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("verdict"))
                ->styleSheet()
                .contains(QLatin1String("#c62828")));
    const QTreeWidgetItem *forward = m_dock->hopTree()->topLevelItem(0);
    QVERIFY(forward->text(0).contains(QLatin1String("dropped")));
    QVERIFY(forward->child(forward->childCount() - 1)
                ->text(0)
                .startsWith(QLatin1String("dropped at ")));

    m_fixture->document.undoStack()->undo();
    m_fixture->runner.waitForIdle();
    QCOMPARE(m_dock->verdict(), QStringLiteral("reachable"));
}

void TestTraceDock::enterTraces()
{
    const auto [onPrem, segment] = onPremToAvs(m_fixture->document.topology());
    auto *from = m_dock->findChild<QComboBox *>(QStringLiteral("from"));
    auto *to = m_dock->findChild<QComboBox *>(QStringLiteral("to"));
    from->lineEdit()->setText(onPrem);
    to->lineEdit()->setText(QStringLiteral("10.255.255.255")); // typed, not in the list
    const int items = to->count();
    QTest::keyClick(to->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_fixture->trace.from(), onPrem);
    QCOMPARE(m_fixture->trace.to(), QStringLiteral("10.255.255.255"));
    QCOMPARE(to->count(), items);
    QVERIFY(!m_dock->verdict().isEmpty());
}

void TestTraceDock::swapAndClear()
{
    const auto [onPrem, segment] = onPremToAvs(m_fixture->document.topology());
    m_dock->setFrom(onPrem);
    m_dock->setTo(segment);
    QTest::mouseClick(button("swapButton"), Qt::LeftButton);
    QCOMPARE(m_dock->from(), segment);
    QCOMPARE(m_dock->to(), onPrem);
    QCOMPARE(m_fixture->trace.from(), segment);
    QCOMPARE(m_fixture->trace.to(), onPrem);
    QTest::mouseClick(button("clearButton"), Qt::LeftButton);
    QVERIFY(!m_fixture->trace.isActive());
    QVERIFY(m_dock->from().isEmpty());
    QVERIFY(m_dock->verdict().isEmpty());
    QCOMPARE(m_dock->hopTree()->topLevelItemCount(), 0);
}

void TestTraceDock::followsTheController()
{
    const auto [onPrem, segment] = onPremToAvs(m_fixture->document.topology());
    m_fixture->trace.setEndpoints(segment, onPrem);
    QCOMPARE(m_dock->from(), segment);
    QCOMPARE(m_dock->to(), onPrem);
    QCOMPARE(m_dock->verdict(), QStringLiteral("reachable"));
}

void TestTraceDock::unknownEndpoint()
{
    m_dock->setFrom(QStringLiteral("no-such-place"));
    m_dock->setTo(onPremToAvs(m_fixture->document.topology()).first);
    m_dock->startTrace();
    QVERIFY(!m_fixture->trace.result());
    QCOMPARE(m_dock->verdict(), m_fixture->trace.problem());
    QVERIFY(!m_dock->verdict().isEmpty());
}

void TestTraceDock::hopActivated()
{
    const auto [onPrem, segment] = onPremToAvs(m_fixture->document.topology());
    m_fixture->trace.setEndpoints(onPrem, segment);
    m_dock->resize(900, 500);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    QSignalSpy activated(m_dock.get(), &TraceDock::hopActivated);
    QTreeWidget *hops = m_dock->hopTree();
    QVERIFY(m_fixture->trace.result() && m_fixture->trace.result()->forward.hops.size() > 1);
    QVERIFY(hops->topLevelItemCount() > 0 && hops->topLevelItem(0)->childCount() > 1);
    QTreeWidgetItem *hop = hops->topLevelItem(0)->child(1);
    QTest::mouseClick(hops->viewport(), Qt::LeftButton, {}, hops->visualItemRect(hop).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().toString(),
             QString::fromStdString(m_fixture->trace.result()->forward.hops[1].node));
    // The path titles are not hops.
    QTest::mouseClick(hops->viewport(), Qt::LeftButton, {},
                      hops->visualItemRect(hops->topLevelItem(0)).center());
    QCOMPARE(activated.count(), 1);
}

QTEST_MAIN(TestTraceDock)
#include "tst_tracedock.moc"
