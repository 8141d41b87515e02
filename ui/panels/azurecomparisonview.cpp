// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "azurecomparisonview.h"

#include "analysis/azurecomparison.h"
#include "azurecomparisonmodel.h"
#include "document/displaynames.h"
#include "document/wording.h"
#include "routing/analysis.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace avsnet::ui {

AzureComparisonView::AzureComparisonView(AzureComparison *comparison, QWidget *parent)
    : QWidget(parent)
    , m_comparison(comparison)
    , m_model(new AzureComparisonModel(this))
    , m_summary(new QLabel)
    , m_differencesOnly(new QCheckBox(tr("Only differences")))
    , m_clear(new QPushButton(tr("Clear Comparison")))
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("azureComparison"));
    m_summary->setObjectName(QStringLiteral("azureComparisonSummary"));
    m_summary->setWordWrap(true);
    m_differencesOnly->setObjectName(QStringLiteral("differencesOnly"));
    m_clear->setObjectName(QStringLiteral("clearAzureComparison"));
    m_clear->setToolTip(tr("Forget the observed routes: the list and the canvas badges go"));

    m_view->setObjectName(QStringLiteral("azureComparisonView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setColumnWidth(AzureComparisonModel::PrefixColumn, 150);
    m_view->setColumnWidth(AzureComparisonModel::MatchColumn, 110);
    m_view->setColumnWidth(AzureComparisonModel::AzureColumn, 260);
    m_view->setColumnWidth(AzureComparisonModel::ModelColumn, 300);
    m_view->header()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_differencesOnly);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_differencesOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setDifferencesOnly(only);
        spanTableRows();
    });
    connect(m_clear, &QPushButton::clicked, m_comparison, &AzureComparison::clear);
    connect(m_comparison, &AzureComparison::changed, this, &AzureComparisonView::refresh);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString context = index.data(AzureComparisonModel::ContextRole).toString();
        if (!context.isEmpty())
            emit nodeActivated(context.section(QLatin1Char('/'), 0, 0));
    });
    refresh();
}

QString AzureComparisonView::summary() const
{
    return m_summary->text();
}

void AzureComparisonView::spanTableRows()
{
    // A table's title runs across the row; its prefixes fill the columns under it.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    m_view->expandAll();
}

void AzureComparisonView::refresh()
{
    const auto *comparison = m_comparison->comparison();
    const auto analysis = m_comparison->analysis();
    m_model->setComparison(comparison, DisplayNames::of(analysis.get()));
    spanTableRows();

    const QString file = QFileInfo(m_comparison->source()).fileName();
    if (!comparison) {
        m_summary->setText(m_comparison->isActive() ? tr("Compared with %1: waiting for the analysis.").arg(file)
                                                    : tr("No comparison with Azure."));
        return;
    }
    int prefixes = 0;
    int tables = 0;
    int uncompared = 0;
    for (const auto &table : comparison->tables) {
        if (!table.problem.empty()) {
            ++uncompared;
            continue;
        }
        int differing = 0;
        for (const auto &entry : table.prefixes)
            differing += entry.match != core::azure::RouteMatch::Same;
        prefixes += differing;
        tables += differing > 0;
    }
    QString text;
    if (uncompared == int(comparison->tables.size()))
        text = tr("Compared with %1: no table could be compared; the list says why.").arg(file);
    else if (prefixes == 0)
        text = tr("Compared with %1: the model matches what Azure reports.").arg(file);
    else if (prefixes == 1)
        text = tr("Compared with %1: 1 prefix differs in 1 table.").arg(file);
    else
        text = tr("Compared with %1: %2 prefixes differ in %3.")
                   .arg(file)
                   .arg(prefixes)
                   .arg(counted(tables, tr("table"), tr("tables")));
    if (uncompared > 0 && uncompared < int(comparison->tables.size()))
        text += QLatin1Char(' ')
                + tr("%1 not compared: the list says why.")
                      .arg(counted(uncompared, tr("table"), tr("tables")));
    m_summary->setText(text);
}

} // namespace avsnet::ui
