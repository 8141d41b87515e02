// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/analysis.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace avsnet::ui {

class Document;

// Reruns the engine after every change of the document, on a worker thread, so the canvas
// never waits for it; each run starts from the newest analysis (core::reanalyze). Changes that arrive while a run is busy coalesce into one more run;
// a result older than the newest request is still published (it is a consistent snapshot)
// but the next one follows at once.
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
    // Blocks until no run is busy or pending (tests).
    void waitForIdle();

signals:
    void analysisReady(std::shared_ptr<const core::Analysis> analysis);

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

    Document *m_document;
    QFutureWatcher<Outcome> m_watcher;
    bool m_pending = false;
    std::shared_ptr<const core::Analysis> m_analysis;
    double m_lastDurationMs = 0;
};

} // namespace avsnet::ui
