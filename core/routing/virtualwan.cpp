// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualwan.h"

#include <algorithm>
#include <unordered_map>

namespace avsnet::core {

const std::vector<Ipv4Prefix> &rfc1918Aggregates()
{
    // R10.6 (how-to-routing-policies.md: "_policy_PrivateTraffic | 10.0.0.0/8,
    // 192.168.0.0/16, 172.16.0.0/12 | Azure Firewall").
    static const std::vector<Ipv4Prefix> aggregates
        = {*Ipv4Prefix::parse("10.0.0.0/8"), *Ipv4Prefix::parse("172.16.0.0/12"),
           *Ipv4Prefix::parse("192.168.0.0/16")};
    return aggregates;
}

VirtualWanLayout::VirtualWanLayout(const Topology &topology, std::vector<bool> &nodeActive,
                                   std::vector<bool> &linkActive)
    : m_hubIndexOfNode(topology.nodes.size(), -1)
    , m_hubIndexOfVnet(topology.nodes.size(), -1)
    , m_connectionOfVnet(topology.nodes.size(), -1)
{
    std::unordered_map<std::string_view, int> indexById;
    for (std::size_t i = 0; i < topology.nodes.size(); ++i)
        indexById.emplace(topology.nodes[i].id, int(i));
    const auto indexOf = [&](const std::string &id) {
        const auto found = indexById.find(id);
        return found == indexById.end() ? -1 : found->second;
    };
    const auto kindOf = [&](int node) {
        return topology.nodes[std::size_t(node)].kind();
    };

    // A hub takes part with its vwan; its gateways and firewalls with their hub.
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const auto *hub = topology.nodes[i].as<VirtualHub>();
        if (!hub)
            continue;
        const int vwan = indexOf(hub->vwan);
        if (vwan < 0 || kindOf(vwan) != NodeKind::Vwan || !nodeActive[std::size_t(vwan)])
            nodeActive[i] = false;
        if (!nodeActive[i])
            continue;
        m_hubIndexOfNode[i] = int(m_hubs.size());
        HubInfo info;
        info.node = int(i);
        info.vwan = vwan;
        info.erToErTransit = hub->erToErTransit;
        m_hubs.push_back(info);
    }
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const std::string &hubId = topology.nodes[i].parentHub();
        if (hubId.empty())
            continue;
        const int hub = indexOf(hubId);
        if (hub < 0 || m_hubIndexOfNode[std::size_t(hub)] < 0)
            nodeActive[i] = false;
        if (!nodeActive[i])
            continue;
        HubInfo &info = m_hubs[std::size_t(m_hubIndexOfNode[std::size_t(hub)])];
        m_hubIndexOfNode[i] = m_hubIndexOfNode[std::size_t(hub)];
        switch (kindOf(int(i))) {
        case NodeKind::ErGateway:
            if (info.erGateway < 0)
                info.erGateway = int(i);
            break;
        case NodeKind::VpnGateway:
            if (info.vpnGateway < 0)
                info.vpnGateway = int(i);
            break;
        case NodeKind::HubFirewall:
            info.firewalls.push_back(int(i));
            break;
        default:
            break;
        }
    }

    // R10.9 (virtual-wan-faq.md: "The spoke VNet can't have a virtual network gateway if
    // it's connected to the virtual hub."): (decision) a VNet's first active hub-connection
    // in file order counts; later ones, and its own gateways and Route Server, are ignored.
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        if (link.kind() != LinkKind::HubConnection || !linkActive[i])
            continue;
        int vnet = indexOf(link.from);
        int hub = indexOf(link.to);
        if (kindOf(vnet) != NodeKind::Vnet)
            std::swap(vnet, hub);
        if (m_hubIndexOfNode[std::size_t(hub)] < 0) {
            linkActive[i] = false;
            continue;
        }
        if (m_hubIndexOfVnet[std::size_t(vnet)] >= 0) {
            m_ignoredLinks.push_back(int(i));
            linkActive[i] = false;
            continue;
        }
        m_hubIndexOfVnet[std::size_t(vnet)] = m_hubIndexOfNode[std::size_t(hub)];
        m_connectionOfVnet[std::size_t(vnet)] = int(i);
        m_hubs[std::size_t(m_hubIndexOfNode[std::size_t(hub)])].connections.push_back(
            {vnet, int(i)});
    }
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const NodeKind kind = kindOf(int(i));
        if (kind != NodeKind::ErGateway && kind != NodeKind::VpnGateway
            && kind != NodeKind::RouteServer)
            continue;
        const int vnet = indexOf(topology.nodes[i].parentVnet());
        if (vnet >= 0 && m_hubIndexOfVnet[std::size_t(vnet)] >= 0 && nodeActive[i]) {
            nodeActive[i] = false;
            m_ignoredNodes.push_back(int(i));
        }
    }
    // Links to nodes that no longer take part carry nothing either.
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        if (!linkActive[i])
            continue;
        const int from = indexOf(topology.links[i].from);
        const int to = indexOf(topology.links[i].to);
        if (!nodeActive[std::size_t(from)] || !nodeActive[std::size_t(to)])
            linkActive[i] = false;
    }

    // R10.6: each policy must name a firewall of its own hub, or it is ignored.
    for (HubInfo &info : m_hubs) {
        const auto &hub = *topology.nodes[std::size_t(info.node)].as<VirtualHub>();
        if (!hub.routingIntent)
            continue;
        // (decision) A disabled firewall of the hub still holds the policy (Azure refuses to
        // delete a firewall routing intent names), so the what-if shows traffic stopping at
        // it, never bypassing it.
        const std::string &hubId = topology.nodes[std::size_t(info.node)].id;
        const auto validFirewall = [&](const std::string &id) {
            const int firewall = id.empty() ? -1 : indexOf(id);
            const bool ours = firewall >= 0 && kindOf(firewall) == NodeKind::HubFirewall
                              && topology.nodes[std::size_t(firewall)].parentHub() == hubId;
            return ours ? firewall : -1;
        };
        info.privateFirewall = validFirewall(hub.routingIntent->privateTraffic);
        info.internetFirewall = validFirewall(hub.routingIntent->internetTraffic);
        if (info.secured()) {
            info.privatePrefixes = rfc1918Aggregates();
            for (const auto &prefix : hub.routingIntent->additionalPrefixes)
                info.privatePrefixes.push_back(prefix.network());
        }
    }
    for (HubInfo &info : m_hubs)
        info.erToErTransit = info.erToErTransit && info.secured();
}

const HubInfo *VirtualWanLayout::hubOf(int node) const
{
    if (node < 0 || std::size_t(node) >= m_hubIndexOfNode.size())
        return nullptr;
    const int index = m_hubIndexOfNode[std::size_t(node)];
    return index < 0 ? nullptr : &m_hubs[std::size_t(index)];
}

const HubInfo *VirtualWanLayout::hubOfVnet(int vnet) const
{
    if (vnet < 0 || std::size_t(vnet) >= m_hubIndexOfVnet.size())
        return nullptr;
    const int index = m_hubIndexOfVnet[std::size_t(vnet)];
    return index < 0 ? nullptr : &m_hubs[std::size_t(index)];
}

int VirtualWanLayout::connectionOfVnet(int vnet) const
{
    if (vnet < 0 || std::size_t(vnet) >= m_connectionOfVnet.size())
        return -1;
    return m_connectionOfVnet[std::size_t(vnet)];
}

} // namespace avsnet::core
