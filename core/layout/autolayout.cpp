// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autolayout.h"

#include "boxpacking.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace avsnet::core {

namespace {

using layout::Rect;

// The geometry of ui/scene/nodeitem.cpp, approximated: a plain node's position is the centre
// of its icon, a VNet's position is the top-left corner of its container.
constexpr double plainHalfWidth = 85;
constexpr double plainHalfHeight = 55;
constexpr double plainTextTop = 50; // first detail line below a plain node's position
constexpr double lineHeight = 15;
constexpr double containerWidth = 300;
constexpr double containerHeight = 120;
constexpr double subnetListTop = 38;
constexpr double childSpacing = 180;
constexpr double childRowHeight = 120;
constexpr int childrenPerRow = 4;

constexpr double gridStep = 20;
// Free space between two boxes: more than a grid step, so snapping cannot make them touch.
constexpr double boxGap = 40;
constexpr double componentGap = 120;
// A force layout spreads well when the area it gets is about twice what its boxes cover.
constexpr double spreadFactor = 2.0;
constexpr double automaticAspect = 1.4; // screens are wider than tall
constexpr unsigned layoutSeed = 20260;
// A node with this many leaves gets them arranged around it instead of force-laid out.
constexpr std::size_t foldMinimum = 4;
// Force pair evaluations (pairs x iterations) one layout may spend: 0.3 s of CPU at the 35 ns
// a pair costs in Boost's force loop (measured: a 300-VNet peering mesh, 88 iterations).
constexpr double pairBudget = 8e6;
constexpr double minimumIterations = 60;
constexpr double springLength = 100;
// Overlaps are pushed apart sideways unless up or down is this much shorter a way: boxes are
// wide, so always taking the shorter way stacks them into a tall column.
constexpr double horizontalBias = 1.5;

// A node the force layout moves: its index in the topology, the space it takes (children
// included), and the children that move with it, by offset from its position.
struct TopLevelNode
{
    std::size_t node = 0;
    Rect extent;
    std::vector<std::pair<std::size_t, Position>> children;
};

// Lines of text under a plain node's icon, as NodeItem::detailLines() shows them.
int detailLineCount(const Node &node)
{
    if (const auto *site = node.as<OnPremSite>())
        return site->prefixes.empty() ? 1 : 2;
    if (const auto *cloud = node.as<AvsPrivateCloud>())
        return 1 + int(std::min<std::size_t>(cloud->segments.size(), 4))
               + (cloud->segments.size() > 4 ? 1 : 0);
    if (const auto *nva = node.as<Nva>())
        return nva->ipForwarding ? 1 : 2;
    switch (node.kind()) {
    case NodeKind::ErCircuit:
    case NodeKind::VpnGateway:
    case NodeKind::RouteServer:
        return 1;
    default:
        return 0;
    }
}

Rect plainExtent(const Node &node)
{
    const double bottom
        = std::max(plainHalfHeight, plainTextTop + lineHeight * detailLineCount(node));
    return {-plainHalfWidth, -plainHalfHeight, plainHalfWidth, bottom};
}

double snap(double value)
{
    return std::round(value / gridStep) * gridStep;
}

using ChildOffsets = std::vector<std::pair<std::size_t, Position>>;

// Offsets of a VNet's children: a child that had a position keeps its offset from the VNet's
// old position; the others go in rows under the subnet list, below the children already there.
ChildOffsets placeChildren(const Topology &topology, const Node &vnet,
                           const std::vector<std::size_t> &children)
{
    const auto *network = vnet.as<VirtualNetwork>();
    const double listBottom = subnetListTop + lineHeight * double(network->subnets.size());
    double rowTop = std::ceil((listBottom + 42) / gridStep) * gridStep;
    ChildOffsets placed;
    std::vector<std::size_t> unplaced;
    for (std::size_t child : children) {
        const Node &node = topology.nodes[child];
        if (node.position && vnet.position) {
            const Position offset{node.position->x - vnet.position->x,
                                  node.position->y - vnet.position->y};
            placed.emplace_back(child, offset);
            rowTop = std::max(rowTop, std::ceil((offset.y + childRowHeight) / gridStep) * gridStep);
        } else {
            unplaced.push_back(child);
        }
    }
    for (std::size_t i = 0; i < unplaced.size(); ++i) {
        const double x = childSpacing * (0.5 + double(i % childrenPerRow)) + 30;
        const double y = rowTop + childRowHeight * double(i / childrenPerRow);
        placed.emplace_back(unplaced[i], Position{x, y});
    }
    return placed;
}

Rect vnetExtent(const Topology &topology, const Node &vnet, const ChildOffsets &children)
{
    const auto *network = vnet.as<VirtualNetwork>();
    Rect extent{0, 0, containerWidth,
                containerHeight + lineHeight * double(network->subnets.size())};
    for (const auto &[child, offset] : children) {
        Rect box = plainExtent(topology.nodes[child]);
        box.translate(offset.x, offset.y);
        // The container grows to hold its children with a margin (NodeItem::bodyRect).
        box.right += 24;
        box.bottom += 24;
        extent.unite(box);
    }
    return extent;
}

// Virtual WAN containers (the designer's containment.h): a hub holds its gateways and
// firewalls (`hub`) in a row below its title and routing lines, a Virtual WAN its hubs
// (`vwan`) side by side below its own title. Without this, the canvas drew each hub around
// children the layout had put anywhere, over the VNets beside them.
constexpr double hubChildTop = 200; // below a secured hub's three lines of routing
constexpr double hubTopInWan = 100;
constexpr double hubGap = 60;

// Offsets from a Virtual WAN's position (or a lone hub's) of its hubs and their children:
// a member that had a position keeps its offset, the others are placed; and the extent.
ChildOffsets placeVirtualWan(const Topology &topology, const Node &container,
                             const std::vector<std::size_t> &hubs,
                             const std::unordered_map<std::size_t, std::vector<std::size_t>> &hubChildren,
                             Rect &extent)
{
    ChildOffsets placed;
    const auto keptOffset = [&](const Node &node) -> std::optional<Position> {
        if (!node.position || !container.position)
            return std::nullopt;
        return Position{node.position->x - container.position->x,
                        node.position->y - container.position->y};
    };
    extent = {0, 0, containerWidth, containerHeight};
    const auto holdBox = [&](Rect box) {
        box.right += 24; // the container's margin around what it holds (NodeItem::bodyRect)
        box.bottom += 24;
        extent.unite(box);
    };
    double nextHubLeft = 30;
    for (std::size_t hub : hubs) {
        // A lone hub is the container itself, at offset 0.
        const bool lone = &topology.nodes[hub] == &container;
        Position hubOffset{0, 0};
        if (!lone) {
            if (const auto kept = keptOffset(topology.nodes[hub]))
                hubOffset = *kept;
            else
                hubOffset = {nextHubLeft, hubTopInWan};
            placed.emplace_back(hub, hubOffset);
        }
        Rect hubBox{hubOffset.x, hubOffset.y, hubOffset.x + containerWidth,
                    hubOffset.y + containerHeight + 3 * lineHeight};
        const auto found = hubChildren.find(hub);
        std::vector<std::size_t> children;
        if (found != hubChildren.end())
            children = found->second;
        // Gateways first, on the side the circuits and sites come from; firewalls after.
        std::stable_sort(children.begin(), children.end(), [&](std::size_t a, std::size_t b) {
            return topology.nodes[a].kind() != NodeKind::HubFirewall
                   && topology.nodes[b].kind() == NodeKind::HubFirewall;
        });
        std::size_t unplaced = 0;
        for (std::size_t child : children) {
            const Node &node = topology.nodes[child];
            Position offset;
            if (const auto kept = keptOffset(node)) {
                offset = *kept;
            } else {
                offset = {hubOffset.x + childSpacing * (0.5 + double(unplaced % childrenPerRow)) + 30,
                          hubOffset.y + hubChildTop + childRowHeight * double(unplaced / childrenPerRow)};
                ++unplaced;
            }
            placed.emplace_back(child, offset);
            Rect box = plainExtent(node);
            box.translate(offset.x, offset.y);
            box.right += 24;
            box.bottom += 24;
            hubBox.unite(box);
        }
        holdBox(hubBox);
        nextHubLeft = std::max(nextHubLeft, hubBox.right + hubGap);
    }
    return placed;
}

// Splits the design into the nodes the layout moves and the children that ride along.
std::vector<TopLevelNode> topLevelNodes(const Topology &topology, std::vector<int> &ownerOfNode)
{
    std::unordered_map<std::string_view, std::size_t> indexOfId;
    for (std::size_t i = 0; i < topology.nodes.size(); ++i)
        indexOfId.emplace(topology.nodes[i].id, i);

    // A child whose VNet is missing or is not a VNet is laid out as a node of its own.
    std::vector<int> parent(topology.nodes.size(), -1);
    std::unordered_map<std::size_t, std::vector<std::size_t>> childrenOf;
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const std::string &vnet = topology.nodes[i].parentVnet();
        const auto found = vnet.empty() ? indexOfId.end() : indexOfId.find(vnet);
        if (found != indexOfId.end() && topology.nodes[found->second].as<VirtualNetwork>()) {
            parent[i] = int(found->second);
            childrenOf[found->second].push_back(i);
        }
    }

