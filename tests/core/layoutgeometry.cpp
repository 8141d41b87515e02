// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutgeometry.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace avsnet::test {

using core::Node;
using core::Position;
using core::Topology;

Box boxOf(const Node &node, const Position &position)
{
    if (const auto *network = node.as<core::VirtualNetwork>())
        return {position.x, position.y, position.x + 300,
                position.y + 120 + 15 * double(network->subnets.size())};
    // A hub's title and three lines of routing, a Virtual WAN's title, from the top-left.
    if (node.kind() == core::NodeKind::VwanHub)
        return {position.x, position.y, position.x + 300, position.y + 165};
    if (node.kind() == core::NodeKind::Vwan)
        return {position.x, position.y, position.x + 300, position.y + 120};
    return {position.x - 85, position.y - 55, position.x + 85, position.y + 55};
}

std::string directContainerOf(const Topology &topology, const Node &node)
{
    if (!node.parentVnet().empty())
        return node.parentVnet();
    if (!node.parentHub().empty())
        return node.parentHub();
    if (const auto *hub = node.as<core::VirtualHub>(); hub && topology.node(hub->vwan))
        return hub->vwan;
    return {};
}

std::string topContainerOf(const Topology &topology, const Node &node)
{
    std::string container = directContainerOf(topology, node);
    // A hub's gateway is in the hub, which may be in a Virtual WAN: at most two levels.
    for (int level = 0; level < 2 && !container.empty(); ++level) {
        const Node *holder = topology.node(container);
        const std::string outer = holder ? directContainerOf(topology, *holder) : std::string();
        if (outer.empty())
            break;
        container = outer;
    }
    return container;
}

bool overlap(const Box &a, const Box &b)
{
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

Layout positionsOf(const Topology &topology)
{
    Layout layout;
    for (const Node &node : topology.nodes)
        if (node.position)
            layout.emplace(node.id, *node.position);
    return layout;
}

namespace {

using Placed = std::vector<std::pair<const Node *, Box>>;

// Boxes sorted by their left edge, so a sweep compares only boxes that share columns.
Placed sortedBoxes(const Topology &topology, const Layout &layout, bool children)
{
    Placed boxes;
    for (const Node &node : topology.nodes)
        if (directContainerOf(topology, node).empty() != children)
            boxes.emplace_back(&node, boxOf(node, layout.at(node.id)));
    std::sort(boxes.begin(), boxes.end(),
              [](const auto &a, const auto &b) { return a.second.left < b.second.left; });
    return boxes;
}

} // namespace

std::string firstOverlap(const Topology &topology, const Layout &layout)
{
    const Placed boxes = sortedBoxes(topology, layout, false);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1;
             j < boxes.size() && boxes[j].second.left < boxes[i].second.right; ++j) {
            if (overlap(boxes[i].second, boxes[j].second))
                return boxes[i].first->id + " and " + boxes[j].first->id;
        }
    }
    return {};
}

std::string firstStrayChild(const Topology &topology, const Layout &layout)
{
    const Placed topLevel = sortedBoxes(topology, layout, false);
    const Placed children = sortedBoxes(topology, layout, true);
    for (const auto &[child, box] : children) {
        const std::string container = topContainerOf(topology, *child);
        const std::string holder = directContainerOf(topology, *child);
        for (const auto &[other, otherBox] : topLevel) {
            if (otherBox.left >= box.right)
                break;
            if (other->id != container && overlap(box, otherBox))
                return child->id + " on " + other->id;
        }
        // A hub's gateway lies inside the hub's box, as the hub's title and lines run above it.
        for (const auto &[other, otherBox] : children) {
            if (otherBox.left >= box.right)
                break;
            if (other != child && other->id != holder && directContainerOf(topology, *other) != child->id
                && overlap(box, otherBox))
                return child->id + " on " + other->id;
        }
    }
    return {};
}

} // namespace avsnet::test
