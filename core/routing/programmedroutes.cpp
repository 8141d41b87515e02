// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmedroutes.h"

#include "prefixmerge.h"
#include "speakergraph.h"

#include <algorithm>
#include <tuple>

namespace avsnet::core {

namespace {

// R7: ExpressRoute beats VPN and NVA routes for one prefix, then the shorter AS path wins,
// then equal routes share the traffic (ECMP). R6 (revision 2,
// route-server/hub-routing-preference.md): the Route Server's hubRoutingPreference may put
// VPN and NVA routes first, or the AS path first.
void selectAmongGateways(std::vector<EffectiveRoute> &routes, const AsPathPool &asPaths,
                         HubRoutingPreference preference)
{
    const auto key = [&](const EffectiveRoute &route) {
        const int expressRouteFirst = route.programmedBy == ProgrammedBy::ExpressRoute ? 0 : 1;
        const std::size_t length = asPaths.length(route.asPath);
        switch (preference) {
        case HubRoutingPreference::ExpressRoute:
            break;
        case HubRoutingPreference::Vpn:
            return std::tuple(std::size_t(1 - expressRouteFirst), length);
        case HubRoutingPreference::AsPath:
            return std::tuple(length, std::size_t(expressRouteFirst));
        }
        return std::tuple(std::size_t(expressRouteFirst), length);
    };
    for (auto first = routes.begin(); first != routes.end();) {
        const auto last = std::find_if(first, routes.end(),
                                       [&](const auto &r) { return r.prefix != first->prefix; });
        const auto best = std::min_element(first, last, [&](const auto &a, const auto &b) {
            return key(a) < key(b);
        });
        const auto bestKey = key(*best);
        for (auto route = first; route != last; ++route)
            route->active = key(*route) == bestKey;
        first = last;
    }
}

bool learnedOver(const SpeakerGraph &graph, const BgpRoute &route,
                 std::initializer_list<NodeKind> neighbourKinds)
{
    if (route.isLocal())
        return false;
    const NodeKind kind = graph.vertex(route.learnedFrom).kind;
    return std::find(neighbourKinds.begin(), neighbourKinds.end(), kind) != neighbourKinds.end();
}

// What the gateways and Route Server of one VNet program, read from their BGP tables.
class GatewayProgramming
{
public:
    GatewayProgramming(const Topology &topology, const SpeakerGraph &graph, int hub,
                       const std::vector<int> &servedVnets)
        : m_topology(topology)
        , m_graph(graph)
    {
        for (const int vnet : servedVnets) {
            for (const auto &range :
                 topology.nodes[std::size_t(vnet)].as<VirtualNetwork>()->addressSpace)
                m_servedRanges.push_back(range.network());
        }
        for (int node = 0; node < graph.vertexCount(); ++node) {
            const SpeakerVertex &speaker = graph.vertex(node);
            if (!speaker.speaks || speaker.vnet != hub)
                continue;
            m_speakers.push_back(node);
            if (speaker.kind == NodeKind::RouteServer)
                m_preference = topology.nodes[std::size_t(node)].as<RouteServer>()->hubRoutingPreference;
        }
    }

    const std::vector<int> &speakers() const { return m_speakers; }
    HubRoutingPreference preference() const { return m_preference; }

