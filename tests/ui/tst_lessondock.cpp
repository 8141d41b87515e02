// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/designcommands.h"
#include "mainwindow/mainwindow.h"
#include "panelfixture.h"
#include "panels/lessondock.h"
#include "panels/lessonfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>

using namespace avsnet;
using namespace avsnet::ui;

namespace {

const QString globalReach = QStringLiteral(":/lessons/02-global-reach.avsnet");
const std::string introGoal = "on-prem reaches the hub";
const std::string brokenGoal = "on-prem reaches AVS web";

// What the learner draws in step 2 of the Global Reach lesson, as its solution has it.
core::Link globalReachLink()
{
    core::Link link;
    link.id = "gr-ams-avs";
    link.from = "er-ams";
    link.to = "avs-weu";
    link.data = core::GlobalReachLink{core::Ipv4Prefix::parse("10.255.255.0/29")};
    return link;
}

} // namespace

class TestLessonDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void builtInLessonsHaveSolutions();
    void brokenGoalShowsNotMet();
    void learnerEditTicksTheGoal();
    void nextAndPreviousMoveSteps();
    void hintShows();
    void showSolutionCompletesAndUndoRestores();
    void resetReturnsToStart();
    void solutionOfFilesAndSavedCopies();
    void nodeReferencesAreLinksThatSelect();
    void designWithoutLessonShowsMessage();
    void helpMenuOpensLessons();

private:
    void open(const QString &source)
    {
        QString error;
        auto design = readDesign(source, &error);
        QVERIFY2(design, qPrintable(error));
        m_fixture->document.reset(std::move(*design), QString());
        m_dock->setLessonSource(source);
        settle();
    }
    void settle() { m_fixture->runner.waitForIdle(); }
    void push(QUndoCommand *command)
    {
        m_fixture->document.undoStack()->push(command);
        settle();
    }
    QPushButton *button(const char *name) const
    {
        return m_dock->findChild<QPushButton *>(QLatin1String(name));
    }
    QLabel *label(const char *name) const { return m_dock->findChild<QLabel *>(QLatin1String(name)); }
    // The goal list's line for an intent, or empty.
    QString goalLine(const std::string &goal) const
    {
        const QString name = QString::fromStdString(goal);
        for (int row = 0; row < m_dock->goalsList()->count(); ++row) {
            const QString text = m_dock->goalsList()->item(row)->text();
            if (text.endsWith(name))
                return text;
        }
        return {};
    }

    std::unique_ptr<test::PanelFixture> m_fixture;
    std::unique_ptr<LessonDock> m_dock;
};

void TestLessonDock::initTestCase()
{
    // The main window reads and writes settings: keep them away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("avsnet-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lessondock"));
}

void TestLessonDock::init()
{
    m_fixture = std::make_unique<test::PanelFixture>();
    m_dock = std::make_unique<LessonDock>(&m_fixture->document, &m_fixture->runner,
                                          &m_fixture->selection);
    open(globalReach);
}

void TestLessonDock::cleanup()
{
    m_dock.reset();
    m_fixture.reset();
}

void TestLessonDock::builtInLessonsHaveSolutions()
{
    const auto &lessons = builtInLessons();
    const QStringList files = QDir(QStringLiteral(AVSNET_SOURCE_DIR "/resources/lessons"))
                                  .entryList({QStringLiteral("*.solution.avsnet")});
    QVERIFY(!files.isEmpty());
    QCOMPARE(int(lessons.size()), int(files.size()));
    for (const auto &lesson : lessons) {
        QVERIFY(!lesson.title.isEmpty());
        QVERIFY(lesson.resource.startsWith(QLatin1String(":/lessons/")));
        const QString solution = lessonSolutionPath(lesson.resource, lesson.title.toStdString());
        QCOMPARE(solution, lesson.resource.chopped(7) + QStringLiteral(".solution.avsnet"));
        QVERIFY(QFile::exists(solution));
    }
    QCOMPARE(lessons[1].resource, globalReach);
    QCOMPARE(lessons[1].title, QStringLiteral("On-premises to AVS: Global Reach"));
}

void TestLessonDock::brokenGoalShowsNotMet()
{
    QVERIFY(m_dock->hasLesson());
    QCOMPARE(m_dock->stepCount(), 2);
    QCOMPARE(label("lessonTitle")->text(), QStringLiteral("On-premises to AVS: Global Reach"));
    // Step 1 is an introduction: its goals already hold.
    QVERIFY(m_dock->goalHolds(introGoal) == true);
    QVERIFY(goalLine(introGoal).startsWith(QStringLiteral("✓")));
    QVERIFY(m_dock->isStepDone(0));
    QVERIFY(label("stepDoneLabel")->text().contains(QStringLiteral("done")));

    m_dock->setCurrentStep(1);
    QVERIFY(m_dock->goalHolds(brokenGoal) == false);
    QVERIFY(goalLine(brokenGoal).startsWith(QStringLiteral("✗")));
    QVERIFY(!m_dock->isStepDone(1));
    QVERIFY(label("stepDoneLabel")->text().isEmpty());
    QVERIFY(!m_dock->isComplete());
    QVERIFY(label("completeBanner")->isHidden());
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Lesson (1/2 steps done)"));
}