    // A hub's gateways and firewalls ride with the hub, a Virtual WAN's hubs with it.
    const auto kindOf = [&](const std::string &id, NodeKind kind) -> int {
        const auto found = id.empty() ? indexOfId.end() : indexOfId.find(id);
        return found != indexOfId.end() && topology.nodes[found->second].kind() == kind
                   ? int(found->second)
                   : -1;
    };
    std::unordered_map<std::size_t, std::vector<std::size_t>> hubsOf;
    std::unordered_map<std::size_t, std::vector<std::size_t>> hubChildren;
    std::vector<int> wanOfHub(topology.nodes.size(), -1);
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (const auto *hub = topology.nodes[i].as<VirtualHub>()) {
            wanOfHub[i] = kindOf(hub->vwan, NodeKind::Vwan);
            if (wanOfHub[i] >= 0) {
                parent[i] = wanOfHub[i];
                hubsOf[std::size_t(wanOfHub[i])].push_back(i);
            }
        }
    }
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const int hub = parent[i] >= 0 ? -1 : kindOf(topology.nodes[i].parentHub(), NodeKind::VwanHub);
        if (hub < 0)
            continue;
        hubChildren[std::size_t(hub)].push_back(i);
        parent[i] = wanOfHub[std::size_t(hub)] >= 0 ? wanOfHub[std::size_t(hub)] : hub;
    }

    std::vector<TopLevelNode> result;
    ownerOfNode.assign(topology.nodes.size(), -1);
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (parent[i] >= 0)
            continue;
        const Node &node = topology.nodes[i];
        TopLevelNode entry;
        entry.node = i;
        if (node.as<VirtualNetwork>()) {
            entry.children = placeChildren(topology, node, childrenOf[i]);
            entry.extent = vnetExtent(topology, node, entry.children);
        } else if (node.kind() == NodeKind::Vwan) {
            entry.children = placeVirtualWan(topology, node, hubsOf[i], hubChildren, entry.extent);
        } else if (node.kind() == NodeKind::VwanHub) {
            entry.children = placeVirtualWan(topology, node, {i}, hubChildren, entry.extent);
        } else {
            entry.extent = plainExtent(node);
        }
        ownerOfNode[i] = int(result.size());
        result.push_back(std::move(entry));
    }
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (parent[i] >= 0)
            ownerOfNode[i] = ownerOfNode[std::size_t(parent[i])];
    }
    return result;
}

