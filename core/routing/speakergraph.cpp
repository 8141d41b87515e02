// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakergraph.h"

#include "azurelimits.h"

#include <algorithm>
#include <unordered_map>

namespace avsnet::core {

namespace {

bool isSpeakerKind(const Node &node)
{
    // R10.1: a hub's gateways and its router act as one speaker, the hub.
    const NodeKind kind = node.kind();
    return kind != NodeKind::Vnet && kind != NodeKind::Internet && kind != NodeKind::Vwan
           && kind != NodeKind::HubFirewall && node.parentHub().empty();
}

Asn asnOf(const Node &node)
{
    switch (node.kind()) {
    case NodeKind::OnPrem:
        return node.as<OnPremSite>()->asn;
    case NodeKind::ErCircuit:
    case NodeKind::Avs: // its managed circuit faces the gateways; the Tier-0 is 398656
        return microsoftEdgeAsn;
    case NodeKind::ErGateway:
    case NodeKind::RouteServer:
    case NodeKind::VwanHub: // R10.1
        return azureGatewayAsn;
    case NodeKind::VpnGateway: // a hub's VPN gateway is fixed at 65515 (vwan.md)
        return node.parentHub().empty() ? node.as<VpnGateway>()->asn : azureGatewayAsn;
    case NodeKind::Nva:
        return node.as<Nva>()->asn.value_or(0);
    case NodeKind::Vnet:
    case NodeKind::Internet:
    case NodeKind::Vwan:
    case NodeKind::HubFirewall:
        break;
    }
    return 0;
}

} // namespace

SpeakerGraph::SpeakerGraph(const Topology &topology, const std::vector<bool> &nodeActive,
                           const std::vector<bool> &linkActive,
                           const std::vector<std::vector<int>> &vnetsServedBy,
                           const std::vector<SessionState> &downByLimit,
                           const VirtualWanLayout *virtualWan)
    : m_graph(topology.nodes.size())
    , m_vnetHasRouteServer(topology.nodes.size(), false)
    , m_vnetsServedBy(vnetsServedBy)
    , m_rangesServedBy(topology.nodes.size())
{
    static const VirtualWanLayout noVirtualWan;
    m_virtualWan = virtualWan ? virtualWan : &noVirtualWan;
    for (std::size_t vnet = 0; vnet < m_vnetsServedBy.size(); ++vnet) {
        for (const int served : m_vnetsServedBy[vnet]) {
            for (const auto &range :
                 topology.nodes[std::size_t(served)].as<VirtualNetwork>()->addressSpace)
                m_rangesServedBy[vnet].push_back(range.network());
        }
    }
    std::unordered_map<std::string_view, int> indexById;
    for (std::size_t i = 0; i < topology.nodes.size(); ++i)
        indexById.emplace(topology.nodes[i].id, int(i));

    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const Node &node = topology.nodes[i];
        SpeakerVertex &vertex = m_graph[i];
        vertex.node = int(i);
        vertex.kind = node.kind();
        vertex.asn = asnOf(node);
        vertex.speaks = nodeActive[i] && isSpeakerKind(node);
        if (const auto found = indexById.find(node.parentVnet()); found != indexById.end())
            vertex.vnet = found->second;
        if (vertex.speaks && vertex.kind == NodeKind::RouteServer && vertex.vnet >= 0)
            m_vnetHasRouteServer[std::size_t(vertex.vnet)] = true;
    }
    addLinkSessions(topology, linkActive, downByLimit);
    addBranchToBranchSessions(topology);
    addHubMeshSessions();
}

void SpeakerGraph::addHubMeshSessions()
{
    // R10.2 (virtual-wan-faq.md: "All hubs are connected in full mesh in a Standard Virtual
    // WAN").
    const auto &hubs = m_virtualWan->hubs();
    for (std::size_t a = 0; a < hubs.size(); ++a) {
        for (std::size_t b = a + 1; b < hubs.size(); ++b) {
            if (hubs[a].vwan == hubs[b].vwan)
                addSession(hubs[a].node, hubs[b].node, SessionKind::HubMesh, -1, 0, true);
        }
    }
}

