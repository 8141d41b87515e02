// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedock.h"

#include "analysis/analysisrunner.h"
#include "analysis/panelfeed.h"
#include "analysis/reachabilitymatrix.h"
#include "analysis/tracecontroller.h"
#include "document/displaynames.h"
#include "document/document.h"
#include "document/wording.h"
#include "routing/analysis.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace avsnet::ui {

namespace {

enum Column { ChangeColumn, WhatColumn, DetailColumn };
constexpr int fromRole = Qt::UserRole + 1;
constexpr int toRole = Qt::UserRole + 2;

const QColor gainedColour(0x10, 0x7c, 0x10);
const QColor lostColour(0xc5, 0x0f, 0x1f);

QString routeText(const core::RouteView &route, const DisplayNames &names)
{
    return QStringLiteral("%1 → %2 %3").arg(QString::fromStdString(route.prefix),
                                             QString::fromStdString(route.nextHopType),
                                             names.node(route.nextHop));
}

QString routeDetail(const core::RouteView &route)
{
    QString detail = QString::fromStdString(route.source);
    if (!route.asPath.empty())
        detail += QStringLiteral(", AS path ") + QString::fromStdString(core::asPathText(route.asPath));
    detail += route.active ? QStringLiteral(", active") : QStringLiteral(", not active");
    return detail;
}

QTreeWidgetItem *changeItem(QTreeWidgetItem *parent, bool added, const QString &what,
                            const QString &detail)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(ChangeColumn, added ? QStringLiteral("+") : QStringLiteral("−"));
    item->setForeground(ChangeColumn, added ? gainedColour : lostColour);
    item->setText(WhatColumn, what);
    item->setText(DetailColumn, detail);
    return item;
}

} // namespace

namespace {

// The design with every what-if switch back on: what disabling changed is measured against it.
core::Topology withNothingDisabled(const core::Topology &topology)
{
    core::Topology enabled = topology;
    for (core::Node &node : enabled.nodes)
        node.disabled = false;
    for (core::Link &link : enabled.links)
        link.disabled = false;
    return enabled;
}

bool anythingDisabled(const core::Topology &topology)
{
    return std::any_of(topology.nodes.begin(), topology.nodes.end(),
                       [](const core::Node &node) { return node.disabled; })
           || std::any_of(topology.links.begin(), topology.links.end(),
                          [](const core::Link &link) { return link.disabled; });
}

} // namespace

