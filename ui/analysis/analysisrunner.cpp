// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrunner.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace avsnet::ui {

AnalysisRunner::AnalysisRunner(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, &AnalysisRunner::schedule);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AnalysisRunner::finishRun);
    m_panelTimer.setSingleShot(true);
    connect(&m_panelTimer, &QTimer::timeout, this, &AnalysisRunner::sendPanels);
}

AnalysisRunner::~AnalysisRunner()
{
    m_watcher.waitForFinished();
}

void AnalysisRunner::schedule()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    startRun();
}

void AnalysisRunner::startRun()
{
    m_pending = false;
    auto snapshot = m_document->snapshot();
    // The newest analysis seeds this one: after a small edit only what it can change is
    // computed again (core::reanalyze falls back to a full run where it must).
    m_watcher.setFuture(QtConcurrent::run([snapshot, previous = m_analysis]() {
        QElapsedTimer timer;
        timer.start();
        Outcome outcome{core::reanalyze(previous, snapshot), 0};
        outcome.durationMs = double(timer.nsecsElapsed()) / 1e6;
        return outcome;
    }));
}

void AnalysisRunner::finishRun()
{
    publish(m_watcher.result());
    if (m_pending)
        startRun();
}

void AnalysisRunner::publish(Outcome outcome)
{
    m_analysis = std::move(outcome.analysis);
    m_lastDurationMs = outcome.durationMs;
    // (decision) 50 ms: when the canvas does not repaint (nothing on it changed, or it is
    // hidden), the docks still follow within a glance. A result that arrives while the docks
    // wait does not restart the wait, so a stream of edits cannot starve them.
    m_panelsPending = true;
    if (!m_panelTimer.isActive())
        m_panelTimer.start(50);
    emit analysisReady(m_analysis);
}

void AnalysisRunner::canvasPainted()
{
    // From inside the paint: a zero timer fires once the frame is flushed to the screen.
    if (m_panelsPending)
        m_panelTimer.start(0);
}

void AnalysisRunner::sendPanels()
{
    if (!m_panelsPending)
        return;
    m_panelsPending = false;
    m_panelTimer.stop();
    emit panelsDue(m_analysis);
}

void AnalysisRunner::flushPanels()
{
    sendPanels();
    emit catchUpRequested();
}

void AnalysisRunner::analyzeNow()
{
    m_watcher.waitForFinished();
    QElapsedTimer timer;
    timer.start();
    Outcome outcome{core::reanalyze(m_analysis, m_document->snapshot()), 0};
    outcome.durationMs = double(timer.nsecsElapsed()) / 1e6;
    m_pending = false;
    publish(std::move(outcome));
    flushPanels();
}

void AnalysisRunner::waitForIdle()
{
    // The finished signal is queued to this thread; let it arrive.
    while (m_watcher.isRunning() || m_pending || !m_analysis) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
        if (!m_watcher.isRunning() && !m_analysis && !m_pending)
            analyzeNow();
    }
    QCoreApplication::processEvents();
    flushPanels();
}

} // namespace avsnet::ui
