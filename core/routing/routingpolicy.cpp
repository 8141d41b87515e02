// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingpolicy.h"

#include <boost/sort/spreadsort/integer_sort.hpp>

#include <algorithm>

namespace avsnet::core {

namespace {

const Ipv4Prefix defaultRoute(Ipv4Address(0), 0);

bool overlaps(const Ipv4Prefix &a, const Ipv4Prefix &b)
{
    return a.contains(b) || b.contains(a);
}

} // namespace

std::size_t lengthWithoutLeadingPrivateAsns(std::span<const Asn> path)
{
    const auto firstPublic = std::find_if_not(path.begin(), path.end(), isPrivateAsn);
    return std::size_t(path.end() - firstPublic);
}

RoutingPolicy::RoutingPolicy(const Topology &topology, const SpeakerGraph &graph,
                             AsPathPool &asPaths)
    : m_topology(topology)
    , m_graph(graph)
    , m_asPaths(asPaths)
{}

void RoutingPolicy::markOffer(int sender, const RouteCandidate &best,
                              const SpeakerGraph::Edge &edge, RouteCandidate &offer) const
{
    // R4, R10.8: the gateway (or hub) through which a route enters the circuits; circuits
    // keep it.
    const SpeakerVertex &speaker = m_graph.vertex(sender);
    if ((speaker.kind == NodeKind::ErGateway || speaker.kind == NodeKind::VwanHub)
        && edge.session.kind == SessionKind::ErConnection)
        offer.entry = sender;
    else if (speaker.isCircuit())
        offer.entry = best.entry;
    // R10.1: a hub tells the other hubs how the route entered the Virtual WAN.
    if (edge.session.kind == SessionKind::HubMesh)
        offer.hubEntry = hubEntryOf(best);
}

std::vector<Origination> RoutingPolicy::originations()
{
    std::vector<Origination> result;
    const auto add = [&](const Ipv4Prefix &prefix, int node, AsPathId path, unsigned use) {
        // Routes travel as networks; a prefix written with host bits is a finding elsewhere.
        result.push_back({prefix.network(), node, path, use});
    };
    const AsPathId avsOrigin = m_asPaths.intern(std::array<Asn, 1>{avsAsn});

    for (int node = 0; node < m_graph.vertexCount(); ++node) {
        const SpeakerVertex &speaker = m_graph.vertex(node);
        if (!speaker.speaks)
            continue;
        const Node &model = m_topology.nodes[std::size_t(node)];
        switch (speaker.kind) {
        case NodeKind::OnPrem: {
            // R1: `advertise` (default `prefixes`) and 0.0.0.0/0 on request, over BGP; R5: a
            // static VPN connection carries `prefixes` instead.
            const auto &site = *model.as<OnPremSite>();
            for (const auto &prefix : site.advertisedPrefixes())
                add(prefix, node, AsPathPool::emptyPath, OverBgp);
            if (site.advertiseDefaultRoute)
                add(defaultRoute, node, AsPathPool::emptyPath, OverBgp);
            for (const auto &prefix : site.prefixes)
                add(prefix, node, AsPathPool::emptyPath, OverStaticVpn);
            break;
        }
        case NodeKind::Avs: {
            // R1: the management block as one /22 (decision) and every segment, originated by
            // the Tier-0 (398656) behind the managed circuit.
            const auto &cloud = *model.as<AvsPrivateCloud>();
            add(cloud.managementBlock, node, avsOrigin, OverBgp);
            for (const auto &segment : cloud.segments)
                add(segment.prefix, node, avsOrigin, OverBgp);
            break;
        }
        case NodeKind::ErGateway:
        case NodeKind::VpnGateway:
        case NodeKind::RouteServer:
            // R1: the ranges of its VNet and of every spoke using its gateways.
            for (const auto &range : m_graph.rangesServedBy(speaker.vnet))
                add(range, node, AsPathPool::emptyPath, OverBgp | OverStaticVpn);
            break;
        case NodeKind::Nva:
            for (const auto &prefix : model.as<Nva>()->originate)
                add(prefix, node, AsPathPool::emptyPath, OverBgp);
            break;
        case NodeKind::VwanHub:
            addHubOriginations(node, result);
            break;
        case NodeKind::ErCircuit:
        case NodeKind::Vnet:
        case NodeKind::Internet:
        case NodeKind::Vwan:
        case NodeKind::HubFirewall:
            break;
        }
    }
    // One origination per (prefix, node); uses merge. The rows are in node order already, so
    // sorting (network, length, row) orders them by (prefix, node). One 64-bit key per row,
    // sorted by Boost's spreadsort (a radix sort): on L (some 200 000 rows) comparison sorts
    // of the rows themselves took a third of a re-analysis. The row takes the low 26 bits:
    // no design comes near 67 million originations.
    std::vector<std::uint64_t> keys(result.size());
    for (std::size_t row = 0; row < result.size(); ++row)
        keys[row] = std::uint64_t(result[row].prefix.first()) << 32
                    | std::uint64_t(result[row].prefix.length()) << 26 | std::uint64_t(row);
    boost::sort::spreadsort::integer_sort(keys.begin(), keys.end());
    constexpr std::uint64_t rowBits = (std::uint64_t(1) << 26) - 1;
    std::vector<Origination> merged;
    merged.reserve(result.size());
    for (const std::uint64_t key : keys) {
        const Origination &origination = result[std::size_t(key & rowBits)];
        if (!merged.empty() && merged.back().prefix == origination.prefix
            && merged.back().node == origination.node)
            merged.back().localUse |= origination.localUse;
        else
            merged.push_back(origination);
    }
    return merged;
}

std::optional<std::string> RoutingPolicy::refusal(int receiver, const RouteCandidate &route,
                                                  const Ipv4Prefix &prefix) const
{
    const SpeakerVertex &speaker = m_graph.vertex(receiver);
    const auto holds = [&](Asn asn) { return m_asPaths.contains(route.asPath, asn); };
    switch (speaker.kind) {
    case NodeKind::ErCircuit:
    case NodeKind::Avs:
        // R2: every circuit is 12076 and never drops a route for holding it; AVS private
        // clouds all share 398656 and reach each other over Global Reach (decision: no
        // loop check on it), so only a route of its own coming back is ignored (by origin).
        return std::nullopt;
    case NodeKind::ErGateway: {
        if (learnedOver(route) != SessionKind::ErConnection)
            return std::nullopt;
        // R4 (revision 2, expressroute/virtual-network-connectivity-guidance.md: "By default,
        // virtual network-to-virtual network (VNet-to-VNet) ... traffic is disabled through
        // ExpressRoute"): a route another VNet's gateway put on the circuit is refused unless
        // this gateway allows remote VNet traffic. It is judged by where it entered the
        // circuits, whatever its path carries.
        // R10.8 (virtual-wan-expressroute-portal.md: "By default, VNet to Virtual WAN traffic
        // is disabled over ExpressRoute"): a route a Virtual WAN hub put on the circuit needs
        // "Allow traffic from remote Virtual WAN networks".
        const bool fromHub = route.entry >= 0
                             && m_graph.vertex(route.entry).kind == NodeKind::VwanHub;
        if (fromHub
            && !m_topology.nodes[std::size_t(receiver)].as<ErGateway>()->allowVirtualWanTraffic)
            return "it comes from Virtual WAN hub " + m_topology.nodes[std::size_t(route.entry)].id
                   + " over a shared circuit, and allowVirtualWanTraffic is off";
        if (!fromHub && route.entry >= 0 && m_graph.vertex(route.entry).vnet != speaker.vnet
            && !m_topology.nodes[std::size_t(receiver)].as<ErGateway>()->allowRemoteVnetTraffic) {
            const Node &entry = m_topology.nodes[std::size_t(route.entry)];
            return "it comes from " + entry.parentVnet() + " through " + entry.id
                   + " over a shared circuit, and allowRemoteVnetTraffic is off";
        }
        // R2: beside a Route Server, a circuit-learned path still holding 65515 is dropped
        // (route-server-faq.md: "the NVA-advertised routes will be dropped by the second
        // Route Server").
        if (holds(azureGatewayAsn) && m_graph.vnetHasRouteServer(speaker.vnet))
            return "its AS path holds 65515 and the VNet has a Route Server";
        return std::nullopt;
    }
    case NodeKind::RouteServer:
        // R6: the Route Server drops every route whose AS path holds 65515.
        if (holds(azureGatewayAsn))
            return "its AS path holds 65515, Azure's own ASN";
        return std::nullopt;
    case NodeKind::OnPrem:
    case NodeKind::VpnGateway:
    case NodeKind::Nva:
        // Standard BGP loop prevention.
        if (speaker.asn != 0 && holds(speaker.asn))
            return "its AS path holds the speaker's own ASN " + std::to_string(speaker.asn);
        return std::nullopt;
    case NodeKind::VwanHub:
        return hubRefusal(receiver, route, prefix);
    case NodeKind::Vnet:
    case NodeKind::Internet:
    case NodeKind::Vwan:
    case NodeKind::HubFirewall:
        break;
    }
    return std::nullopt;
}

bool RoutingPolicy::mayExport(int sender, const RouteCandidate &route,
                              const SpeakerGraph::Edge &edge, const Ipv4Prefix &prefix) const
{
    const SpeakerVertex &speaker = m_graph.vertex(sender);
    const SessionKind out = edge.session.kind;
    const std::optional<SessionKind> learned = learnedOver(route);
    if (route.isLocal()) {
        // Own prefixes: over a static VPN connection only those meant for it (R5).
        const unsigned use = out == SessionKind::VpnConnection && !edge.session.bgp
                                 ? OverStaticVpn
                                 : OverBgp;
        if (!(route.localUse & use))
            return false;
    } else if (out == SessionKind::VpnConnection && !edge.session.bgp) {
        return false; // a static connection carries no learned routes
    }

    switch (speaker.kind) {
    case NodeKind::OnPrem:
        // (decision) a site announces only its own prefixes; it is no transit for Azure.
        return route.isLocal();
    case NodeKind::ErCircuit:
    case NodeKind::Avs:
        // R3: Global Reach is not transitive: nothing learned over one Global Reach link
        // goes over another. Everything else passes (R2: to gateways and to the site).
        return !(out == SessionKind::GlobalReach && learned == SessionKind::GlobalReach);
    case NodeKind::ErGateway:
        // R4: towards circuits only its own ranges and (branch-to-branch) the Route Server's
        // routes; never a route from one circuit to another (CAF network basics,
        // architecture-hub-and-spoke.md). To the Route Server: what its circuits gave it.
        if (out == SessionKind::ErConnection)
            return route.isLocal() || learned == SessionKind::SameVnet;
        if (out == SessionKind::SameVnet)
            return learned == SessionKind::ErConnection;
        return false;
    case NodeKind::VpnGateway:
        // R5: to a site its own ranges, the other sites' routes, and the Route Server's
        // routes; never 0.0.0.0/0, and (revision 2, vpn-gateway-vpn-faq.md) never a learned
        // route that overlaps a range of the VNets it serves.
        if (out == SessionKind::VpnConnection) {
            if (prefix.isDefaultRoute())
                return false;
            if (route.isLocal())
                return true;
            const auto &served = m_graph.rangesServedBy(speaker.vnet);
            return std::none_of(served.begin(), served.end(),
                                [&](const Ipv4Prefix &range) { return overlaps(range, prefix); });
        }
        if (out == SessionKind::SameVnet)
            return learned == SessionKind::VpnConnection || learned == SessionKind::BgpPeer;
        if (out == SessionKind::BgpPeer)
            return route.isLocal() || learned == SessionKind::VpnConnection;
        return false;
    case NodeKind::RouteServer:
        // R6: to NVAs its VNet ranges, (branch-to-branch) the gateways' routes, and
        // (revision 2) every other NVA's routes: it reflects among its peers whatever
        // branchToBranch says (route-server-faq.md on NO_ADVERTISE). To gateways the NVAs'
        // and the other gateways' routes.
        if (out == SessionKind::BgpPeer)
            return route.isLocal() || learned == SessionKind::SameVnet
                   || learned == SessionKind::BgpPeer;
        if (out == SessionKind::SameVnet)
            return !route.isLocal();
        return false;
    case NodeKind::Nva:
        // R6: its `originate` prefixes, and with `readvertise` its best learned routes.
        return route.isLocal() || m_topology.nodes[std::size_t(sender)].as<Nva>()->readvertise;
    case NodeKind::VwanHub:
        return hubMayExport(sender, route, edge, prefix);
    case NodeKind::Vnet:
    case NodeKind::Internet:
    case NodeKind::Vwan:
    case NodeKind::HubFirewall:
        break;
    }
    return false;
}

AsPathId RoutingPolicy::circuitExport(AsPathId path, std::optional<SessionKind> learned,
                                      SessionKind out)
{
    // R3/R2 (revision 2): Global Reach is iBGP between Microsoft edges of AS 12076, so its
    // own hop adds nothing.
    if (out == SessionKind::GlobalReach)
        return path;
    const bool overGlobalReach = learned == SessionKind::GlobalReach;
    const int copies = overGlobalReach ? globalReachEdgeCopies : 1;
    // R2 (revision 2, route-server-faq.md; architecture-network-design-considerations.md):
    // towards a customer edge only the leading private ASNs go, then 12076 comes first.
    if (out == SessionKind::ErPeering)
        return prepend(withoutLeadingPrivateAsns(path), microsoftEdgeAsn, copies);
    // R2 (observed, LAB fabferri/az-pattern hub-spoke-azfw-routeserver-er): a VNet's own
    // range passed from one gateway to another arrives as [12076, 12076].
    const auto asns = m_asPaths.path(path);
    if (!overGlobalReach && learned == SessionKind::ErConnection && asns.size() == 1
        && asns.front() == azureGatewayAsn)
        return m_asPaths.intern(std::array<Asn, 2>{microsoftEdgeAsn, microsoftEdgeAsn});
    return prepend(path, microsoftEdgeAsn, copies);
}

AsPathId RoutingPolicy::exportedPath(int sender, const RouteCandidate &route,
                                     const SpeakerGraph::Edge &edge)
{
    const std::optional<SessionKind> learned = learnedOver(route);
    const std::uint64_t learnedKey = learned ? std::uint64_t(*learned) + 1 : 0;
    const std::uint64_t key = (std::uint64_t(route.asPath) << 32)
                              | (std::uint64_t(edge.session.index) << 4) | learnedKey;
    if (const auto cached = m_exportCache.find(key); cached != m_exportCache.end())
        return cached->second;

    const SpeakerVertex &speaker = m_graph.vertex(sender);
    AsPathId result = route.asPath;
    if (edge.session.kind == SessionKind::SameVnet) {
        // The gateways and Route Server of one VNet are all 65515: no prepend among them.
        result = route.asPath;
    } else if (edge.session.kind == SessionKind::VpnConnection && !edge.session.bgp) {
        result = AsPathPool::emptyPath; // static routes carry no path (R5)
    } else if (speaker.isCircuit()) {
        result = circuitExport(route.asPath, learned, edge.session.kind);
    } else if (edge.session.kind == SessionKind::HubMesh) {
        // R10.2 (LAB dmauser/azure-virtualwan er-failover-dual-hub): 65520 65520 hub to hub.
        result = prepend(route.asPath, hubMeshAsn, hubMeshCopies);
    } else if (speaker.kind == NodeKind::Nva) {
        // R6: replacePrivate rewrites the learned path; prepend adds extra copies.
        const auto &nva = *m_topology.nodes[std::size_t(sender)].as<Nva>();
        const AsPathId path = nva.asPath.replacePrivate
                                  ? withPrivateAsnsReplaced(route.asPath, speaker.asn)
                                  : route.asPath;
        result = prepend(path, speaker.asn, 1 + std::max(0, nva.asPath.prepend));
    } else {
        result = prepend(route.asPath, speaker.asn, 1);
    }
    m_exportCache.emplace(key, result);
    return result;
}

RoutingPolicy::RankKey RoutingPolicy::rank(int speaker, const RouteCandidate &route) const
{
    const SpeakerVertex &vertex = m_graph.vertex(speaker);
    if (route.isLocal())
        return {1, 0, 0, 0};
    if (vertex.kind == NodeKind::VwanHub)
        return hubRank(speaker, route);
    const SpeakerGraph::Edge &edge = m_graph.edges()[std::size_t(route.edge)];
    long long pathLength = (long long)(m_asPaths.length(route.asPath));
    long long sourceClass = 0;
    long long weight = 0;
    if (vertex.kind == NodeKind::ErGateway) {
        // R4: what the circuits give it is what it programs and forwards along; a route from
        // the Route Server it only passes on. Then connection weight, then path length.
        sourceClass = edge.session.kind == SessionKind::ErConnection ? 1 : 0;
        weight = edge.session.weight;
    } else if (vertex.kind == NodeKind::VpnGateway) {
        sourceClass = edge.session.kind == SessionKind::SameVnet ? 0 : 1;
        weight = edge.session.weight;
    } else if (vertex.isCircuit()) {
        // R3 (decision): a route learned over Global Reach loses to one learned directly.
        const bool overGlobalReach = edge.session.kind == SessionKind::GlobalReach;
        sourceClass = overGlobalReach ? 0 : 1;
        if (vertex.kind == NodeKind::Avs) {
            // R8 (revision 2, architecture-network-design-considerations.md: "If you prepend
            // using Private ASN, Azure VMware Solution will ignore the prepend"): the Tier-0
            // ranks routes as its managed circuit hands them over, leading private ASNs
            // removed. (decision) The managed circuit's own choice is the Tier-0's.
            pathLength = (overGlobalReach ? globalReachEdgeCopies : 1)
                         + (long long)(lengthWithoutLeadingPrivateAsns(m_asPaths.path(route.asPath)));
        }
    }
    return {0, sourceClass, weight, -pathLength};
}

AsPathId RoutingPolicy::prepend(AsPathId path, Asn asn, int times)
{
    const auto tail = m_asPaths.path(path);
    std::vector<Asn> result(std::size_t(times), asn);
    result.insert(result.end(), tail.begin(), tail.end());
    return m_asPaths.intern(result);
}

AsPathId RoutingPolicy::withoutLeadingPrivateAsns(AsPathId path)
{
    const auto asns = m_asPaths.path(path);
    const auto firstPublic = std::find_if_not(asns.begin(), asns.end(), isPrivateAsn);
    if (firstPublic == asns.begin())
        return path;
    return m_asPaths.intern(std::span<const Asn>(firstPublic, asns.end()));
}

AsPathId RoutingPolicy::withPrivateAsnsReplaced(AsPathId path, Asn asn)
{
    std::vector<Asn> result = m_asPaths.toVector(path);
    std::replace_if(result.begin(), result.end(), isPrivateAsn, asn);
    return m_asPaths.intern(result);
}

} // namespace avsnet::core