    // Appends what speaker `node` programs of `rows` (its active table rows, sorted by prefix).
    void addRows(int node, std::span<const BgpRoute> rows, std::vector<EffectiveRoute> &out) const
    {
        const SpeakerVertex &speaker = m_graph.vertex(node);
        Ipv4Prefix last;
        bool haveLast = false;
        for (const BgpRoute &route : rows) {
            if (!route.active)
                continue;
            EffectiveRoute programmed;
            programmed.prefix = route.prefix;
            programmed.source = RouteSource::VirtualNetworkGateway;
            programmed.nextHopType = EffectiveNextHop::VirtualNetworkGateway;
            programmed.asPath = route.asPath;
            if (speaker.kind == NodeKind::ErGateway) {
                // R4: only what its circuits gave it; one route per prefix, next hop itself.
                if (!learnedOver(m_graph, route, {NodeKind::ErCircuit, NodeKind::Avs}))
                    continue;
                programmed.programmedBy = ProgrammedBy::ExpressRoute;
                programmed.nextHopNode = node;
            } else if (speaker.kind == NodeKind::VpnGateway) {
                // R5: what its sites (and BGP-peered NVAs) gave it.
                if (!learnedOver(m_graph, route, {NodeKind::OnPrem, NodeKind::Nva}))
                    continue;
                programmed.programmedBy = ProgrammedBy::Vpn;
                programmed.nextHopNode = node;
            } else if (speaker.kind == NodeKind::RouteServer) {
                // R6: the NVAs' best routes, next hop the NVA's IP, one per NVA under ECMP;
                // never a prefix equal to or inside a range of the VNets it serves
                // (route-injection-in-spokes.md).
                if (!learnedOver(m_graph, route, {NodeKind::Nva}))
                    continue;
                const bool insideServedRange = std::any_of(
                    m_servedRanges.begin(), m_servedRanges.end(),
                    [&](const Ipv4Prefix &range) { return range.contains(route.prefix); });
                if (insideServedRange)
                    continue;
                // R6 (revision 2, route-server/next-hop-ip.md): the next hop the NVA set,
                // its own address unless it names a load balancer or firewall.
                programmed.programmedBy = ProgrammedBy::RouteServer;
                programmed.nextHopNode = route.learnedFrom;
                programmed.nextHopIp =
                    m_topology.nodes[std::size_t(route.learnedFrom)].as<Nva>()->announcedNextHop();
            } else {
                continue;
            }
            // ECMP across circuits is still one route through the gateway.
            if (speaker.kind != NodeKind::RouteServer && haveLast && last == route.prefix)
                continue;
            last = route.prefix;
            haveLast = true;
            out.push_back(programmed);
        }
    }

private:
    const Topology &m_topology;
    const SpeakerGraph &m_graph;
    std::vector<Ipv4Prefix> m_servedRanges;
    std::vector<int> m_speakers;
    HubRoutingPreference m_preference = HubRoutingPreference::ExpressRoute;
};

// A set of routes already sorted by prefix, with the prefix lengths it holds noted.
std::shared_ptr<const ProgrammedRouteSet> routeSet(std::vector<EffectiveRoute> routes)
{
    auto set = std::make_shared<ProgrammedRouteSet>();
    set->routes = std::move(routes);
    for (const auto &route : set->routes)
        set->lengths |= std::uint64_t(1) << route.prefix.length();
    return set;
}

// Sorted by prefix (speakers in node order within one), the R7 selection made, lengths noted.
std::shared_ptr<const ProgrammedRouteSet> finish(std::vector<EffectiveRoute> routes,
                                                 const AsPathPool &asPaths,
                                                 HubRoutingPreference preference)
{
    std::stable_sort(routes.begin(), routes.end(),
                     [](const auto &a, const auto &b) { return a.prefix < b.prefix; });
    selectAmongGateways(routes, asPaths, preference);
    return routeSet(std::move(routes));
}

} // namespace

std::shared_ptr<const ProgrammedRouteSet>
programmedRoutes(const Topology &topology, const SpeakerGraph &graph,
                 const std::vector<std::shared_ptr<const BgpTable>> &tables,
                 const AsPathPool &asPaths, int hub, const std::vector<int> &servedVnets)
{
    const GatewayProgramming programming(topology, graph, hub, servedVnets);
    std::vector<EffectiveRoute> routes;
    for (const int node : programming.speakers())
        programming.addRows(node, tables[std::size_t(node)]->routes(), routes);
    return finish(std::move(routes), asPaths, programming.preference());
}

std::shared_ptr<const ProgrammedRouteSet>
reprogrammedRoutes(const ProgrammedRouteSet &previous, const std::vector<Ipv4Prefix> &changed,
                   const Topology &topology, const SpeakerGraph &graph,
                   const std::vector<std::shared_ptr<const BgpTable>> &tables,
                   const AsPathPool &asPaths, int hub, const std::vector<int> &servedVnets)
{
    const GatewayProgramming programming(topology, graph, hub, servedVnets);
    std::vector<EffectiveRoute> fresh;
    for (const int node : programming.speakers()) {
        for (const Ipv4Prefix &prefix : changed)
            programming.addRows(node, tables[std::size_t(node)]->routesFor(prefix), fresh);
    }
    // Selection is per prefix, so the new prefixes are selected among themselves.
    const auto freshSet = finish(std::move(fresh), asPaths, programming.preference());
    const auto prefixOf = [](const EffectiveRoute &route) -> const Ipv4Prefix & {
        return route.prefix;
    };
    return routeSet(mergeByPrefix<EffectiveRoute>(previous.routes, changed, freshSet->routes,
                                                  prefixOf));
}

std::vector<EffectiveRoute> systemRoutes(const Topology &topology, int vnet,
                                         const std::vector<VnetPeer> &peers)
{
    const auto &network = *topology.nodes[std::size_t(vnet)].as<VirtualNetwork>();
    std::vector<EffectiveRoute> routes;
    const auto add = [&](const Ipv4Prefix &prefix, EffectiveNextHop type, int nextHop, int link) {
        EffectiveRoute route;
        route.prefix = prefix.network();
        route.nextHopType = type;
        route.nextHopNode = nextHop;
        route.peeringLink = link;
        routes.push_back(route);
    };
    // R7 (virtual-networks-udr-overview.md, "System routes").
    for (const auto &range : network.addressSpace)
        add(range, EffectiveNextHop::VnetLocal, -1, -1);
    for (const VnetPeer &peer : peers) {
        const auto &remote = *topology.nodes[std::size_t(peer.vnet)].as<VirtualNetwork>();
        for (const auto &range : remote.addressSpace)
            add(range, EffectiveNextHop::VNetPeering, peer.vnet, peer.link);
    }
    add(Ipv4Prefix(Ipv4Address(0), 0), EffectiveNextHop::Internet, -1, -1);
    static const Ipv4Prefix privateRanges[] = {
        *Ipv4Prefix::parse("10.0.0.0/8"), *Ipv4Prefix::parse("172.16.0.0/12"),
        *Ipv4Prefix::parse("192.168.0.0/16"), *Ipv4Prefix::parse("100.64.0.0/10")};
    for (const auto &range : privateRanges) {
        const bool used = std::any_of(network.addressSpace.begin(), network.addressSpace.end(),
                                      [&](const Ipv4Prefix &own) { return own.contains(range); });
        if (!used)
            add(range, EffectiveNextHop::None, -1, -1);
    }
    return routes;
}

std::vector<EffectiveRoute> userRoutes(const RouteTable &table, int vpnGateway)
{
    std::vector<EffectiveRoute> routes;
    for (std::size_t i = 0; i < table.routes.size(); ++i) {
        const UserRoute &user = table.routes[i];
        EffectiveRoute route;
        route.prefix = user.prefix.network();
        route.source = RouteSource::User;
        route.programmedBy = ProgrammedBy::User;
        route.peeringLink = int(i);
        switch (user.nextHopType) {
        case NextHopType::VirtualAppliance:
            route.nextHopType = EffectiveNextHop::VirtualAppliance;
            route.nextHopIp = user.nextHopIp;
            break;
        case NextHopType::VirtualNetworkGateway:
            // Only a VPN gateway can be a UDR next hop; ExpressRoute needs BGP
            // (virtual-networks-udr-overview.md, "Next hop types across Azure tools").
            route.nextHopType = EffectiveNextHop::VirtualNetworkGateway;
            route.nextHopNode = vpnGateway;
            break;
        case NextHopType::VnetLocal:
            route.nextHopType = EffectiveNextHop::VnetLocal;
            break;
        case NextHopType::Internet:
            route.nextHopType = EffectiveNextHop::Internet;
            break;
        case NextHopType::None:
            route.nextHopType = EffectiveNextHop::None;
            break;
        }
        routes.push_back(route);
    }
    return routes;
}

} // namespace avsnet::core
