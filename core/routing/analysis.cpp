// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "analysis/findings.h"
#include "azurelimits.h"
#include "hubtables.h"
#include "incrementalpropagation.h"
#include "model/linkrules.h"
#include "propagation.h"
#include "propagationrecording.h"
#include "speakergraph.h"

#include <algorithm>

namespace avsnet::core {

// Runs the engine's stages in order on one topology and fills an Analysis. Each stage is a
// function of the stages before it; nothing here outlives build().
class AnalysisBuilder
{
public:
    // `recording`, when given, receives the events of the propagation the analysis keeps.
    explicit AnalysisBuilder(std::shared_ptr<const Topology> topology,
                             PropagationRecording *recording = nullptr)
        : m_analysis(std::make_shared<Analysis>())
        , m_recording(recording)
    {
        m_analysis->m_topology = std::move(topology);
    }

    // Builds from the analysis before an edit where it can (see reanalyze()).
    AnalysisBuilder(std::shared_ptr<const Topology> topology,
                    std::shared_ptr<const Analysis> previous, double fullRunAbove)
        : AnalysisBuilder(std::move(topology))
    {
        m_previous = std::move(previous);
        m_fullRunAbove = fullRunAbove;
    }

    std::shared_ptr<const Analysis> build()
    {
        indexNodes();
        decideWhatTakesPart();
        findOwnGateways();
        decideGatewayVnets();
        propagate();
        programSubnets();
        m_analysis->m_findings = collectFindings(*m_analysis);
        if (m_recording)
            m_recording->graph = m_graph;
        return m_analysis;
    }

private:
    const Topology &topology() const { return *m_analysis->m_topology; }

    void indexNodes()
    {
        auto &index = m_analysis->m_nodeIndex;
        index.reserve(topology().nodes.size());
        for (std::size_t i = 0; i < topology().nodes.size(); ++i)
            index.emplace(topology().nodes[i].id, int(i));
    }

    void decideWhatTakesPart()
    {
        // Disabled nodes and links take part in nothing (R8); a gateway, Route Server or NVA
        // lives and dies with its VNet; a link must fit its ends.
        const auto &nodes = topology().nodes;
        auto &nodeActive = m_analysis->m_nodeActive;
        nodeActive.assign(nodes.size(), false);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const Node &node = nodes[i];
            bool active = !node.disabled;
            if (const std::string &vnet = node.parentVnet(); !vnet.empty()) {
                const int parent = m_analysis->nodeIndex(vnet);
                active = active && parent >= 0 && !nodes[std::size_t(parent)].disabled
                         && nodes[std::size_t(parent)].kind() == NodeKind::Vnet;
            }
            nodeActive[i] = active;
        }
        const auto &links = topology().links;
        auto &linkActive = m_analysis->m_linkActive;
        linkActive.assign(links.size(), false);
        for (std::size_t i = 0; i < links.size(); ++i) {
            const Link &link = links[i];
            const int from = m_analysis->nodeIndex(link.from);
            const int to = m_analysis->nodeIndex(link.to);
            linkActive[i] = !link.disabled && from >= 0 && to >= 0 && from != to
                            && nodeActive[std::size_t(from)] && nodeActive[std::size_t(to)]
                            && linkFits(link.kind(), nodes[std::size_t(from)].kind(),
                                        nodes[std::size_t(to)].kind());
        }
        // R10: hubs, their gateways and firewalls, and the spoke rules of R10.9.
        m_analysis->m_virtualWan
            = std::make_shared<VirtualWanLayout>(topology(), nodeActive, linkActive);
    }

