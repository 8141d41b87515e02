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
    std::unordered_set<std::string> kept;
    for (const Node &node : topology.nodes) {
        if (listed.contains(node.id) || listed.contains(node.parentVnet())) {
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
