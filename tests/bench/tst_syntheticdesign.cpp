// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcegraphdump.h"
#include "syntheticdesign.h"

#include "io/documentreader.h"
#include "model/ipv4.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

using namespace avsnet;
using Json = nlohmann::ordered_json;

// The benchmark's designs: the same bytes every time, loadable, and the sizes they promise,
// with every id unique and every address range apart from every other.
class TestSyntheticDesign : public QObject
{
    Q_OBJECT

private slots:
    void isDeterministic_data();
    void isDeterministic();
    void hasPromisedCounts_data();
    void hasPromisedCounts();
    void idsAreUniqueAndLinksResolve_data();
    void idsAreUniqueAndLinksResolve();
    void addressRangesNeverOverlap_data();
    void addressRangesNeverOverlap();
    void staysWithinAzureLimits_data();
    void staysWithinAzureLimits();
    void mediumLoadsWithDocumentReader();
    void resourceGraphDumpJoinsUp();

private:
    static void addScales();
    static bench::DesignScale scale();
    static std::vector<const Json *> nodesOfKind(const Json &design, std::string_view kind);
};

void TestSyntheticDesign::addScales()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("M") << QStringLiteral("M");
    QTest::newRow("L") << QStringLiteral("L");
    QTest::newRow("V") << QStringLiteral("V");
}

bench::DesignScale TestSyntheticDesign::scale()
{
    QFETCH(QString, label);
    const auto scale = bench::scaleByLabel(label.toStdString());
    Q_ASSERT(scale);
    return *scale;
}

std::vector<const Json *> TestSyntheticDesign::nodesOfKind(const Json &design,
                                                           std::string_view kind)
{
    std::vector<const Json *> nodes;
    for (const Json &node : design["nodes"]) {
        if (node["kind"] == kind)
            nodes.push_back(&node);
    }
    return nodes;
}

void TestSyntheticDesign::isDeterministic_data()
{
    addScales();
}

void TestSyntheticDesign::isDeterministic()
{
    const bench::DesignScale size = scale();
    const std::string first = bench::syntheticDesignText(size);
    const std::string second = bench::syntheticDesignText(size);
    QCOMPARE(first.size(), second.size());
    QVERIFY(first == second);
}

void TestSyntheticDesign::hasPromisedCounts_data()
{
    addScales();
}

