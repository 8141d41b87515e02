// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "routingpolicy.h"
#include "speakergraph.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace avsnet::core {

// One step of propagation, in the deterministic order the engine takes them; lessons replay
// these to show routes moving.
struct PropagationEvent
{
    // SessionDown: a session a limit took down after an earlier run counted its routes
    // (R4, R5, R6); it opens the run that goes on without it and changes no table.
    enum class Kind { Originate, Advertise, Withdraw, Refuse, SessionDown };
    Kind kind = Kind::Advertise;
    Ipv4Prefix prefix;
    int from = -1; // sender (or the originating node)
    int to = -1;   // receiver
    int link = -1;
    AsPathId asPath = AsPathPool::emptyPath;
    std::string reason; // Refuse and SessionDown
    // The receiver's RIB-in entry this event installs (Originate, Advertise, Refuse) or
    // removes (Withdraw), so a replay rebuilds the engine's tables exactly.
    RouteCandidate route;
};

// The speakers each prefix reached while it propagated, transient routes included, one row
// per prefix in propagation order. A later analysis reruns a prefix only when an edit touched
// one of its speakers (see incrementalpropagation.h).
struct PrefixFootprints
{
    std::vector<Ipv4Prefix> prefixes;
    std::vector<std::uint32_t> offsets{0}; // row i is nodes[offsets[i], offsets[i + 1])
    std::vector<int> nodes;

    std::size_t size() const { return prefixes.size(); }
    std::span<const int> nodesOf(std::size_t row) const
    {
        return std::span<const int>(nodes).subspan(offsets[row], offsets[row + 1] - offsets[row]);
    }
    void append(const Ipv4Prefix &prefix, std::span<const int> touched)
    {
        prefixes.push_back(prefix);
        nodes.insert(nodes.end(), touched.begin(), touched.end());
        offsets.push_back(std::uint32_t(nodes.size()));
    }
};

struct PropagationResult
{
    std::vector<std::vector<BgpRoute>> tables; // per node, sorted by prefix
    std::vector<RouteDrop> drops;               // sorted by prefix
    std::vector<std::size_t> announcedPerEdge;  // prefixes announced over each edge
    std::vector<Ipv4Prefix> unconverged;
    PrefixFootprints footprints;
};

// Runs BGP to a fixed point, one prefix at a time: decisions about one prefix never depend
// on another, so each prefix touches only the speakers that hear of it. A prefix that does
// not settle within a bound of updates is reported instead of looping forever.
class RoutePropagation
{
public:
    using EventSink = std::function<void(const PropagationEvent &)>;

    RoutePropagation(const SpeakerGraph &graph, RoutingPolicy &policy);

    PropagationResult run(const std::vector<Origination> &originations,
                          const EventSink &events = {});

    // Appends one speaker's table rows for one prefix, from its RIB-in: own routes first,
    // then by neighbour (arrival order among equals), refused ones left out, the best ranked
    // active (several under ECMP). Sorts `rib` so. Replays of the events reuse it.
    void appendTableRows(int node, const Ipv4Prefix &prefix, std::vector<RouteCandidate> &rib,
                         std::vector<BgpRoute> &table) const;

private:
    struct PrefixState;
    void propagatePrefix(const Ipv4Prefix &prefix, const Origination *first,
                         const Origination *last, PrefixState &state, PropagationResult &result,
                         const EventSink &events);
    std::optional<RouteCandidate> exportOver(int sender, const SpeakerGraph::Edge &edge,
                                             const Ipv4Prefix &prefix,
                                             const PrefixState &state);
    void collect(const Ipv4Prefix &prefix, PrefixState &state, PropagationResult &result);

    const SpeakerGraph &m_graph;
    RoutingPolicy &m_policy;
};

} // namespace avsnet::core