// A unit of the force layout: one top-level node, or a hub with the leaves folded around it.
// Member positions and the extent are relative to the block's own origin.
struct Block
{
    std::vector<std::pair<std::size_t, Position>> members; // top-level node, its position
    Rect extent;
};

// Cells of the rings around a centre cell, clockwise from the top-left corner of each ring.
// The outermost ring is used evenly when it is not full, so a cluster stays balanced.
std::vector<std::pair<int, int>> ringCells(std::size_t count)
{
    std::vector<std::pair<int, int>> cells;
    for (int ring = 1; cells.size() < count; ++ring) {
        std::vector<std::pair<int, int>> perimeter;
        for (int x = -ring; x < ring; ++x)
            perimeter.emplace_back(x, -ring);
        for (int y = -ring; y < ring; ++y)
            perimeter.emplace_back(ring, y);
        for (int x = ring; x > -ring; --x)
            perimeter.emplace_back(x, ring);
        for (int y = ring; y > -ring; --y)
            perimeter.emplace_back(-ring, y);
        const std::size_t needed = std::min(count - cells.size(), perimeter.size());
        for (std::size_t i = 0; i < needed; ++i)
            cells.push_back(perimeter[i * perimeter.size() / needed]);
    }
    return cells;
}

// Folds leaves (nodes with one link, to a node with more) into a block around their
// neighbour once it has `foldMinimum` of them: a hub's spokes ring the hub instead of making
// the force layout spread dozens of near-identical nodes, which is also what keeps large
// hub-and-spoke designs within the time budget.
std::vector<Block> buildBlocks(const std::vector<TopLevelNode> &nodes,
                               const std::set<std::pair<std::size_t, std::size_t>> &edges,
                               std::vector<std::size_t> &blockOf)
{
    std::vector<std::vector<std::size_t>> neighbours(nodes.size());
    for (const auto &[a, b] : edges) {
        neighbours[a].push_back(b);
        neighbours[b].push_back(a);
    }
    std::vector<std::vector<std::size_t>> leavesOf(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (neighbours[i].size() == 1 && neighbours[neighbours[i].front()].size() > 1)
            leavesOf[neighbours[i].front()].push_back(i);
    }
    std::vector<bool> folded(nodes.size(), false);
    for (auto &leaves : leavesOf) {
        if (leaves.size() < foldMinimum)
            leaves.clear();
        for (std::size_t leaf : leaves)
            folded[leaf] = true;
    }

    std::vector<Block> blocks;
    blockOf.assign(nodes.size(), 0);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (folded[i])
            continue;
        blockOf[i] = blocks.size();
        Block block;
        block.members.emplace_back(i, Position{});
        block.extent = nodes[i].extent;
        if (!leavesOf[i].empty()) {
            // Equal cells, so no two members can overlap; each box is centred in its cell.
            double cellWidth = nodes[i].extent.width();
            double cellHeight = nodes[i].extent.height();
            for (std::size_t leaf : leavesOf[i]) {
                cellWidth = std::max(cellWidth, nodes[leaf].extent.width());
                cellHeight = std::max(cellHeight, nodes[leaf].extent.height());
            }
            cellWidth += boxGap;
            cellHeight += boxGap;
            auto centreOf = [&](const Rect &extent) {
                return Position{(extent.left + extent.right) / 2, (extent.top + extent.bottom) / 2};
            };
            const Position hubCentre = centreOf(nodes[i].extent);
            const auto cells = ringCells(leavesOf[i].size());
            for (std::size_t k = 0; k < cells.size(); ++k) {
                const std::size_t leaf = leavesOf[i][k];
                blockOf[leaf] = blocks.size();
                const Position centre = centreOf(nodes[leaf].extent);
                const Position position{hubCentre.x + cells[k].first * cellWidth - centre.x,
                                        hubCentre.y + cells[k].second * cellHeight - centre.y};
                block.members.emplace_back(leaf, position);
                Rect box = nodes[leaf].extent;
                box.translate(position.x, position.y);
                block.extent.unite(box);
            }
        }
        blocks.push_back(std::move(block));
    }
    return blocks;
}

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using LayoutTopology = boost::rectangle_topology<boost::minstd_rand>;
using Point = LayoutTopology::point_type;