std::optional<std::string> SpeakerGraph::hubPeeringProblem(const Topology &topology, int nva,
                                                           int hub) const
{
    // R10.2 (scenario-bgp-peering-hub.md: "The virtual hub router only supports 16-bit (2
    // bytes) ASN."); (decision, vwan.md) the NVA's VNet must be connected to that hub.
    const auto &appliance = *topology.nodes[std::size_t(nva)].as<Nva>();
    if (*appliance.asn > 65535)
        return std::string("a Virtual WAN hub peers only with 16-bit ASNs");
    const HubInfo *connected = m_virtualWan->hubOfVnet(vertex(nva).vnet);
    if (!connected || connected->node != hub)
        return "the NVA's VNet " + appliance.vnet + " has no hub-connection to "
               + topology.nodes[std::size_t(hub)].id;
    return std::nullopt;
}

bool SpeakerGraph::vnetHasRouteServer(int vnet) const
{
    return vnet >= 0 && m_vnetHasRouteServer[std::size_t(vnet)];
}

const std::vector<int> &SpeakerGraph::vnetsServedBy(int vnet) const
{
    static const std::vector<int> none;
    return vnet >= 0 && std::size_t(vnet) < m_vnetsServedBy.size()
               ? m_vnetsServedBy[std::size_t(vnet)]
               : none;
}

const std::vector<Ipv4Prefix> &SpeakerGraph::rangesServedBy(int vnet) const
{
    static const std::vector<Ipv4Prefix> none;
    return vnet >= 0 ? m_rangesServedBy[std::size_t(vnet)] : none;
}

void SpeakerGraph::addSession(int from, int to, SessionKind kind, int link, int weight, bool bgp)
{
    // Both directions; the weight of a connection is applied by the gateway that receives.
    const auto add = [&](int a, int b, int receivedWeight) {
        SessionEdge edge{kind, int(m_edges.size()), link, receivedWeight, bgp};
        boost::add_edge(std::size_t(a), std::size_t(b), edge, m_graph);
        m_edges.push_back({a, b, edge});
    };
    add(from, to, weight);
    add(to, from, weight);
}