void TestLessonDock::learnerEditTicksTheGoal()
{
    m_dock->setCurrentStep(1);
    push(new AddItems(&m_fixture->document, {}, {globalReachLink()}, QStringLiteral("Add link")));
    QVERIFY(m_dock->goalHolds(brokenGoal) == true);
    QVERIFY(goalLine(brokenGoal).startsWith(QStringLiteral("✓")));
    QVERIFY(m_dock->isStepDone(1));
    QVERIFY(m_dock->isComplete());
    QVERIFY(!label("completeBanner")->isHidden());
    QVERIFY(label("completeBanner")->text().contains(QStringLiteral("Lesson complete")));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Lesson (complete)"));
    QCOMPARE(m_dock->currentStep(), 1);

    m_fixture->document.undoStack()->undo();
    settle();
    QVERIFY(m_dock->goalHolds(brokenGoal) == false);
    QVERIFY(label("completeBanner")->isHidden());
}

void TestLessonDock::nextAndPreviousMoveSteps()
{
    QCOMPARE(label("stepLabel")->text(), QStringLiteral("Step 1 of 2"));
    QVERIFY(!button("previousButton")->isEnabled());
    QVERIFY(button("nextButton")->isEnabled());
    QVERIFY(!m_dock->stepText()->toPlainText().contains(QStringLiteral("Microsoft edge")));

    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QCOMPARE(m_dock->currentStep(), 1);
    QCOMPARE(label("stepLabel")->text(), QStringLiteral("Step 2 of 2"));
    QVERIFY(m_dock->stepText()->toPlainText().contains(QStringLiteral("Microsoft edge")));
    QVERIFY(!button("nextButton")->isEnabled());
    QCOMPARE(m_dock->goalsList()->count(), 2);

    QTest::mouseClick(button("previousButton"), Qt::LeftButton);
    QCOMPARE(m_dock->currentStep(), 0);
    QCOMPARE(label("stepLabel")->text(), QStringLiteral("Step 1 of 2"));
    // Out of range stays inside the lesson.
    m_dock->setCurrentStep(7);
    QCOMPARE(m_dock->currentStep(), 1);
}

void TestLessonDock::hintShows()
{
    QLabel *hint = label("hintLabel");
    QVERIFY(hint->isHidden());
    QTest::mouseClick(button("hintButton"), Qt::LeftButton);
    QVERIFY(!hint->isHidden());
    QVERIFY(hint->text().contains(QStringLiteral("the datacenter has no route for it")));

    // Each step's hint is revealed on its own.
    m_dock->nextStep();
    QVERIFY(hint->isHidden());
    m_dock->showHint();
    QVERIFY(!hint->isHidden());
    QVERIFY(hint->text().contains(QStringLiteral("10.255.255.0/29")));
}

void TestLessonDock::showSolutionCompletesAndUndoRestores()
{
    m_dock->setCurrentStep(1);
    // The learner's own work: a node moved.
    const core::Node *node = m_fixture->document.topology().node("contoso-dc");
    QVERIFY2(node && node->position, "the lesson has no placed contoso-dc");
    const core::Node &dc = *node;
    push(new MoveNodes(&m_fixture->document, {{dc.id, *dc.position}},
                       {{dc.id, core::Position{dc.position->x, dc.position->y + 80}}}));
    const core::Topology learner = m_fixture->document.topology();
    const int steps = m_fixture->document.undoStack()->count();

    QTest::mouseClick(button("solutionButton"), Qt::LeftButton);
    settle();
    QCOMPARE(m_fixture->document.undoStack()->count(), steps + 1);
    QVERIFY(m_fixture->document.topology().link("gr-ams-avs"));
    QVERIFY(m_dock->isComplete());
    for (int step = 0; step < m_dock->stepCount(); ++step)
        QVERIFY(m_dock->isStepDone(step));
    QVERIFY(!label("completeBanner")->isHidden());
    QCOMPARE(m_dock->currentStep(), 1); // the learner stays where they were

    m_fixture->document.undoStack()->undo();
    settle();
    QVERIFY(m_fixture->document.topology() == learner);
    QVERIFY(!m_dock->isComplete());
    QVERIFY(label("completeBanner")->isHidden());
    QVERIFY(m_dock->goalHolds(brokenGoal) == false);
}

void TestLessonDock::resetReturnsToStart()
{
    const core::Topology start = m_fixture->document.topology();
    m_dock->setCurrentStep(1);
    push(new AddItems(&m_fixture->document, {}, {globalReachLink()}, QStringLiteral("Add link")));
    QVERIFY(m_dock->resetToStart());
    settle();
    QVERIFY(m_fixture->document.topology() == start);
    QCOMPARE(m_dock->currentStep(), 0);
    QVERIFY(m_dock->goalHolds(brokenGoal) == false);
    // One step of history: undo gives the work back.
    m_fixture->document.undoStack()->undo();
    settle();
    QVERIFY(m_fixture->document.topology().link("gr-ams-avs"));
}

