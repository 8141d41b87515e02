// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <string>
#include <vector>

namespace avsnet::core {

// Well-known ASNs of Virtual WAN (docs/routing.md, R10.1): hubs present 65515 to circuits,
// sites and NVAs, and prepend 65520 twice on hub-to-hub hops.
inline constexpr Asn hubMeshAsn = 65520;
inline constexpr int hubMeshCopies = 2;

// How a route entered the Virtual WAN (R10.1), kept across hubs: a VNet connection, an
// ExpressRoute circuit, a VPN site or an NVA's BGP session.
enum class HubEntry : unsigned char { None, Vnet, Er, Vpn, Bgp };

// One virtual hub as the engine sees it: what lives in it, what connects to it, and which of
// its routing-intent policies are valid (R10.6).
struct HubInfo
{
    int node = -1;
    int vwan = -1;
    int erGateway = -1;  // the active hub ExpressRoute gateway; -1: none
    int vpnGateway = -1; // the active hub VPN gateway; -1: none
    std::vector<int> firewalls;
    struct Connection
    {
        int vnet = -1;
        int link = -1;
    };
    std::vector<Connection> connections; // active hub-connections, one per VNet
    int privateFirewall = -1;            // valid privateTraffic next hop; -1: no private intent
    int internetFirewall = -1;           // valid internetTraffic next hop; -1: no internet intent
    // Under private intent: 10/8, 172.16/12, 192.168/16 and the additional prefixes.
    std::vector<Ipv4Prefix> privatePrefixes;
    bool erToErTransit = false; // R10.5: the flag, and private intent to make it work

    bool secured() const { return privateFirewall >= 0; }
};

// The Virtual WAN part of a design: hubs, their gateways, firewalls and connections, and the
// R10.9 spoke rules. Built once per analysis from the active nodes and links.
class VirtualWanLayout
{
public:
    VirtualWanLayout() = default;
    // Applies R10.9 to `nodeActive` and `linkActive` (a spoke's own gateways and Route Server,
    // and its hub-connections after the first, take no part) and records what is left.
    VirtualWanLayout(const Topology &topology, std::vector<bool> &nodeActive,
                     std::vector<bool> &linkActive);

    bool empty() const { return m_hubs.empty(); }
    const std::vector<HubInfo> &hubs() const { return m_hubs; }
    // The hub a vwan-hub node, hub gateway or hub firewall belongs to; nullptr for others.
    const HubInfo *hubOf(int node) const;
    // The hub a VNet is connected to (its first active hub-connection); nullptr when none.
    const HubInfo *hubOfVnet(int vnet) const;
    // The hub-connection link of a connected VNet; -1 when none.
    int connectionOfVnet(int vnet) const;
    // Ignored by R10.9: gateways, Route Servers and hub-connections (link ids and node ids).
    const std::vector<int> &ignoredSpokeNodes() const { return m_ignoredNodes; }
    const std::vector<int> &ignoredConnections() const { return m_ignoredLinks; }

private:
    std::vector<HubInfo> m_hubs;
    std::vector<int> m_hubIndexOfNode; // per node: index into m_hubs, or -1
    std::vector<int> m_hubIndexOfVnet; // per node: the hub a VNet is connected to, or -1
    std::vector<int> m_connectionOfVnet;
    std::vector<int> m_ignoredNodes;
    std::vector<int> m_ignoredLinks;
};

// The three RFC 1918 aggregates routing intent programs (how-to-routing-policies.md).
const std::vector<Ipv4Prefix> &rfc1918Aggregates();

} // namespace avsnet::core
