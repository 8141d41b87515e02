// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/reachabilitymatrix.h"
#include "routing/analysis.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace avsnet::ui {

class AnalysisRunner;
class MatrixModel;
class TraceController;

// The connectivity matrix of the newest analysis: every endpoint against every endpoint,
// one trace each way per cell. The traces run on a worker thread, only while the dock is
// visible, and not at all past maximumEndpoints unless the user asks. Clicking a cell
// traces that pair.
class MatrixDock final : public QDockWidget
{
    Q_OBJECT

public:
    // Past this many endpoints the O(n²) traces wait for "Compute anyway".
    static constexpr int maximumEndpoints = 150;

    MatrixDock(AnalysisRunner *runner, TraceController *trace, QWidget *parent = nullptr);

    MatrixModel *matrixModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isComputing() const { return m_watcher.isRunning(); }
    // The status line: "computing…", the counts, or why the matrix was skipped.
    QString status() const;

public slots:
    // Computes large matrices too, from now on.
    void computeAnyway();

signals:
    // A matrix finished and is shown.
    void matrixReady();

private:
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void setShown(bool shown);
    void maybeCompute();
    void finishComputing();
    void traceCell(const QModelIndex &index);
    void showTraceCell();

    TraceController *m_trace;
    MatrixModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_computeAnywayButton;
    QFutureWatcher<core::ReachabilityMatrix> m_watcher;
    std::shared_ptr<const core::Analysis> m_analysis;
    bool m_stale = false;      // m_analysis has not been computed (or skipped) yet
    bool m_shown = false;      // visible, or the front tab of its dock area
    bool m_allowLarge = false; // the user pressed "Compute anyway"
};

} // namespace avsnet::ui
