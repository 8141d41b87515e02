// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutgeometry.h"

#include "io/documentreader.h"
#include "layout/autolayout.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>
#include <set>

using namespace avsnet::core;

Q_DECLARE_METATYPE(avsnet::core::Topology)

namespace {

Ipv4Prefix prefix(const std::string &text)
{
    return *Ipv4Prefix::parse(text);
}

Node plainNode(const std::string &id, NodeData data)
{
    Node node;
    node.id = id;
    node.data = std::move(data);
    return node;
}

Node vnetNode(const std::string &id, int subnets, std::optional<Position> position = {})
{
    VirtualNetwork network;
    network.addressSpace = {prefix("10.0.0.0/16")};
    for (int i = 0; i < subnets; ++i)
        network.subnets.push_back({"s" + std::to_string(i),
                                   prefix("10.0." + std::to_string(i) + ".0/24"), "",
                                   UnknownFields::object()});
    Node node = plainNode(id, network);
    node.position = position;
    return node;
}

Node gatewayNode(const std::string &id, const std::string &vnet,
                 std::optional<Position> position = {})
{
    Node node = plainNode(id, ErGateway{vnet, {}});
    node.position = position;
    return node;
}

Link link(const std::string &id, const std::string &from, const std::string &to, LinkData data)
{
    Link result;
    result.id = id;
    result.from = from;
    result.to = to;
    result.data = std::move(data);
    return result;
}

// Hubs with spokes, a circuit, a site and an AVS cloud each; `regions` of them, the circuits
// joined in a ring by Global Reach. Each region has 4 + spokes top-level nodes.
Topology hubsAndSpokes(int regions, int spokes)
{
    Topology topology;
    for (int r = 0; r < regions; ++r) {
        const std::string tag = std::to_string(r);
        topology.nodes.push_back(vnetNode("hub" + tag, 3));
        topology.nodes.push_back(gatewayNode("ergw" + tag, "hub" + tag));
        topology.nodes.push_back(plainNode("er" + tag, ErCircuit{}));
        topology.nodes.push_back(plainNode("site" + tag, OnPremSite{65001, {}, {}, false}));
        topology.nodes.push_back(plainNode("avs" + tag, AvsPrivateCloud{}));
        topology.links.push_back(link("c" + tag, "er" + tag, "ergw" + tag, ErConnectionLink{}));
        topology.links.push_back(link("p" + tag, "site" + tag, "er" + tag, ErPeeringLink{}));
        topology.links.push_back(link("a" + tag, "avs" + tag, "ergw" + tag, ErConnectionLink{}));
        if (regions > 1)
            topology.links.push_back(link("g" + tag, "er" + tag,
                                          "er" + std::to_string((r + 1) % regions),
                                          GlobalReachLink{}));
        for (int s = 0; s < spokes; ++s) {
            const std::string spoke = "spoke" + tag + "-" + std::to_string(s);
            topology.nodes.push_back(vnetNode(spoke, 1));
            topology.links.push_back(link("peer" + tag + "-" + std::to_string(s), spoke,
                                          "hub" + tag, VnetPeeringLink{}));
        }
    }
    return topology;
}

// A rows x columns grid of VNets, each peered with its right and lower neighbour: a design
// without leaves, the worst case for the force layout's cost.
Topology peeringMesh(int rows, int columns)
{
    Topology topology;
    auto id = [](int row, int column) {
        return "v" + std::to_string(row) + "-" + std::to_string(column);
    };
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            topology.nodes.push_back(vnetNode(id(row, column), 2));
            if (column > 0)
                topology.links.push_back(link(id(row, column) + "h", id(row, column - 1),
                                              id(row, column), VnetPeeringLink{}));
            if (row > 0)
                topology.links.push_back(link(id(row, column) + "v", id(row - 1, column),
                                              id(row, column), VnetPeeringLink{}));
        }
    }
    return topology;
}

// The first pair of top-level nodes whose boxes overlap, or an empty string.
QString firstOverlap(const Topology &topology, const std::map<std::string, Position> &layout)
{
    return QString::fromStdString(avsnet::test::firstOverlap(topology, layout));
}

