// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "aspathpool.h"
#include "bgptable.h"
#include "effectiveroutetable.h"
#include "model/topology.h"
#include "programmedroutes.h"
#include "virtualwan.h"

#include <array>
#include <map>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace avsnet::core {

// A BGP session the engine set up from a link, and whether it carries routes.
struct SessionState
{
    enum class DownCause {
        None,
        PrefixLimit,           // R2: an on-prem site above the circuit's prefix limit
        PeerLimit,             // R6: a Route Server's ninth peer
        RouteServerRouteLimit, // R6: an NVA announcing more than 4,000 routes
        GatewayRouteLimit,     // R4: an ER gateway advertising more than 1,000 routes
        VpnRouteLimit,         // R5: a VPN site sending more than 4,000 prefixes
        AsnRule,               // an ASN Azure does not peer with (reserved-asn reports it)
        BgpOff,                // a VPN gateway with BGP off runs no BGP session
        HubRouteLimit,         // R10.2: a Virtual WAN hub above 10,000 routes
    };
    int link = -1;
    bool up = true;
    DownCause cause = DownCause::None;
    std::string downReason; // why not, for findings and tooltips

    // A limit took it down after routes were counted (propagation ran again without it).
    bool downByLimit() const
    {
        return cause == DownCause::PrefixLimit || cause == DownCause::RouteServerRouteLimit
               || cause == DownCause::GatewayRouteLimit || cause == DownCause::VpnRouteLimit
               || cause == DownCause::HubRouteLimit;
    }
};

// A route the engine refused, kept for findings and for explaining a missing route.
struct RouteDrop
{
    int node = -1;     // the speaker that dropped it
    int from = -1;     // the neighbour that sent it
    Ipv4Prefix prefix;
    AsPathId asPath = AsPathPool::emptyPath;
    std::string reason;
    int link = -1; // the link it came over; -1 between a VNet's gateways and Route Server
};

struct PropagationBasis;

// How an analysis came about: from scratch, or from the one before an edit with only the
// prefixes the edit can change propagated again.
struct AnalysisProvenance
{
    bool incremental = false;
    std::size_t prefixes = 0;      // prefixes propagated in all
    std::size_t prefixesRerun = 0; // of those, propagated again (all of them when not incremental)
};

// Everything the engine computed for one design: every speaker's BGP table, every subnet's
// effective routes and the findings. Immutable once built; it keeps its own reference to
// the topology, so the designer can hand it between threads.
class Analysis
{
public:
    const Topology &topology() const { return *m_topology; }
    const std::shared_ptr<const Topology> &sharedTopology() const { return m_topology; }
    const AsPathPool &asPaths() const { return m_asPaths; }
    const std::vector<Finding> &findings() const { return m_findings; }
    const std::vector<RouteDrop> &drops() const { return m_drops; }

    // Node index by id; -1 when unknown.
    int nodeIndex(std::string_view id) const;
    // The BGP table of a speaker node, as the engine keeps it (paths as received).
    const BgpTable &bgpTable(int node) const;
    // The effective routes of one subnet of a VNet node.
    EffectiveRouteTable effectiveRoutes(int vnetNode, int subnetIndex) const;
    // The BGP set programmed into a VNet, shared with the VNets that use the same gateways;
    // null when none.
    std::shared_ptr<const ProgrammedRouteSet> programmedRoutes(int vnetNode) const;
    // The VNet whose gateways and Route Server a VNet uses (itself, a hub, or -1).
    int gatewayVnet(int vnetNode) const;
    // The active ExpressRoute and VPN gateways a VNet uses (its own or its hub's); -1: none.
    struct GatewaysOfVnet
    {
        int expressRoute = -1;
        int vpn = -1;
    };
    GatewaysOfVnet gatewaysUsedBy(int vnetNode) const;
    // Whether a node or link takes part (not disabled, both ends present and enabled).
    bool isNodeActive(int node) const;
    bool isLinkActive(int link) const;
    // The active peerings of a VNet.
    const std::vector<VnetPeer> &peers(int vnetNode) const { return m_peers[std::size_t(vnetNode)]; }
    // BGP sessions built from links, with the ones a limit or rule took down.
    const std::vector<SessionState> &sessions() const { return m_sessions; }
    // Why each link's BGP session is down (a route limit, an ASN Azure refuses), by link id,
    // for the canvas and the exports. A VPN gateway with BGP off runs static connections:
    // those are not down.
    std::map<std::string, std::string> downLinks() const;
    // Prefixes announced over a link: [0] from `from` to `to`, [1] the other way.
    const std::array<std::size_t, 2> &announced(int link) const
    {
        return m_announced[std::size_t(link)];
    }
    // Prefixes whose propagation did not settle (R9 `no-convergence`).
    const std::vector<Ipv4Prefix> &unconverged() const { return m_unconverged; }
    // The Virtual WAN hubs, their gateways, firewalls and connections (R10).
    const VirtualWanLayout &virtualWan() const { return *m_virtualWan; }
    const AnalysisProvenance &provenance() const { return m_provenance; }

private:
    friend class AnalysisBuilder;

    std::shared_ptr<const Topology> m_topology;
    std::unordered_map<std::string, int> m_nodeIndex;
    AsPathPool m_asPaths;
    // Per node; shared with the analysis before an edit where the edit left a table alone.
    std::vector<std::shared_ptr<const BgpTable>> m_bgpTables;
    std::vector<std::shared_ptr<const ProgrammedRouteSet>> m_programmed; // per node (VNets)
    std::vector<std::vector<EffectiveRoute>> m_systemRoutes; // per node (VNets)
    std::vector<int> m_gatewayVnet;                          // per node (VNets)
    std::vector<GatewaysOfVnet> m_ownGateways;               // per node (VNets): inside it
    std::vector<std::vector<VnetPeer>> m_peers;              // per node (VNets)
    std::vector<std::array<std::size_t, 2>> m_announced;     // per link
    std::vector<Ipv4Prefix> m_unconverged;
    std::vector<bool> m_nodeActive;
    std::vector<bool> m_linkActive;
    std::shared_ptr<const VirtualWanLayout> m_virtualWan;
    std::vector<SessionState> m_sessions;
    std::vector<RouteDrop> m_drops;
    std::vector<Finding> m_findings;
    // What the next analysis may start from; null when it must start afresh.
    std::shared_ptr<const PropagationBasis> m_basis;
    AnalysisProvenance m_provenance;
};

// The engine: a pure function of the design. Same input, same output; no hidden state.
std::shared_ptr<const Analysis> analyze(std::shared_ptr<const Topology> topology);
std::shared_ptr<const Analysis> analyze(const Topology &topology);

// The same result as analyze(topology), computed from the analysis of the design before an
// edit: only the prefixes the edit can change propagate again. Falls back to a full run
// where the edit removed or reordered nodes or links, touches a Virtual WAN, moves a route
// limit, or changes more than `fullRunAbove` of the prefixes ((decision) 0.5 by default,
// where merging costs about what it saves; tests pass 1 to exercise the incremental path on
// small designs). docs/routing.md explains why the result is the same.
std::shared_ptr<const Analysis> reanalyze(const std::shared_ptr<const Analysis> &previous,
                                          std::shared_ptr<const Topology> topology,
                                          double fullRunAbove = 0.5);

} // namespace avsnet::core