    // The first active ExpressRoute and VPN gateway inside each VNet, found once: findings
    // and effective routes ask gatewaysUsedBy() for every VNet.
    void findOwnGateways()
    {
        const auto &nodes = topology().nodes;
        auto &own = m_analysis->m_ownGateways;
        own.assign(nodes.size(), {});
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const Node &node = nodes[i];
            if (!m_analysis->m_nodeActive[i] || node.parentVnet().empty())
                continue;
            auto &gateways = own[std::size_t(m_analysis->nodeIndex(node.parentVnet()))];
            if (node.kind() == NodeKind::VpnGateway && gateways.vpn < 0)
                gateways.vpn = int(i);
            else if (node.kind() == NodeKind::ErGateway && gateways.expressRoute < 0)
                gateways.expressRoute = int(i);
        }
    }

    void decideGatewayVnets()
    {
        const auto &nodes = topology().nodes;
        std::vector<bool> hasGateways(nodes.size(), false);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const NodeKind kind = nodes[i].kind();
            if (m_analysis->m_nodeActive[i] && !nodes[i].parentVnet().empty()
                && (kind == NodeKind::ErGateway || kind == NodeKind::VpnGateway
                    || kind == NodeKind::RouteServer))
                hasGateways[std::size_t(m_analysis->nodeIndex(nodes[i].parentVnet()))] = true;
        }
        auto &gatewayVnet = m_analysis->m_gatewayVnet;
        gatewayVnet.assign(nodes.size(), -1);
        m_analysis->m_peers.assign(nodes.size(), {});
        m_vnetsServedBy.assign(nodes.size(), {});
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (hasGateways[i])
                gatewayVnet[i] = int(i);
        }
        for (std::size_t i = 0; i < topology().links.size(); ++i) {
            const Link &link = topology().links[i];
            if (!m_analysis->m_linkActive[i] || link.kind() != LinkKind::VnetPeering)
                continue;
            const int from = m_analysis->nodeIndex(link.from);
            const int to = m_analysis->nodeIndex(link.to);
            m_analysis->m_peers[std::size_t(from)].push_back({to, int(i)});
            m_analysis->m_peers[std::size_t(to)].push_back({from, int(i)});
            // `from` uses the gateways of `to` only when `to` has some and `from` has none;
            // Azure refuses the other cases (R9 `remote-gateway` reports them). The first
            // such peering of a VNet counts.
            // R10.9: a VNet connected to a Virtual WAN hub uses no remote gateways.
            if (link.as<VnetPeeringLink>()->useRemoteGateways && hasGateways[std::size_t(to)]
                && gatewayVnet[std::size_t(from)] < 0
                && !m_analysis->m_virtualWan->hubOfVnet(from))
                gatewayVnet[std::size_t(from)] = to;
        }
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (gatewayVnet[i] >= 0)
                m_vnetsServedBy[std::size_t(gatewayVnet[i])].push_back(int(i));
        }
    }

    // Sessions whose route count, just propagated, is over an Azure limit that takes them
    // down (R4, R5, R6). Counted per edge as the receiver got them, refused ones included.
    // `tables` are the propagated tables by node (only hubs are read).
    std::vector<SessionState> sessionsOverLimits(const std::vector<std::size_t> &announcedPerEdge,
                                                 const std::vector<std::vector<BgpRoute>> &tables) const
    {
        std::vector<SessionState> down;
        const auto over = [&](const SpeakerGraph::Edge &edge, std::size_t limit) {
            return announcedPerEdge[std::size_t(edge.session.index)] > limit;
        };
        for (const auto &edge : m_graph->edges()) {
            const NodeKind sender = m_graph->vertex(edge.from).kind;
            const NodeKind receiver = m_graph->vertex(edge.to).kind;
            const std::string count = std::to_string(
                announcedPerEdge[std::size_t(edge.session.index)]);
            if (sender == NodeKind::Nva && receiver == NodeKind::RouteServer
                && over(edge, limits::routeServerRoutesPerPeer)) {
                // R6: the Route Server drops the session and withdraws all its routes.
                down.push_back({edge.session.link, false,
                                SessionState::DownCause::RouteServerRouteLimit,
                                "the NVA announces " + count + " routes, above the Route "
                                "Server's limit of " + std::to_string(limits::routeServerRoutesPerPeer)
                                    + " per peer, so the Route Server drops the session"});
            } else if (sender == NodeKind::ErGateway && edge.session.kind == SessionKind::ErConnection
                       && over(edge, limits::gatewayRoutesToCircuit)) {
                // R4 (revision 2, expressroute-faqs.md): the connection disconnects, with
                // every VNet that uses the gateway.
                down.push_back({edge.session.link, false,
                                SessionState::DownCause::GatewayRouteLimit,
                                "the gateway advertises " + count + " routes to the circuit, above "
                                "the limit of " + std::to_string(limits::gatewayRoutesToCircuit)
                                    + ", so Azure disconnects the connection"});
            } else if (sender == NodeKind::OnPrem && receiver == NodeKind::VpnGateway
                       && edge.session.bgp && over(edge, limits::vpnSitePrefixes)) {
                // R5 (revision 2, vpn-gateway-vpn-faq.md): the BGP session goes down.
                down.push_back({edge.session.link, false, SessionState::DownCause::VpnRouteLimit,
                                "the site sends " + count + " prefixes, above the VPN gateway's "
                                "limit of " + std::to_string(limits::vpnSitePrefixes)
                                    + " per BGP session, so the session goes down"});
            }
        }
        // R10.2: a Virtual WAN hub above its route limit drops NVA sessions.
        appendHubRouteLimitSessions(topology(), *m_graph, tables, down);
        return down;
    }

    // The step-through opens a run with the sessions earlier runs took down, and why.
    PropagationEvent sessionDownEvent(const SessionState &down) const
    {
        const Link &link = topology().links[std::size_t(down.link)];
        PropagationEvent event;
        event.kind = PropagationEvent::Kind::SessionDown;
        event.from = m_analysis->nodeIndex(link.from);
        event.to = m_analysis->nodeIndex(link.to);
        event.link = down.link;
        event.reason = down.downReason;
        return event;
    }

    void propagate()
    {
        if (m_previous && propagateFromPrevious())
            return;
        propagateInFull();
    }

    // Reuses the previous analysis's propagation for every prefix the edit cannot change
    // (incrementalpropagation.h). False, with nothing kept, where it cannot: then a full run
    // follows.
    bool propagateFromPrevious()
    {
        const Analysis &previous = *m_previous;
        // Route limits (R4, R5, R6, R10.2) take sessions down in rounds over the whole
        // design, and the Virtual WAN hub rules read whole tables: both run in full.
        if (!previous.m_basis || m_recording || hasVirtualWan(topology()))
            return false;
        auto graph = std::make_shared<const SpeakerGraph>(
            topology(), m_analysis->m_nodeActive, m_analysis->m_linkActive, m_vnetsServedBy,
            std::vector<SessionState>{}, m_analysis->m_virtualWan.get());
        // The kept rows carry the previous pool's path ids; new paths are added to a copy.
        m_analysis->m_asPaths = previous.m_asPaths;
        RoutingPolicy policy(topology(), *graph, m_analysis->m_asPaths);
        auto originations = policy.originations();
        auto outcome = propagateIncrementally({previous.topology(), *previous.m_basis,
                                               previous.m_bgpTables, previous.m_drops,
                                               previous.m_unconverged},
                                              topology(), *graph, policy, originations,
                                              m_fullRunAbove);
        if (!outcome)
            return false;
        m_graph = graph;
        if (!sessionsOverLimits(outcome->announcedPerEdge, {}).empty())
            return false;

        m_analysis->m_bgpTables = std::move(outcome->tables);
        m_analysis->m_drops = std::move(outcome->drops);
        m_analysis->m_unconverged = std::move(outcome->unconverged);
        m_analysis->m_provenance = {true, outcome->footprints.size(),
                                    outcome->rerunPrefixes.size()};
        m_rerunPrefixes = std::move(outcome->rerunPrefixes);
        keepResults(outcome->announcedPerEdge);
        keepBasis(std::move(originations), std::move(outcome->announcedPerEdge),
                  std::move(outcome->footprints));
        return true;
    }

    void propagateInFull()
    {
        // R4, R5, R6: some limits take a session down only once its routes are counted, and
        // the routes it carried disappear with it; propagate again without those sessions
        // until none is left to take down.
        std::vector<SessionState> downByLimit;
        std::vector<Origination> originations;
        for (;;) {
            m_graph = std::make_shared<const SpeakerGraph>(
                topology(), m_analysis->m_nodeActive, m_analysis->m_linkActive, m_vnetsServedBy,
                downByLimit, m_analysis->m_virtualWan.get());
            m_analysis->m_asPaths = AsPathPool();
            RoutingPolicy policy(topology(), *m_graph, m_analysis->m_asPaths);
            originations = policy.originations();
            RoutePropagation propagation(*m_graph, policy);
            // Events only when recording; a later run replaces the earlier one's.
            RoutePropagation::EventSink sink;
            if (m_recording) {
                m_recording->events.clear();
                sink = [this](const PropagationEvent &event) {
                    m_recording->events.push_back(event);
                };
                for (const SessionState &down : downByLimit)
                    m_recording->events.push_back(sessionDownEvent(down));
            }
            m_result = propagation.run(originations, sink);
            const auto newlyDown = sessionsOverLimits(m_result.announcedPerEdge, m_result.tables);
            if (newlyDown.empty())
                break;
            downByLimit.insert(downByLimit.end(), newlyDown.begin(), newlyDown.end());
        }

        auto &tables = m_analysis->m_bgpTables;
        tables.clear();
        for (auto &routes : m_result.tables)
            tables.push_back(std::make_shared<const BgpTable>(std::move(routes)));
        m_analysis->m_drops = std::move(m_result.drops);
        m_analysis->m_unconverged = std::move(m_result.unconverged);
        const std::size_t prefixes = m_result.footprints.size();
        m_analysis->m_provenance = {false, prefixes, prefixes};
        keepResults(m_result.announcedPerEdge);
        // A run that took sessions down by a limit, or a Virtual WAN, is no basis for the
        // next one (see propagateFromPrevious).
        if (downByLimit.empty() && !hasVirtualWan(topology()))
            keepBasis(std::move(originations), std::move(m_result.announcedPerEdge),
                      std::move(m_result.footprints));
    }

    void keepResults(const std::vector<std::size_t> &announcedPerEdge)
    {
        m_analysis->m_sessions = m_graph->sessionStates();
        m_analysis->m_announced.assign(topology().links.size(), {0, 0});
        for (const auto &edge : m_graph->edges()) {
            if (edge.session.link < 0)
                continue;
            const Link &link = topology().links[std::size_t(edge.session.link)];
            const bool forward = topology().nodes[std::size_t(edge.from)].id == link.from;
            m_analysis->m_announced[std::size_t(edge.session.link)][forward ? 0 : 1] =
                announcedPerEdge[std::size_t(edge.session.index)];
        }
    }

    void keepBasis(std::vector<Origination> originations, std::vector<std::size_t> announcedPerEdge,
                   PrefixFootprints footprints)
    {
        auto basis = std::make_shared<PropagationBasis>();
        basis->graph = m_graph;
        basis->originations = std::move(originations);
        basis->announcedPerEdge = std::move(announcedPerEdge);
        basis->footprints = std::move(footprints);
        m_analysis->m_basis = std::move(basis);
    }

    static bool hasVirtualWan(const Topology &topology)
    {
        return std::any_of(topology.nodes.begin(), topology.nodes.end(), [](const Node &node) {
            const NodeKind kind = node.kind();
            return kind == NodeKind::Vwan || kind == NodeKind::VwanHub
                   || kind == NodeKind::HubFirewall;
        });
    }

    // After an incremental propagation, whether the gateways of VNet `hub` program what they
    // did except for the prefixes propagated again: the same speakers with the same settings,
    // serving the same VNets with the same ranges.
    bool programmingUnchanged(int hub) const
    {
        // A VNet the edit added has no previous set.
        if (!m_analysis->m_provenance.incremental
            || std::size_t(hub) >= m_previous->m_programmed.size()
            || !m_previous->m_programmed[std::size_t(hub)])
            return false;
        const Topology &before = m_previous->topology();
        const auto &served = m_vnetsServedBy[std::size_t(hub)];
        std::vector<int> servedBefore;
        for (std::size_t vnet = 0; vnet < m_previous->m_gatewayVnet.size(); ++vnet) {
            if (m_previous->m_gatewayVnet[vnet] == hub)
                servedBefore.push_back(int(vnet));
        }
        if (served != servedBefore)
            return false;
        for (const int vnet : served) {
            if (before.nodes[std::size_t(vnet)].as<VirtualNetwork>()->addressSpace
                != topology().nodes[std::size_t(vnet)].as<VirtualNetwork>()->addressSpace)
                return false;
        }
        const SpeakerGraph &graphBefore = *m_previous->m_basis->graph;
        for (int node = 0; node < graphBefore.vertexCount(); ++node) {
            const SpeakerVertex &old = graphBefore.vertex(node);
            const SpeakerVertex &now = m_graph->vertex(node);
            if ((old.vnet != hub || !old.speaks) && (now.vnet != hub || !now.speaks))
                continue;
            if (old.vnet != now.vnet || old.speaks != now.speaks
                || before.nodes[std::size_t(node)].data != topology().nodes[std::size_t(node)].data)
                return false;
        }
        // Speakers added by the edit come after the previous ones.
        for (int node = graphBefore.vertexCount(); node < m_graph->vertexCount(); ++node) {
            if (m_graph->vertex(node).speaks && m_graph->vertex(node).vnet == hub)
                return false;
        }
        return true;
    }

    // Whether every speaker of VNet `hub` kept its previous table (the edit reached none).
    bool speakerTablesShared(int hub) const
    {
        for (int node = 0; node < m_graph->vertexCount(); ++node) {
            const SpeakerVertex &speaker = m_graph->vertex(node);
            if (speaker.speaks && speaker.vnet == hub
                && m_analysis->m_bgpTables[std::size_t(node)]
                       != m_previous->m_bgpTables[std::size_t(node)])
                return false;
        }
        return true;
    }

    void programSubnets()
    {
        const auto &nodes = topology().nodes;
        m_analysis->m_programmed.assign(nodes.size(), nullptr);
        m_analysis->m_systemRoutes.assign(nodes.size(), {});
        for (std::size_t hub = 0; hub < nodes.size(); ++hub) {
            const auto &served = m_vnetsServedBy[hub];
            if (served.empty())
                continue;
            // One set for the hub and all its spokes: shared, never copied per subnet.
            const bool unchanged = programmingUnchanged(int(hub));
            const auto set = unchanged && speakerTablesShared(int(hub))
                                 ? m_previous->m_programmed[hub]
                             : unchanged
                                 ? reprogrammedRoutes(*m_previous->m_programmed[hub],
                                                      m_rerunPrefixes, topology(), *m_graph,
                                                      m_analysis->m_bgpTables,
                                                      m_analysis->m_asPaths, int(hub), served)
                                 : programmedRoutes(topology(), *m_graph, m_analysis->m_bgpTables,
                                                    m_analysis->m_asPaths, int(hub), served);
            for (const int vnet : served)
                m_analysis->m_programmed[std::size_t(vnet)] = set;
        }
        // R10.10: a VNet connected to a Virtual WAN hub gets what the hub programs.
        programHubSpokes(*m_analysis, m_analysis->m_programmed);
        for (std::size_t vnet = 0; vnet < nodes.size(); ++vnet) {
            if (nodes[vnet].kind() == NodeKind::Vnet && m_analysis->m_nodeActive[vnet]) {
                m_analysis->m_systemRoutes[vnet] =
                    systemRoutes(topology(), int(vnet), m_analysis->m_peers[vnet]);
                addHubSystemRoutes(*m_analysis, int(vnet), m_analysis->m_systemRoutes[vnet]);
            }
        }
    }

    std::shared_ptr<Analysis> m_analysis;
    PropagationRecording *m_recording = nullptr;
    std::shared_ptr<const Analysis> m_previous;
    double m_fullRunAbove = 0.5;
    std::vector<Ipv4Prefix> m_rerunPrefixes; // after an incremental propagation
    std::vector<std::vector<int>> m_vnetsServedBy;
    std::shared_ptr<const SpeakerGraph> m_graph;
    PropagationResult m_result;
};

