// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/analysis.h"

#include <QDockWidget>

#include <memory>

class QComboBox;
class QSortFilterProxyModel;
class QTreeView;

namespace avsnet::ui {

class AnalysisRunner;
class FindingsModel;
class Selection;

// Lists the findings of the newest analysis, errors first, with a severity filter and the
// counts in its title. Clicking a finding selects its subjects; it never edits the design.
class FindingsDock final : public QDockWidget
{
    Q_OBJECT

public:
    FindingsDock(AnalysisRunner *runner, Selection *selection, QWidget *parent = nullptr);

    FindingsModel *findingsModel() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void applyFilter();
    void updateTitle();
    void selectSubjects(const QModelIndex &proxyIndex);

    Selection *m_selection;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QTreeView *m_view;
};

} // namespace avsnet::ui
