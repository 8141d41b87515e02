// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "analysis/findings.h"
#include "azurelimits.h"
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

    std::shared_ptr<const Analysis> build()
    {
        indexNodes();
        decideWhatTakesPart();
        decideGatewayVnets();
        propagate();
        programSubnets();
        m_analysis->m_findings = collectFindings(*m_analysis);
        if (m_recording)
            m_recording->graph = std::move(m_graph);
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
    }

    void decideGatewayVnets()
    {
        const auto &nodes = topology().nodes;
        std::vector<bool> hasGateways(nodes.size(), false);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const NodeKind kind = nodes[i].kind();
            if (m_analysis->m_nodeActive[i]
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
            if (link.as<VnetPeeringLink>()->useRemoteGateways && hasGateways[std::size_t(to)]
                && gatewayVnet[std::size_t(from)] < 0)
                gatewayVnet[std::size_t(from)] = to;
        }
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (gatewayVnet[i] >= 0)
                m_vnetsServedBy[std::size_t(gatewayVnet[i])].push_back(int(i));
        }
    }

    void propagate()
    {
        // R6: an NVA announcing more than 1,000 routes to a Route Server has its session
        // dropped and all its routes withdrawn; that is known only after propagating, so
        // propagate again without those sessions until none is left to drop.
        std::vector<int> downLinks;
        for (;;) {
            m_graph = std::make_unique<SpeakerGraph>(topology(), m_analysis->m_nodeActive,
                                                     m_analysis->m_linkActive, downLinks);
            m_analysis->m_asPaths = AsPathPool();
            RoutingPolicy policy(topology(), *m_graph, m_analysis->m_asPaths);
            RoutePropagation propagation(*m_graph, policy);
            // Events only when recording; a later run replaces the earlier one's.
            RoutePropagation::EventSink sink;
            if (m_recording) {
                m_recording->events.clear();
                sink = [this](const PropagationEvent &event) {
                    m_recording->events.push_back(event);
                };
            }
            m_result = propagation.run(policy.originations(m_vnetsServedBy), sink);
            const std::size_t before = downLinks.size();
            for (const auto &edge : m_graph->edges()) {
                if (m_graph->vertex(edge.from).kind == NodeKind::Nva
                    && m_graph->vertex(edge.to).kind == NodeKind::RouteServer
                    && m_result.announcedPerEdge[std::size_t(edge.session.index)]
                           > limits::routeServerRoutesPerPeer)
                    downLinks.push_back(edge.session.link);
            }
            if (downLinks.size() == before)
                break;
        }

        auto &tables = m_analysis->m_bgpTables;
        tables.clear();
        for (auto &routes : m_result.tables)
            tables.emplace_back(std::move(routes));
        m_analysis->m_drops = std::move(m_result.drops);
        m_analysis->m_unconverged = std::move(m_result.unconverged);
        m_analysis->m_sessions = m_graph->sessionStates();
        m_analysis->m_announced.assign(topology().links.size(), {0, 0});
        for (const auto &edge : m_graph->edges()) {
            if (edge.session.link < 0)
                continue;
            const Link &link = topology().links[std::size_t(edge.session.link)];
            const bool forward = topology().nodes[std::size_t(edge.from)].id == link.from;
            m_analysis->m_announced[std::size_t(edge.session.link)][forward ? 0 : 1] =
                m_result.announcedPerEdge[std::size_t(edge.session.index)];
        }
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
            const auto set = programmedRoutes(topology(), *m_graph, m_analysis->m_bgpTables,
                                              m_analysis->m_asPaths, int(hub), served);
            for (const int vnet : served)
                m_analysis->m_programmed[std::size_t(vnet)] = set;
        }
        for (std::size_t vnet = 0; vnet < nodes.size(); ++vnet) {
            if (nodes[vnet].kind() == NodeKind::Vnet && m_analysis->m_nodeActive[vnet])
                m_analysis->m_systemRoutes[vnet] =
                    systemRoutes(topology(), int(vnet), m_analysis->m_peers[vnet]);
        }
    }

    std::shared_ptr<Analysis> m_analysis;
    PropagationRecording *m_recording = nullptr;
    std::vector<std::vector<int>> m_vnetsServedBy;
    std::unique_ptr<SpeakerGraph> m_graph;
    PropagationResult m_result;
};

int Analysis::nodeIndex(std::string_view id) const
{
    const auto found = m_nodeIndex.find(std::string(id));
    return found == m_nodeIndex.end() ? -1 : found->second;
}

const BgpTable &Analysis::bgpTable(int node) const
{
    static const BgpTable empty;
    return node >= 0 && std::size_t(node) < m_bgpTables.size() ? m_bgpTables[std::size_t(node)]
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
        int vpnGateway = -1;
        const int hub = m_gatewayVnet[std::size_t(vnetNode)];
        for (std::size_t i = 0; hub >= 0 && i < topology().nodes.size(); ++i) {
            const Node &node = topology().nodes[i];
            if (vpnGateway < 0 && m_nodeActive[i] && node.kind() == NodeKind::VpnGateway
                && node.parentVnet() == topology().nodes[std::size_t(hub)].id)
                vpnGateway = int(i);
        }
        user = userRoutes(*table, vpnGateway);
    }
    return EffectiveRouteTable(m_systemRoutes[std::size_t(vnetNode)], std::move(bgp),
                               std::move(user));
}

std::shared_ptr<const Analysis> analyze(std::shared_ptr<const Topology> topology)
{
    return AnalysisBuilder(std::move(topology)).build();
}

std::shared_ptr<const Analysis> analyze(const Topology &topology)
{
    return analyze(std::make_shared<const Topology>(topology));
}

std::shared_ptr<const Analysis>
analyzeRecordingPropagation(std::shared_ptr<const Topology> topology,
                            PropagationRecording &recording)
{
    return AnalysisBuilder(std::move(topology), &recording).build();
}

} // namespace avsnet::core