std::map<std::string, std::string> Analysis::downLinks() const
{
    std::map<std::string, std::string> down;
    for (const SessionState &session : m_sessions) {
        if (session.up || session.link < 0 || session.cause == SessionState::DownCause::BgpOff)
            continue;
        down.emplace(topology().links[std::size_t(session.link)].id, session.downReason);
    }
    return down;
}

int Analysis::nodeIndex(std::string_view id) const
{
    const auto found = m_nodeIndex.find(std::string(id));
    return found == m_nodeIndex.end() ? -1 : found->second;
}

const BgpTable &Analysis::bgpTable(int node) const
{
    static const BgpTable empty;
    return node >= 0 && std::size_t(node) < m_bgpTables.size() ? *m_bgpTables[std::size_t(node)]
                                                               : empty;
}

std::shared_ptr<const ProgrammedRouteSet> Analysis::programmedRoutes(int vnetNode) const
{
    return m_programmed[std::size_t(vnetNode)];
}

int Analysis::gatewayVnet(int vnetNode) const
{
    return m_gatewayVnet[std::size_t(vnetNode)];
}

bool Analysis::isNodeActive(int node) const
{
    return node >= 0 && m_nodeActive[std::size_t(node)];
}

bool Analysis::isLinkActive(int link) const
{
    return link >= 0 && m_linkActive[std::size_t(link)];
}

