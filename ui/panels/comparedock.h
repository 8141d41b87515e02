// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/designdiff.h"

#include <QDateTime>
#include <QDockWidget>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace avsnet::core {
class Analysis;
}

namespace avsnet::ui {

class AnalysisRunner;
class Document;
class TraceController;

// What-if compare: disable something (a circuit, Global Reach) and see, live, what that
// changed: the endpoint pairs that gained or lost reachability and, per routing table, the
// routes that appeared or disappeared, against the same design with nothing disabled. So
// the natural order works: disable, then look here. A snapshot the user takes replaces that
// baseline, and then every edit (a new route, a removed link) is compared with it. The
// baseline's analysis and the diff run off the GUI thread; clicking a pair traces it.
// Endpoints and tables are shown by name.
class CompareDock final : public QDockWidget
{
    Q_OBJECT

public:
    CompareDock(Document *document, AnalysisRunner *runner, TraceController *trace,
                QWidget *parent = nullptr);
    ~CompareDock() override;

    // A snapshot the user took; without one the baseline is the design with nothing disabled.
    bool hasSnapshot() const { return m_snapshot != nullptr; }
    // The newest finished comparison; empty before one.
    const core::DesignDiff &difference() const { return m_difference; }
    QTreeWidget *tree() const { return m_tree; }
    // Blocks until no comparison is running (tests).
    void waitForIdle();

    // Beyond this many endpoints the reachability half is left out (it traces every pair
    // twice), as the matrix dock does; the route half always runs.
    static constexpr int maximumEndpoints = 150;

public slots:
    void takeSnapshot();
    // Back to comparing with the same design with nothing disabled.
    void clearSnapshot();

signals:
    void differenceChanged();

private:
    void compare(const std::shared_ptr<const core::Analysis> &current);
    void showDifference();
    void traceItem(QTreeWidgetItem *item);

    Document *m_document;
    AnalysisRunner *m_runner;
    TraceController *m_trace;
    std::shared_ptr<const core::Analysis> m_snapshot;
    QDateTime m_snapshotTime;
    bool m_againstSnapshot = false; // the baseline of the difference shown
    core::DesignDiff m_difference;
    QFutureWatcher<core::DesignDiff> m_watcher;
    bool m_busy = false;    // a comparison runs, or its result is not taken yet
    bool m_pending = false; // the design changed meanwhile: compare again
    QLabel *m_status;
    QPushButton *m_snapshotButton;
    QPushButton *m_clearButton;
    QTreeWidget *m_tree;
};

} // namespace avsnet::ui