// Fruchterman-Reingold's forces measured between the boxes' rims rather than their centres:
// each block is a disc of radius `radius[v]`, and the forces see the free space between two
// discs plus `springLength`, so big blocks (a VNet with children, a folded hub) get the room
// they need and a linked pair settles about one gap apart.
struct RimDistance
{
    const std::vector<double> *radius;
    double operator()(std::size_t u, std::size_t v, double distance) const
    {
        return std::max(distance - (*radius)[u] - (*radius)[v] + springLength, springLength / 20);
    }
};

struct RimRepulsion
{
    RimDistance rim;
    template<typename G, typename T>
    T operator()(std::size_t u, std::size_t v, T, T distance, const G &) const
    {
        return springLength * springLength / rim(u, v, distance);
    }
};

struct RimAttraction
{
    RimDistance rim;
    template<typename Edge, typename G, typename T>
    T operator()(Edge edge, T, T distance, const G &graph) const
    {
        const T free = rim(boost::source(edge, graph), boost::target(edge, graph), distance);
        return free * free / springLength;
    }
};

// Box centres of one connected component, in scene pixels, on a width x height rectangle
// around the origin. Repulsion acts between all pairs: Boost 1.74's grid_force_pairs sizes its
// cells as 2 * area / sqrt(n) rather than 2k and ignores pairs further apart, which lets a
// large graph collapse into a dense ball; the pair budget in autoLayout bounds the n^2 cost.
std::vector<Point> forceLayout(const Graph &graph, const std::vector<double> &radius, double width,
                               double height, int iterations)
{
    std::vector<Point> points(boost::num_vertices(graph));
    if (points.size() == 1)
        return points;
    boost::minstd_rand generator(layoutSeed);
    LayoutTopology space(generator, -width / 2, -height / 2, width / 2, height / 2);
    auto positions
        = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, graph));
    boost::random_graph_layout(graph, positions, space);
    boost::fruchterman_reingold_force_directed_layout(
        graph, positions, space,
        boost::attractive_force(RimAttraction{{&radius}})
            .repulsive_force(RimRepulsion{{&radius}})
            .force_pairs(boost::all_force_pairs())
            .cooling(boost::linear_cooling<double>(std::size_t(std::max(iterations, 1)),
                                                   std::max(width, height) / 10)));
    return points;
}

