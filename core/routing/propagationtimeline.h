// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "bgptable.h"
#include "propagation.h"
#include "speakergraph.h"

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace avsnet::core {

// One propagation event as a lesson shows it: both ends by index, id and name, the texts
// ready to display.
struct TimelineEvent
{
    std::size_t step = 0;
    PropagationEvent::Kind kind = PropagationEvent::Kind::Advertise;
    Ipv4Prefix prefix;
    int from = -1; // sender, or the originating node
    int to = -1;   // receiver; the originating node for Originate
    std::string fromId;
    std::string fromName;
    std::string toId;
    std::string toName;
    int link = -1;      // -1: an own prefix, or a session inside one VNet
    std::string linkId; // empty when link is -1
    std::string asPath; // "12076 65010"; empty for an empty path and for Withdraw
    std::string reason; // Refuse only
    std::string description;
};

// Which events to pick; an empty field matches every event.
struct TimelineFilter
{
    std::string nodeId; // as sender or receiver
    std::optional<Ipv4Prefix> prefix;
    std::optional<PropagationEvent::Kind> kind;
};

// The engine's propagation of one design as a sequence of events, in the engine's own
// deterministic order, with the analysis that run produced (its tables are the end of the
// sequence). Immutable; replay it with TimelineReplay.
class PropagationTimeline
{
public:
    PropagationTimeline(std::shared_ptr<const Analysis> analysis,
                        std::shared_ptr<const SpeakerGraph> graph,
                        std::vector<PropagationEvent> events);

    const Analysis &analysis() const { return *m_analysis; }
    const std::shared_ptr<const Analysis> &sharedAnalysis() const { return m_analysis; }
    // The speaker graph of the run: the edge indices of the events' routes refer to it.
    const SpeakerGraph &graph() const { return *m_graph; }
    const std::vector<PropagationEvent> &events() const { return m_events; }
    std::size_t size() const { return m_events.size(); }

    // Event `step` resolved for display. Resolving on demand keeps a timeline of hundreds of
    // thousands of events small.
    TimelineEvent event(std::size_t step) const;
    // One English line, e.g. "er-ams advertises 10.1.0.0/16 to avs-weu (AS path 12076 65010)".
    std::string describe(std::size_t step) const;
    // The steps whose events match, in order.
    std::vector<std::size_t> find(const TimelineFilter &filter) const;

private:
    std::string pathText(AsPathId path) const;

    std::shared_ptr<const Analysis> m_analysis;
    std::shared_ptr<const SpeakerGraph> m_graph;
    std::vector<PropagationEvent> m_events;
};

// Runs the engine's full analysis of a design, recording its propagation.
PropagationTimeline recordPropagation(std::shared_ptr<const Topology> topology);
PropagationTimeline recordPropagation(const Topology &topology);

// Steps through a timeline: every speaker's BGP table as of a step, that is after events
// [0, step). A step applies or undoes one event in place, so stepping costs the same at any
// point of any design. The timeline must outlive the replay.
class TimelineReplay
{
public:
    explicit TimelineReplay(const PropagationTimeline &timeline); // at step 0
    ~TimelineReplay();
    TimelineReplay(TimelineReplay &&) noexcept;
    TimelineReplay &operator=(TimelineReplay &&) noexcept;

    std::size_t step() const { return m_undo.size(); }
    bool atEnd() const { return step() == m_timeline->size(); }
    // Applies the next event; false at the end.
    bool forward();
    // Undoes the last applied event; false at step 0.
    bool back();
    void seek(std::size_t step);

    // The table of a node as of step(), as analyze() builds it: at the end, exactly
    // analysis().bgpTable(node).
    BgpTable table(int node) const;
    // Every node's table, by node index.
    std::vector<BgpTable> tables() const;
    // The node whose table the event at step() - 1 changed; -1 at step 0.
    int lastChangedNode() const;

private:
    // What applying one event changed in its RIB-in, so undoing it restores that.
    struct Undo
    {
        enum class Change { Inserted, Replaced, Erased, None };
        Change change = Change::None;
        std::size_t position = 0;
        RouteCandidate before;
    };
    struct Selection;
    using RibIn = std::vector<RouteCandidate>; // in arrival order, as the engine keeps it

    const PropagationTimeline *m_timeline;
    std::unique_ptr<Selection> m_selection;
    std::vector<std::map<Ipv4Prefix, RibIn>> m_ribs; // per node, by prefix
    std::vector<Undo> m_undo;                        // one per applied event
};

} // namespace avsnet::core