double distance(const Position &a, const Position &b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

class TestAutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void emptyTopology();
    void singleNode();
    void deterministic();
    void everyNodePlaced();
    void noOverlap_data();
    void noOverlap();
    void childrenMoveWithVnet();
    void childWithoutPositionInsideVnet();
    void virtualWanHoldsItsHubsAndTheirChildren();
    void linkedNodesCloser();
    void disconnectedPartsSideBySide();
    void sampleDesign();
    void gridAndSceneArea();
    void requestedArea();
    void largeDesignLaysOut_data();
    void largeDesignLaysOut();
};

void TestAutoLayout::emptyTopology()
{
    QVERIFY(autoLayout(Topology{}).empty());
}

void TestAutoLayout::singleNode()
{
    Topology topology;
    topology.nodes.push_back(plainNode("site", OnPremSite{65001, {}, {}, false}));
    topology.nodes.back().position = Position{5000, -7000};
    const auto layout = autoLayout(topology);
    QCOMPARE(layout.size(), std::size_t(1));
    const Position position = layout.at("site");
    QVERIFY(std::abs(position.x) < 200 && std::abs(position.y) < 200);
}

void TestAutoLayout::deterministic()
{
    const Topology topology = hubsAndSpokes(3, 6);
    const auto first = autoLayout(topology);
    const auto second = autoLayout(topology);
    QVERIFY(first == second);
    QVERIFY(autoLayout(Topology(topology)) == first);
}

void TestAutoLayout::everyNodePlaced()
{
    const Topology topology = hubsAndSpokes(2, 5);
    const auto layout = autoLayout(topology);
    QCOMPARE(layout.size(), topology.nodes.size());
    for (const Node &node : topology.nodes)
        QVERIFY2(layout.contains(node.id), node.id.c_str());
}

void TestAutoLayout::noOverlap_data()
{
    QTest::addColumn<int>("regions");
    QTest::addColumn<int>("spokes");
    QTest::newRow("one region") << 1 << 4;
    QTest::newRow("several regions") << 4 << 8;
    QTest::newRow("star") << 1 << 40;
    QTest::newRow("many small parts") << 30 << 0;
}

void TestAutoLayout::noOverlap()
{
    QFETCH(int, regions);
    QFETCH(int, spokes);
    Topology topology = hubsAndSpokes(regions, spokes);
    // A few unlinked nodes too: they must neither overlap nor drift away.
    for (int i = 0; i < 5; ++i)
        topology.nodes.push_back(plainNode("lonely" + std::to_string(i), InternetBreakout{}));
    const auto layout = autoLayout(topology);
    const QString clash = firstOverlap(topology, layout);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
}

void TestAutoLayout::childrenMoveWithVnet()
{
    Topology topology = hubsAndSpokes(1, 3);
    Node &hub = topology.nodes[0];
    hub.position = Position{1000, 1000};
    topology.nodes[1].position = Position{1100, 1080};
    const auto layout = autoLayout(topology);
    const Position vnet = layout.at("hub0");
    const Position gateway = layout.at("ergw0");
    QCOMPARE(gateway.x - vnet.x, 100.0);
    QCOMPARE(gateway.y - vnet.y, 80.0);
}

void TestAutoLayout::childWithoutPositionInsideVnet()
{
    Topology topology;
    topology.nodes.push_back(vnetNode("hub", 4));
    topology.nodes.push_back(gatewayNode("ergw", "hub"));
    topology.nodes.push_back(plainNode("ars", RouteServer{"hub", false}));
    const auto layout = autoLayout(topology);
    const Position vnet = layout.at("hub");
    const double listBottom = vnet.y + 38 + 15 * 4;
    for (const char *id : {"ergw", "ars"}) {
        const Position child = layout.at(id);
        QVERIFY2(child.x - 85 >= vnet.x, id);
        QVERIFY2(child.y - 26 > listBottom, id); // the icon starts under the subnet list
    }
    QVERIFY(layout.at("ergw").y == layout.at("ars").y);
    QVERIFY(layout.at("ergw").x < layout.at("ars").x);
}