// Blocks in breadth-first order from the best connected one: linked blocks land near each
// other on the shelves. The layout for components too large for the force budget.
std::vector<std::size_t> breadthFirstOrder(const Graph &graph)
{
    const std::size_t count = boost::num_vertices(graph);
    std::size_t start = 0;
    for (std::size_t v = 1; v < count; ++v) {
        if (boost::out_degree(v, graph) > boost::out_degree(start, graph))
            start = v;
    }
    std::vector<std::size_t> order{start};
    std::vector<bool> seen(count, false);
    seen[start] = true;
    for (std::size_t next = 0; next < order.size(); ++next) {
        std::vector<std::size_t> adjacent;
        for (auto [edge, end] = boost::out_edges(order[next], graph); edge != end; ++edge)
            adjacent.push_back(boost::target(*edge, graph));
        std::sort(adjacent.begin(), adjacent.end());
        for (std::size_t v : adjacent) {
            if (!seen[v]) {
                seen[v] = true;
                order.push_back(v);
            }
        }
    }
    return order;
}

// One connected part of the design, laid out on its own, then placed beside the others.
struct Component
{
    std::vector<std::size_t> members; // indices into the blocks
    Graph graph;
    std::vector<Rect> boxes;
    double naturalArea = 0;
    bool shelved = false; // too large for the force budget
};

