// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QPushButton;
class QTreeView;

namespace avsnet::ui {

class AnalysisRunner;
class Document;
class IntentsModel;
class TraceController;

// Lists the intents of the design with a live met or broken mark. Adding one from the
// current trace, deleting, renaming and changing an expectation all push SetIntents; "Trace"
// hands an intent's endpoints to the TraceController.
class IntentsDock final : public QDockWidget
{
    Q_OBJECT

public:
    IntentsDock(Document *document, AnalysisRunner *runner, TraceController *trace,
                QWidget *parent = nullptr);

    IntentsModel *intentsModel() const { return m_model; }
    QTreeView *view() const { return m_view; }

public slots:
    // A new intent from the trace controller's endpoints, expecting what the trace shows.
    void addFromCurrentTrace();
    void deleteSelected();
    void traceCurrent();

private:
    std::string uniqueName(const QString &from, const QString &to) const;
    void updateTitle();
    void updateButtons();

    Document *m_document;
    TraceController *m_trace;
    IntentsModel *m_model;
    QTreeView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QPushButton *m_traceButton;
};

} // namespace avsnet::ui