EffectiveRouteTable Analysis::effectiveRoutes(int vnetNode, int subnetIndex) const
{
    const auto &network = *topology().nodes[std::size_t(vnetNode)].as<VirtualNetwork>();
    const Subnet &subnet = network.subnets[std::size_t(subnetIndex)];
    const RouteTable *table = subnet.routeTable.empty() ? nullptr
                                                        : network.routeTable(subnet.routeTable);
    // R7: no BGP route at all when the route table disables propagation.
    auto bgp = table && table->disableBgpRoutePropagation ? nullptr
                                                          : m_programmed[std::size_t(vnetNode)];
    std::vector<EffectiveRoute> user;
    if (table) {
        // R7 (revision 2, virtual-networks-udr-overview.md: "You can't specify Virtual Network
        // Gateways if you have VPN and ExpressRoute coexisting connections either."): where
        // both kinds coexist, a VirtualNetworkGateway user route leads nowhere.
        const GatewaysOfVnet gateways = gatewaysUsedBy(vnetNode);
        user = userRoutes(*table, gateways.expressRoute >= 0 ? -1 : gateways.vpn);
    }
    return EffectiveRouteTable(m_systemRoutes[std::size_t(vnetNode)], std::move(bgp),
                               std::move(user));
}

Analysis::GatewaysOfVnet Analysis::gatewaysUsedBy(int vnetNode) const
{
    const int hub = m_gatewayVnet[std::size_t(vnetNode)];
    return hub < 0 ? GatewaysOfVnet{} : m_ownGateways[std::size_t(hub)];
}

std::shared_ptr<const Analysis> analyze(std::shared_ptr<const Topology> topology)
{
    return AnalysisBuilder(std::move(topology)).build();
}

std::shared_ptr<const Analysis> analyze(const Topology &topology)
{
    return analyze(std::make_shared<const Topology>(topology));
}

std::shared_ptr<const Analysis> reanalyze(const std::shared_ptr<const Analysis> &previous,
                                          std::shared_ptr<const Topology> topology,
                                          double fullRunAbove)
{
    if (!previous)
        return analyze(std::move(topology));
    return AnalysisBuilder(std::move(topology), previous, fullRunAbove).build();
}

std::shared_ptr<const Analysis>
analyzeRecordingPropagation(std::shared_ptr<const Topology> topology,
                            PropagationRecording &recording)
{
    return AnalysisBuilder(std::move(topology), &recording).build();
}

} // namespace avsnet::core
