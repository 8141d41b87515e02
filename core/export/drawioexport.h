// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"
#include "trace/tracer.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace avsnet::core {

struct DrawioOptions
{
    // Node ids of a traced path (TraceResult::forward.path and back.path); when given, the
    // path is drawn as arrows in a layer of its own that the reader can hide.
    std::vector<std::string> traceForward;
    std::vector<std::string> traceReturn;
    // Where each direction was dropped, if it was: a red cross at that node with the reason.
    std::optional<TraceDrop> forwardDrop;
    std::optional<TraceDrop> returnDrop;
    std::string traceName;          // the trace layer's name; empty: "Trace"
    bool legend = true;             // a legend of the line styles, in a layer of its own
    std::string diagramName;        // the page's name; empty: the design's name
    std::size_t listedPrefixes = 4; // per list in a node's label
    // Links whose BGP session the analysis found down (Analysis::downLinks): drawn faded in
    // red with the reason in their caption and tooltip.
    std::map<std::string, std::string> downLinks;
};

// The design as an uncompressed draw.io file (diagrams.net) that a person can keep editing:
// each node an icon-sized cell (Azure icons from draw.io's own library where it has one, a
// plain shape in the canvas's colour where not) with its label beside it on the side no link
// leaves from, each VNet a container that fits its title, subnets and the gateways, Route
// Servers and NVAs it holds, each Virtual WAN hub a container of its gateways and firewalls,
// each Virtual WAN a dashed frame around its hubs (containers pushed apart where the design's
// positions make them overlap), an edge per link attached to the icon, styled and coloured as
// the canvas draws it, with its routing details set beside the line rather than over it;
// disabled items faded. A trace is a layer of its own: the forward and return paths as
// separate arrows bowed to either side of the links, numbered, a red cross with the reason
// where a packet is dropped. A legend of the line styles is a layer too. Cell ids are
// "node:<id>" and "link:<id>", so edits in draw.io can be traced back to the design; nodes
// without a position are placed by autoLayout. The page reads the design's positions (a
// node's is its icon's centre, a VNet's or hub's its top-left; a Virtual WAN's frame follows
// its hubs).
std::string toDrawio(const Topology &topology, const DrawioOptions &options = {});

} // namespace avsnet::core
