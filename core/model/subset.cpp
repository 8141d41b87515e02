// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subset.h"

#include <unordered_set>

namespace avsnet::core {

Topology subsetOf(const Topology &topology, const std::vector<std::string> &ids)
{
    if (ids.empty())
        return topology;
    const std::unordered_set<std::string> listed(ids.begin(), ids.end());
    Topology subset;
    subset.name = topology.name;
    subset.description = topology.description;
    // A listed container brings what it holds: a VNet its gateways, Route Servers and NVAs, a
    // Virtual WAN hub its gateways and firewalls, a Virtual WAN its hubs and theirs.
    std::unordered_set<std::string> shown(listed);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Node &node : topology.nodes) {
            if (shown.contains(node.id))
                continue;
            const auto *hub = node.as<VirtualHub>();
            if (shown.contains(node.parentVnet()) || shown.contains(node.parentHub())
                || (hub && shown.contains(hub->vwan))) {
                shown.insert(node.id);
                grew = true;
            }
        }
    }
    std::unordered_set<std::string> kept;
    for (const Node &node : topology.nodes) {
        if (shown.contains(node.id)) {
            subset.nodes.push_back(node);
            kept.insert(node.id);
        }
    }
    for (const Link &link : topology.links) {
        if (kept.contains(link.from) && kept.contains(link.to))
            subset.links.push_back(link);
    }
    return subset;
}

} // namespace avsnet::core