// Links between top-level nodes, once per pair: a link that touches a gateway or NVA pulls on
// its VNet, and a link inside one VNet pulls on nothing.
std::set<std::pair<std::size_t, std::size_t>> linkedPairs(const Topology &topology,
                                                          const std::vector<int> &ownerOfNode)
{
    std::unordered_map<std::string_view, std::size_t> indexOfId;
    for (std::size_t i = 0; i < topology.nodes.size(); ++i)
        indexOfId.emplace(topology.nodes[i].id, i);
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (const Link &link : topology.links) {
        const auto from = indexOfId.find(link.from);
        const auto to = indexOfId.find(link.to);
        if (from == indexOfId.end() || to == indexOfId.end())
            continue;
        const auto a = std::size_t(ownerOfNode[from->second]);
        const auto b = std::size_t(ownerOfNode[to->second]);
        if (a != b)
            pairs.emplace(std::min(a, b), std::max(a, b));
    }
    return pairs;
}

std::vector<Component> splitComponents(const std::vector<Block> &blocks,
                                       const std::set<std::pair<std::size_t, std::size_t>> &edges)
{
    Graph whole(blocks.size());
    for (const auto &[a, b] : edges)
        boost::add_edge(a, b, whole);
    std::vector<int> componentOf(blocks.size());
    const auto count = std::size_t(boost::connected_components(whole, componentOf.data()));
    std::vector<Component> components(count);
    std::vector<std::size_t> localIndex(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Component &component = components[std::size_t(componentOf[i])];
        localIndex[i] = component.members.size();
        component.members.push_back(i);
        component.boxes.push_back(blocks[i].extent);
        const Rect &extent = blocks[i].extent;
        component.naturalArea
            += spreadFactor * (extent.width() + boxGap) * (extent.height() + boxGap);
    }
    for (Component &component : components)
        component.graph = Graph(component.members.size());
    for (const auto &[a, b] : edges) {
        Graph &graph = components[std::size_t(componentOf[a])].graph;
        boost::add_edge(localIndex[a], localIndex[b], graph);
    }
    return components;
}

// The force layout costs n^2 per iteration and component. Within the budget every component
// gets the requested iterations; past it the largest components are shelved (laid out breadth
// first without forces) until the rest get at least `minimumIterations`. Returns the count.
int planIterations(std::vector<Component> &components, int requested)
{
    std::vector<std::size_t> bySize(components.size());
    std::iota(bySize.begin(), bySize.end(), 0);
    std::stable_sort(bySize.begin(), bySize.end(), [&](std::size_t a, std::size_t b) {
        return components[a].members.size() > components[b].members.size();
    });
    double pairCount = 0;
    for (const Component &component : components)
        pairCount += double(component.members.size()) * double(component.members.size());
    for (std::size_t index : bySize) {
        if (pairCount * minimumIterations <= pairBudget)
            break;
        const double size = double(components[index].members.size());
        components[index].shelved = true;
        pairCount -= size * size;
    }
    return int(
        std::clamp(pairBudget / std::max(pairCount, 1.0), 1.0, double(std::max(requested, 1))));
}

// Moves the component's boxes to their place relative to each other, without overlap.
void layOutComponent(Component &component, double aspect, double areaScale, int iterations)
{
    if (component.shelved) {
        layout::shelfPack(component.boxes, breadthFirstOrder(component.graph),
                          std::sqrt(component.naturalArea / spreadFactor * aspect), boxGap);
        return;
    }
    std::vector<double> radius;
    for (const Rect &box : component.boxes)
        radius.push_back(std::sqrt((box.width() + boxGap) * (box.height() + boxGap)) / 2);
    const double area = component.naturalArea * areaScale;
    const std::vector<Point> points = forceLayout(component.graph, radius, std::sqrt(area * aspect),
                                                  std::sqrt(area / aspect), iterations);
    for (std::size_t local = 0; local < component.boxes.size(); ++local) {
        // The force layout places box centres.
        Rect &box = component.boxes[local];
        box.translate(points[local][0] - (box.left + box.right) / 2,
                      points[local][1] - (box.top + box.bottom) / 2);
    }
    layout::removeOverlaps(component.boxes, boxGap, horizontalBias);
}

