// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagationtimeline.h"

#include "propagationrecording.h"

#include <algorithm>

namespace avsnet::core {

PropagationTimeline::PropagationTimeline(std::shared_ptr<const Analysis> analysis,
                                         std::shared_ptr<const SpeakerGraph> graph,
                                         std::vector<PropagationEvent> events)
    : m_analysis(std::move(analysis))
    , m_graph(std::move(graph))
    , m_events(std::move(events))
{}

std::string PropagationTimeline::pathText(AsPathId path) const
{
    std::string text;
    for (const Asn asn : m_analysis->asPaths().path(path)) {
        if (!text.empty())
            text += ' ';
        text += std::to_string(asn);
    }
    return text;
}

TimelineEvent PropagationTimeline::event(std::size_t step) const
{
    using Kind = PropagationEvent::Kind;
    const PropagationEvent &raw = m_events.at(step);
    const Topology &topology = m_analysis->topology();
    const Node &from = topology.nodes[std::size_t(raw.from)];
    const Node &to = topology.nodes[std::size_t(raw.to)];

    TimelineEvent event;
    event.step = step;
    event.kind = raw.kind;
    event.prefix = raw.prefix;
    event.from = raw.from;
    event.to = raw.to;
    event.fromId = from.id;
    event.fromName = from.displayName();
    event.toId = to.id;
    event.toName = to.displayName();
    event.link = raw.link;
    if (raw.link >= 0)
        event.linkId = topology.links[std::size_t(raw.link)].id;
    if (raw.kind != Kind::Withdraw && raw.kind != Kind::SessionDown)
        event.asPath = pathText(raw.asPath);
    event.reason = raw.reason;

    const std::string prefix = raw.prefix.toString();
    const std::string path = event.asPath.empty() ? "empty AS path" : "AS path " + event.asPath;
    switch (raw.kind) {
    case Kind::Originate:
        event.description = from.id + " originates " + prefix;
        if (!event.asPath.empty())
            event.description += " (" + path + ")";
        break;
    case Kind::Advertise:
        event.description = from.id + " advertises " + prefix + " to " + to.id + " (" + path + ")";
        break;
    case Kind::Refuse:
        event.description = to.id + " refuses " + prefix + " from " + from.id + ": " + raw.reason;
        break;
    case Kind::Withdraw:
        event.description = from.id + " withdraws " + prefix + " from " + to.id;
        break;
    case Kind::SessionDown:
        event.prefix = {};
        event.description = "the session " + event.linkId + " between " + from.id + " and "
                            + to.id + " is down: " + raw.reason;
        break;
    }
    return event;
}

std::string PropagationTimeline::describe(std::size_t step) const
{
    return event(step).description;
}

std::vector<std::size_t> PropagationTimeline::find(const TimelineFilter &filter) const
{
    int node = -1;
    if (!filter.nodeId.empty()) {
        node = m_analysis->nodeIndex(filter.nodeId);
        if (node < 0)
            return {};
    }
    std::vector<std::size_t> steps;
    for (std::size_t step = 0; step < m_events.size(); ++step) {
        const PropagationEvent &event = m_events[step];
        if ((node < 0 || event.from == node || event.to == node)
            && (!filter.prefix || event.prefix == *filter.prefix
                || event.kind == PropagationEvent::Kind::SessionDown) // it concerns every prefix
            && (!filter.kind || event.kind == *filter.kind))
            steps.push_back(step);
    }
    return steps;
}

PropagationTimeline recordPropagation(std::shared_ptr<const Topology> topology)
{
    PropagationRecording recording;
    auto analysis = analyzeRecordingPropagation(std::move(topology), recording);
    return PropagationTimeline(std::move(analysis), std::move(recording.graph),
                               std::move(recording.events));
}

PropagationTimeline recordPropagation(const Topology &topology)
{
    return recordPropagation(std::make_shared<const Topology>(topology));
}

// The engine's own route selection, so replayed tables cannot drift from analyzed ones. The
// policy wants an AS path pool it may add to; ranking never adds, so a copy of the
// analysis' pool keeps every id.
struct TimelineReplay::Selection
{
    explicit Selection(const PropagationTimeline &timeline)
        : asPaths(timeline.analysis().asPaths())
        , policy(timeline.analysis().topology(), timeline.graph(), asPaths)
        , propagation(timeline.graph(), policy)
    {}