void TestLessonDock::solutionOfFilesAndSavedCopies()
{
    const QString file = QStringLiteral(AVSNET_SOURCE_DIR "/resources/lessons/02-global-reach.avsnet");
    const std::string title = m_fixture->document.topology().lesson->title;
    QCOMPARE(lessonSolutionPath(file, title),
             QStringLiteral(AVSNET_SOURCE_DIR "/resources/lessons/02-global-reach.solution.avsnet"));
    QCOMPARE(lessonStartPath(file, title), file);

    // A learner's copy saved elsewhere has no solution beside it: the built-in one serves.
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("my-work.avsnet"));
    QVERIFY(QFile::copy(file, copy));
    QCOMPARE(lessonSolutionPath(copy, title), QStringLiteral(":/lessons/02-global-reach.solution.avsnet"));
    QCOMPARE(lessonStartPath(copy, title), globalReach);
    QVERIFY(lessonSolutionPath(copy, "a lesson nobody wrote").isEmpty());

    QString error;
    QVERIFY2(m_fixture->document.load(file, &error), qPrintable(error));
    m_dock->setLessonSource(file);
    settle();
    QVERIFY(m_dock->showSolution(&error));
    settle();
    QVERIFY(m_dock->isComplete());
}

void TestLessonDock::nodeReferencesAreLinksThatSelect()
{
    QTextBrowser *text = m_dock->stepText();
    const QString plain = text->toPlainText();
    QVERIFY(!plain.contains(QStringLiteral("[[")));
    QVERIFY(plain.contains(QStringLiteral("Contoso datacenter")));
    QVERIFY(plain.contains(QStringLiteral("AVS West Europe")));
    QVERIFY(plain.contains(QStringLiteral("ergw-hub")));

    // Find the link to the datacenter and click it as a person would.
    QTextCursor link;
    for (QTextBlock block = text->document()->begin(); block.isValid() && link.isNull();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == QStringLiteral("avsnet-node:contoso-dc")) {
                QCOMPARE(fragment.text(), QStringLiteral("Contoso datacenter"));
                link = QTextCursor(text->document());
                link.setPosition(fragment.position() + fragment.length() / 2);
                break;
            }
        }
    }
    QVERIFY(!link.isNull());

    m_dock->resize(420, 700);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    text->setTextCursor(link);
    text->ensureCursorVisible();
    const QPoint at = text->cursorRect(link).center();
    QSignalSpy activated(m_dock.get(), &LessonDock::nodeLinkActivated);
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_fixture->selection.ids(), QStringList{QStringLiteral("contoso-dc")});
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().toString(), QStringLiteral("contoso-dc"));
}

void TestLessonDock::designWithoutLessonShowsMessage()
{
    auto *pages = m_dock->findChild<QStackedWidget *>();
    QVERIFY(pages->currentWidget() != label("noLessonLabel"));
    const QString loaded = m_fixture->load(test::samplePath());
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QVERIFY(!m_dock->hasLesson());
    QVERIFY(pages->currentWidget() == label("noLessonLabel"));
    QVERIFY(label("noLessonLabel")->text().contains(QStringLiteral("Help > Lessons")));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Lesson"));

    // And back to a lesson: its first step.
    open(globalReach);
    QVERIFY(pages->currentWidget() != label("noLessonLabel"));
    QCOMPARE(m_dock->currentStep(), 0);
}

void TestLessonDock::helpMenuOpensLessons()
{
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("lessonsMenu"));
    QVERIFY(menu);
    const auto actions = menu->actions();
    QCOMPARE(int(actions.size()), int(builtInLessons().size()));
    QAction *lesson = nullptr;
    for (QAction *action : actions) {
        if (action->data().toString() == globalReach)
            lesson = action;
    }
    QVERIFY(lesson);
    QVERIFY(lesson->text().contains(QStringLiteral("On-premises to AVS: Global Reach")));

    LessonDock *dock = window.lessonDock();
    QVERIFY(dock);
    QCOMPARE(dock->objectName(), QStringLiteral("lessonDock"));
    lesson->trigger();
    QVERIFY(!dock->isHidden());
    QCOMPARE(dock->lessonSource(), globalReach);
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(dock->hasLesson());

    // A design without a lesson puts the dock away; a file with one brings it back.
    QVERIFY(window.openSample(QStringLiteral(":/samples/contoso.avsnet")));
    QVERIFY(dock->isHidden());
    const QString file = QStringLiteral(AVSNET_SOURCE_DIR "/resources/lessons/01-avs-to-hub.avsnet");
    QVERIFY(window.openFile(file));
    QVERIFY(!dock->isHidden());
    QCOMPARE(dock->lessonSource(), file);
}

QTEST_MAIN(TestLessonDock)
#include "tst_lessondock.moc"
