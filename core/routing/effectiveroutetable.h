// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aspathpool.h"
#include "model/ipv4.h"

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace avsnet::core {

enum class RouteSource { Default, User, VirtualNetworkGateway };

enum class EffectiveNextHop {
    VnetLocal,
    VNetPeering,
    VirtualNetworkGateway,
    VirtualAppliance,
    Internet,
    None
};

// Which kind of BGP speaker programmed a route; R7 ranks ExpressRoute above VPN and NVAs.
enum class ProgrammedBy { System, User, ExpressRoute, Vpn, RouteServer, VirtualHub };

// A route as Azure lists it in a subnet's effective routes.
struct EffectiveRoute
{
    Ipv4Prefix prefix;
    RouteSource source = RouteSource::Default;
    EffectiveNextHop nextHopType = EffectiveNextHop::None;
    int nextHopNode = -1;                  // gateway or peered VNet node index, or the NVA
    std::optional<Ipv4Address> nextHopIp;  // VirtualAppliance, or an NVA behind a Route Server
    AsPathId asPath = AsPathPool::emptyPath;
    ProgrammedBy programmedBy = ProgrammedBy::System;
    int peeringLink = -1;                  // VNetPeering: the link; User: index in its table
    bool active = false;
};

// The BGP routes a VNet's gateways and Route Server program, selected among themselves
// (R7: ExpressRoute over VPN and NVA, then the shorter path, then ECMP). One set is shared
// by the hub and every spoke that uses the hub's gateways, never copied per subnet.
struct ProgrammedRouteSet
{
    std::vector<EffectiveRoute> routes; // sorted by prefix
    std::uint64_t lengths = 0;
    // R10.10: a Virtual WAN hub programs nothing equal to or inside the VNet's own ranges;
    // the table leaves such routes out (the set is shared by every VNet of the hub).
    bool omitInsideVnetRanges = false;
    std::span<const EffectiveRoute> routesFor(const Ipv4Prefix &prefix) const;
};

// The effective routes of one subnet, as three layers that are combined when asked:
// system routes of its VNet, the shared BGP set (absent when propagation is disabled), and
// the user routes of its route table. Selection follows R7 of routing.md.
class EffectiveRouteTable
{
public:
    EffectiveRouteTable() = default;
    EffectiveRouteTable(std::vector<EffectiveRoute> systemRoutes,
                        std::shared_ptr<const ProgrammedRouteSet> bgpRoutes,
                        std::vector<EffectiveRoute> userRoutes);

    // Every route, with `active` decided, sorted by prefix (network, then length).
    std::vector<EffectiveRoute> allRoutes() const;
    // The candidates for exactly this prefix, with `active` decided.
    std::vector<EffectiveRoute> routesFor(const Ipv4Prefix &prefix) const;
    // The route Azure applies to a packet for `address`: the longest prefix with an active
    // route; the first of an ECMP group. Empty when nothing matches (cannot happen with the
    // system default route present, but a table may be built without it in tests).
    std::optional<EffectiveRoute> lookup(Ipv4Address address) const;
    // Every active route of that longest prefix (several under ECMP); empty when none.
    std::vector<EffectiveRoute> lookupAll(Ipv4Address address) const;
    // The same table without its user routes: what a packet that bypasses them meets
    // (R8, FastPath skips the GatewaySubnet's user routes).
    EffectiveRouteTable withoutUserRoutes() const;

    // The layers as given (sorted): equal layers make equal tables (the what-if compare
    // settles unchanged subnets so without building them).
    std::span<const EffectiveRoute> systemLayer() const { return m_system; }
    std::span<const EffectiveRoute> userLayer() const { return m_user; }

    bool hasBgpRoutes() const { return m_bgp != nullptr; }
    const std::shared_ptr<const ProgrammedRouteSet> &bgpRoutes() const { return m_bgp; }

private:
    void decide(std::vector<EffectiveRoute> &candidates) const;
    bool insideVnetRange(const Ipv4Prefix &prefix) const;
    bool omitted(const EffectiveRoute &bgpRoute) const;

    std::vector<EffectiveRoute> m_system; // sorted
    std::shared_ptr<const ProgrammedRouteSet> m_bgp;
    std::vector<EffectiveRoute> m_user; // sorted
    // The outermost VNet and peered ranges of m_system: disjoint, sorted, so insideVnetRange
    // is a binary search (a hub peered with hundreds of spokes asks it for every prefix).
    std::vector<Ipv4Prefix> m_vnetRanges;
    std::uint64_t m_lengths = 0;
    bool m_defaultRouteToAppliance = false; // R7: turns the None routes off
};

} // namespace avsnet::core
