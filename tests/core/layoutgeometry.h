// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <map>
#include <string>

namespace avsnet::test {

using Layout = std::map<std::string, core::Position>;

// The box the designer draws for a node, nominal sizes (ui/scene/nodeitem.cpp): 170x110
// around a plain node's centre, 300x(120+15*subnets) from a VNet's top-left corner.
struct Box
{
    double left, top, right, bottom;
};

Box boxOf(const core::Node &node, const core::Position &position);
bool overlap(const Box &a, const Box &b);

// The positions a design holds: what an import or a saved file laid out. A node without one
// is left out, and the checks below throw std::out_of_range on it.
Layout positionsOf(const core::Topology &topology);

// The first pair of top-level nodes (those not inside a VNet) whose boxes overlap, as
// "a and b", or an empty string.
std::string firstOverlap(const core::Topology &topology, const Layout &layout);

// The first node that sits inside a container it does not belong to: a VNet's gateway, Route
// Server or NVA whose box meets a top-level node other than its own VNet, or another child
// (of another VNet, or of its own). As "child on other", or an empty string.
std::string firstStrayChild(const core::Topology &topology, const Layout &layout);

} // namespace avsnet::test
