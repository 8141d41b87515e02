// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <cstddef>
#include <string>
#include <vector>

namespace avsnet::core {

struct DotOptions
{
    // Node ids of a traced path (TraceResult::forward.path and back.path), drawn in colour
    // over the design; empty: no trace.
    std::vector<std::string> traceForward;
    std::vector<std::string> traceReturn;
    std::string rankDirection = "LR";
    std::size_t listedPrefixes = 4; // per list in a node's label
};

// The design as a Graphviz graph (`dot -Tsvg`): every node labelled with its name, id, kind
// and key addresses, each VNet a `cluster_<id>` holding its gateways, Route Servers and NVAs,
// links styled by kind, disabled items grey. Reads the topology only; no analysis needed.
std::string toDot(const Topology &topology, const DotOptions &options = {});

} // namespace avsnet::core
