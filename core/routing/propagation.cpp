// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagation.h"

#include <algorithm>
#include <deque>

namespace avsnet::core {

// Scratch space for one prefix, reused across prefixes so a run allocates little.
struct RoutePropagation::PrefixState
{
    explicit PrefixState(int vertices)
        : ribIn(std::size_t(vertices))
        , touched(std::size_t(vertices), false)
        , queued(std::size_t(vertices), false)
    {}

    void touch(int node)
    {
        if (!touched[std::size_t(node)]) {
            touched[std::size_t(node)] = true;
            touchedNodes.push_back(node);
        }
    }

    std::vector<std::vector<RouteCandidate>> ribIn; // per node: candidates, in arrival order
    std::vector<bool> touched;
    std::vector<bool> queued;
    std::vector<int> touchedNodes;
    std::deque<int> queue;
};

RoutePropagation::RoutePropagation(const SpeakerGraph &graph, RoutingPolicy &policy)
    : m_graph(graph)
    , m_policy(policy)
{}

PropagationResult RoutePropagation::run(const std::vector<Origination> &originations,
                                        const EventSink &events)
{
    PropagationResult result;
    result.tables.resize(std::size_t(m_graph.vertexCount()));
    result.announcedPerEdge.assign(m_graph.edges().size(), 0);
    PrefixState state(m_graph.vertexCount());

    // Originations arrive sorted by prefix, so the tables come out sorted too.
    for (auto first = originations.begin(); first != originations.end();) {
        const auto last = std::find_if(first, originations.end(), [&](const Origination &o) {
            return o.prefix != first->prefix;
        });
        propagatePrefix(first->prefix, &*first, &*first + (last - first), state, result, events);
        first = last;
    }
    return result;
}

void RoutePropagation::propagatePrefix(const Ipv4Prefix &prefix, const Origination *first,
                                       const Origination *last, PrefixState &state,
                                       PropagationResult &result, const EventSink &events)
{
    const auto enqueue = [&](int node) {
        if (!state.queued[std::size_t(node)]) {
            state.queued[std::size_t(node)] = true;
            state.queue.push_back(node);
        }
    };
    for (const Origination *origination = first; origination != last; ++origination) {
        RouteCandidate own;
        own.asPath = origination->asPath;
        own.origin = origination->node;
        own.localUse = origination->localUse;
        state.ribIn[std::size_t(origination->node)].push_back(own);
        state.touch(origination->node);
        enqueue(origination->node);
        if (events)
            events({PropagationEvent::Kind::Originate, prefix, origination->node,
                    origination->node, -1, origination->asPath, {}, own});
    }

    // A prefix settles after a few rounds per speaker that hears it; an AS path that keeps
    // growing (NVAs rewriting each other's paths) never does (R9 `no-convergence`).
    std::size_t steps = 0;
    while (!state.queue.empty()) {
        const int sender = state.queue.front();
        state.queue.pop_front();
        state.queued[std::size_t(sender)] = false;
        if (++steps > 64 + 32 * state.touchedNodes.size()) {
            result.unconverged.push_back(prefix);
            for (const int node : state.queue)
                state.queued[std::size_t(node)] = false;
            state.queue.clear();
            break;
        }
        for (const auto edgeDescriptor :
             boost::make_iterator_range(boost::out_edges(std::size_t(sender), m_graph.graph()))) {
            const SessionEdge &session = m_graph.graph()[edgeDescriptor];
            const SpeakerGraph::Edge &edge = m_graph.edges()[std::size_t(session.index)];
            const int receiver = edge.to;
            auto offer = exportOver(sender, edge, prefix, state);
            if (offer && offer->origin == receiver)
                offer.reset(); // its own prefix coming back

            auto &rib = state.ribIn[std::size_t(receiver)];
            const auto current = std::find_if(rib.begin(), rib.end(), [&](const auto &route) {
                return route.edge == session.index;
            });
            bool changed = false;
            bool mattered = false; // the receiver's usable routes changed
            if (!offer) {
                if (current != rib.end()) {
                    mattered = !current->rejected;
                    // Copied, not reported before the erase: that order kept this loop as
                    // fast as before events carried routes.
                    const RouteCandidate removed = *current;
                    rib.erase(current);
                    changed = true;
                    if (events)
                        events({PropagationEvent::Kind::Withdraw, prefix, sender, receiver,
                                edge.session.link, AsPathPool::emptyPath, {}, removed});
                }
            } else {
                offer->edge = session.index;
                offer->from = sender;
                const auto refusal = m_policy.refusal(receiver, *offer, prefix);
                offer->rejected = refusal.has_value();
                if (current == rib.end() || *current != *offer) {
                    mattered = !offer->rejected || (current != rib.end() && !current->rejected);
                    if (current == rib.end())
                        rib.push_back(*offer);
                    else
                        *current = *offer;
                    changed = true;
                    if (events)
                        events({refusal ? PropagationEvent::Kind::Refuse
                                        : PropagationEvent::Kind::Advertise,
                                prefix, sender, receiver, edge.session.link, offer->asPath,
                                refusal.value_or(std::string()), *offer});
                }
            }
            if (changed)
                state.touch(receiver);
            if (mattered)
                enqueue(receiver);
        }
    }
    collect(prefix, state, result);
}

std::optional<RouteCandidate> RoutePropagation::exportOver(int sender,
                                                           const SpeakerGraph::Edge &edge,
                                                           const Ipv4Prefix &prefix,
                                                           const PrefixState &state)
{
    // Standard BGP: a speaker advertises its one best route, never back to the neighbour it
    // came from, and only where its policy lets it go; no second-best takes its place.
    // (decision) Equal routes (ECMP) are broken by its own prefix first, then the lowest
    // neighbour index (the order of the design file), as the tables list them: Azure does
    // not document which of equal routes a speaker advertises (docs/routing.md).
    const RouteCandidate *best = nullptr;
    RoutingPolicy::RankKey bestRank{};
    for (const auto &route : state.ribIn[std::size_t(sender)]) {
        if (route.rejected)
            continue;
        const auto rank = m_policy.rank(sender, route);
        const bool better = !best || rank > bestRank
                            || (rank == bestRank
                                && std::pair(!route.isLocal(), route.from)
                                       < std::pair(!best->isLocal(), best->from));
        if (better) {
            best = &route;
            bestRank = rank;
        }
    }
    if (!best || best->from == edge.to || !m_policy.mayExport(sender, *best, edge, prefix))
        return std::nullopt;
    RouteCandidate offer;
    offer.asPath = m_policy.exportedPath(sender, *best, edge);
    offer.origin = best->origin;
    m_policy.markOffer(sender, *best, edge, offer);
    return offer;
}

namespace {

// A speaker's table rows for one prefix (see appendTableRows). With `Tally`, the same two
// passes also count announcements and keep refusals. Inline: collect calls it once per
// speaker and prefix, and an out-of-line call showed in the analysis profile.
template<bool Tally>
inline void selectRows(const SpeakerGraph &graph, const RoutingPolicy &policy, int node,
                       const Ipv4Prefix &prefix, std::vector<RouteCandidate> &rib,
                       std::vector<BgpRoute> &table, PropagationResult *tally)
{
    // Own routes first, then by neighbour, so tables read the same on every run.
    std::stable_sort(rib.begin(), rib.end(), [](const auto &a, const auto &b) {
        return std::pair(!a.isLocal(), a.from) < std::pair(!b.isLocal(), b.from);
    });
    RoutingPolicy::RankKey bestRank{};
    bool any = false;
    for (const auto &route : rib) {
        if (Tally && route.edge >= 0)
            ++tally->announcedPerEdge[std::size_t(route.edge)];
        if (route.rejected)
            continue;
        const auto rank = policy.rank(node, route);
        if (!any || rank > bestRank)
            bestRank = rank;
        any = true;
    }
    for (const auto &route : rib) {
        const int link = route.edge >= 0 ? graph.edges()[std::size_t(route.edge)].session.link
                                         : -1;
        if (route.rejected) {
            if (Tally)
                tally->drops.push_back({node, route.from, prefix, route.asPath,
                                        policy.refusal(node, route, prefix).value_or(std::string()),
                                        link});
            continue;
        }
        table.push_back({prefix, route.asPath, route.from, link, route.origin,
                         policy.rank(node, route) == bestRank});
    }
}

} // namespace

void RoutePropagation::collect(const Ipv4Prefix &prefix, PrefixState &state,
                               PropagationResult &result)
{
    result.footprints.append(prefix, state.touchedNodes);
    for (const int node : state.touchedNodes) {
        auto &rib = state.ribIn[std::size_t(node)];
        selectRows<true>(m_graph, m_policy, node, prefix, rib, result.tables[std::size_t(node)],
                         &result);
        rib.clear();
        state.touched[std::size_t(node)] = false;
    }
    state.touchedNodes.clear();
}

void RoutePropagation::appendTableRows(int node, const Ipv4Prefix &prefix,
                                       std::vector<RouteCandidate> &rib,
                                       std::vector<BgpRoute> &table) const
{
    selectRows<false>(m_graph, m_policy, node, prefix, rib, table, nullptr);
}

} // namespace avsnet::core