CompareDock::CompareDock(Document *document, AnalysisRunner *runner, TraceController *trace,
                         QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_runner(runner)
    , m_trace(trace)
    , m_status(new QLabel)
    , m_snapshotButton(new QPushButton(tr("Take &Snapshot")))
    , m_clearButton(new QPushButton(tr("C&lear Snapshot")))
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("compareDock"));
    setWindowTitle(tr("What-if Compare"));
    m_snapshotButton->setToolTip(tr("Remember the design as it is now; every later change (not "
                                    "only what you disable) is compared with it."));
    m_clearButton->setToolTip(tr("Forget the snapshot: compare with the same design with "
                                 "nothing disabled again."));
    m_status->setWordWrap(true);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Change"), tr("What"), tr("Details")});
    m_tree->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(WhatColumn, 320);
    m_tree->setUniformRowHeights(true);
    m_tree->setToolTip(tr("Double-click a pair to trace it on the canvas."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_snapshotButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch();
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    setWidget(content);

    connect(m_snapshotButton, &QPushButton::clicked, this, &CompareDock::takeSnapshot);
    connect(m_clearButton, &QPushButton::clicked, this, &CompareDock::clearSnapshot);
    connect(m_tree, &QTreeWidget::itemActivated, this, &CompareDock::traceItem);
    // A snapshot of another design means nothing for the one just opened (a reset with no
    // history: open, new, recover), unlike a rename or an auto layout, which are undo steps.
    connect(document, &Document::topologyReset, this, [this] {
        if (m_document->undoStack()->count() == 0)
            clearSnapshot();
    });
    connect(&m_watcher, &QFutureWatcher<core::DesignDiff>::finished, this, [this] {
        m_busy = false;
        if (m_pending) {
            // Stale: the design changed while it ran. Only the newest result is shown.
            // compare() either starts the newer run or, with nothing disabled and no
            // snapshot, shows the empty state itself: this stale result is dropped either
            // way (taking it here once overwrote that empty state).
            m_pending = false;
            compare(m_runner->analysis());
            return;
        }
        m_difference = m_watcher.result();
        showDifference();
    });
    // No snapshot yet; the feed compares with the newest analysis at once. The comparison
    // reanalyses the design without its switches: after that, only while the dock shows.
    m_clearButton->setEnabled(false);
    new PanelFeed(runner, this, [this](const auto &analysis) { compare(analysis); });
}

CompareDock::~CompareDock()
{
    m_watcher.waitForFinished();
}

void CompareDock::waitForIdle()
{
    // Until the finished signal has been handled: the result is taken there.
    while (m_busy) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

void CompareDock::takeSnapshot()
{
    m_snapshot = m_runner->analysis();
    if (!m_snapshot)
        return;
    m_snapshotTime = QDateTime::currentDateTime();
    m_clearButton->setEnabled(true);
    compare(m_snapshot);
}

void CompareDock::clearSnapshot()
{
    m_snapshot.reset();
    m_clearButton->setEnabled(false);
    m_difference = {};
    m_tree->clear();
    emit differenceChanged();
    compare(m_runner->analysis());
}

void CompareDock::compare(const std::shared_ptr<const core::Analysis> &current)
{
    if (!current)
        return;
    if (m_busy) {
        m_pending = true; // one more run with the newest analysis when this one ends
        return;
    }
    const auto snapshot = m_snapshot;
    if (!snapshot && !anythingDisabled(current->topology())) {
        // The what-if switch is Disable: with nothing disabled there is nothing to tell.
        m_difference = {};
        m_againstSnapshot = false;
        m_tree->clear();
        m_status->setText(tr("Disable a link or a node (right-click it, or Ctrl+Shift+E) and "
                             "what that changes shows here: the pairs that gain or lose "
                             "reachability, the routes that appear or disappear. Take a snapshot "
                             "to compare any other edit."));
        emit differenceChanged();
        return;
    }
    m_status->setText(tr("Comparing…"));
    m_busy = true;
    m_againstSnapshot = snapshot != nullptr;
    m_watcher.setFuture(QtConcurrent::run([snapshot, current] {
        // Without a snapshot the baseline is the same design with every switch back on,
        // analysed here, off the GUI thread, from the current analysis: only what the
        // disabled things touch is computed again.
        const auto before =
            snapshot ? snapshot
                     : core::reanalyze(current, std::make_shared<const core::Topology>(
                                                    withNothingDisabled(current->topology())));
        core::DiffOptions options;
        options.reachability =
            core::matrixEndpoints(*before).size() <= std::size_t(maximumEndpoints)
            && core::matrixEndpoints(*current).size() <= std::size_t(maximumEndpoints);
        return core::diffDesigns(*before, *current, options);
    }));
}

void CompareDock::showDifference()
{
    m_tree->clear();
    int gained = 0;
    int lost = 0;
    for (const auto &change : m_difference.reachability)
        (change.gained ? gained : lost) += 1;
    std::size_t added = 0;
    std::size_t removed = 0;
    for (const auto &context : m_difference.routes) {
        added += context.added.size();
        removed += context.removed.size();
    }

    const QString since =
        m_againstSnapshot
            ? tr("Against the snapshot of %1.").arg(m_snapshotTime.toString(QStringLiteral("HH:mm:ss")))
            : tr("Against the same design with nothing disabled.");
    if (m_difference.empty()) {
        m_status->setText(since + QLatin1Char(' ') + tr("No differences: the design routes as it did."));
    } else {
        QString reachability =
            m_difference.reachabilityCompared
                ? tr("%1 gained, %2 lost.").arg(counted(gained, tr("pair"), tr("pairs"))).arg(lost)
                : tr("Reachability not compared (more than %1 endpoints).").arg(maximumEndpoints);
        m_status->setText(QStringLiteral("%1 %2 ").arg(since, reachability)
                          + tr("%1 added, %2 removed in %3.")
                                .arg(counted(qsizetype(added), tr("route"), tr("routes")))
                                .arg(removed)
                                .arg(counted(qsizetype(m_difference.routes.size()), tr("table"),
                                             tr("tables"))));
    }
    const auto current = m_runner->analysis();
    const DisplayNames names = DisplayNames::of(current.get());

    if (!m_difference.reachability.empty()) {
        auto *pairs = new QTreeWidgetItem(m_tree, {QString(), tr("Reachability"),
                                                   tr("%1 gained, %2 lost").arg(gained).arg(lost)});
        for (const auto &change : m_difference.reachability) {
            const QString from = QString::fromStdString(change.from);
            const QString to = QString::fromStdString(change.to);
            QTreeWidgetItem *item = changeItem(pairs, change.gained,
                                               QStringLiteral("%1 → %2").arg(names.endpoint(change.from),
                                                                             names.endpoint(change.to)),
                                               change.gained ? tr("now reachable") : tr("no longer reachable"));
            item->setData(WhatColumn, fromRole, from);
            item->setData(WhatColumn, toRole, to);
        }
        pairs->setExpanded(true);
    }
    for (const auto &context : m_difference.routes) {
        auto *table = new QTreeWidgetItem(
            m_tree, {QString(), names.endpoint(context.context),
                     tr("+%1 −%2 routes").arg(context.added.size()).arg(context.removed.size())});
        for (const auto &route : context.removed)
            changeItem(table, false, routeText(route, names), routeDetail(route));
        for (const auto &route : context.added)
            changeItem(table, true, routeText(route, names), routeDetail(route));
        table->setExpanded(m_difference.routes.size() <= 8);
    }
    emit differenceChanged();
}

void CompareDock::traceItem(QTreeWidgetItem *item)
{
    const QString from = item->data(WhatColumn, fromRole).toString();
    const QString to = item->data(WhatColumn, toRole).toString();
    if (!from.isEmpty() && !to.isEmpty())
        m_trace->setEndpoints(from, to);
}

} // namespace avsnet::ui
