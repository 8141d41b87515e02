// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/propagationtimeline.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;
class QTreeView;

namespace avsnet::ui {

class AnalysisRunner;
class PropagationEventsModel;

// Steps through how BGP propagated in the current design, like a network simulator's
// simulation mode: the engine's events in order, one at a time or played at a chosen speed,
// forward and back, optionally only those of one node, prefix or kind. It records the
// timeline of every new analysis on a worker thread while the step-through is open (and
// keeps its step when it can). Other views follow stateChanged(): the canvas draws the
// current event, the Routes dock shows a speaker's table as of the current step.
class PropagationDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit PropagationDock(AnalysisRunner *runner, QWidget *parent = nullptr);
    ~PropagationDock() override;

    // The timeline of the newest recorded analysis; null before the first recording.
    std::shared_ptr<const core::PropagationTimeline> timeline() const;
    bool isRecording() const;
    // How long the newest recording took.
    double lastRecordingMs() const { return m_recordingMs; }

    // Events applied so far: the tables are as of after events [0, step()).
    std::size_t step() const;
    std::size_t eventCount() const;
    bool atEnd() const { return step() == eventCount(); }
    // The event applied last (step() - 1); none at step 0.
    std::optional<core::TimelineEvent> currentEvent() const;
    // The step-through is open: shown by the user (or stepped from the keyboard in presenter
    // mode) and not closed since. The canvas shows the current event while it is.
    bool isEngaged() const { return m_engaged; }
    // Open, visible and not at the end: the Routes dock shows tables as of step().
    bool isStepping() const;
    // A speaker's BGP table as of the step current when called, by node index of
    // timeline()->analysis(). It keeps its timeline alive, so it stays safe to call.
    std::function<core::BgpTable(int node)> tableSource() const;
    // Whether the Routes dock should show the current event's receiver.
    bool followsReceiver() const;
    // How long the canvas animates one event: 400 ms, less when playing fast.
    int animationMs() const;

    int speed() const; // events per second when playing
    void setSpeed(int eventsPerSecond);
    bool isPlaying() const;

    PropagationEventsModel *eventsModel() const { return m_model; }
    QTreeView *view() const { return m_view; }

public slots:
    // To the next event the filter lists, applying every event on the way.
    void stepForward();
    // Back to the listed event before the current one, undoing every event on the way.
    void stepBack();
    void togglePlay();
    void play();
    void pause();
    void toStart();
    void toEnd();
    // Any step in [0, eventCount()].
    void seek(std::size_t step);

signals:
    // After any change of step, timeline, filter or openness.
    void stateChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Replay;
    struct Recording
    {
        std::shared_ptr<const core::PropagationTimeline> timeline;
        std::shared_ptr<const core::Topology> topology;
        double ms = 0;
    };

    QWidget *createControls();
    QWidget *createFilterRow();
    void updateIcons();
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void engage();
    void disengage();
    void record();
    void adopt(const Recording &recording);
    void refreshNodeFilter();
    void applyFilter();
    // The first listed event at or after `event`.
    std::optional<std::size_t> nextListed(std::size_t event) const;
    void showPosition();
    void updateStatus();

    std::shared_ptr<Replay> m_replay;
    std::shared_ptr<const core::Topology> m_wanted;   // of the newest analysis
    std::shared_ptr<const core::Topology> m_recorded; // what m_replay replays
    QFutureWatcher<Recording> m_watcher;
    double m_recordingMs = 0;
    bool m_engaged = false;
    bool m_syncingView = false;
    QString m_shownEvent;   // step and description of the event last shown
    bool m_newEvent = true; // it differs from the one shown before

    PropagationEventsModel *m_model;
    QTimer *m_playTimer;
    QToolButton *m_toStart;
    QToolButton *m_back;
    QToolButton *m_play;
    QToolButton *m_forward;
    QToolButton *m_toEnd;
    QSpinBox *m_speed;
    QComboBox *m_nodeFilter;
    QLineEdit *m_prefixFilter;
    QComboBox *m_kindFilter;
    QLabel *m_current;
    QTreeView *m_view;
    QLabel *m_status;
    QCheckBox *m_follow;
};

} // namespace avsnet::ui
