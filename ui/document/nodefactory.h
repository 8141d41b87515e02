// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <optional>
#include <string>

namespace avsnet::ui {

// A new node as the designer creates it from the palette: a readable unique id and sensible
// values that analyse cleanly (a free /16 for a VNet, a free /22 for AVS, a free /23 for a
// virtual hub, a private ASN outside Azure's and AVS's reserved ranges). `container` is the
// node it lands on (containment.h): the VNet or hub of a gateway, the VNet of a Route Server
// or NVA, the hub of a hub firewall, the Virtual WAN of a hub.
core::Node makeNode(const core::Topology &topology, core::NodeKind kind, core::Position position,
                    const std::string &container = {});

// The subnet a gateway, Route Server or NVA needs in its VNet and does not have yet, or
// nothing: adding a gateway to a VNet without GatewaySubnet adds the subnet too.
std::optional<core::Subnet> missingSubnetFor(const core::Topology &topology,
                                             core::NodeKind kind, const std::string &vnet);

// The readable stem of ids for a kind ("vnet", "ergw", "nva"...).
std::string idStem(core::NodeKind kind);

// An id no node or link uses yet: stem1, stem2, ...
std::string freeId(const core::Topology &topology, const std::string &stem);

} // namespace avsnet::ui
