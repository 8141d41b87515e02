// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of a Virtual WAN hub as a BGP speaker (docs/routing.md, R10.1-R10.8): what it
// originates, refuses, passes on and prefers. The hub router and the hub's ExpressRoute and
// VPN gateways are one speaker, the hub node.
#include "routingpolicy.h"

#include <algorithm>

namespace avsnet::core {

namespace {

bool insideAny(const std::vector<Ipv4Prefix> &ranges, const Ipv4Prefix &prefix)
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [&](const Ipv4Prefix &range) { return range.contains(prefix); });
}

} // namespace

void RoutingPolicy::addHubOriginations(int hub, std::vector<Origination> &result)
{
    const HubInfo *info = m_graph.virtualWan().hubOf(hub);
    if (!info)
        return;
    const auto add = [&](const Ipv4Prefix &prefix, unsigned use) {
        result.push_back({prefix.network(), hub, AsPathPool::emptyPath, OverBgp | use});
    };
    // R10.2 (scenario-bgp-peering-hub.md): every range of each connected VNet, and the hub's
    // own prefix.
    for (const auto &connection : info->connections) {
        for (const auto &range :
             m_topology.nodes[std::size_t(connection.vnet)].as<VirtualNetwork>()->addressSpace)
            add(range, HubVnetConnection);
    }
    add(m_topology.nodes[std::size_t(hub)].as<VirtualHub>()->addressPrefix, HubAddressPrefix);
    // R10.6 (how-to-routing-policies.md): under private intent the VNets get the aggregates
    // (NVA peers as BGP routes, decision); R10.5: with erToErTransit the circuits get them too.
    for (const auto &prefix : info->privatePrefixes)
        add(prefix, HubNvaAggregate | (info->erToErTransit ? HubErAggregate : 0u));
    // R10.6: internet intent's static 0.0.0.0/0 towards the firewall.
    if (info->internetFirewall >= 0)
        add(Ipv4Prefix(Ipv4Address(0), 0), HubDefaultRoute);
}

HubEntry RoutingPolicy::hubEntryOf(const RouteCandidate &route) const
{
    if (route.isLocal())
        return (route.localUse & HubVnetConnection) ? HubEntry::Vnet : HubEntry::None;
    switch (*learnedOver(route)) {
    case SessionKind::ErConnection:
        return HubEntry::Er;
    case SessionKind::VpnConnection:
        return HubEntry::Vpn;
    case SessionKind::BgpPeer:
        return HubEntry::Bgp;
    case SessionKind::HubMesh:
        return route.hubEntry;
    default:
        return HubEntry::None;
    }
}

std::optional<std::string> RoutingPolicy::hubRefusal(int hub, const RouteCandidate &route,
                                                     const Ipv4Prefix &prefix) const
{
    const HubInfo *info = m_graph.virtualWan().hubOf(hub);
    const auto learned = learnedOver(route);
    if (learned == SessionKind::ErConnection && route.entry >= 0) {
        const Node &entry = m_topology.nodes[std::size_t(route.entry)];
        // R10.8 (virtual-wan-expressroute-portal.md, "Allow traffic from non Virtual WAN
        // networks"): a classic gateway's route on a shared circuit needs the hub's switch.
        if (entry.kind() == NodeKind::ErGateway) {
            const Node *gateway = info && info->erGateway >= 0
                                      ? &m_topology.nodes[std::size_t(info->erGateway)]
                                      : nullptr;
            if (!gateway || !gateway->as<ErGateway>()->allowNonVirtualWanTraffic)
                return "it comes from " + entry.parentVnet() + " through " + entry.id
                       + " over a shared circuit, and allowNonVirtualWanTraffic is off on "
                       + (gateway ? gateway->id : std::string("the hub's gateway"));
        }
        // R10.7 (LAB adstuart/azure-vwan-defaultroute: "this is filtered out and not usable by
        // Hub"): a 0.0.0.0/0 that any hub put on the circuit is ignored.
        if (entry.kind() == NodeKind::VwanHub && prefix.isDefaultRoute())
            return "it is a 0.0.0.0/0 that Virtual WAN hub " + entry.id
                   + " put on the circuit, and hub gateways ignore those";
    }
    // R10.2 (decision, vwan.md): the hub router is 65515, as a Route Server; a VPN site's
    // path with 65515 is a loop as for any BGP speaker.
    if ((learned == SessionKind::BgpPeer || learned == SessionKind::VpnConnection)
        && m_asPaths.contains(route.asPath, azureGatewayAsn))
        return "its AS path holds 65515, the hub router's own ASN";
    // R10.6 (how-to-routing-policies.md: "ExpressRoute-connected on-premises can't advertise
    // exact address ranges for RFC1918 aggregate address ranges"); (decision) ignored.
    if (info
        && std::find(info->privatePrefixes.begin(), info->privatePrefixes.end(), prefix)
               != info->privatePrefixes.end())
        return "it equals the private-traffic prefix " + prefix.toString()
               + " of the hub's routing intent; advertise its two halves instead";
    return std::nullopt;
}

