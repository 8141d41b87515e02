// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace avsnet::core {

struct DrawioOptions
{
    // Node ids of a traced path (TraceResult::forward.path and back.path); when given, the
    // path is drawn as arrows in a layer of its own that the reader can hide.
    std::vector<std::string> traceForward;
    std::vector<std::string> traceReturn;
    std::string traceName;          // the trace layer's name; empty: "Trace"
    std::string diagramName;        // the page's name; empty: the design's name
    std::size_t listedPrefixes = 4; // per list in a node's label
    // Links whose BGP session the analysis found down (Analysis::downLinks): drawn faded in
    // red with the reason in their caption and tooltip.
    std::map<std::string, std::string> downLinks;
};

// The design as an uncompressed draw.io file (diagrams.net): a vertex per node at the
// design's positions (a node's is its centre, a VNet's its top-left; nodes without one are
// placed by autoLayout), each VNet a container holding its gateways, Route Servers and NVAs,
// an edge per link styled by kind, Azure icons from draw.io's own library where it has one,
// disabled items faded. Cell ids are "node:<id>" and "link:<id>", so edits in draw.io can
// be traced back to the design.
std::string toDrawio(const Topology &topology, const DrawioOptions &options = {});

} // namespace avsnet::core
