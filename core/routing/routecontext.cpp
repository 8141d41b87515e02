// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routecontext.h"

#include "analysis.h"
#include "hubtables.h"

namespace avsnet::core {

std::variant<std::vector<RouteView>, std::string> routesAt(const Analysis &analysis,
                                                           std::string_view context)
{
    const Topology &topology = analysis.topology();
    std::vector<RouteView> routes;
    if (const auto slash = context.find('/'); slash != std::string_view::npos) {
        const std::string vnetId(context.substr(0, slash));
        const std::string_view subnetName = context.substr(slash + 1);
        const int vnet = analysis.nodeIndex(vnetId);
        const auto *network = vnet >= 0 ? topology.nodes[std::size_t(vnet)].as<VirtualNetwork>()
                                        : nullptr;
        if (!network)
            return "unknown context '" + std::string(context) + "': no VNet named '" + vnetId + "'";
        const auto &subnets = network->subnets;
        for (std::size_t i = 0; i < subnets.size(); ++i) {
            if (subnets[i].name != subnetName)
                continue;
            if (!analysis.isNodeActive(vnet))
                return routes; // a disabled VNet has no routes at all
            for (const auto &route : analysis.effectiveRoutes(vnet, int(i)).allRoutes())
                routes.push_back(viewOf(analysis, route));
            sortForDisplay(routes);
            return routes;
        }
        return "unknown context '" + std::string(context) + "': VNet '" + vnetId
               + "' has no subnet '" + std::string(subnetName) + "'";
    }
    const int node = analysis.nodeIndex(context);
    if (node < 0)
        return "unknown context '" + std::string(context)
               + "': use VNET/SUBNET or the id of a BGP speaker";
    const NodeKind kind = topology.nodes[std::size_t(node)].kind();
    if (kind == NodeKind::Vnet || kind == NodeKind::Internet || kind == NodeKind::Vwan)
        return "context '" + std::string(context) + "' is a " + std::string(toString(kind))
               + " and has no BGP table; use VNET/SUBNET for a subnet's effective routes";
    if (kind == NodeKind::VwanHub || kind == NodeKind::HubFirewall) {
        // cli.md (vwan.md): a hub's defaultRouteTable, a firewall's table, as Azure shows them.
        if (analysis.isNodeActive(node)) {
            for (const auto &route : hubRoutes(analysis, node))
                routes.push_back(viewOf(analysis, route));
        }
        sortForDisplay(routes);
        return routes;
    }
    const HubInfo *hub = topology.nodes[std::size_t(node)].parentHub().empty()
                             ? nullptr
                             : analysis.virtualWan().hubOf(node);
    // (decision) A hub gateway's BGP table: the rows of its hub's table that came over its
    // own connections, as a classic gateway lists what its circuits or sites gave it.
    const int speaker = hub ? hub->node : node;
    const auto &links = topology.links;
    for (const auto &route : analysis.bgpTable(speaker).routes()) {
        if (hub) {
            if (route.link < 0)
                continue;
            const Link &link = links[std::size_t(route.link)];
            if (link.from != context && link.to != context)
                continue;
        }
        routes.push_back(viewOf(analysis, speaker, route));
    }
    sortForDisplay(routes);
    return routes;
}

} // namespace avsnet::core