// Disconnected parts side by side, tallest first, from the origin on, rather than each
// around the origin. Moves the boxes of every component.
void packComponents(std::vector<Component> &components, double aspect, double requestedWidth)
{
    std::vector<Rect> bounds;
    double widest = 0;
    double packedArea = 0;
    for (const Component &component : components) {
        Rect united = component.boxes.front();
        for (const Rect &box : component.boxes)
            united.unite(box);
        bounds.push_back(united);
        widest = std::max(widest, united.width());
        packedArea += (united.width() + componentGap) * (united.height() + componentGap);
    }
    std::vector<Rect> packed = bounds;
    std::vector<std::size_t> tallestFirst(components.size());
    std::iota(tallestFirst.begin(), tallestFirst.end(), 0);
    std::stable_sort(tallestFirst.begin(), tallestFirst.end(), [&](std::size_t a, std::size_t b) {
        return bounds[a].height() > bounds[b].height();
    });
    const double rowWidth = requestedWidth > 0 ? std::max(requestedWidth, widest)
                                               : std::max(widest, std::sqrt(packedArea * aspect));
    layout::shelfPack(packed, tallestFirst, rowWidth, componentGap);
    for (std::size_t c = 0; c < components.size(); ++c) {
        for (Rect &box : components[c].boxes)
            box.translate(packed[c].left - bounds[c].left, packed[c].top - bounds[c].top);
    }
}

} // namespace

std::map<std::string, Position> autoLayout(const Topology &topology, const LayoutOptions &options)
{
    std::vector<int> ownerOfNode;
    const std::vector<TopLevelNode> nodes = topLevelNodes(topology, ownerOfNode);
    if (nodes.empty())
        return {};
    const auto nodePairs = linkedPairs(topology, ownerOfNode);
    std::vector<std::size_t> blockOf;
    const std::vector<Block> blocks = buildBlocks(nodes, nodePairs, blockOf);
    std::set<std::pair<std::size_t, std::size_t>> blockPairs;
    for (const auto &[a, b] : nodePairs) {
        if (blockOf[a] != blockOf[b])
            blockPairs.emplace(std::min(blockOf[a], blockOf[b]), std::max(blockOf[a], blockOf[b]));
    }
    std::vector<Component> components = splitComponents(blocks, blockPairs);

    // The scene area: automatic, or the caller's width and height shared out by natural area.
    double totalArea = 0;
    for (const Component &component : components)
        totalArea += component.naturalArea;
    double aspect = automaticAspect;
    double areaScale = 4; // room to spare: the forces, not the bounds, should decide the size
    if (options.width > 0 || options.height > 0) {
        const double width = options.width > 0 ? options.width : totalArea / options.height;
        const double height = options.height > 0 ? options.height : totalArea / options.width;
        aspect = width / height;
        areaScale = width * height / totalArea;
    }
    const int iterations = planIterations(components, options.iterations);
    for (Component &component : components)
        layOutComponent(component, aspect, areaScale, iterations);
    packComponents(components, aspect, options.width);

    std::map<std::string, Position> result;
    for (const Component &component : components) {
        for (std::size_t local = 0; local < component.members.size(); ++local) {
            const Block &block = blocks[component.members[local]];
            const double originX = component.boxes[local].left - block.extent.left;
            const double originY = component.boxes[local].top - block.extent.top;
            for (const auto &[member, offset] : block.members) {
                const TopLevelNode &entry = nodes[member];
                const Position position{snap(originX + offset.x), snap(originY + offset.y)};
                result[topology.nodes[entry.node].id] = position;
                for (const auto &[child, childOffset] : entry.children)
                    result[topology.nodes[child].id]
                        = {position.x + childOffset.x, position.y + childOffset.y};
            }
        }
    }
    return result;
}