bool RoutingPolicy::hubPropagatesDefaultRoute(const SpeakerGraph::Edge &edge) const
{
    // R10.7 (virtual-wan-faq.md: "By default, this flag is disabled when a site or an
    // ExpressRoute circuit is connected to a hub. It's enabled by default when a virtual
    // network connection is added").
    if (edge.session.kind == SessionKind::BgpPeer) {
        const int vnet = m_graph.vertex(edge.to).vnet;
        const int link = m_graph.virtualWan().connectionOfVnet(vnet);
        return link >= 0
               && m_topology.links[std::size_t(link)]
                      .as<HubConnectionLink>()
                      ->propagateDefaultRoute;
    }
    if (edge.session.link < 0)
        return false;
    const Link &link = m_topology.links[std::size_t(edge.session.link)];
    if (const auto *er = link.as<ErConnectionLink>())
        return er->propagateDefaultRoute;
    if (const auto *vpn = link.as<VpnConnectionLink>())
        return vpn->propagateDefaultRoute;
    return false;
}

bool RoutingPolicy::hubMayExport(int hub, const RouteCandidate &route,
                                 const SpeakerGraph::Edge &edge, const Ipv4Prefix &prefix) const
{
    const HubInfo *info = m_graph.virtualWan().hubOf(hub);
    if (!info)
        return false;
    const SessionKind out = edge.session.kind;
    const bool branchToBranch
        = m_topology.nodes[std::size_t(info->vwan)].as<VirtualWan>()->branchToBranch;
    const std::optional<SessionKind> learned = learnedOver(route);
    const bool remote = learned == SessionKind::HubMesh;
    const HubEntry entry = hubEntryOf(route);

    // R10.7 (about-virtual-hub-routing.md: "All information pertaining to 0.0.0.0/0 route is
    // confined to a local hub's route table"): never to another hub; elsewhere only over
    // connections with propagateDefaultRoute.
    if (prefix.isDefaultRoute()) {
        if (out == SessionKind::HubMesh || !hubPropagatesDefaultRoute(edge))
            return false;
    }
    // The ranges of the VNet an NVA lives in (R10.4, R10.10).
    const auto nvaVnetRanges = [&](int nva) -> const std::vector<Ipv4Prefix> & {
        static const std::vector<Ipv4Prefix> none;
        const int vnet = m_graph.vertex(nva).vnet;
        return vnet >= 0 ? m_topology.nodes[std::size_t(vnet)].as<VirtualNetwork>()->addressSpace
                         : none;
    };

    switch (out) {
    case SessionKind::HubMesh:
        // R10.2 (about-virtual-hub-routing-preference.md: "a virtual hub selects the best routes
        // ... and then advertises them to the other virtual hubs"): its best routes learned
        // from its own connections; (decision) not its remote routes, nor its own prefix.
        if (route.isLocal())
            return (route.localUse & HubVnetConnection) != 0;
        return !remote;
    case SessionKind::ErConnection:
    case SessionKind::VpnConnection: {
        if (route.isLocal()) {
            unsigned allowed = HubVnetConnection | HubAddressPrefix | HubDefaultRoute;
            if (out == SessionKind::ErConnection)
                allowed |= HubErAggregate; // R10.5
            return (route.localUse & allowed) != 0;
        }
        // R10.4/R10.5 (virtual-wan-faq.md: "Transit between ER-to-ER is always via Global
        // reach"; branch-to-branch: "transit connectivity is also enabled between VPN and
        // ExpressRoute users").
        switch (entry) {
        case HubEntry::Vnet:
            return true;
        case HubEntry::Bgp:
            // scenario-bgp-peering-hub.md: NVA routes inside its VNet's range stay in Azure.
            return remote || !insideAny(nvaVnetRanges(route.from), prefix);
        case HubEntry::Vpn:
            return branchToBranch;
        case HubEntry::Er:
            return out == SessionKind::VpnConnection && branchToBranch;
        case HubEntry::None:
            return false;
        }
        return false;
    }
    case SessionKind::BgpPeer: {
        // R10.4 (decision): an NVA peer gets what its VNet receives (R10.10), as BGP routes.
        if (info->secured())
            return route.isLocal() && (route.localUse & (HubNvaAggregate | HubDefaultRoute)) != 0;
        if (route.isLocal() && !(route.localUse & (HubVnetConnection | HubDefaultRoute)))
            return false;
        const auto &own = nvaVnetRanges(edge.to);
        return prefix.isDefaultRoute() || !insideAny(own, prefix);
    }
    default:
        return false;
    }
}