    AsPathPool asPaths;
    RoutingPolicy policy;
    RoutePropagation propagation;
};

namespace {

// The entry a session gave, as the engine finds it: one per incoming edge.
auto entryFromEdge(std::vector<RouteCandidate> &rib, int edge)
{
    return std::find_if(rib.begin(), rib.end(),
                        [&](const RouteCandidate &route) { return route.edge == edge; });
}

} // namespace

TimelineReplay::TimelineReplay(const PropagationTimeline &timeline)
    : m_timeline(&timeline)
    , m_selection(std::make_unique<Selection>(timeline))
    , m_ribs(std::size_t(timeline.graph().vertexCount()))
{}

TimelineReplay::~TimelineReplay() = default;
TimelineReplay::TimelineReplay(TimelineReplay &&) noexcept = default;
TimelineReplay &TimelineReplay::operator=(TimelineReplay &&) noexcept = default;

bool TimelineReplay::forward()
{
    using Kind = PropagationEvent::Kind;
    if (atEnd())
        return false;
    const PropagationEvent &event = m_timeline->events()[step()];
    auto &byPrefix = m_ribs[std::size_t(event.to)];
    Undo undo;
    if (event.kind == Kind::SessionDown) {
        // Only told: the run it opens never used the session.
    } else if (event.kind == Kind::Withdraw) {
        if (const auto found = byPrefix.find(event.prefix); found != byPrefix.end()) {
            auto &rib = found->second;
            if (const auto current = entryFromEdge(rib, event.route.edge); current != rib.end()) {
                undo = {Undo::Change::Erased, std::size_t(current - rib.begin()), *current};
                rib.erase(current);
                if (rib.empty())
                    byPrefix.erase(found);
            }
        }
    } else {
        // As in the engine: an own route is added; a session's offer, refused or not,
        // replaces what that session gave before (a refused one is held, never used).
        auto &rib = byPrefix[event.prefix];
        const auto current
            = event.kind == Kind::Originate ? rib.end() : entryFromEdge(rib, event.route.edge);
        if (current == rib.end()) {
            undo = {Undo::Change::Inserted, rib.size(), {}};
            rib.push_back(event.route);
        } else {
            undo = {Undo::Change::Replaced, std::size_t(current - rib.begin()), *current};
            *current = event.route;
        }
    }
    m_undo.push_back(undo);
    return true;
}

bool TimelineReplay::back()
{
    if (m_undo.empty())
        return false;
    const Undo undo = m_undo.back();
    m_undo.pop_back();
    const PropagationEvent &event = m_timeline->events()[step()];
    auto &byPrefix = m_ribs[std::size_t(event.to)];
    const auto position = std::ptrdiff_t(undo.position);
    switch (undo.change) {
    case Undo::Change::Inserted: {
        const auto found = byPrefix.find(event.prefix);
        found->second.erase(found->second.begin() + position);
        if (found->second.empty())
            byPrefix.erase(found);
        break;
    }
    case Undo::Change::Replaced:
        byPrefix[event.prefix][undo.position] = undo.before;
        break;
    case Undo::Change::Erased: {
        auto &rib = byPrefix[event.prefix];
        rib.insert(rib.begin() + position, undo.before);
        break;
    }
    case Undo::Change::None:
        break;
    }
    return true;
}

void TimelineReplay::seek(std::size_t target)
{
    target = std::min(target, m_timeline->size());
    while (step() < target)
        forward();
    while (step() > target)
        back();
}

BgpTable TimelineReplay::table(int node) const
{
    if (node < 0 || std::size_t(node) >= m_ribs.size())
        return {};
    std::vector<BgpRoute> rows;
    RibIn sorted;
    for (const auto &[prefix, rib] : m_ribs[std::size_t(node)]) {
        // The engine sorts a RIB-in once its prefix has settled; here it keeps arrival order
        // for the steps still to come, so sort a copy.
        sorted = rib;
        m_selection->propagation.appendTableRows(node, prefix, sorted, rows);
    }
    return BgpTable(std::move(rows));
}

std::vector<BgpTable> TimelineReplay::tables() const
{
    std::vector<BgpTable> result;
    result.reserve(m_ribs.size());
    for (std::size_t node = 0; node < m_ribs.size(); ++node)
        result.push_back(table(int(node)));
    return result;
}

int TimelineReplay::lastChangedNode() const
{
    return step() == 0 ? -1 : m_timeline->events()[step() - 1].to;
}

} // namespace avsnet::core