namespace {

// The column of a top-level node in layeredLayout().
int layerOf(const Topology &topology, const TopLevelNode &entry,
            const std::vector<std::vector<std::size_t>> &childrenOf)
{
    const Node &node = topology.nodes[entry.node];
    switch (node.kind()) {
    case NodeKind::OnPrem:
        return 0;
    case NodeKind::ErCircuit:
    case NodeKind::Avs: // below the circuits, so circuit-to-gateway links do not cross it
        return 1;
    case NodeKind::Vwan:
    case NodeKind::VwanHub:
    case NodeKind::ErGateway:
    case NodeKind::VpnGateway:
    case NodeKind::HubFirewall:
    case NodeKind::RouteServer:
        return 3;
    case NodeKind::Vnet:
        for (std::size_t child : childrenOf[entry.node]) {
            const NodeKind kind = topology.nodes[child].kind();
            if (kind == NodeKind::ErGateway || kind == NodeKind::VpnGateway
                || kind == NodeKind::RouteServer)
                return 3;
        }
        return 4;
    default:
        return 5;
    }
}

} // namespace

std::map<std::string, Position> layeredLayout(const Topology &topology)
{
    std::vector<int> ownerOfNode;
    const std::vector<TopLevelNode> nodes = topLevelNodes(topology, ownerOfNode);
    if (nodes.empty())
        return {};
    std::vector<std::vector<std::size_t>> childrenOf(topology.nodes.size());
    for (const TopLevelNode &entry : nodes)
        for (const auto &[child, offset] : entry.children)
            childrenOf[entry.node].push_back(child);
    constexpr int layerCount = 6;
    std::vector<std::vector<std::size_t>> layers(layerCount); // indices into `nodes`
    std::vector<int> layer(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        layer[i] = layerOf(topology, nodes[i], childrenOf);
        layers[std::size_t(layer[i])].push_back(i);
    }
    const auto pairs = linkedPairs(topology, ownerOfNode);
    std::vector<std::vector<std::size_t>> neighbours(nodes.size());
    for (const auto &[a, b] : pairs) {
        neighbours[a].push_back(b);
        neighbours[b].push_back(a);
    }
    // Order each column by the mean rank of its neighbours in the columns already placed.
    std::vector<double> rank(nodes.size(), -1);
    for (auto &column : layers) {
        std::vector<std::pair<double, std::size_t>> keyed;
        for (std::size_t position = 0; position < column.size(); ++position) {
            const std::size_t i = column[position];
            double sum = 0;
            int count = 0;
            for (std::size_t other : neighbours[i]) {
                if (rank[other] >= 0) {
                    sum += rank[other];
                    ++count;
                }
            }
            keyed.emplace_back(count ? sum / count : 1e9 + double(position), i);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t k = 0; k < keyed.size(); ++k) {
            column[k] = keyed[k].second;
            rank[keyed[k].second] = double(k);
        }
    }
    // Wrap tall columns: about as tall as the whole design would be wide.
    double area = 0;
    for (const TopLevelNode &entry : nodes)
        area += (entry.extent.width() + boxGap) * (entry.extent.height() + boxGap);
    const double maximumHeight = std::max(1200.0, std::sqrt(area / automaticAspect) * 1.2);
    constexpr double columnGap = 160; // room for the links between columns
    std::vector<Rect> boxes(nodes.size());
    double x = 0;
    for (const auto &column : layers) {
        if (column.empty())
            continue;
        double y = 0;
        double columnWidth = 0;
        for (std::size_t i : column) {
            const Rect &extent = nodes[i].extent;
            if (y > 0 && y + extent.height() > maximumHeight) {
                x += columnWidth + boxGap * 2;
                y = 0;
                columnWidth = 0;
            }
            boxes[i] = {x, y, x + extent.width(), y + extent.height()};
            y += extent.height() + boxGap;
            columnWidth = std::max(columnWidth, extent.width());
        }
        x += columnWidth + columnGap;
    }
    std::map<std::string, Position> result;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const TopLevelNode &entry = nodes[i];
        // Snap up to the grid: boxes only move right and down, so they stay apart.
        const Position position{std::ceil((boxes[i].left - entry.extent.left) / gridStep) * gridStep,
                                std::ceil((boxes[i].top - entry.extent.top) / gridStep) * gridStep};
        result[topology.nodes[entry.node].id] = position;
        for (const auto &[child, offset] : entry.children)
            result[topology.nodes[child].id] = {position.x + offset.x, position.y + offset.y};
    }
    return result;
}

} // namespace avsnet::core
