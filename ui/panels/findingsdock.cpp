// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsdock.h"

#include "analysis/analysisrunner.h"
#include "document/selection.h"
#include "findingsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace avsnet::ui {

namespace {

QString counted(int count, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

} // namespace

FindingsDock::FindingsDock(AnalysisRunner *runner, Selection *selection, QWidget *parent)
    : QDockWidget(parent)
    , m_selection(selection)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("findingsDock"));

    m_filter->setObjectName(QStringLiteral("severityFilter"));
    // The item data is the severity the proxy matches; empty matches every row.
    m_filter->addItem(tr("All"), QString());
    m_filter->addItem(tr("Errors"), QStringLiteral("error"));
    m_filter->addItem(tr("Warnings"), QStringLiteral("warning"));
    m_filter->addItem(tr("Info"), QStringLiteral("info"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FindingsModel::SeverityRole);
    m_proxy->setFilterKeyColumn(FindingsModel::SeverityColumn);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 90);
    m_view->setColumnWidth(FindingsModel::CodeColumn, 150);
    m_view->setColumnWidth(FindingsModel::SubjectsColumn, 160);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:")));
    filterRow->addWidget(m_filter);
    filterRow->addStretch();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filterRow);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &FindingsDock::applyFilter);
    connect(m_view, &QAbstractItemView::clicked, this, &FindingsDock::selectSubjects);
    connect(m_view, &QAbstractItemView::activated, this, &FindingsDock::selectSubjects);
    connect(runner, &AnalysisRunner::analysisReady, this, &FindingsDock::setAnalysis);
    connect(selection, &Selection::changed, m_model, &FindingsModel::setHighlightedIds);

    setAnalysis(runner->analysis());
}

void FindingsDock::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_model->setFindings(analysis ? analysis->findings() : std::vector<core::Finding>());
    updateTitle();
}

void FindingsDock::applyFilter()
{
    m_proxy->setFilterFixedString(m_filter->currentData().toString());
}

void FindingsDock::updateTitle()
{
    const int errors = m_model->count(core::Severity::Error);
    const int warnings = m_model->count(core::Severity::Warning);
    const int infos = m_model->count(core::Severity::Info);
    QStringList parts{counted(errors, tr("error"), tr("errors")),
                      counted(warnings, tr("warning"), tr("warnings"))};
    if (infos > 0)
        parts.append(counted(infos, tr("info"), tr("info")));
    setWindowTitle(tr("Findings (%1)").arg(parts.join(QStringLiteral(", "))));
}

void FindingsDock::selectSubjects(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_selection->setIds(proxyIndex.siblingAtColumn(FindingsModel::SeverityColumn)
                            .data(FindingsModel::SubjectsRole)
                            .toStringList());
}

} // namespace avsnet::ui