// A Virtual WAN is one box with its hub, the hub's gateway and firewall below the hub's
// title, gateways first; in both layouts, clear of a VNet beside it.
void TestAutoLayout::virtualWanHoldsItsHubsAndTheirChildren()
{
    Topology topology;
    topology.nodes.push_back(plainNode("wan", VirtualWan{}));
    VirtualHub hub;
    hub.vwan = "wan";
    hub.addressPrefix = prefix("10.200.0.0/23");
    topology.nodes.push_back(plainNode("hub", hub));
    topology.nodes.push_back(plainNode("fw", HubFirewall{"hub", {}, FirewallVendor::AzureFirewall}));
    ErGateway gateway;
    gateway.hub = "hub";
    topology.nodes.push_back(plainNode("ergw", gateway));
    topology.nodes.push_back(vnetNode("vnet", 3));
    for (const auto &layout : {layeredLayout(topology), autoLayout(topology)}) {
        const Position wan = layout.at("wan");
        const Position inHub = layout.at("hub");
        QVERIFY(inHub.x > wan.x && inHub.y > wan.y + 60); // under the Virtual WAN's title
        for (const char *id : {"ergw", "fw"}) {
            QVERIFY2(layout.at(id).x - 85 >= inHub.x, id);
            QVERIFY2(layout.at(id).y - 55 > inHub.y + 100, id); // under the routing lines
        }
        QVERIFY(layout.at("ergw").x < layout.at("fw").x);
        QCOMPARE(layout.at("ergw").y, layout.at("fw").y);
        // The VNet is clear of everything the Virtual WAN holds.
        const Position vnet = layout.at("vnet");
        const bool beside = vnet.x >= layout.at("fw").x + 85 + 24 || vnet.x + 300 <= wan.x
                            || vnet.y >= layout.at("fw").y + 55 + 24 || vnet.y + 165 <= wan.y;
        QVERIFY(beside);
    }
}

void TestAutoLayout::linkedNodesCloser()
{
    const Topology topology = hubsAndSpokes(4, 6);
    const auto layout = autoLayout(topology);
    // Compare centres of the top-level nodes; a link to a gateway counts for its VNet.
    auto owner = [&](const std::string &id) {
        const Node *node = topology.node(id);
        return node->parentVnet().empty() ? id : node->parentVnet();
    };
    std::set<std::pair<std::string, std::string>> linked;
    double linkedSum = 0;
    for (const Link &link : topology.links) {
        const std::string a = owner(link.from);
        const std::string b = owner(link.to);
        linked.emplace(std::min(a, b), std::max(a, b));
        linkedSum += distance(layout.at(a), layout.at(b));
    }
    double unlinkedSum = 0;
    int unlinkedCount = 0;
    for (const Node &a : topology.nodes) {
        for (const Node &b : topology.nodes) {
            if (a.id < b.id && a.parentVnet().empty() && b.parentVnet().empty()
                && !linked.contains({a.id, b.id})) {
                unlinkedSum += distance(layout.at(a.id), layout.at(b.id));
                ++unlinkedCount;
            }
        }
    }
    const double linkedMean = linkedSum / double(topology.links.size());
    const double unlinkedMean = unlinkedSum / unlinkedCount;
    QVERIFY2(
        linkedMean < unlinkedMean / 2,
        qPrintable(QStringLiteral("linked %1, unlinked %2").arg(linkedMean).arg(unlinkedMean)));
}

void TestAutoLayout::disconnectedPartsSideBySide()
{
    // Two identical parts: without packing, each would be laid out around the origin.
    Topology topology;
    for (const std::string tag : {"a", "b"}) {
        topology.nodes.push_back(plainNode("site" + tag, OnPremSite{65001, {}, {}, false}));
        topology.nodes.push_back(plainNode("er" + tag, ErCircuit{}));
        topology.links.push_back(link("p" + tag, "site" + tag, "er" + tag, ErPeeringLink{}));
    }
    const auto layout = autoLayout(topology);
    QVERIFY(firstOverlap(topology, layout).isEmpty());
    // Both parts stay near each other, not thousands of pixels apart.
    for (const auto &[id, position] : layout) {
        QVERIFY2(position.x > -100 && position.x < 1200, id.c_str());
        QVERIFY2(position.y > -100 && position.y < 1200, id.c_str());
    }
}

