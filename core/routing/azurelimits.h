// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <cstddef>

namespace avsnet::core::limits {

// Azure's published limits, in one place so a change in Azure is a change here.

// Routes an on-prem site may advertise over ExpressRoute private peering before the BGP
// session goes down (articles/expressroute/expressroute-routing.md, "Route aggregation and
// prefix limits"). A `local` circuit has the standard limit.
inline constexpr std::size_t circuitPrefixesStandard = 4000;
inline constexpr std::size_t circuitPrefixesPremium = 10000;
// Routes an ExpressRoute gateway advertises towards a circuit; above it the connection
// disconnects, with every VNet behind it (articles/expressroute/expressroute-faqs.md:
// "The connection between the ExpressRoute circuit and the gateway disconnects including
// peered virtual network using gateway transit.").
inline constexpr std::size_t gatewayRoutesToCircuit = 1000;
// Circuit connections (AVS private clouds included) one ExpressRoute gateway takes, by SKU
// (articles/expressroute/expressroute-about-virtual-network-gateways.md, "Gateway limits").
constexpr std::size_t circuitConnectionsPerGateway(ErGatewaySku sku)
{
    switch (sku) {
    case ErGatewaySku::Standard:
    case ErGatewaySku::ErGw1Az:
        return 4;
    case ErGatewaySku::HighPerformance:
    case ErGatewaySku::ErGw2Az:
        return 8;
    case ErGatewaySku::Ultra:
    case ErGatewaySku::ErGw3Az:
        return 16;
    }
    return 4;
}
// VNet links plus Global Reach connections of a standard or local circuit
// (articles/azure-resource-manager/management/azure-subscription-service-limits.md,
// ExpressRoute limits: "Number of virtual network links allowed per ExpressRoute circuit").
inline constexpr std::size_t linksPerStandardCircuit = 10;
// Prefixes a VPN site may send over one BGP session before the gateway drops it
// (articles/vpn-gateway/vpn-gateway-vpn-faq.md, BGP section).
inline constexpr std::size_t vpnSitePrefixes = 4000;
// BGP peers of a Route Server, and routes one peer may announce before its session is
// dropped (articles/route-server/route-server-limits.md, 02/2025: "Number of routes each BGP
// peer can advertise to Azure Route Server: 4,000").
inline constexpr std::size_t routeServerPeers = 8;
inline constexpr std::size_t routeServerRoutesPerPeer = 4000;
// User-defined routes in one route table (articles/azure-resource-manager/management/
// azure-subscription-service-limits.md, networking limits).
inline constexpr std::size_t routesPerRouteTable = 400;

// Virtual WAN (azure-subscription-service-limits, Virtual WAN limits; vwan.md R10.12): routes
// in one hub, VNet connections per hub (less the hubs of the vwan) without private routing
// intent, VNet address ranges per hub with it, ExpressRoute circuits per hub, and circuits
// of one peering location per hub.
inline constexpr std::size_t virtualHubRoutes = 10000;
inline constexpr std::size_t virtualHubConnections = 500;
inline constexpr std::size_t virtualHubRangesUnderPrivateIntent = 600;
inline constexpr std::size_t virtualHubCircuits = 8;
inline constexpr std::size_t virtualHubCircuitsPerLocation = 4;

} // namespace avsnet::core::limits
