// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "containment.h"

#include <set>

namespace avsnet::ui {

bool isContainerKind(core::NodeKind kind)
{
    return kind == core::NodeKind::Vnet || kind == core::NodeKind::VwanHub
           || kind == core::NodeKind::Vwan;
}

const std::string &containerOf(const core::Node &node)
{
    if (const std::string &vnet = node.parentVnet(); !vnet.empty())
        return vnet;
    if (const std::string &hub = node.parentHub(); !hub.empty())
        return hub;
    if (const auto *hub = node.as<core::VirtualHub>())
        return hub->vwan;
    static const std::string none;
    return none;
}

bool canHold(core::NodeKind container, core::NodeKind child)
{
    using core::NodeKind;
    switch (child) {
    case NodeKind::ErGateway:
    case NodeKind::VpnGateway:
        return container == NodeKind::Vnet || container == NodeKind::VwanHub;
    case NodeKind::RouteServer:
    case NodeKind::Nva:
        return container == NodeKind::Vnet;
    case NodeKind::HubFirewall:
        return container == NodeKind::VwanHub;
    case NodeKind::VwanHub:
        return container == NodeKind::Vwan;
    case NodeKind::OnPrem:
    case NodeKind::ErCircuit:
    case NodeKind::Avs:
    case NodeKind::Vnet:
    case NodeKind::Internet:
    case NodeKind::Vwan:
        return false;
    }
    return false;
}

bool needsContainer(core::NodeKind kind)
{
    for (const core::NodeKind container :
         {core::NodeKind::Vnet, core::NodeKind::VwanHub, core::NodeKind::Vwan}) {
        if (canHold(container, kind))
            return true;
    }
    return false;
}

void setContainer(core::Node &node, const std::string &container, core::NodeKind containerKind)
{
    const bool inHub = containerKind == core::NodeKind::VwanHub;
    // Exactly one of `vnet` and `hub` (format.md): the other is cleared.
    if (auto *gateway = node.as<core::ErGateway>()) {
        gateway->vnet = inHub ? std::string() : container;
        gateway->hub = inHub ? container : std::string();
    } else if (auto *vpn = node.as<core::VpnGateway>()) {
        vpn->vnet = inHub ? std::string() : container;
        vpn->hub = inHub ? container : std::string();
    } else if (auto *server = node.as<core::RouteServer>()) {
        server->vnet = container;
    } else if (auto *nva = node.as<core::Nva>()) {
        nva->vnet = container;
    } else if (auto *firewall = node.as<core::HubFirewall>()) {
        firewall->hub = container;
    } else if (auto *hub = node.as<core::VirtualHub>()) {
        hub->vwan = container;
    }
}

std::set<std::string> withContents(const core::Topology &topology, std::set<std::string> ids)
{
    // Containers nest at most two deep (Virtual WAN, hub, gateway); passes in design order
    // find every layer whatever the order of the nodes in the file.
    for (bool grew = true; grew;) {
        grew = false;
        for (const core::Node &node : topology.nodes) {
            if (!ids.contains(node.id) && ids.contains(containerOf(node))) {
                ids.insert(node.id);
                grew = true;
            }
        }
    }
    return ids;
}

std::vector<std::string> descendantsOf(const core::Topology &topology, const std::string &id)
{
    const std::set<std::string> inside = withContents(topology, {id});
    std::vector<std::string> result;
    for (const core::Node &node : topology.nodes) {
        if (node.id != id && inside.contains(node.id))
            result.push_back(node.id);
    }
    return result;
}

} // namespace avsnet::ui