void TestAutoLayout::sampleDesign()
{
    // contoso draws the hub's gateway left of the hub and its Route Server above: children
    // outside their VNet's frame still move with it and count in its room.
    auto read = DocumentReader::readFile(AVSNET_SOURCE_DIR "/resources/samples/contoso.avsnet");
    QVERIFY(std::holds_alternative<Topology>(read));
    const Topology &topology = std::get<Topology>(read);
    const auto layout = autoLayout(topology);
    QCOMPARE(layout.size(), topology.nodes.size());
    const QString clash = firstOverlap(topology, layout);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    for (const char *child : {"ergw", "ars", "nva"}) {
        const Position before = *topology.node(child)->position;
        const Position vnetBefore = *topology.node("hub")->position;
        QCOMPARE(layout.at(child).x - layout.at("hub").x, before.x - vnetBefore.x);
        QCOMPARE(layout.at(child).y - layout.at("hub").y, before.y - vnetBefore.y);
    }
    // Nothing top-level lands on a child either.
    const std::string stray = avsnet::test::firstStrayChild(topology, layout);
    QVERIFY2(stray.empty(), stray.c_str());
}

void TestAutoLayout::gridAndSceneArea()
{
    const Topology topology = hubsAndSpokes(4, 10);
    const auto layout = autoLayout(topology);
    double minimumX = 1e9, minimumY = 1e9, maximumX = -1e9, maximumY = -1e9;
    for (const Node &node : topology.nodes) {
        if (!node.parentVnet().empty())
            continue;
        const Position position = layout.at(node.id);
        QCOMPARE(std::fmod(position.x, 20.0), 0.0);
        QCOMPARE(std::fmod(position.y, 20.0), 0.0);
        minimumX = std::min(minimumX, position.x);
        minimumY = std::min(minimumY, position.y);
        maximumX = std::max(maximumX, position.x);
        maximumY = std::max(maximumY, position.y);
    }
    QVERIFY(std::abs(minimumX) <= 100 && std::abs(minimumY) <= 100);
    const double expectedSpread = std::sqrt(double(topology.nodes.size())) * 250;
    QVERIFY2(maximumX - minimumX < 3 * expectedSpread && maximumY - minimumY < 3 * expectedSpread,
             qPrintable(QStringLiteral("spread %1 x %2, expected about %3")
                            .arg(maximumX - minimumX)
                            .arg(maximumY - minimumY)
                            .arg(expectedSpread)));
}

void TestAutoLayout::requestedArea()
{
    const Topology topology = hubsAndSpokes(1, 12);
    LayoutOptions wide;
    wide.width = 4000;
    wide.height = 1000;
    const auto layout = autoLayout(topology, wide);
    double maximumX = 0, maximumY = 0;
    for (const auto &[id, position] : layout) {
        maximumX = std::max(maximumX, position.x);
        maximumY = std::max(maximumY, position.y);
    }
    QVERIFY2(maximumX > maximumY,
             qPrintable(QStringLiteral("%1 x %2").arg(maximumX).arg(maximumY)));
    QVERIFY(firstOverlap(topology, layout).isEmpty());
}

void TestAutoLayout::largeDesignLaysOut_data()
{
    QTest::addColumn<Topology>("topology");
    // 50 regions of 46 spokes: 2,500 top-level nodes and 50 gateways.
    QTest::newRow("hub and spoke, 2500") << hubsAndSpokes(50, 46);
    // No leaves to fold: the force budget covers it with fewer iterations.
    QTest::newRow("mesh, 300") << peeringMesh(15, 20);
    // Past the force budget: laid out breadth first on shelves.
    QTest::newRow("mesh, 2500") << peeringMesh(50, 50);
}

void TestAutoLayout::largeDesignLaysOut()
{
    QFETCH(Topology, topology);
    QElapsedTimer timer;
    timer.start();
    const auto layout = autoLayout(topology);
    const qint64 elapsed = timer.elapsed();
    qInfo("autoLayout of %zu nodes, %zu links: %lld ms", topology.nodes.size(),
          topology.links.size(), elapsed);
    QCOMPARE(layout.size(), topology.nodes.size());
    const QString clash = firstOverlap(topology, layout);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    // The time is reported, never asserted: speed is the benchmark's business, and a
    // sanitizer build or a loaded machine must not fail the suite.
}

QTEST_GUILESS_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
