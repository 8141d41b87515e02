// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessondock.h"

#include "analysis/analysisrunner.h"
#include "analysis/intentcheck.h"
#include "commands/designcommands.h"
#include "document/document.h"
#include "document/selection.h"
#include "lessonfiles.h"
#include "lessonmarkdown.h"
#include "routing/analysis.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace avsnet::ui {

namespace {

enum Page { NoLessonPage, LessonPage };

QLabel *wrappedLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LessonDock::LessonDock(Document *document, AnalysisRunner *runner, Selection *selection,
                       QWidget *parent)
    : QDockWidget(tr("Lesson"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_pages(new QStackedWidget)
{
    setObjectName(QStringLiteral("lessonDock"));

    QLabel *noLesson = wrappedLabel(QStringLiteral("noLessonLabel"));
    noLesson->setText(tr("This design has no lesson; open one from Help > Lessons."));
    noLesson->setAlignment(Qt::AlignCenter);
    noLesson->setMargin(12);
    m_pages->addWidget(noLesson);
    m_pages->addWidget(createLessonPage());
    setWidget(m_pages);

    connect(document, &Document::topologyReset, this, &LessonDock::designReset);
    connect(document, &Document::intentsChanged, this, &LessonDock::designReset);
    connect(document, &Document::designInfoChanged, this, &LessonDock::designReset);
    connect(runner, &AnalysisRunner::panelsDue, this, &LessonDock::setAnalysis);

    designReset();
    setAnalysis(runner->analysis());
}

QWidget *LessonDock::createLessonPage()
{
    m_title = wrappedLabel(QStringLiteral("lessonTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    // Finishing must be unmistakable: a filled banner, readable on light and dark themes.
    m_complete = wrappedLabel(QStringLiteral("completeBanner"));
    m_complete->setText(tr("✓ Lesson complete: every goal of every step holds."));
    m_complete->setStyleSheet(QStringLiteral(
        "QLabel { background: #2e7d32; color: white; font-weight: bold; padding: 6px 8px;"
        " border-radius: 4px; }"));
    m_complete->hide();

    m_stepLabel = new QLabel;
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepDone = new QLabel;
    m_stepDone->setObjectName(QStringLiteral("stepDoneLabel"));
    m_previous = new QPushButton(tr("‹ Previous"));
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_next = new QPushButton(tr("Next ›"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(m_stepLabel);
    stepRow->addWidget(m_stepDone);
    stepRow->addStretch();
    stepRow->addWidget(m_previous);
    stepRow->addWidget(m_next);

    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("stepText"));
    // Links are ours to follow: node references select, web links open the browser.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->document()->setDocumentMargin(8);

    auto *goalsHeader = new QLabel(tr("Goals of this step"));
    QFont headerFont = goalsHeader->font();
    headerFont.setBold(true);
    goalsHeader->setFont(headerFont);
    m_goals = new QListWidget;
    m_goals->setObjectName(QStringLiteral("goalsList"));
    m_goals->setSelectionMode(QAbstractItemView::NoSelection);
    m_goals->setFocusPolicy(Qt::NoFocus);
    m_goals->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_hint = wrappedLabel(QStringLiteral("hintLabel"));
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setMargin(6);
    m_hint->hide();

    m_hintButton = new QPushButton(tr("Hint"));
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    m_hintButton->setCheckable(true);
    m_hintButton->setToolTip(tr("A nudge for this step"));
    m_reset = new QPushButton(tr("Reset…"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("Start the lesson over from its start design (undoable)"));
    m_solution = new QPushButton(tr("Show solution"));
    m_solution->setObjectName(QStringLiteral("solutionButton"));
    m_solution->setToolTip(tr("Replace the design with the worked solution; Undo brings your work back"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_hintButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_reset);
    buttonRow->addWidget(m_solution);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_complete);
    layout->addLayout(stepRow);
    layout->addWidget(m_text, 1);
    layout->addWidget(goalsHeader);
    layout->addWidget(m_goals);
    layout->addWidget(m_hint);
    layout->addLayout(buttonRow);

    connect(m_previous, &QPushButton::clicked, this, &LessonDock::previousStep);
    connect(m_next, &QPushButton::clicked, this, &LessonDock::nextStep);
    connect(m_hintButton, &QPushButton::toggled, m_hint, &QWidget::setVisible);
    connect(m_reset, &QPushButton::clicked, this, &LessonDock::confirmReset);
    connect(m_solution, &QPushButton::clicked, this, [this] {
        QString error;
        if (!showSolution(&error))
            QMessageBox::warning(this, tr("Show solution"), error);
    });
    connect(m_text, &QTextBrowser::anchorClicked, this, &LessonDock::followLink);
    return page;
}

void LessonDock::setLessonSource(const QString &source)
{
    m_source = source;
    showStep();
}

std::optional<bool> LessonDock::goalHolds(const std::string &intentName) const
{
    const auto found = m_results.find(intentName);
    if (found == m_results.end())
        return std::nullopt;
    return found->second.holds;
}

bool LessonDock::isStepDone(int step) const
{
    if (!m_lesson || !m_checked || step < 0 || step >= stepCount())
        return false;
    const auto &goals = m_lesson->steps[std::size_t(step)].goals;
    return std::all_of(goals.begin(), goals.end(),
                       [this](const std::string &goal) { return goalHolds(goal) == true; });
}

bool LessonDock::isComplete() const
{
    if (stepCount() == 0)
        return false;
    for (int step = 0; step < stepCount(); ++step) {
        if (!isStepDone(step))
            return false;
    }
    return true;
}

void LessonDock::setCurrentStep(int step)
{
    step = std::clamp(step, 0, std::max(0, stepCount() - 1));
    if (step == m_step)
        return;
    m_step = step;
    m_hintButton->setChecked(false); // each step's hint is revealed on its own
    showStep();
}

void LessonDock::showHint()
{
    m_hintButton->setChecked(true);
}

void LessonDock::confirmReset()
{
    const auto answer = QMessageBox::question(
        this, tr("Reset lesson"),
        tr("Start the lesson over? The design goes back to the lesson's start; Edit > Undo "
           "brings your work back."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    QString error;
    if (!resetToStart(&error))
        QMessageBox::warning(this, tr("Reset lesson"), error);
}

bool LessonDock::resetToStart(QString *error)
{
    if (!m_lesson)
        return false;
    const QString start = lessonStartPath(m_source, m_lesson->title);
    if (!replaceDesign(start, tr("Reset lesson"), error))
        return false;
    setCurrentStep(0);
    return true;
}

bool LessonDock::showSolution(QString *error)
{
    if (!m_lesson)
        return false;
    return replaceDesign(lessonSolutionPath(m_source, m_lesson->title), tr("Show solution"), error);
}

bool LessonDock::replaceDesign(const QString &path, const QString &text, QString *error)
{
    if (path.isEmpty()) {
        if (error)
            *error = tr("This lesson has no file to load it from.");
        return false;
    }
    auto design = readDesign(path, error);
    if (!design)
        return false;
    if (*design == m_document->topology())
        return true; // already there: no empty step in the history
    m_document->undoStack()->push(new ReplaceDesign(m_document, std::move(*design), text));
    return true;
}

void LessonDock::designReset()
{
    const auto &lesson = m_document->topology().lesson;
    if (lesson != m_lesson) {
        // Another lesson (or none): start it from the top. The same lesson (a solution shown,
        // an undo) keeps the learner's step and the marks until the next analysis.
        m_lesson = lesson;
        m_step = 0;
        m_renderedStep = -1;
        m_results.clear();
        m_checked = false;
        if (m_hintButton)
            m_hintButton->setChecked(false);
    }
    m_pages->setCurrentIndex(m_lesson ? LessonPage : NoLessonPage);
    showStep();
}

void LessonDock::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    // A run of an older design may still be published; its marks would flicker back.
    if (!analysis || analysis->sharedTopology().get() != &m_document->topology())
        return;
    m_results.clear();
    for (const auto &result : core::checkIntents(*analysis))
        m_results[result.intent->name] = {result.holds, QString::fromStdString(result.problem)};
    m_checked = true;
    showProgress();
}

void LessonDock::followLink(const QUrl &url)
{
    const QString id = nodeIdFromUrl(url);
    if (id.isEmpty()) {
        QDesktopServices::openUrl(url);
        return;
    }
    m_selection->setIds({id});
    emit nodeLinkActivated(id);
}

void LessonDock::showStep()
{
    if (!m_lesson)
        return;
    m_title->setText(QString::fromStdString(m_lesson->title));
    if (m_lesson->steps.empty()) {
        m_stepLabel->setText(tr("No steps"));
        m_text->clear();
        m_renderedStep = -1;
    } else {
        const auto &step = m_lesson->steps[std::size_t(m_step)];
        m_stepLabel->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
        const int scrolled = m_text->verticalScrollBar()->value();
        m_text->document()->setMarkdown(
            linkNodeReferences(QString::fromStdString(step.text), m_document->topology()),
            QTextDocument::MarkdownDialectGitHub);
        // A new step is read from its start; the same step re-rendered (an undo, a renamed
        // node) stays where the learner was reading.
        m_text->moveCursor(QTextCursor::Start);
        if (m_renderedStep == m_step)
            m_text->verticalScrollBar()->setValue(scrolled);
        m_renderedStep = m_step;
        m_hint->setText(tr("<b>Hint:</b> %1").arg(QString::fromStdString(step.hint).toHtmlEscaped()));
        m_hintButton->setEnabled(!step.hint.empty());
    }
    m_previous->setEnabled(m_step > 0);
    m_next->setEnabled(m_step + 1 < stepCount());
    m_reset->setEnabled(!lessonStartPath(m_source, m_lesson->title).isEmpty());
    m_solution->setEnabled(!lessonSolutionPath(m_source, m_lesson->title).isEmpty());
    showProgress();
}

void LessonDock::showProgress()
{
    if (!m_lesson || m_lesson->steps.empty()) {
        setWindowTitle(tr("Lesson"));
        return;
    }
    m_goals->clear();
    for (const std::string &goal : m_lesson->steps[std::size_t(m_step)].goals) {
        const QString name = QString::fromStdString(goal);
        auto *item = new QListWidgetItem(m_goals);
        const auto found = m_results.find(goal);
        if (!m_checked) {
            item->setText(QStringLiteral("…  %1").arg(name));
            item->setToolTip(tr("Checking…"));
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else if (found == m_results.end()) {
            item->setText(tr("✗  %1 (no such intent in this design)").arg(name));
            item->setForeground(statusColour(false));
        } else {
            item->setText(QStringLiteral("%1  %2").arg(found->second.holds ? QStringLiteral("✓")
                                                                           : QStringLiteral("✗"),
                                                       name));
            item->setToolTip(found->second.holds ? tr("Met") : found->second.problem);
            item->setForeground(statusColour(found->second.holds));
            item->setData(Qt::UserRole, found->second.holds);
        }
    }
    // Exactly as tall as its goals: the step text gets the rest of the dock.
    const int rows = std::max(1, m_goals->count());
    const int rowHeight = m_goals->count() > 0 ? m_goals->sizeHintForRow(0)
                                               : m_goals->fontMetrics().height() + 4;
    m_goals->setFixedHeight(rows * rowHeight + 2 * m_goals->frameWidth() + 4);

    const bool done = isStepDone(m_step);
    m_stepDone->setText(done ? tr("✓ done") : QString());
    m_stepDone->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                  .arg(statusColour(true).name()));
    const bool complete = isComplete();
    m_complete->setVisible(complete);
    int doneSteps = 0;
    for (int step = 0; step < stepCount(); ++step)
        doneSteps += isStepDone(step) ? 1 : 0;
    setWindowTitle(complete ? tr("Lesson (complete)")
                            : tr("Lesson (%1/%2 steps done)").arg(doneSteps).arg(stepCount()));
}

QColor LessonDock::statusColour(bool holds) const
{
    // The intents dock's colours, lightened on a dark theme so they stay readable.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    if (holds)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

void LessonDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showProgress();
}

} // namespace avsnet::ui
