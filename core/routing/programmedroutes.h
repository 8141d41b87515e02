// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bgptable.h"
#include "effectiveroutetable.h"
#include "model/topology.h"

#include <memory>
#include <vector>

namespace avsnet::core {

class SpeakerGraph;

// Builds what the gateways and Route Server of VNet `hub` program into the subnets of the
// hub and its spokes (R4, R5, R6, R7). `servedVnets` are the hub and every spoke using it.
std::shared_ptr<const ProgrammedRouteSet>
programmedRoutes(const Topology &topology, const SpeakerGraph &graph,
                 const std::vector<std::shared_ptr<const BgpTable>> &tables, const AsPathPool &asPaths, int hub,
                 const std::vector<int> &servedVnets);

// The same set after an edit that changed only the BGP routes of the prefixes `changed`
// (sorted): `previous`'s routes for every other prefix, the rest programmed again. Only valid
// when the hub's speakers, their settings and the served VNets and ranges are unchanged.
std::shared_ptr<const ProgrammedRouteSet>
reprogrammedRoutes(const ProgrammedRouteSet &previous, const std::vector<Ipv4Prefix> &changed,
                   const Topology &topology, const SpeakerGraph &graph,
                   const std::vector<std::shared_ptr<const BgpTable>> &tables,
                   const AsPathPool &asPaths, int hub, const std::vector<int> &servedVnets);

// The system routes of a VNet (R7): its ranges, peered ranges, the default route to the
// internet and the None routes for private ranges it does not use.
struct VnetPeer
{
    int vnet = -1; // the peered VNet
    int link = -1; // the active vnet-peering link
};
std::vector<EffectiveRoute> systemRoutes(const Topology &topology, int vnet,
                                         const std::vector<VnetPeer> &peers);

// The user routes of a subnet's route table. `vpnGateway` is the VPN gateway a
// VirtualNetworkGateway next hop means (-1: none).
std::vector<EffectiveRoute> userRoutes(const RouteTable &table, int vpnGateway);

} // namespace avsnet::core
