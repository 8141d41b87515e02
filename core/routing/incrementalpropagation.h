// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the engine: re-propagating only the prefixes an edit can change.
//
// Propagation runs one prefix at a time, and what happens to a prefix depends only on its
// originations and on the speakers it reaches: their kind, ASN and settings, their sessions
// and the policy answers about them. So after an edit, a prefix whose originations are the
// same and whose every speaker (as the previous run recorded them, transient routes
// included) is unchanged propagates exactly as before; its rows are kept. Everything else
// runs again. A test (tst_incrementalanalysis) checks the result against a full analysis.

#include "analysis.h"
#include "propagation.h"
#include "speakergraph.h"

#include <memory>
#include <optional>
#include <vector>

namespace avsnet::core {

// What an analysis keeps of its propagation so the next analysis can start from it.
struct PropagationBasis
{
    std::shared_ptr<const SpeakerGraph> graph;
    std::vector<Origination> originations; // sorted by prefix, then node
    std::vector<std::size_t> announcedPerEdge;
    PrefixFootprints footprints;
};

// The previous analysis, as the incremental run reads it.
struct PreviousPropagation
{
    const Topology &topology;
    const PropagationBasis &basis;
    const std::vector<std::shared_ptr<const BgpTable>> &tables;
    const std::vector<RouteDrop> &drops;
    const std::vector<Ipv4Prefix> &unconverged;
};

struct IncrementalPropagation
{
    std::vector<std::shared_ptr<const BgpTable>> tables; // unchanged ones shared with before
    std::vector<RouteDrop> drops;
    std::vector<Ipv4Prefix> unconverged;
    std::vector<std::size_t> announcedPerEdge;
    PrefixFootprints footprints;
    std::vector<Ipv4Prefix> rerunPrefixes; // sorted: the prefixes propagated again
};

// Propagates `originations` over `graph`, reusing the previous run for every prefix the edit
// cannot change. Nothing when the previous run cannot serve (nodes or links removed or
// reordered, or the edit touches more than `fullRunAbove` of the prefixes, where a full run
// costs about what merging does); the caller then runs in full. `graph` and `policy` belong
// to the new topology.
std::optional<IncrementalPropagation>
propagateIncrementally(const PreviousPropagation &previous, const Topology &topology,
                       const SpeakerGraph &graph, RoutingPolicy &policy,
                       const std::vector<Origination> &originations, double fullRunAbove);

} // namespace avsnet::core
