// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsdock.h"

#include "analysis/analysisrunner.h"
#include "analysis/findingcatalog.h"
#include "document/displaynames.h"
#include "document/selection.h"
#include "document/wording.h"
#include "findingsmodel.h"
#include "help/docspages.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace avsnet::ui {

namespace {

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// The link of the why line that opens the explanation; the other one is the Learn URL itself.
const QString docsLink = QStringLiteral("avsnet-docs:routing");

} // namespace

FindingsDock::FindingsDock(AnalysisRunner *runner, Selection *selection, QWidget *parent)
    : QDockWidget(parent)
    , m_selection(selection)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox)
    , m_view(new QTreeView)
    , m_why(new QLabel)
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
    layout->addWidget(m_why);
    setWidget(content);

    m_why->setObjectName(QStringLiteral("why"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    m_why->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_why, &QLabel::linkActivated, this, &FindingsDock::openWhyLink);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FindingsDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsDock::showWhy);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &FindingsDock::applyFilter);
    connect(m_view, &QAbstractItemView::clicked, this, &FindingsDock::selectSubjects);
    connect(m_view, &QAbstractItemView::activated, this, &FindingsDock::selectSubjects);
    connect(runner, &AnalysisRunner::panelsDue, this, &FindingsDock::setAnalysis);
    connect(selection, &Selection::changed, m_model, &FindingsModel::setHighlightedIds);

    setAnalysis(runner->analysis());
}

void FindingsDock::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    if (analysis)
        m_model->setFindings(analysis->findings(), DisplayNames::of(analysis.get()));
    else
        m_model->setFindings({}, DisplayNames());
    updateTitle();
    showWhy();
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

int FindingsDock::currentRow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void FindingsDock::showWhy()
{
    const int row = currentRow();
    const core::FindingCodeInfo *info
        = row >= 0 ? core::findingInfo(m_model->finding(row).code) : nullptr;
    if (!info) {
        m_why->setText(tr("Select a finding to see why it is one."));
        return;
    }
    QString line = tr("<b>%1</b>: %2.").arg(text(info->name), text(info->summary).toHtmlEscaped());
    line += QStringLiteral(" <a href=\"%1\">%2</a>").arg(docsLink, tr("Why (docs/routing.md)"));
    if (!info->learnUrl.empty())
        line += QStringLiteral(" · <a href=\"%1\">%2</a>")
                    .arg(text(info->learnUrl), tr("Microsoft Learn"));
    m_why->setText(line);
    m_why->setToolTip(text(info->learnUrl));
}

void FindingsDock::openWhyLink(const QString &link)
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (link == docsLink)
        openExplanation(row);
    else
        openLearnPage(row);
}

bool FindingsDock::openExplanation(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const core::FindingCodeInfo *info = core::findingInfo(m_model->finding(row).code);
    if (!info)
        return false;
    QString error;
    const QUrl page = DocsPages::findingPage(*info, &error);
    if (page.isEmpty() || !QDesktopServices::openUrl(page)) {
        m_why->setText(
            tr("Cannot show why: %1")
                .arg((error.isEmpty() ? tr("no program opens %1").arg(page.toString()) : error)
                         .toHtmlEscaped()));
        return false;
    }
    return true;
}

bool FindingsDock::openLearnPage(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const core::FindingCodeInfo *info = core::findingInfo(m_model->finding(row).code);
    if (!info || info->learnUrl.empty())
        return false;
    const QUrl url(text(info->learnUrl));
    if (!QDesktopServices::openUrl(url)) {
        m_why->setText(tr("Cannot open %1: no browser is set up").arg(url.toString()));
        return false;
    }
    return true;
}

void FindingsDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_proxy->mapToSource(m_view->indexAt(position));
    if (!index.isValid())
        return;
    const int row = index.row();
    const core::FindingCodeInfo *info = core::findingInfo(m_model->finding(row).code);
    if (!info)
        return;
    QMenu menu(this);
    menu.addAction(tr("Why is %1 a finding?").arg(text(info->name)), this,
                   [this, row] { openExplanation(row); });
    menu.addAction(tr("Microsoft Learn Page"), this, [this, row] { openLearnPage(row); })
        ->setEnabled(!info->learnUrl.empty());
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace avsnet::ui
