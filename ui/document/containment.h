// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <set>
#include <string>
#include <vector>

namespace avsnet::ui {

// What holds what on the canvas. A VNet holds its gateways, Route Servers and NVAs (their
// `vnet`); a Virtual WAN hub its ExpressRoute and VPN gateways and its firewalls (their
// `hub`); a Virtual WAN its hubs (their `vwan`). Containers nest in these layers only, so
// following containers always ends. The canvas draws a container around what it holds, a
// container moves, copies and deletes with its contents, and a drop into one sets the field.

// Whether nodes of `kind` are drawn as a box around others.
bool isContainerKind(core::NodeKind kind);

// The id the node's placement field names (`vnet`, `hub`, or a hub's `vwan`); empty for a
// node at top level. The node it names may be missing or of another kind (a finding).
const std::string &containerOf(const core::Node &node);

// Whether a node of `child` kind may be dropped into a container of `container` kind.
bool canHold(core::NodeKind container, core::NodeKind child);

// Whether nodes of `kind` must live in a container (gateways, Route Servers, NVAs, hubs,
// hub firewalls): the canvas refuses to drop them anywhere else.
bool needsContainer(core::NodeKind kind);

// Points the node's placement field at `container`, whose kind is `containerKind`: a gateway
// moves between a VNet's `vnet` and a hub's `hub`. Nothing for a kind without one.
void setContainer(core::Node &node, const std::string &container, core::NodeKind containerKind);

// Every node inside `id`, at any depth (a Virtual WAN's hubs and their gateways), in the
// design's order.
std::vector<std::string> descendantsOf(const core::Topology &topology, const std::string &id);

// `ids` and every node inside any of them, at any depth. Linear in the design.
std::set<std::string> withContents(const core::Topology &topology, std::set<std::string> ids);

} // namespace avsnet::ui