void SpeakerGraph::addLinkSessions(const Topology &topology, const std::vector<bool> &linkActive,
                                   const std::vector<SessionState> &downByLimit)
{
    std::unordered_map<std::string_view, int> indexById;
    for (std::size_t i = 0; i < topology.nodes.size(); ++i)
        indexById.emplace(topology.nodes[i].id, int(i));
    std::vector<std::size_t> routeServerPeers(topology.nodes.size(), 0);

    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        if (!linkActive[i])
            continue;
        int from = indexById.at(link.from);
        int to = indexById.at(link.to);
        // R10.1: a connection to a hub gateway is a session of the hub itself.
        const auto hubOrSelf = [&](int node) {
            const HubInfo *hub = topology.nodes[std::size_t(node)].parentHub().empty()
                                     ? nullptr
                                     : m_virtualWan->hubOf(node);
            return hub ? hub->node : node;
        };
        const int fromGateway = from;
        const int toGateway = to;
        from = hubOrSelf(from);
        to = hubOrSelf(to);
        SessionState state{int(i), true, SessionState::DownCause::None, {}};

        const auto down = std::find_if(downByLimit.begin(), downByLimit.end(),
                                       [&](const SessionState &s) { return s.link == int(i); });
        if (down != downByLimit.end()) {
            m_states.push_back(*down);
            continue;
        }

        switch (link.kind()) {
        case LinkKind::ErPeering: {
            if (vertex(from).kind != NodeKind::OnPrem)
                std::swap(from, to);
            // R2: above the prefix limit the private peering session goes down.
            const auto &site = *topology.nodes[std::size_t(from)].as<OnPremSite>();
            const auto &circuit = *topology.nodes[std::size_t(to)].as<ErCircuit>();
            const std::size_t count = site.advertisedPrefixes().size()
                                      + (site.advertiseDefaultRoute ? 1 : 0);
            const std::size_t limit = circuit.sku == CircuitSku::Premium // `local`: standard
                                          ? limits::circuitPrefixesPremium
                                          : limits::circuitPrefixesStandard;
            if (count > limit) {
                state.up = false;
                state.cause = SessionState::DownCause::PrefixLimit;
                state.downReason = "the site advertises " + std::to_string(count)
                                   + " prefixes, above the circuit's limit of "
                                   + std::to_string(limit);
                break;
            }
            addSession(from, to, SessionKind::ErPeering, int(i), 0, true);
            break;
        }
        case LinkKind::ErConnection:
            addSession(from, to, SessionKind::ErConnection, int(i),
                       link.as<ErConnectionLink>()->weight, true);
            break;
        case LinkKind::GlobalReach:
            addSession(from, to, SessionKind::GlobalReach, int(i), 0, true);
            break;
        case LinkKind::VpnConnection: {
            // A gateway with BGP off runs every connection on static routes, whatever the
            // connection says (the gateway's BGP setting enables BGP on it at all,
            // articles/vpn-gateway/bgp-howto.md).
            const auto &connection = *link.as<VpnConnectionLink>();
            const int gateway
                = topology.nodes[std::size_t(fromGateway)].kind() == NodeKind::VpnGateway
                      ? fromGateway
                      : toGateway;
            const auto &vpn = *topology.nodes[std::size_t(gateway)].as<VpnGateway>();
            const bool gatewayBgp = vpn.bgp || !vpn.hub.empty(); // a hub gateway always runs BGP
            addSession(from, to, SessionKind::VpnConnection, int(i), connection.weight,
                       connection.bgp && gatewayBgp);
            break;
        }
        case LinkKind::BgpSession: {
            if (vertex(from).kind != NodeKind::Nva)
                std::swap(from, to);
            const auto &nva = *topology.nodes[std::size_t(from)].as<Nva>();
            if (!nva.asn) {
                state.up = false;
                state.cause = SessionState::DownCause::AsnRule;
                state.downReason = "the NVA has no ASN";
                break;
            }
            if (vertex(to).kind == NodeKind::VpnGateway
                && !topology.nodes[std::size_t(to)].as<VpnGateway>()->bgp) {
                state.up = false;
                state.cause = SessionState::DownCause::BgpOff;
                state.downReason = "the VPN gateway has BGP off";
                break;
            }
            if (vertex(to).kind == NodeKind::VwanHub) {
                if (auto problem = hubPeeringProblem(topology, from, to)) {
                    state.up = false;
                    state.cause = SessionState::DownCause::AsnRule;
                    state.downReason = std::move(*problem);
                    break;
                }
            }
            if (vertex(to).kind == NodeKind::RouteServer) {
                // Route Server limits: 8 peers, 16-bit peer ASNs only (route-server-faq.md).
                if (*nva.asn > 65535) {
                    state.up = false;
                    state.cause = SessionState::DownCause::AsnRule;
                    state.downReason = "a Route Server peers only with 16-bit ASNs";
                    break;
                }
                if (++routeServerPeers[std::size_t(to)] > limits::routeServerPeers) {
                    state.up = false;
                    state.cause = SessionState::DownCause::PeerLimit;
                    state.downReason = "the Route Server already has "
                                       + std::to_string(limits::routeServerPeers) + " peers";
                    break;
                }
            }
            addSession(from, to, SessionKind::BgpPeer, int(i), 0, true);
            break;
        }
        case LinkKind::VnetPeering:
        case LinkKind::HubConnection: // the hub originates the VNet's ranges (R10.2)
            continue; // not a BGP session
        }
        m_states.push_back(state);
    }
}

void SpeakerGraph::addBranchToBranchSessions(const Topology &topology)
{
    // R6: with branch-to-branch on, the Route Server exchanges routes with every gateway of
    // its VNet. R5: a VPN gateway takes part only when active-active with ASN 65515
    // (articles/route-server/expressroute-vpn-support.md).
    for (std::size_t server = 0; server < topology.nodes.size(); ++server) {
        const SpeakerVertex &serverVertex = vertex(int(server));
        if (!serverVertex.speaks || serverVertex.kind != NodeKind::RouteServer)
            continue;
        if (!topology.nodes[server].as<RouteServer>()->branchToBranch)
            continue;
        for (std::size_t gateway = 0; gateway < topology.nodes.size(); ++gateway) {
            const SpeakerVertex &gatewayVertex = vertex(int(gateway));
            if (!gatewayVertex.speaks || gatewayVertex.vnet != serverVertex.vnet)
                continue;
            if (gatewayVertex.kind == NodeKind::VpnGateway) {
                const auto &vpn = *topology.nodes[gateway].as<VpnGateway>();
                if (!vpn.bgp || !vpn.activeActive || vpn.asn != azureGatewayAsn)
                    continue;
            } else if (gatewayVertex.kind != NodeKind::ErGateway) {
                continue;
            }
            addSession(int(server), int(gateway), SessionKind::SameVnet, -1, 0, true);
        }
    }
}

} // namespace avsnet::core
