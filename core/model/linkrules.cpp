// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrules.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace avsnet::core {

namespace {

bool samePair(const Link &link, std::string_view a, std::string_view b)
{
    return (link.from == a && link.to == b) || (link.from == b && link.to == a);
}

bool isCircuitLike(NodeKind kind)
{
    // An AVS private cloud carries its own managed circuit (format.md, `avs`).
    return kind == NodeKind::ErCircuit || kind == NodeKind::Avs;
}

bool fitsOneWay(LinkKind link, NodeKind a, NodeKind b)
{
    switch (link) {
    case LinkKind::ErPeering:
        return a == NodeKind::OnPrem && b == NodeKind::ErCircuit;
    case LinkKind::ErConnection:
        return isCircuitLike(a) && b == NodeKind::ErGateway;
    case LinkKind::GlobalReach:
        return isCircuitLike(a) && isCircuitLike(b);
    case LinkKind::VnetPeering:
        return a == NodeKind::Vnet && b == NodeKind::Vnet;
    case LinkKind::VpnConnection:
        return a == NodeKind::VpnGateway && b == NodeKind::OnPrem;
    case LinkKind::BgpSession:
        return a == NodeKind::Nva
               && (b == NodeKind::RouteServer || b == NodeKind::VpnGateway || b == NodeKind::Nva
                   || b == NodeKind::VwanHub);
    case LinkKind::HubConnection:
        return a == NodeKind::Vnet && b == NodeKind::VwanHub;
    }
    return false;
}

// An enabled gateway or Route Server: what makes its parent VNet one with its own gateway.
bool isEnabledGateway(const Node &node)
{
    return !node.disabled
           && (node.kind() == NodeKind::ErGateway || node.kind() == NodeKind::VpnGateway
               || node.kind() == NodeKind::RouteServer);
}

} // namespace

bool linkFits(LinkKind link, NodeKind from, NodeKind to)
{
    // Links are undirected (format.md), so either order of the ends fits.
    return fitsOneWay(link, from, to) || fitsOneWay(link, to, from);
}

std::vector<LinkKind> fittingLinkKinds(NodeKind a, NodeKind b)
{
    std::vector<LinkKind> kinds;
    for (int kind = 0; kind <= int(LinkKind::HubConnection); ++kind) {
        if (linkFits(LinkKind(kind), a, b))
            kinds.push_back(LinkKind(kind));
    }
    return kinds;
}

bool hasOwnGateway(const Topology &topology, std::string_view vnet)
{
    return std::any_of(topology.nodes.begin(), topology.nodes.end(), [&](const Node &node) {
        return isEnabledGateway(node) && node.parentVnet() == vnet;
    });
}

std::unordered_set<std::string_view> vnetsWithOwnGateway(const Topology &topology)
{
    std::unordered_set<std::string_view> vnets;
    for (const Node &node : topology.nodes) {
        if (isEnabledGateway(node))
            vnets.insert(node.parentVnet());
    }
    return vnets;
}

const Link *duplicateLink(const Topology &topology, LinkKind kind, std::string_view a,
                          std::string_view b, std::string_view ignoredId)
{
    for (const Link &link : topology.links) {
        if (link.kind() == kind && link.id != ignoredId && samePair(link, a, b))
            return &link;
    }
    return nullptr;
}

std::vector<std::pair<std::size_t, std::size_t>> duplicateLinks(const Topology &topology)
{
    // Keyed by kind and the ends in a fixed order, so A-B and B-A meet.
    std::map<std::tuple<LinkKind, std::string_view, std::string_view>, std::size_t> first;
    std::vector<std::pair<std::size_t, std::size_t>> repeats;
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        // Views into the links themselves, which outlive the map (std::minmax of two
        // temporaries would return references to them).
        const std::string_view from = link.from;
        const std::string_view to = link.to;
        const auto [found, inserted]
            = first.try_emplace({link.kind(), std::min(from, to), std::max(from, to)}, i);
        if (!inserted)
            repeats.emplace_back(found->second, i);
    }
    return repeats;
}

} // namespace avsnet::core
