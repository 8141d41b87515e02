// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelfixture.h"

#include "commands/designcommands.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/presentermode.h"
#include "panels/comparedock.h"
#include "panels/lessondock.h"
#include "scene/designview.h"
#include "scene/laserpointer.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QTreeWidget>
#include <QtTest>

using namespace avsnet;
using namespace avsnet::ui;

class TestCompareDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutSnapshotWhatIsDisabledIsCompared();
    void aSnapshotReplacesTheBaseline();
    void snapshotAgainstItselfIsEmpty();
    void globalReachOffShowsOnPremToAvsLost();
    void undoReturnsToNoDifference();
    void activatingAPairTracesIt();
    void presenterModeHidesDocksAndComesBack();

private:
    void disableGlobalReach();

    std::unique_ptr<test::PanelFixture> m_fixture;
    std::unique_ptr<CompareDock> m_dock;
};

void TestCompareDock::init()
{
    m_fixture = std::make_unique<test::PanelFixture>();
    const QString loaded = m_fixture->load(test::samplePath());
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    m_dock = std::make_unique<CompareDock>(&m_fixture->document, &m_fixture->runner,
                                           &m_fixture->trace);
}

void TestCompareDock::cleanup()
{
    m_dock.reset();
    m_fixture.reset();
}

void TestCompareDock::disableGlobalReach()
{
    const core::Link *link = m_fixture->document.topology().link("gr-ams-avs");
    QVERIFY(link);
    core::Link disabled = *link;
    disabled.disabled = true;
    m_fixture->document.undoStack()->push(
        new ChangeLink(&m_fixture->document, *link, disabled, QStringLiteral("Disable link")));
    m_fixture->runner.waitForIdle();
    m_dock->waitForIdle();
}

void TestCompareDock::withoutSnapshotWhatIsDisabledIsCompared()
{
    // The natural order: disable something, then ask what changed. No snapshot is needed:
    // the baseline is the same design with nothing disabled.
    m_dock->waitForIdle();
    QVERIFY(!m_dock->hasSnapshot());
    QVERIFY(m_dock->difference().empty());
    disableGlobalReach();
    const auto &difference = m_dock->difference();
    QVERIFY(std::any_of(difference.reachability.begin(), difference.reachability.end(),
                        [](const core::ReachabilityChange &change) {
                            return !change.gained && change.from == "contoso-dc"
                                   && change.to == "avs-weu";
                        }));
    // The difference follows the design as it changes on: a rename moves no route.
    const core::DesignDiff withoutGlobalReach = m_dock->difference();
    const core::Node before = *m_fixture->document.topology().node("contoso-dc");
    core::Node renamed = before;
    renamed.name = "Head office";
    m_fixture->document.undoStack()->push(
        new ChangeNode(&m_fixture->document, before, renamed, QStringLiteral("Rename")));
    m_fixture->runner.waitForIdle();
    m_dock->waitForIdle();
    QCOMPARE(m_dock->difference().reachability.size(), withoutGlobalReach.reachability.size());
    QCOMPARE(m_dock->difference().routes.size(), withoutGlobalReach.routes.size());
    // Switched back on, nothing differs.
    m_fixture->document.undoStack()->undo();
    m_fixture->document.undoStack()->undo();
    m_fixture->runner.waitForIdle();
    m_dock->waitForIdle();
    QVERIFY(m_dock->difference().empty());
}

void TestCompareDock::aSnapshotReplacesTheBaseline()
{
    disableGlobalReach();
    QVERIFY(!m_dock->difference().empty());
    m_dock->takeSnapshot();
    m_dock->waitForIdle();
    QVERIFY(m_dock->difference().empty());
    // Without the snapshot the disabled Global Reach shows again.
    m_dock->clearSnapshot();
    m_dock->waitForIdle();
    QVERIFY(!m_dock->hasSnapshot());
    QVERIFY(!m_dock->difference().empty());
}

void TestCompareDock::snapshotAgainstItselfIsEmpty()
{
    m_dock->takeSnapshot();
    m_dock->waitForIdle();
    QVERIFY(m_dock->hasSnapshot());
    QVERIFY(m_dock->difference().empty());
    QCOMPARE(m_dock->tree()->topLevelItemCount(), 0);
}

