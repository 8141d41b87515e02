// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/analysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace avsnet::ui {

class Document;

// Reruns the engine after every change of the document, on a worker thread, so the canvas
// never waits for it; each run starts from the newest analysis (core::reanalyze). Changes that arrive while a run is busy coalesce into one more run;
// a result older than the newest request is still published (it is a consistent snapshot)
// but the next one follows at once.
//
// A result reaches the window in two turns. analysisReady goes to what shows the edit on the
// canvas: the scene, the trace, the status bar. panelsDue follows once the canvas has painted
// that result (the window reports each paint), or after a short wait when it does not paint:
// the docks' tables, which on a large design cost more than the analysis, never hold the
// edit back from the screen.
class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisRunner(Document *document, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    // The newest finished analysis; null before the first one.
    std::shared_ptr<const core::Analysis> analysis() const { return m_analysis; }
    // Milliseconds the newest analysis took.
    double lastDurationMs() const { return m_lastDurationMs; }
    // Runs now on the calling thread and publishes (tests, exports, first show).
    void analyzeNow();
    // Blocks until no run is busy or pending, and the docks have the newest result (tests).
    void waitForIdle();

    // The canvas has painted: the docks' turn comes as soon as the paint is on screen.
    void canvasPainted();
    // The docks' turn now, if they have not had the newest result (tests, exports); docks
    // that wait until they are shown (PanelFeed) take it too.
    void flushPanels();
    bool panelsPending() const { return m_panelsPending; }

signals:
    void analysisReady(std::shared_ptr<const core::Analysis> analysis);
    void panelsDue(std::shared_ptr<const core::Analysis> analysis);
    // flushPanels() was asked for: docks that wait until they are shown update now.
    void catchUpRequested();

private:
    struct Outcome
    {
        std::shared_ptr<const core::Analysis> analysis;
        double durationMs = 0;
    };

    void schedule();
    void startRun();
    void finishRun();
    void publish(Outcome outcome);
    void sendPanels();

    Document *m_document;
    QFutureWatcher<Outcome> m_watcher;
    bool m_pending = false;
    std::shared_ptr<const core::Analysis> m_analysis;
    double m_lastDurationMs = 0;
    bool m_panelsPending = false;
    QTimer m_panelTimer; // the docks' turn: after the paint, or at the latest after a wait
};

} // namespace avsnet::ui