void TestSyntheticDesign::hasPromisedCounts()
{
    const bench::DesignScale size = scale();
    const Json design = bench::syntheticDesign(size);
    QVERIFY(design["format"] == "avsnet");
    // Virtual WAN (format version 2): the hubs are vwan-hub nodes, each with a firewall.
    QVERIFY(design["version"] == (size.virtualWan ? 2 : 1));
    QCOMPARE(int(nodesOfKind(design, "vnet").size()), size.virtualWan ? size.spokes() : size.vnets);
    QCOMPARE(int(nodesOfKind(design, "vwan-hub").size()), size.virtualWan ? size.hubs : 0);
    QCOMPARE(int(nodesOfKind(design, "hub-firewall").size()), size.virtualWan ? size.hubs : 0);
    QCOMPARE(int(nodesOfKind(design, "er-gateway").size()), size.hubs);
    QCOMPARE(int(nodesOfKind(design, "er-circuit").size()), size.circuits);
    QCOMPARE(int(nodesOfKind(design, "onprem").size()), size.circuits);
    QCOMPARE(int(nodesOfKind(design, "avs").size()), size.avsClouds);
    QCOMPARE(int(nodesOfKind(design, "route-server").size()), size.routeServers ? size.hubs : 0);
    QCOMPARE(int(nodesOfKind(design, "nva").size()), size.routeServers ? size.hubs : 0);

    std::size_t prefixes = 0;
    for (const Json *site : nodesOfKind(design, "onprem"))
        prefixes += (*site)["prefixes"].size();
    QCOMPARE(int(prefixes), size.onPremPrefixes);

    if (size.label == "M") {
        QCOMPARE(size.vnets, 500);
        QCOMPARE(size.onPremPrefixes, 10'000);
    } else if (size.label == "L") {
        QCOMPARE(size.vnets, 2'000);
        QCOMPARE(size.onPremPrefixes, 100'000);
    } else {
        // The Virtual WAN design: 4 hubs, 2,000 hub connections, 20 AVS, 100,000.
        QCOMPARE(size.hubs, 4);
        QCOMPARE(size.spokes(), 2'000);
        QCOMPARE(size.avsClouds, 20);
        QCOMPARE(size.onPremPrefixes, 100'000);
    }
}

void TestSyntheticDesign::idsAreUniqueAndLinksResolve_data()
{
    addScales();
}

void TestSyntheticDesign::idsAreUniqueAndLinksResolve()
{
    const Json design = bench::syntheticDesign(scale());
    std::set<std::string> nodeIds;
    std::set<std::string> ids;
    for (const Json &node : design["nodes"]) {
        const std::string id = node["id"];
        QVERIFY2(ids.insert(id).second, id.c_str());
        nodeIds.insert(id);
    }
    for (const Json &link : design["links"]) {
        const std::string id = link["id"];
        QVERIFY2(ids.insert(id).second, id.c_str());
        QVERIFY2(nodeIds.count(link["from"].get<std::string>()), id.c_str());
        QVERIFY2(nodeIds.count(link["to"].get<std::string>()), id.c_str());
    }
}

void TestSyntheticDesign::addressRangesNeverOverlap_data()
{
    addScales();
}

void TestSyntheticDesign::addressRangesNeverOverlap()
{
    // Every range the overlap finding looks at, plus NVA supernets and Global Reach /29s.
    const Json design = bench::syntheticDesign(scale());
    std::vector<std::pair<core::Ipv4Prefix, std::string>> ranges;
    const auto add = [&](const Json &text, const std::string &owner) {
        const auto prefix = core::Ipv4Prefix::parse(text.get<std::string>());
        QVERIFY2(prefix && !prefix->hasHostBits(), (owner + ": " + text.dump()).c_str());
        ranges.emplace_back(*prefix, owner);
    };
    for (const Json &node : design["nodes"]) {
        const std::string id = node["id"];
        if (node.contains("addressPrefix"))
            add(node["addressPrefix"], id);
        for (const char *field : {"addressSpace", "prefixes", "originate"}) {
            if (node.contains(field)) {
                for (const Json &prefix : node[field])
                    add(prefix, id);
            }
        }
        if (node.contains("managementBlock"))
            add(node["managementBlock"], id);
        if (node.contains("segments")) {
            for (const Json &segment : node["segments"])
                add(segment["prefix"], id);
        }
        if (node.contains("subnets")) {
            const auto space = core::Ipv4Prefix::parse(node["addressSpace"][0].get<std::string>());
            for (const Json &subnet : node["subnets"]) {
                const auto prefix = core::Ipv4Prefix::parse(subnet["prefix"].get<std::string>());
                QVERIFY2(prefix && space->contains(*prefix), id.c_str());
            }
        }
    }
    for (const Json &link : design["links"]) {
        if (link.contains("subnet"))
            add(link["subnet"], link["id"]);
    }

    std::sort(ranges.begin(), ranges.end());
    for (std::size_t index = 1; index < ranges.size(); ++index) {
        const auto &[previous, previousOwner] = ranges[index - 1];
        const auto &[current, owner] = ranges[index];
        QVERIFY2(previous.last() < current.first(),
                 (previous.toString() + " of " + previousOwner + " meets " + current.toString() +
                  " of " + owner)
                     .c_str());
    }
}

void TestSyntheticDesign::staysWithinAzureLimits_data()
{
    addScales();
}

void TestSyntheticDesign::staysWithinAzureLimits()
{
    // routing.md R2 and R4: prefixes per circuit, AVS private clouds per gateway; R10.12: the
    // Virtual WAN design uses premium circuits (10,000) and at most 8 circuits per hub.
    const bench::DesignScale size = scale();
    const Json design = bench::syntheticDesign(size);
    for (const Json *site : nodesOfKind(design, "onprem"))
        QVERIFY((*site)["prefixes"].size() <= (size.virtualWan ? 10'000u : 4'000u));

    std::map<std::string, std::string> kinds;
    for (const Json &node : design["nodes"])
        kinds[node["id"]] = node["kind"];
    std::map<std::string, int> avsPerGateway;
    std::map<std::string, int> circuitsPerGateway;
    for (const Json &link : design["links"]) {
        if (link["kind"] == "er-connection")
            ++circuitsPerGateway[link["to"]];
        if (link["kind"] == "er-connection" && kinds[link["from"]] == "avs")
            ++avsPerGateway[link["to"]];
        if (link["kind"] == "vnet-peering") {
            QVERIFY(link["useRemoteGateways"] == true);
            QVERIFY(kinds[link["to"]] == "vnet");
        }
    }
    for (const auto &[gateway, count] : avsPerGateway)
        QVERIFY2(size.virtualWan || count <= 4, gateway.c_str());
    for (const auto &[gateway, count] : circuitsPerGateway)
        QVERIFY2(!size.virtualWan || count <= 8, gateway.c_str());
}

void TestSyntheticDesign::mediumLoadsWithDocumentReader()
{
    const bench::DesignScale size = bench::mediumScale();
    const auto result =
        core::DocumentReader::readText(bench::syntheticDesignText(size), "synthetic-M.avsnet");
    if (const auto *error = std::get_if<core::LoadError>(&result))
        QFAIL(error->toString().c_str());
    const core::Topology &topology = std::get<core::Topology>(result);
    const auto count = [&](core::NodeKind kind) {
        return int(std::count_if(topology.nodes.begin(), topology.nodes.end(),
                                 [&](const core::Node &node) { return node.kind() == kind; }));
    };
    QCOMPARE(count(core::NodeKind::Vnet), size.vnets);
    QCOMPARE(count(core::NodeKind::ErCircuit), size.circuits);
    QCOMPARE(count(core::NodeKind::Avs), size.avsClouds);
    QCOMPARE(int(topology.intents.size()), 3);
    QVERIFY(topology.node(bench::onPremSiteId(1)));
}

namespace {

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

// Every `id` in the dump: an object with more than its id defines one, `{ "id": ... }` refers.
void collectIds(const Json &value, std::set<std::string> &defined, std::set<std::string> &referred)
{
    if (value.is_object()) {
        if (const auto id = value.find("id"); id != value.end() && id->is_string())
            (value.size() == 1 ? referred : defined).insert(lowered(*id));
        for (const auto &member : value.items())
            collectIds(member.value(), defined, referred);
    } else if (value.is_array()) {
        for (const Json &item : value)
            collectIds(item, defined, referred);
    }
}

} // namespace

// The Resource Graph dump (resourcegraphdump.h) of a small L (Route Servers, NVAs, route
// tables) and a small V (Virtual WAN): the same bytes every time, every row's id once, and
// every `{ "id": ... }` it refers to written in it, whatever the case of the letters, but the
// VMs and the AVS circuits in Microsoft's subscription.
void TestSyntheticDesign::resourceGraphDumpJoinsUp()
{
    for (bench::DesignScale small : {bench::largeScale(), bench::virtualWanScale()}) {
        small.vnets = 44;
        small.circuits = 8;
        small.avsClouds = 4;
        small.onPremPrefixes = 800;
        const Json design = bench::syntheticDesign(small);
        const Json bundle = bench::captureBundle(design, true);
        QVERIFY(bundle.dump() == bench::captureBundle(design, true).dump());
        std::set<std::string> rows;
        for (const Json &row : bundle["graph"])
            QVERIFY2(rows.insert(lowered(row["id"])).second, row["id"].get<std::string>().c_str());
        std::set<std::string> defined;
        std::set<std::string> referred;
        collectIds(bundle["graph"], defined, referred);
        collectIds(bundle["resources"], defined, referred);
        for (const std::string &id : referred) {
            if (id.find("/microsoft.compute/virtualmachines/") != std::string::npos
                || id.starts_with("/subscriptions/0f1e2d3c-"))
                continue;
            QVERIFY2(defined.contains(id), (small.label + ": " + id).c_str());
        }
        QVERIFY(referred.size() > 50);
    }
}

QTEST_APPLESS_MAIN(TestSyntheticDesign)
#include "tst_syntheticdesign.moc"