void TestCompareDock::globalReachOffShowsOnPremToAvsLost()
{
    m_dock->takeSnapshot();
    m_dock->waitForIdle();
    disableGlobalReach();
    const auto &difference = m_dock->difference();
    QVERIFY(difference.reachabilityCompared);
    const auto lost = [&](const char *from, const char *to) {
        return std::any_of(difference.reachability.begin(), difference.reachability.end(),
                           [&](const core::ReachabilityChange &change) {
                               return !change.gained && change.from == from && change.to == to;
                           });
    };
    QVERIFY(lost("contoso-dc", "avs-weu"));
    QVERIFY(lost("avs-weu", "contoso-dc"));
    QVERIFY(!difference.routes.empty());
    // The tree shows a reachability group and one group per changed table.
    QTreeWidgetItem *pairs = m_dock->tree()->topLevelItem(0);
    QCOMPARE(pairs->childCount(), int(difference.reachability.size()));
    QCOMPARE(m_dock->tree()->topLevelItemCount(), 1 + int(difference.routes.size()));
}

void TestCompareDock::undoReturnsToNoDifference()
{
    m_dock->takeSnapshot();
    m_dock->waitForIdle();
    disableGlobalReach();
    QVERIFY(!m_dock->difference().empty());
    m_fixture->document.undoStack()->undo();
    m_fixture->runner.waitForIdle();
    m_dock->waitForIdle();
    QVERIFY(m_dock->difference().empty());
}

void TestCompareDock::activatingAPairTracesIt()
{
    m_dock->takeSnapshot();
    m_dock->waitForIdle();
    disableGlobalReach();
    QTreeWidgetItem *pair = m_dock->tree()->topLevelItem(0)->child(0);
    QVERIFY(pair);
    emit m_dock->tree()->itemActivated(pair, 1);
    QVERIFY(m_fixture->trace.isActive());
    QVERIFY(m_fixture->trace.result());
    QVERIFY(!m_fixture->trace.result()->reachable());
}

void TestCompareDock::presenterModeHidesDocksAndComesBack()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto visibleDocks = [&window] {
        int count = 0;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            count += dock->isVisible() ? 1 : 0;
        return count;
    };
    const int docksBefore = visibleDocks();
    QVERIFY(docksBefore > 0);
    PresenterMode *presenter = window.presenterMode();
    QSignalSpy nextStep(presenter, &PresenterMode::nextLessonStep);
    QSignalSpy nextEvent(presenter, &PresenterMode::nextPropagationEvent);
    presenter->setActive(true);
    QVERIFY(presenter->isActive());
    QCOMPARE(visibleDocks(), 0);
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(presenter->laserPointer()->isOn());
    QTest::keyClick(window.view(), Qt::Key_PageDown);
    QTest::keyClick(window.view(), Qt::Key_Right);
    QCOMPARE(nextStep.count(), 1);
    QCOMPARE(nextEvent.count(), 1);
    // Page Down turns the lesson's page.
    QVERIFY(window.openLesson(QStringLiteral(":/lessons/02-global-reach.avsnet")));
    QVERIFY(window.lessonDock()->stepCount() > 1);
    const int step = window.lessonDock()->currentStep();
    QTest::keyClick(window.view(), Qt::Key_PageDown);
    QCOMPARE(window.lessonDock()->currentStep(), step + 1);
    QTest::keyClick(window.view(), Qt::Key_PageUp);
    QCOMPARE(window.lessonDock()->currentStep(), step);
    // The laser follows the mouse over the canvas.
    QTest::mouseMove(window.view()->viewport(), QPoint(200, 150));
    QTRY_VERIFY(presenter->laserPointer()->position().x() >= 0);
    QTest::keyClick(window.view(), Qt::Key_Escape);
    QVERIFY(!presenter->isActive());
    QVERIFY(!presenter->laserPointer()->isOn());
    QTRY_COMPARE(visibleDocks(), docksBefore);
    QVERIFY(window.menuBar()->isVisible());
}

QTEST_MAIN(TestCompareDock)
#include "tst_comparedock.moc"
