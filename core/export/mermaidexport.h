// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <cstddef>
#include <string>
#include <vector>

namespace avsnet::core {

struct MermaidOptions
{
    // Node ids of a traced path (TraceResult::forward.path and back.path), drawn in colour;
    // empty: no trace.
    std::vector<std::string> traceForward;
    std::vector<std::string> traceReturn;
    std::string direction = "LR";   // flowchart direction: LR, TB, RL or BT
    std::size_t listedPrefixes = 3; // per list in a node's label
};

// The design as a Mermaid `flowchart`, for Markdown pages that render Mermaid (GitHub, Azure
// DevOps wikis): VNets as subgraphs, a shape per node kind, links labelled and styled by kind,
// disabled items grey. Mermaid ids are generated (`n0`, `n1`, ...), so no design id can clash
// with Mermaid's keywords; the real name and id stay in the label. Mermaid refuses to render
// more than 500 links unless its host raises `maxEdges`, which a diagram cannot do itself:
// for large designs prefer DOT or draw.io.
std::string toMermaid(const Topology &topology, const MermaidOptions &options = {});

} // namespace avsnet::core
