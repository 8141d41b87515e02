// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings about how packets use the gateways (routing.md revision 2, R7, R8 and R9).
#include "findingrules.h"

#include "routing/analysis.h"
#include "trace/endpoint.h"
#include "trace/tracer.h"

#include <algorithm>

namespace avsnet::core {

namespace {

// `udr-gateway-coexist` (virtual-networks-udr-overview.md: "You can't specify Virtual Network
// Gateways if you have VPN and ExpressRoute coexisting connections either.").
void checkGatewayUserRoutes(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const auto *vnet = topology.nodes[i].as<VirtualNetwork>();
        if (!vnet || !analysis.isNodeActive(int(i)))
            continue;
        const auto gateways = analysis.gatewaysUsedBy(int(i));
        if (gateways.expressRoute < 0 || gateways.vpn < 0)
            continue;
        std::vector<std::string> routes;
        for (const auto &table : vnet->routeTables) {
            for (const auto &route : table.routes) {
                if (route.nextHopType == NextHopType::VirtualNetworkGateway)
                    routes.push_back(table.name + "/" + route.name + " ("
                                     + route.prefix.toString() + ")");
            }
        }
        if (routes.empty())
            continue;
        const std::string &id = topology.nodes[i].id;
        addFinding(findings, FindingCode::UdrGatewayCoexist, Severity::Error,
                   id + " has user routes with next hop VirtualNetworkGateway ("
                       + exampleList(routes) + ") while "
                       + topology.nodes[std::size_t(gateways.expressRoute)].id + " and "
                       + topology.nodes[std::size_t(gateways.vpn)].id
                       + " coexist; Azure cannot use such a route there, so its traffic is "
                         "dropped. Point the route at an NVA, or let BGP carry the prefix",
                   {id, topology.nodes[std::size_t(gateways.expressRoute)].id,
                    topology.nodes[std::size_t(gateways.vpn)].id});
    }
}

// `fastpath-udr` (expressroute/about-fastpath.md: "FastPath doesn't honor UDRs configured on
// the gateway subnet").
void checkFastPathUserRoutes(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        const auto *connection = link.as<ErConnectionLink>();
        if (!connection || !connection->fastPath || !analysis.isLinkActive(int(i)))
            continue;
        const bool gatewayIsTo = nodeById(analysis, link.to)->kind() == NodeKind::ErGateway;
        const Node &gateway = *nodeById(analysis, gatewayIsTo ? link.to : link.from);
        const Node *vnetNode = nodeById(analysis, gateway.parentVnet());
        const auto *vnet = vnetNode ? vnetNode->as<VirtualNetwork>() : nullptr;
        const Subnet *gatewaySubnet = vnet ? vnet->subnet("GatewaySubnet") : nullptr;
        const RouteTable *table = gatewaySubnet && !gatewaySubnet->routeTable.empty()
                                      ? vnet->routeTable(gatewaySubnet->routeTable)
                                      : nullptr;
        if (!table || table->routes.empty())
            continue;
        addFinding(findings, FindingCode::FastpathUdr, Severity::Warning,
                   "connection " + link.id + " uses FastPath, so traffic from "
                       + link.otherEnd(gateway.id) + " skips the user routes of "
                       + vnetNode->id + "/GatewaySubnet (route table " + table->name
                       + ") and goes straight to its destination. Turn FastPath off if those "
                         "routes must steer it (a firewall in the hub)",
                   {link.id, gateway.id, vnetNode->id});
    }
}

// What stands behind a circuit-side neighbour of a gateway: the AVS private cloud itself, or
// the on-prem sites of a circuit.
std::vector<int> branchesBehind(const Analysis &analysis, int circuit)
{
    if (analysis.topology().nodes[std::size_t(circuit)].kind() == NodeKind::Avs)
        return {circuit};
    return neighboursOver(analysis, circuit, LinkKind::ErPeering);
}

// Whether the gateway hands its circuits any route it does not originate itself (a Route
// Server's, with branch-to-branch): only then can a packet from one circuit reach it for a
// destination behind another, so only then are traces worth running.
bool advertisesForeignRoutes(const Analysis &analysis, int gateway,
                             const std::vector<int> &circuits)
{
    return std::any_of(circuits.begin(), circuits.end(), [&](int circuit) {
        const auto routes = analysis.bgpTable(circuit).routes();
        return std::any_of(routes.begin(), routes.end(), [&](const BgpRoute &route) {
            return route.learnedFrom == gateway && route.origin != gateway;
        });
    });
}

// `gateway-hairpin` (architecture-network-design-considerations.md: an ExpressRoute gateway
// "isn't designed to do that"): a packet from a branch behind one circuit reaches a branch
// behind another through one ER gateway, in by one connection and out by the other.
void checkHairpins(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    RepresentativeEndpoints endpointOf(analysis); // shared by all gateways: sites recur
    for (std::size_t gateway = 0; gateway < topology.nodes.size(); ++gateway) {
        if (topology.nodes[gateway].kind() != NodeKind::ErGateway
            || !analysis.isNodeActive(int(gateway)))
            continue;
        const auto circuits = neighboursOver(analysis, int(gateway), LinkKind::ErConnection);
        if (circuits.size() < 2 || !advertisesForeignRoutes(analysis, int(gateway), circuits))
            continue;
        const std::string &gatewayId = topology.nodes[gateway].id;
        std::vector<std::string> pairs;
        std::vector<std::string> subjects{gatewayId};
        std::vector<std::vector<int>> behind; // branchesBehind() each circuit, asked once
        for (const int circuit : circuits)
            behind.push_back(branchesBehind(analysis, circuit));
        for (std::size_t from = 0; from < circuits.size(); ++from) {
            for (std::size_t to = 0; to < circuits.size(); ++to) {
                if (circuits[from] == circuits[to])
                    continue;
                for (const int source : behind[from]) {
                    for (const int target : behind[to]) {
                        const auto &a = endpointOf(source);
                        const auto &b = endpointOf(target);
                        if (!a || !b)
                            continue;
                        const auto trace = traceOneWay(analysis, *a, b->ip);
                        if (std::find(trace.hairpins.begin(), trace.hairpins.end(), gatewayId)
                            == trace.hairpins.end())
                            continue;
                        pairs.push_back(topology.nodes[std::size_t(source)].id + " to "
                                        + topology.nodes[std::size_t(target)].id);
                        for (const int node : {source, target}) {
                            const std::string &id = topology.nodes[std::size_t(node)].id;
                            if (std::find(subjects.begin(), subjects.end(), id) == subjects.end())
                                subjects.push_back(id);
                        }
                    }
                }
            }
        }
        if (pairs.empty())
            continue;
        addFinding(findings, FindingCode::GatewayHairpin, Severity::Warning,
                   "traffic from " + exampleList(pairs, 2) + " enters " + gatewayId
                       + " from one circuit and leaves it towards another. An ExpressRoute "
                         "gateway is not designed to carry traffic between circuits; use "
                         "Global Reach between them",
                   subjects);
    }
}

} // namespace

void addGatewayFindings(const Analysis &analysis, FindingList &findings)
{
    checkGatewayUserRoutes(analysis, findings);
    checkFastPathUserRoutes(analysis, findings);
    checkHairpins(analysis, findings);
}

} // namespace avsnet::core
