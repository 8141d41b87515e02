// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <map>
#include <string>

namespace avsnet::test {

using Layout = std::map<std::string, core::Position>;

// The box the designer draws for a node, nominal sizes (ui/scene/nodeitem.cpp): 170x110
// around a plain node's centre, 300x(120+15*subnets) from a VNet's top-left corner, a Virtual
// WAN hub's and a Virtual WAN's title from theirs.
struct Box
{
    double left, top, right, bottom;
};

Box boxOf(const core::Node &node, const core::Position &position);
bool overlap(const Box &a, const Box &b);

// The positions a design holds: what an import or a saved file laid out. A node without one
// is left out, and the checks below throw std::out_of_range on it.
Layout positionsOf(const core::Topology &topology);

// The container a node is drawn in (ui/document/containment.h): a VNet's gateway, Route
// Server or NVA in the VNet, a hub's gateways and firewall in the hub, a hub in its Virtual
// WAN; empty at top level. topContainerOf: the outermost one (a hub gateway's Virtual WAN).
std::string directContainerOf(const core::Topology &topology, const core::Node &node);
std::string topContainerOf(const core::Topology &topology, const core::Node &node);

// The first pair of top-level nodes (those not inside a container) whose boxes overlap, as
// "a and b", or an empty string.
std::string firstOverlap(const core::Topology &topology, const Layout &layout);

// The first node that sits inside a container it does not belong to: a child whose box meets
// a top-level node other than its own outermost container, or another child (of another
// container, or of its own) other than the one it is in or holds. As "child on other", or an
// empty string.
std::string firstStrayChild(const core::Topology &topology, const Layout &layout);

} // namespace avsnet::test
