// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/analysis.h"

#include <QDockWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace avsnet::ui {

class AnalysisRunner;
class FindingsModel;
class Selection;

// Lists the findings of the newest analysis, errors first, with a severity filter and the
// counts in its title. Clicking a finding selects its subjects; it never edits the design.
// Under the list, the current finding's "why": what its code means, a link to its section of
// docs/routing.md and one to the Microsoft Learn page behind the rule, opened in the browser
// (also from the row's context menu).
class FindingsDock final : public QDockWidget
{
    Q_OBJECT

public:
    FindingsDock(AnalysisRunner *runner, Selection *selection, QWidget *parent = nullptr);

    FindingsModel *findingsModel() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *whyLabel() const { return m_why; }

    // Open, in the browser, the explanation of the finding in source-model row `row` (its
    // section of docs/routing.md) or the Microsoft Learn page behind its rule. False, with
    // the reason shown under the list, when there is none or it cannot be opened.
    bool openExplanation(int row);
    bool openLearnPage(int row);

private:
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void applyFilter();
    void updateTitle();
    void selectSubjects(const QModelIndex &proxyIndex);
    void showWhy();
    void openWhyLink(const QString &link);
    void showContextMenu(const QPoint &position);
    int currentRow() const; // source row of the current finding, or -1

    Selection *m_selection;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QTreeView *m_view;
    QLabel *m_why;
};

} // namespace avsnet::ui