RoutingPolicy::RankKey RoutingPolicy::hubRank(int hub, const RouteCandidate &route) const
{
    // R10.3 (about-virtual-hub-routing-preference.md). Own routes (VNet connections, the hub
    // prefix, intent statics) rank above every BGP route before this is asked.
    // Hot: propagation ranks every candidate for every session, so the entry is read from the
    // edge here rather than through hubEntryOf().
    const SpeakerGraph::Edge &edge = m_graph.edges()[std::size_t(route.edge)];
    const SessionKind learned = edge.session.kind;
    const bool remote = learned == SessionKind::HubMesh;
    const HubEntry entry = remote                                   ? route.hubEntry
                           : learned == SessionKind::ErConnection  ? HubEntry::Er
                           : learned == SessionKind::VpnConnection ? HubEntry::Vpn
                           : learned == SessionKind::BgpPeer       ? HubEntry::Bgp
                                                                   : HubEntry::None;
    const bool expressRoute = entry == HubEntry::Er;
    // (decision) `bgp` ranks with VPN; a remote `vnet` route ranks with remote ExpressRoute
    // routes (the path orders them), below remote VPN routes.
    const bool vpn = entry == HubEntry::Vpn || entry == HubEntry::Bgp;
    const long long path = (long long)(m_asPaths.length(route.asPath));
    // R10.2: the ExpressRoute gateway prefers the connection with the higher weight.
    const long long weight = remote ? 0 : edge.session.weight;
    switch (m_topology.nodes[std::size_t(hub)].as<VirtualHub>()->hubRoutingPreference) {
    case HubRoutingPreference::ExpressRoute:
        // Local over remote; ExpressRoute first among local routes, VPN among remote ones.
        return {0, remote ? (vpn ? 2 : 1) : (expressRoute ? 4 : 3), weight, -path};
    case HubRoutingPreference::Vpn:
        return {0, remote ? (vpn ? 2 : 1) : (vpn ? 4 : 3), weight, -path};
    case HubRoutingPreference::AsPath:
        // (decision) weight orders ExpressRoute routes of equal path length only.
        return {0, -path, remote ? (vpn ? 1 : 0) : (expressRoute ? 3 : 2), weight};
    }
    return {0, 0, 0, -path};
}

} // namespace avsnet::core
