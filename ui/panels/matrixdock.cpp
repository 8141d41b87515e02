// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixdock.h"

#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "matrixmodel.h"
#include "rotatedheaderview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace avsnet::ui {

MatrixDock::MatrixDock(AnalysisRunner *runner, TraceController *trace, QWidget *parent)
    : QDockWidget(parent)
    , m_trace(trace)
    , m_model(new MatrixModel(this))
    , m_view(new QTableView)
    , m_status(new QLabel)
    , m_computeAnywayButton(new QPushButton(tr("Compute anyway")))
{
    setObjectName(QStringLiteral("matrixDock"));
    setWindowTitle(tr("Connectivity matrix"));

    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setHorizontalHeader(new RotatedHeaderView(m_view));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setCornerButtonEnabled(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultSectionSize(26);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(22);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_computeAnywayButton->setObjectName(QStringLiteral("computeAnywayButton"));
    m_computeAnywayButton->hide();

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_computeAnywayButton);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(statusRow);
    layout->addWidget(m_view);
    setWidget(content);

    connect(&m_watcher, &QFutureWatcher<core::ReachabilityMatrix>::finished, this,
            &MatrixDock::finishComputing);
    connect(m_computeAnywayButton, &QPushButton::clicked, this, &MatrixDock::computeAnyway);
    connect(m_view, &QAbstractItemView::clicked, this, &MatrixDock::traceCell);
    connect(this, &QDockWidget::visibilityChanged, this, &MatrixDock::setShown);
    connect(runner, &AnalysisRunner::panelsDue, this, &MatrixDock::setAnalysis);
    connect(trace, &TraceController::traceChanged, this, &MatrixDock::showTraceCell);

    m_shown = isVisible();
    setAnalysis(runner->analysis());
}

QString MatrixDock::status() const
{
    return m_status->text();
}

void MatrixDock::computeAnyway()
{
    m_allowLarge = true;
    m_stale = true;
    m_computeAnywayButton->hide();
    maybeCompute();
}

void MatrixDock::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_analysis = analysis;
    m_stale = analysis != nullptr;
    maybeCompute();
}

void MatrixDock::setShown(bool shown)
{
    m_shown = shown;
    maybeCompute();
}

void MatrixDock::maybeCompute()
{
    if (!m_stale || !m_shown || !m_analysis)
        return;
    // One run at a time: finishComputing starts the next when a newer analysis waits.
    if (m_watcher.isRunning())
        return;
    m_stale = false;
    const auto endpointCount = core::matrixEndpoints(*m_analysis).size();
    if (endpointCount > std::size_t(maximumEndpoints) && !m_allowLarge) {
        m_model->setMatrix({});
        m_status->setText(tr("%1 endpoints: the matrix needs %2 traces, so it was skipped.")
                              .arg(endpointCount)
                              .arg(endpointCount * endpointCount));
        m_computeAnywayButton->show();
        return;
    }
    m_computeAnywayButton->hide();
    m_status->setText(tr("computing…"));
    // The worker keeps its own reference: the analysis is immutable and outlives the dock.
    const std::shared_ptr<const core::Analysis> analysis = m_analysis;
    m_watcher.setFuture(
        QtConcurrent::run([analysis]() { return core::reachabilityMatrix(*analysis); }));
}

void MatrixDock::finishComputing()
{
    if (m_watcher.isCanceled())
        return;
    m_model->setMatrix(m_watcher.result(),
                       DisplayNames::of(m_analysis.get()));
    const auto &matrix = m_model->matrix();
    const std::size_t count = matrix.endpoints.size();
    std::size_t reachable = 0;
    for (std::size_t row = 0; row < count; ++row) {
        for (std::size_t column = 0; column < count; ++column)
            reachable += row != column && matrix.reachable[row][column] ? 1 : 0;
    }
    const std::size_t pairs = count > 1 ? count * (count - 1) : 0;
    m_status->setText(
        tr("%1 endpoints: %2 of %3 pairs reach each other").arg(count).arg(reachable).arg(pairs));
    showTraceCell();
    emit matrixReady();
    maybeCompute();
}

void MatrixDock::traceCell(const QModelIndex &index)
{
    if (!index.isValid() || index.row() == index.column())
        return;
    m_trace->setEndpoints(m_model->endpoint(index.row()), m_model->endpoint(index.column()));
}

void MatrixDock::showTraceCell()
{
    const QModelIndex cell = m_model->indexOf(m_trace->from(), m_trace->to());
    if (cell.isValid())
        m_view->setCurrentIndex(cell);
    else
        m_view->clearSelection();
}

} // namespace avsnet::ui
