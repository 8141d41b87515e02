// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace avsnet::core::limits {

// Azure's published limits, in one place so a change in Azure is a change here.

// Routes an on-prem site may advertise over ExpressRoute private peering before the BGP
// session goes down (articles/expressroute/expressroute-routing.md, "Route aggregation and
// prefix limits").
inline constexpr std::size_t circuitPrefixesStandard = 4000;
inline constexpr std::size_t circuitPrefixesPremium = 10000;
// Routes an ExpressRoute gateway advertises towards a circuit
// (articles/expressroute/expressroute-about-virtual-network-gateways.md).
inline constexpr std::size_t gatewayRoutesToCircuit = 1000;
// AVS private clouds connected to one ExpressRoute gateway
// (articles/azure-vmware/architecture-network-design-considerations.md).
inline constexpr std::size_t avsPerGateway = 4;
// BGP peers of a Route Server, and routes one peer may announce before its session is
// dropped (articles/route-server/route-server-faq.md, "Route Server limits").
inline constexpr std::size_t routeServerPeers = 8;
inline constexpr std::size_t routeServerRoutesPerPeer = 1000;
// User-defined routes in one route table (articles/azure-resource-manager/management/
// azure-subscription-service-limits.md, networking limits).
inline constexpr std::size_t routesPerRouteTable = 400;

} // namespace avsnet::core::limits
