// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "model/topology.h"
#include "virtualwan.h"

#include <boost/graph/adjacency_list.hpp>

#include <string>
#include <vector>

namespace avsnet::core {

// The kind of BGP session an edge of the speaker graph stands for.
enum class SessionKind {
    ErPeering,     // on-prem customer edge <-> circuit (MSEE)
    ErConnection,  // circuit or AVS managed circuit <-> ER gateway
    GlobalReach,   // circuit <-> circuit (either may be an AVS managed circuit)
    VpnConnection, // VPN gateway <-> on-prem site
    BgpPeer,       // NVA <-> Route Server, VPN gateway or NVA
    SameVnet,      // Route Server <-> a gateway of its VNet (branch-to-branch only)
    HubMesh,       // Virtual WAN hub <-> another hub of its vwan (R10.2)
};

// Well-known ASNs (routing.md, "Speakers and their ASNs").
inline constexpr Asn microsoftEdgeAsn = 12076;
// R2 (observed, LAB adstuart/azure-expressroute-globalreach-avs): a route learned over Global
// Reach leaves a circuit towards a gateway or a customer edge with 12076 three times.
inline constexpr int globalReachEdgeCopies = 3;
inline constexpr Asn azureGatewayAsn = 65515;
inline constexpr Asn avsAsn = 398656; // (decision) the AVS management ASN seen in practice

struct SpeakerVertex
{
    int node = -1;
    NodeKind kind = NodeKind::Internet;
    Asn asn = 0;
    int vnet = -1;       // node index of the VNet for gateways, Route Servers and NVAs
    bool speaks = false; // an active node of a BGP-speaking kind

    // Circuits and AVS (its managed circuit) share the MSEE behaviour of R2.
    bool isCircuit() const { return kind == NodeKind::ErCircuit || kind == NodeKind::Avs; }
};

// One direction of a session. Every session is two edges, one each way.
struct SessionEdge
{
    SessionKind kind = SessionKind::ErPeering;
    int index = -1;   // position in SpeakerGraph::edges()
    int link = -1;    // the link it comes from; -1 for SameVnet sessions
    int weight = 0;   // connection weight, applied by the receiving gateway
    bool bgp = true;  // false: a static VPN connection
};

using SessionGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                           SpeakerVertex, SessionEdge>;

// The BGP speakers of a design and the sessions between them, built from the active nodes
// and links. Sessions a rule takes down (prefix limit on a circuit, Route Server peer limit,
// ASN rules, a VPN gateway without BGP) are left out here and reported in `sessionStates`,
// as are the `downByLimit` sessions an earlier propagation found over a limit.
class SpeakerGraph
{
public:
    struct Edge
    {
        int from = -1;
        int to = -1;
        SessionEdge session;
    };

    // `vnetsServedBy[v]` lists the VNets whose gateways live in VNet v: v itself and its
    // spokes using remote gateways (empty for a VNet without gateways).
    SpeakerGraph(const Topology &topology, const std::vector<bool> &nodeActive,
                 const std::vector<bool> &linkActive,
                 const std::vector<std::vector<int>> &vnetsServedBy,
                 const std::vector<SessionState> &downByLimit = {},
                 const VirtualWanLayout *virtualWan = nullptr);

    const SessionGraph &graph() const { return m_graph; }
    const SpeakerVertex &vertex(int node) const { return m_graph[std::size_t(node)]; }
    const std::vector<Edge> &edges() const { return m_edges; }
    int vertexCount() const { return int(boost::num_vertices(m_graph)); }
    const std::vector<SessionState> &sessionStates() const { return m_states; }
    // Whether a VNet holds an active Route Server (R2: its ER gateway then drops 65515).
    bool vnetHasRouteServer(int vnet) const;
    // The VNets served by the gateways of VNet `vnet`, and their address ranges.
    const std::vector<int> &vnetsServedBy(int vnet) const;
    const std::vector<Ipv4Prefix> &rangesServedBy(int vnet) const;
    // The Virtual WAN part of the design (never null; empty without hubs).
    const VirtualWanLayout &virtualWan() const { return *m_virtualWan; }

private:
    void addSession(int from, int to, SessionKind kind, int link, int weight, bool bgp);
    void addLinkSessions(const Topology &topology, const std::vector<bool> &linkActive,
                         const std::vector<SessionState> &downByLimit);
    void addBranchToBranchSessions(const Topology &topology);
    void addHubMeshSessions();
    // R10.2: an NVA peering with a hub; nothing when the session may come up.
    std::optional<std::string> hubPeeringProblem(const Topology &topology, int nva, int hub) const;

    SessionGraph m_graph;
    std::vector<Edge> m_edges;
    std::vector<SessionState> m_states;
    std::vector<bool> m_vnetHasRouteServer;
    std::vector<std::vector<int>> m_vnetsServedBy;
    std::vector<std::vector<Ipv4Prefix>> m_rangesServedBy;
    const VirtualWanLayout *m_virtualWan = nullptr;
};

} // namespace avsnet::core
