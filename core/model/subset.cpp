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
    // A node stays when it or what holds it is listed: its VNet, its Virtual WAN hub, or
    // that hub's Virtual WAN.
    const auto holderListed = [&](const Node &node) {
        if (listed.contains(node.parentVnet()) || listed.contains(node.parentHub()))
            return true;
        const Node *hub = node.parentHub().empty() ? nullptr : topology.node(node.parentHub());
        const auto *data = hub ? hub->as<VirtualHub>() : node.as<VirtualHub>();
        return data && listed.contains(data->vwan);
    };
    std::unordered_set<std::string> kept;
    for (const Node &node : topology.nodes) {
        if (listed.contains(node.id) || holderListed(node)) {
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
