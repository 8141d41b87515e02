// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QDockWidget>

#include <map>
#include <memory>
#include <optional>
#include <string>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QUrl;

namespace avsnet::core {
class Analysis;
}

namespace avsnet::ui {

class AnalysisRunner;
class Document;
class Selection;

// Teaches the lesson of the open design: its steps one at a time (Markdown text whose
// `[[id]]` references select nodes), each step's goals with a live met or broken mark, a
// hint, and Reset / Show solution, each one undoable step. It follows the document: a design
// without a lesson shows where to find one.
class LessonDock final : public QDockWidget
{
    Q_OBJECT

public:
    LessonDock(Document *document, AnalysisRunner *runner, Selection *selection,
               QWidget *parent = nullptr);

    // Where the open lesson came from: a file or ":/lessons/NAME.avsnet". The document does
    // not know it for a built-in lesson (it opens unsaved), and Reset and Show solution need it.
    void setLessonSource(const QString &source);
    QString lessonSource() const { return m_source; }

    bool hasLesson() const { return m_lesson.has_value(); }
    int stepCount() const { return m_lesson ? int(m_lesson->steps.size()) : 0; }
    int currentStep() const { return m_step; }
    // Whether the intent a goal names holds on the newest analysis; empty while unchecked or
    // when the design has no such intent.
    std::optional<bool> goalHolds(const std::string &intentName) const;
    // Every goal of the step holds (a step without goals is done once checked).
    bool isStepDone(int step) const;
    bool isComplete() const;

    QTextBrowser *stepText() const { return m_text; }
    QListWidget *goalsList() const { return m_goals; }

public slots:
    void setCurrentStep(int step);
    void nextStep() { setCurrentStep(m_step + 1); }
    void previousStep() { setCurrentStep(m_step - 1); }
    void showHint();
    // Asks first, then resetToStart; says why when it cannot.
    void confirmReset();
    // Reloads the lesson's start design as one undoable step, back at the first step.
    bool resetToStart(QString *error = nullptr);
    // Replaces the design with the worked solution as one undoable step.
    bool showSolution(QString *error = nullptr);

signals:
    // A `[[id]]` link was followed (after the selection was set), so the view can show it.
    void nodeLinkActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createLessonPage();
    void designReset();
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void followLink(const QUrl &url);
    bool replaceDesign(const QString &path, const QString &text, QString *error);
    void showStep();
    void showProgress();
    QColor statusColour(bool holds) const;

    struct GoalResult
    {
        bool holds = false;
        QString problem;
    };

    Document *m_document;
    Selection *m_selection;
    QString m_source;
    std::optional<core::Lesson> m_lesson; // a copy: the step survives a design replaced under it
    int m_step = 0;
    int m_renderedStep = -1; // the step the text shows, to keep its scroll on a re-render
    // Newest results by intent name; empty until an analysis of this design arrives.
    std::map<std::string, GoalResult> m_results;
    bool m_checked = false;

    QStackedWidget *m_pages;
    QLabel *m_title = nullptr;
    QLabel *m_complete = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_stepDone = nullptr;
    QTextBrowser *m_text = nullptr;
    QListWidget *m_goals = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_hintButton = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_solution = nullptr;
};

} // namespace avsnet::ui
