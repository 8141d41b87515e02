// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtables.h"

#include "analysis.h"
#include "azurelimits.h"
#include "speakergraph.h"

#include <algorithm>

namespace avsnet::core {

namespace {

const Ipv4Prefix anywhere(Ipv4Address(0), 0);

// The hub's view of one row of its BGP table (R10.3): where it leads in Azure's words.
HubRoute classify(const Analysis &analysis, const HubInfo &hub, const BgpRoute &row)
{
    const Topology &topology = analysis.topology();
    HubRoute route;
    route.prefix = row.prefix;
    route.asPath = row.asPath;
    route.active = row.active;
    if (row.isLocal()) {
        for (const auto &connection : hub.connections) {
            const auto &ranges
                = topology.nodes[std::size_t(connection.vnet)].as<VirtualNetwork>()->addressSpace;
            if (std::any_of(ranges.begin(), ranges.end(), [&](const Ipv4Prefix &range) {
                    return range.network() == row.prefix;
                })) {
                route.type = HubNextHop::VirtualNetworkConnection;
                route.nextHop = connection.vnet;
                return route;
            }
        }
        if (topology.nodes[std::size_t(hub.node)].as<VirtualHub>()->addressPrefix.network()
            == row.prefix) {
            route.type = HubNextHop::Local;
            route.source = HubRouteSource::Local;
            return route;
        }
        // R10.6: an intent static; the aggregates go to the private firewall, 0/0 to the
        // internet one.
        route.type = HubNextHop::Firewall;
        route.source = HubRouteSource::Static;
        route.nextHop = row.prefix.isDefaultRoute() ? hub.internetFirewall : hub.privateFirewall;
        return route;
    }
    switch (topology.nodes[std::size_t(row.learnedFrom)].kind()) {
    case NodeKind::ErCircuit:
    case NodeKind::Avs:
        route.type = HubNextHop::ExpressRouteGateway;
        route.nextHop = hub.erGateway;
        break;
    case NodeKind::OnPrem:
        route.type = HubNextHop::VpnS2sGateway;
        route.nextHop = hub.vpnGateway;
        break;
    case NodeKind::Nva:
        route.type = HubNextHop::HubBgpConnection;
        route.nextHop = row.learnedFrom;
        break;
    default:
        route.type = HubNextHop::RemoteHub;
        route.nextHop = row.learnedFrom;
        break;
    }
    return route;
}

bool isStatic(const HubRoute &route)
{
    return route.source == HubRouteSource::Static;
}

// The intent statics of a secured hub's defaultRouteTable (R10.6): the private prefixes and,
// with internet intent, 0.0.0.0/0, each to its firewall.
std::vector<HubRoute> intentStatics(const HubInfo &hub)
{
    std::vector<HubRoute> routes;
    for (const auto &prefix : hub.privatePrefixes)
        routes.push_back({prefix, HubNextHop::Firewall, hub.privateFirewall, HubRouteSource::Static,
                          AsPathPool::emptyPath, true});
    if (hub.internetFirewall >= 0)
        routes.push_back({anywhere, HubNextHop::Firewall, hub.internetFirewall,
                          HubRouteSource::Static, AsPathPool::emptyPath, true});
    std::stable_sort(routes.begin(), routes.end(),
                     [](const auto &a, const auto &b) { return a.prefix < b.prefix; });
    return routes;
}

HubRoute internetRoute()
{
    // R10.6 (LAB kaysalawu, secured hub: `0.0.0.0/0 Internet` in the firewall's routes).
    return {anywhere, HubNextHop::Internet, -1, HubRouteSource::Static, AsPathPool::emptyPath,
            true};
}

struct TableOf
{
    const HubInfo *hub = nullptr;
    bool firewall = false; // the firewall's table, else the hub's defaultRouteTable
};

TableOf tableOf(const Analysis &analysis, int node)
{
    const HubInfo *hub = analysis.virtualWan().hubOf(node);
    if (!hub)
        return {};
    return {hub, node != hub->node};
}

} // namespace

std::vector<HubRoute> hubRoutes(const Analysis &analysis, int node)
{
    const auto [hub, firewall] = tableOf(analysis, node);
    if (!hub)
        return {};
    // R10.6 ("| Private | defaultRouteTable | noneRouteTable |"): under private intent the
    // hub's table holds only the statics; the learned routes are the firewall's.
    if (!firewall && hub->secured())
        return intentStatics(*hub);
    std::vector<HubRoute> routes;
    for (const BgpRoute &row : analysis.bgpTable(hub->node).routes()) {
        HubRoute route = classify(analysis, *hub, row);
        if (firewall && isStatic(route))
            continue; // the firewall's table is the hub's without the intent statics
        routes.push_back(route);
    }
    if (firewall && hub->internetFirewall >= 0) {
        for (HubRoute &route : routes) {
            if (route.prefix.isDefaultRoute())
                route.active = false;
        }
        routes.insert(routes.begin(), internetRoute());
    }
    return routes;
}

std::vector<HubRoute> hubLookup(const Analysis &analysis, int node, Ipv4Address address)
{
    const auto [hub, firewall] = tableOf(analysis, node);
    std::vector<HubRoute> matches;
    if (!hub)
        return matches;
    if (!firewall && hub->secured()) {
        int longest = -1;
        for (const HubRoute &route : intentStatics(*hub)) {
            if (route.prefix.contains(address) && route.prefix.length() > longest) {
                longest = route.prefix.length();
                matches = {route};
            }
        }
        return matches;
    }
    const auto accept = [&](const BgpRoute &row) {
        return !(firewall && isStatic(classify(analysis, *hub, row)));
    };
    for (const BgpRoute *row : analysis.bgpTable(hub->node).bestMatches(address, accept))
        matches.push_back(classify(analysis, *hub, *row));
    const bool onlyDefault = matches.empty() || matches.front().prefix.isDefaultRoute();
    if (firewall && hub->internetFirewall >= 0 && onlyDefault)
        matches = {internetRoute()};
    return matches;
}

void programHubSpokes(const Analysis &analysis,
                      std::vector<std::shared_ptr<const ProgrammedRouteSet>> &programmed)
{
    for (const HubInfo &hub : analysis.virtualWan().hubs()) {
        if (hub.connections.empty())
            continue;
        // R10.10 (about-virtual-hub-routing.md): the hub's best routes, one per prefix, with
        // next hop the hub, its gateway, or the firewall; nothing equal to or inside the
        // VNet's own ranges (the table leaves those out).
        auto withDefault = std::make_shared<ProgrammedRouteSet>();
        withDefault->omitInsideVnetRanges = true;
        Ipv4Prefix last;
        bool haveLast = false;
        for (const HubRoute &route : hubRoutes(analysis, hub.node)) {
            if (!route.active || route.type == HubNextHop::Local
                || (haveLast && last == route.prefix))
                continue;
            last = route.prefix;
            haveLast = true;
            EffectiveRoute programmedRoute;
            programmedRoute.prefix = route.prefix;
            programmedRoute.source = RouteSource::VirtualNetworkGateway;
            programmedRoute.nextHopType = EffectiveNextHop::VirtualNetworkGateway;
            programmedRoute.asPath = route.asPath;
            programmedRoute.programmedBy = ProgrammedBy::VirtualHub;
            programmedRoute.active = true;
            switch (route.type) {
            case HubNextHop::ExpressRouteGateway:
            case HubNextHop::VpnS2sGateway:
            case HubNextHop::Firewall:
                programmedRoute.nextHopNode = route.nextHop;
                break;
            default: // VNet connections, remote hubs and NVA peers: the hub decides (R10.11)
                programmedRoute.nextHopNode = hub.node;
                break;
            }
            withDefault->routes.push_back(programmedRoute);
        }
        auto withoutDefault = std::make_shared<ProgrammedRouteSet>(*withDefault);
        std::erase_if(withoutDefault->routes,
                      [](const EffectiveRoute &route) { return route.prefix.isDefaultRoute(); });
        for (auto *set : {withDefault.get(), withoutDefault.get()}) {
            for (const auto &route : set->routes)
                set->lengths |= std::uint64_t(1) << route.prefix.length();
        }
        // R10.7: 0.0.0.0/0 only over connections with propagateDefaultRoute.
        const Topology &topology = analysis.topology();
        for (const auto &connection : hub.connections) {
            const bool propagate = topology.links[std::size_t(connection.link)]
                                       .as<HubConnectionLink>()
                                       ->propagateDefaultRoute;
            programmed[std::size_t(connection.vnet)] = propagate ? withDefault : withoutDefault;
        }
    }
}

void addHubSystemRoutes(const Analysis &analysis, int vnet, std::vector<EffectiveRoute> &routes)
{
    const HubInfo *hub = analysis.virtualWan().hubOfVnet(vnet);
    if (!hub)
        return;
    // R10.10: the hub's address prefix is a peered range (VNetPeering, next hop the hub).
    EffectiveRoute route;
    route.prefix = analysis.topology()
                       .nodes[std::size_t(hub->node)]
                       .as<VirtualHub>()
                       ->addressPrefix.network();
    route.nextHopType = EffectiveNextHop::VNetPeering;
    route.nextHopNode = hub->node;
    route.peeringLink = analysis.virtualWan().connectionOfVnet(vnet);
    routes.push_back(route);
}

void appendHubRouteLimitSessions(const Topology &topology, const SpeakerGraph &graph,
                                 const std::vector<std::vector<BgpRoute>> &tables,
                                 std::vector<SessionState> &down)
{
    for (const HubInfo &hub : graph.virtualWan().hubs()) {
        const auto &table = tables[std::size_t(hub.node)];
        std::size_t prefixes = 0;
        for (std::size_t i = 0; i < table.size(); ++i)
            prefixes += i == 0 || table[i].prefix != table[i - 1].prefix ? 1 : 0;
        if (prefixes <= limits::virtualHubRoutes)
            continue;
        int last = -1;
        for (const auto &edge : graph.edges()) {
            if (edge.to == hub.node && graph.vertex(edge.from).kind == NodeKind::Nva)
                last = std::max(last, edge.session.link);
        }
        if (last < 0)
            continue; // nothing more goes down; vwan-limit stays
        down.push_back({last, false, SessionState::DownCause::HubRouteLimit,
                        "hub " + topology.nodes[std::size_t(hub.node)].id + " holds "
                            + std::to_string(prefixes) + " routes, above Virtual WAN's limit of "
                            + std::to_string(limits::virtualHubRoutes)
                            + ", so it drops this NVA session"});
    }
}

std::string hubNextHopText(const Analysis &analysis, const HubRoute &route)
{
    switch (route.type) {
    case HubNextHop::VirtualNetworkConnection:
        return "Virtual Network Connection";
    case HubNextHop::ExpressRouteGateway:
        return "ExpressRouteGateway";
    case HubNextHop::VpnS2sGateway:
        return "VPN_S2S_Gateway";
    case HubNextHop::HubBgpConnection:
        return "HubBgpConnection";
    case HubNextHop::RemoteHub:
        return "Remote Hub";
    case HubNextHop::Firewall: {
        // (decision) an NGFW NVA in the hub is shown as Azure shows NVAs.
        const auto *firewall
            = route.nextHop >= 0
                  ? analysis.topology().nodes[std::size_t(route.nextHop)].as<HubFirewall>()
                  : nullptr;
        return firewall && firewall->vendor == FirewallVendor::Nva ? "Network Virtual Appliance"
                                                                   : "Azure Firewall";
    }
    case HubNextHop::Local:
        return "Local";
    case HubNextHop::Internet:
        return "Internet";
    }
    return "Local";
}

RouteView viewOf(const Analysis &analysis, const HubRoute &route)
{
    RouteView view;
    view.prefix = route.prefix.toString();
    view.nextHopType = hubNextHopText(analysis, route);
    if (route.nextHop >= 0)
        view.nextHop = analysis.topology().nodes[std::size_t(route.nextHop)].id;
    switch (route.source) {
    case HubRouteSource::Static:
        view.source = "Static";
        break;
    case HubRouteSource::Local:
        view.source = "Local";
        break;
    case HubRouteSource::Bgp:
        view.source = "BGP";
        break;
    }
    const auto path = analysis.asPaths().path(route.asPath);
    view.asPath.assign(path.begin(), path.end());
    view.active = route.active;
    return view;
}

} // namespace avsnet::core
