// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <map>
#include <string>

namespace avsnet::core {

// Limits for autoLayout. A width or height of 0 lets the layout pick an area that grows with
// the square root of the node count (about 250 px per plain node).
struct LayoutOptions
{
    double width = 0;
    double height = 0;
    int iterations = 300;
};

// Arranges a design on the canvas: a Fruchterman-Reingold force layout of the top-level nodes
// (everything that does not live in a VNet), overlaps pushed apart, disconnected parts packed
// side by side, positions snapped to a 20 px grid near the origin. Gateways, Route Servers and
// NVAs move with their VNet. The result holds a position for every node, is the same for the
// same topology on every run, and changes nothing by itself: the caller makes it a command.
std::map<std::string, Position> autoLayout(const Topology &topology,
                                           const LayoutOptions &options = {});

// A layered layout for designs that come without positions (an Azure import): columns from
// left to right for on-premises sites, circuits with the AVS private clouds below them, VNets
// with gateways or a
// Route Server (and Virtual WAN hubs), the other VNets, and the rest; each node in a column
// ordered by the average row of its neighbours in the columns before it, so links mostly run
// left to right without crossing. A column taller than the design is wide wraps into several.
// Gateways, Route Servers and NVAs sit inside their VNet. No two boxes overlap.
std::map<std::string, Position> layeredLayout(const Topology &topology);

} // namespace avsnet::core
