// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/intentcheck.h"
#include "panelfixture.h"
#include "panels/intentsdock.h"
#include "panels/intentsmodel.h"

#include <QPushButton>
#include <QTreeView>

using namespace avsnet;
using namespace avsnet::ui;

class TestIntentsDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void marksMatchCheckIntents();
    void addFromCurrentTraceThenUndo();
    void addUnreachableWithUniqueName();
    void renameAndChangeExpectation();
    void deleteSelected();
    void traceSetsTheController();

private:
    QPushButton *button(const char *name) const
    {
        return m_dock->findChild<QPushButton *>(QLatin1String(name));
    }
    std::vector<core::Intent> intents() const { return m_fixture->document.topology().intents; }

    std::unique_ptr<test::PanelFixture> m_fixture;
    std::unique_ptr<IntentsDock> m_dock;
};

void TestIntentsDock::init()
{
    m_fixture = std::make_unique<test::PanelFixture>();
    m_dock =
        std::make_unique<IntentsDock>(&m_fixture->document, &m_fixture->runner, &m_fixture->trace);
    const QString loaded = m_fixture->load(test::samplePath());
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    if (m_fixture->document.topology().intents.empty())
        QSKIP("the sample has no intents");
}

void TestIntentsDock::cleanup()
{
    m_dock.reset();
    m_fixture.reset();
}

void TestIntentsDock::marksMatchCheckIntents()
{
    const auto results = core::checkIntents(m_fixture->analysis());
    const IntentsModel *model = m_dock->intentsModel();
    QCOMPARE(model->rowCount(), int(results.size()));
    int met = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto &result = results[std::size_t(row)];
        met += result.holds ? 1 : 0;
        QCOMPARE(model->holds(row), result.holds);
        QCOMPARE(model->problem(row), QString::fromStdString(result.problem));
        QCOMPARE(model->index(row, IntentsModel::NameColumn).data().toString(),
                 QString::fromStdString(result.intent->name));
        QCOMPARE(model->index(row, IntentsModel::StatusColumn).data().toString(),
                 result.holds ? QStringLiteral("✓ met") : QStringLiteral("✗ broken"));
    }
    QCOMPARE(m_dock->windowTitle(),
             QStringLiteral("Intents (%1/%2 met)").arg(met).arg(results.size()));
}

void TestIntentsDock::addFromCurrentTraceThenUndo()
{
    const auto before = intents();
    QVERIFY(!button("addButton")->isEnabled());
    m_fixture->trace.setEndpoints(QStringLiteral("spoke1/workload"),
                                  QStringLiteral("hub/management"));
    QVERIFY(m_fixture->trace.result() && m_fixture->trace.result()->reachable());
    QVERIFY(button("addButton")->isEnabled());
    QTest::mouseClick(button("addButton"), Qt::LeftButton);

    QCOMPARE(intents().size(), before.size() + 1);
    const core::Intent added = intents().back();
    QCOMPARE(added.from, std::string("spoke1/workload"));
    QCOMPARE(added.to, std::string("hub/management"));
    QVERIFY(added.expect == core::Expectation::Reachable);
    QVERIFY(!added.name.empty());
    QCOMPARE(m_dock->intentsModel()->rowCount(), int(before.size()) + 1);
    QVERIFY(m_dock->intentsModel()->holds(int(before.size())));
    QCOMPARE(m_fixture->document.undoStack()->undoText(), QStringLiteral("Add intent"));

    m_fixture->document.undoStack()->undo();
    QVERIFY(intents() == before);
    QCOMPARE(m_dock->intentsModel()->rowCount(), int(before.size()));
    m_fixture->document.undoStack()->redo();
    QCOMPARE(intents().size(), before.size() + 1);
}

void TestIntentsDock::addUnreachableWithUniqueName()
{
    m_fixture->trace.setEndpoints(QStringLiteral("spoke1/workload"),
                                  QStringLiteral("spoke2/workload"));
    QVERIFY(m_fixture->trace.result() && !m_fixture->trace.result()->reachable());
    m_dock->addFromCurrentTrace();
    m_dock->addFromCurrentTrace();
    const auto all = intents();
    const core::Intent &first = all[all.size() - 2];
    const core::Intent &second = all.back();
    QVERIFY(first.expect == core::Expectation::Unreachable);
    QVERIFY(first.name != second.name);
    QVERIFY(m_dock->intentsModel()->holds(int(all.size()) - 1));
}

void TestIntentsDock::renameAndChangeExpectation()
{
    IntentsModel *model = m_dock->intentsModel();
    const auto before = intents();
    const int undoCount = m_fixture->document.undoStack()->count();
    QVERIFY(model->setData(model->index(0, IntentsModel::NameColumn), QStringLiteral("renamed")));
    QCOMPARE(intents().front().name, std::string("renamed"));
    QCOMPARE(m_fixture->document.undoStack()->count(), undoCount + 1);
    // A name another intent has is refused.
    QVERIFY(!model->setData(model->index(0, IntentsModel::NameColumn),
                            QString::fromStdString(before[1].name)));
    QVERIFY(!model->setData(model->index(0, IntentsModel::NameColumn), QStringLiteral("  ")));
    QCOMPARE(m_fixture->document.undoStack()->count(), undoCount + 1);

    const bool held = model->holds(0);
    const auto flipped = before[0].expect == core::Expectation::Reachable
                             ? QStringLiteral("unreachable")
                             : QStringLiteral("reachable");
    QVERIFY(model->setData(model->index(0, IntentsModel::ExpectColumn), flipped));
    QCOMPARE(model->index(0, IntentsModel::ExpectColumn).data().toString(), flipped);
    QCOMPARE(model->holds(0), !held);
    QVERIFY(m_dock->windowTitle().contains(QLatin1String(" met)")));

    m_fixture->document.undoStack()->undo();
    m_fixture->document.undoStack()->undo();
    QVERIFY(intents() == before);
    QCOMPARE(model->holds(0), held);
    QVERIFY(model->flags(model->index(0, IntentsModel::NameColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(0, IntentsModel::FromColumn)) & Qt::ItemIsEditable));
}

void TestIntentsDock::deleteSelected()
{
    const auto before = intents();
    QTreeView *view = m_dock->view();
    QVERIFY(!button("deleteButton")->isEnabled());
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(button("deleteButton")->isEnabled());
    QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
    auto expected = before;
    expected.erase(expected.begin() + 2);
    expected.erase(expected.begin());
    QVERIFY(intents() == expected);
    QCOMPARE(m_dock->intentsModel()->rowCount(), int(expected.size()));
    m_fixture->document.undoStack()->undo();
    QVERIFY(intents() == before);
}

void TestIntentsDock::traceSetsTheController()
{
    QTreeView *view = m_dock->view();
    view->setCurrentIndex(view->model()->index(1, IntentsModel::NameColumn));
    QTest::mouseClick(button("traceButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->trace.from(), QString::fromStdString(intents()[1].from));
    QCOMPARE(m_fixture->trace.to(), QString::fromStdString(intents()[1].to));
}

QTEST_MAIN(TestIntentsDock)
#include "tst_intentsdock.moc"
