// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routecontext.h"

#include "analysis.h"

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
    if (kind == NodeKind::Vnet || kind == NodeKind::Internet)
        return "context '" + std::string(context) + "' is a " + std::string(toString(kind))
               + " and has no BGP table; use VNET/SUBNET for a subnet's effective routes";
    for (const auto &route : analysis.bgpTable(node).routes())
        routes.push_back(viewOf(analysis, node, route));
    sortForDisplay(routes);
    return routes;
}

} // namespace avsnet::core
