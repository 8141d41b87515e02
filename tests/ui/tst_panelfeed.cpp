// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The docks' turn after an edit (AnalysisRunner::panelsDue, PanelFeed): after the canvas has
// its result, and for a dock behind another tab only once it is brought to the front.

#include "analysis/panelfeed.h"
#include "commands/designcommands.h"
#include "panelfixture.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>

using namespace avsnet;
using namespace avsnet::ui;

namespace {

// A dock that remembers which result it was last given.
struct FedDock
{
    QDockWidget *dock;
    std::shared_ptr<const core::Analysis> shown;
    int applied = 0;
};

} // namespace

class TestPanelFeed : public QObject
{
    Q_OBJECT

private:
    // Switches the first link of the design off (or on again): a real edit, one analysis.
    static void toggleFirstLink(Document &document)
    {
        core::Link changed = document.topology().links.front();
        const core::Link before = changed;
        changed.disabled = !changed.disabled;
        document.undoStack()->push(new ChangeLink(&document, before, changed, QStringLiteral("t")));
    }

private slots:
    void docksFollowTheCanvasAndHiddenTabsWaitUntilShown()
    {
        test::PanelFixture fixture;
        QVERIFY2(fixture.load(test::samplePath()).isEmpty(), "the sample loads");
        QMainWindow window;
        window.setCentralWidget(new QLabel(QStringLiteral("canvas")));
        FedDock front{new QDockWidget(QStringLiteral("front"), &window), {}};
        FedDock behind{new QDockWidget(QStringLiteral("behind"), &window), {}};
        for (FedDock *fed : {&front, &behind}) {
            fed->dock->setWidget(new QLabel(fed->dock->windowTitle()));
            window.addDockWidget(Qt::BottomDockWidgetArea, fed->dock);
            new PanelFeed(&fixture.runner, fed->dock, [fed](const auto &analysis) {
                fed->shown = analysis;
                ++fed->applied;
            });
        }
        window.tabifyDockWidget(front.dock, behind.dock);
        front.dock->raise();
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(behind.dock->visibleRegion().isEmpty());
        // Both start from the analysis there is.
        QCOMPARE(front.shown, fixture.runner.analysis());
        QCOMPARE(behind.shown, fixture.runner.analysis());

        // The canvas's turn: the docks have not had the new result yet.
        bool docksWaited = false;
        connect(&fixture.runner, &AnalysisRunner::analysisReady, this,
                [&](const auto &analysis) {
                    docksWaited = front.shown != analysis && fixture.runner.panelsPending();
                });
        QSignalSpy ready(&fixture.runner, &AnalysisRunner::analysisReady);
        toggleFirstLink(fixture.document);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(docksWaited);

        // The canvas painted: the dock in front follows; the one behind its tab does not.
        fixture.runner.canvasPainted();
        QTRY_COMPARE(front.shown, fixture.runner.analysis());
        QVERIFY(!fixture.runner.panelsPending());
        QVERIFY(behind.shown != fixture.runner.analysis());

        // Brought to the front, it shows the newest result.
        behind.dock->raise();
        QTRY_COMPARE(behind.shown, fixture.runner.analysis());
        QTRY_VERIFY(front.dock->visibleRegion().isEmpty());

        // Without a paint of the canvas the docks still follow, after a short wait.
        toggleFirstLink(fixture.document);
        QTRY_COMPARE(ready.count(), 2);
        QTRY_COMPARE(behind.shown, fixture.runner.analysis());
        QVERIFY(front.shown != fixture.runner.analysis());

        // A flush (tests, exports) brings every dock up to date, seen or not.
        const int frontApplied = front.applied;
        fixture.runner.flushPanels();
        QCOMPARE(front.shown, fixture.runner.analysis());
        QCOMPARE(front.applied, frontApplied + 1);
        // ...and only once.
        fixture.runner.flushPanels();
        QCOMPARE(front.applied, frontApplied + 1);
    }

    void waitForIdleLeavesEveryDockUpToDate()
    {
        test::PanelFixture fixture;
        QVERIFY2(fixture.load(test::samplePath()).isEmpty(), "the sample loads");
        QDockWidget dock; // never shown
        std::shared_ptr<const core::Analysis> shown;
        new PanelFeed(&fixture.runner, &dock, [&shown](const auto &analysis) { shown = analysis; });
        toggleFirstLink(fixture.document);
        fixture.runner.waitForIdle();
        QCOMPARE(shown, fixture.runner.analysis());
        QCOMPARE(shown->topology().links.front().disabled,
                 fixture.document.topology().links.front().disabled);
    }
};

QTEST_MAIN(TestPanelFeed)
#include "tst_panelfeed.moc"
