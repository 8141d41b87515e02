// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure import on what Azure would hold for the benchmark's synthetic designs: the
// Resource Graph rows and AVS lists of tests/bench/resourcegraphdump, in an avsnet-capture
// bundle. Every node and link of the design comes back, between the same ends, and the
// layered layout puts no box on another; with the routes Azure would report, every site's
// prefixes and every NVA's originate come back too. What the import must give is counted from
// the design the dump was written from, never from the importer's output.
#include "layoutgeometry.h"
#include "resourcegraphdump.h"
#include "syntheticdesign.h"

#include "import/importsession.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>
#include <set>

using namespace avsnet;
using Json = nlohmann::ordered_json;

Q_DECLARE_METATYPE(avsnet::bench::DesignScale)

namespace {

// Kind -> count over a design document's nodes or links; the Internet is no Azure resource.
std::map<std::string, int> kindsInDocument(const Json &items)
{
    std::map<std::string, int> counts;
    for (const Json &item : items)
        if (item.at("kind") != "internet")
            ++counts[item.at("kind").get<std::string>()];
    return counts;
}

template<typename Items> std::map<std::string, int> kindsImported(const Items &items)
{
    std::map<std::string, int> counts;
    for (const auto &item : items)
        ++counts[std::string(core::toString(item.kind()))];
    return counts;
}

std::string describe(const std::map<std::string, int> &counts)
{
    std::string text;
    for (const auto &[kind, count] : counts)
        text += kind + " " + std::to_string(count) + ", ";
    return text;
}

// Azure knows an ExpressRoute site only as its circuit's private peering: the import names it
// after the circuit ("er-circuit-3 on-premises", id er-circuit-3-on-premises).
std::map<std::string, std::string> importedSiteIds(const Json &design)
{
    std::map<std::string, std::string> sites;
    for (const Json &link : design.at("links"))
        if (link.at("kind") == "er-peering")
            sites[link.at("from")] = link.at("to").get<std::string>() + "-on-premises";
    return sites;
}

// "kind a b" with the ends in order, so a link reads the same from either side.
std::string linkKey(const std::string &kind, std::string a, std::string b)
{
    if (b < a)
        std::swap(a, b);
    return kind + " " + a + " " + b;
}

// A small design of every kind the dump writes, besides the benchmark's M and L.
bench::DesignScale smallScale()
{
    bench::DesignScale scale;
    scale.label = "S";
    scale.hubs = 3;
    scale.vnets = 30;
    scale.circuits = 6;
    scale.avsClouds = 4;
    scale.onPremPrefixes = 600;
    scale.routeServers = true;
    return scale;
}

// Writes the bundle and imports it, reporting the time (not asserting it: speed is the
// benchmark's business, avsnet-bench's "import" rows).
core::azure::ImportResult importBundle(const Json &bundle, const bench::DesignScale &scale)
{
    QTemporaryDir directory;
    const std::string file = directory.filePath("capture.json").toStdString();
    std::ofstream(file, std::ios::binary) << bundle.dump();
    QElapsedTimer timer;
    timer.start();
    core::azure::ImportResult result;
    try {
        result = core::azure::importFiles({}, {file});
    } catch (const core::azure::ImportError &error) {
        qWarning("%s", error.toString().c_str());
    }
    qInfo("%s: import and layout of %zu nodes, %zu links: %lld ms", scale.label.c_str(),
          result.design.nodes.size(), result.design.links.size(), timer.elapsed());
    return result;
}

std::set<std::string> textsOf(const Json &list)
{
    std::set<std::string> texts;
    for (const Json &item : list)
        texts.insert(item.get<std::string>());
    return texts;
}

std::set<std::string> textsOf(const std::vector<core::Ipv4Prefix> &prefixes)
{
    std::set<std::string> texts;
    for (const core::Ipv4Prefix &prefix : prefixes)
        texts.insert(prefix.toString());
    return texts;
}

} // namespace

class TestImportScale : public QObject
{
    Q_OBJECT

private slots:
    void importGivesTheDesignBack_data();
    void importGivesTheDesignBack();
    void observedRoutesGiveTheSitesAndNvasBack_data();
    void observedRoutesGiveTheSitesAndNvasBack();
};

void TestImportScale::importGivesTheDesignBack_data()
{
    QTest::addColumn<bench::DesignScale>("scale");
    QTest::newRow("S: 30 VNets, Route Servers") << smallScale();
    QTest::newRow("M: 500 VNets") << bench::mediumScale();
    QTest::newRow("L: 2,000 VNets, Route Servers") << bench::largeScale();
    QTest::newRow("V: Virtual WAN, 2,000 hub connections") << bench::virtualWanScale();
}

void TestImportScale::importGivesTheDesignBack()
{
    QFETCH(bench::DesignScale, scale);
    const Json design = bench::syntheticDesign(scale);
    const core::azure::ImportResult result = importBundle(bench::captureBundle(design), scale);
    const core::Topology &imported = result.design;

    // Counts by kind, from the design the dump was written from.
    const auto nodesWanted = kindsInDocument(design.at("nodes"));
    const auto linksWanted = kindsInDocument(design.at("links"));
    QCOMPARE(describe(kindsImported(imported.nodes)), describe(nodesWanted));
    QCOMPARE(describe(kindsImported(imported.links)), describe(linksWanted));
    QVERIFY(result.summary.skippedTypes.empty());
    QVERIFY2(result.summary.notes.empty(),
             (std::to_string(result.summary.notes.size()) + " notes").c_str());

    // The same nodes by name (a site by its circuit's), each link between the same two ends.
    const auto sites = importedSiteIds(design);
    auto importedId = [&](const std::string &id) {
        const auto site = sites.find(id);
        return site == sites.end() ? id : site->second;
    };
    for (const Json &node : design.at("nodes")) {
        if (node.at("kind") == "internet")
            continue;
        const core::Node *found = imported.node(importedId(node.at("id")));
        QVERIFY2(found, node.at("id").get<std::string>().c_str());
        QCOMPARE(std::string(core::toString(found->kind())), node.at("kind").get<std::string>());
        if (const auto *site = found->as<core::OnPremSite>())
            QCOMPARE(site->asn, node.at("asn").get<core::Asn>());
    }
    std::set<std::string> importedLinks;
    for (const core::Link &link : imported.links)
        importedLinks.insert(linkKey(std::string(core::toString(link.kind())), link.from, link.to));
    for (const Json &link : design.at("links")) {
        const std::string key
            = linkKey(link.at("kind"), importedId(link.at("from")), importedId(link.at("to")));
        QVERIFY2(importedLinks.contains(key), key.c_str());
    }

    // Laid out: every node placed, no two boxes on each other, no node in a foreign VNet.
    const test::Layout layout = test::positionsOf(imported);
    QCOMPARE(layout.size(), imported.nodes.size());
    const std::string overlap = test::firstOverlap(imported, layout);
    QVERIFY2(overlap.empty(), overlap.c_str());
    const std::string stray = test::firstStrayChild(imported, layout);
    QVERIFY2(stray.empty(), stray.c_str());
}

void TestImportScale::observedRoutesGiveTheSitesAndNvasBack_data()
{
    QTest::addColumn<bench::DesignScale>("scale");
    QTest::newRow("S: 30 VNets, Route Servers") << smallScale();
    QTest::newRow("L: 2,000 VNets, 100,000 on-premises prefixes") << bench::largeScale();
    QTest::newRow("V: Virtual WAN, 100,000 on-premises prefixes") << bench::virtualWanScale();
}

// With the routes Azure would report, every site gets the prefixes the design gave it and every
// NVA what it originates; nothing is left to fill in but what the routes cannot tell.
void TestImportScale::observedRoutesGiveTheSitesAndNvasBack()
{
    QFETCH(bench::DesignScale, scale);
    const Json design = bench::syntheticDesign(scale);
    const core::azure::ImportResult result
        = importBundle(bench::captureBundle(design, true), scale);
    const core::Topology &imported = result.design;
    QVERIFY(!imported.nodes.empty());

    const auto sites = importedSiteIds(design);
    int sitesFilled = 0;
    int nvasFilled = 0;
    for (const Json &node : design.at("nodes")) {
        const std::string id = node.at("id");
        if (node.at("kind") == "onprem") {
            const core::Node *site = imported.node(sites.at(id));
            QVERIFY2(site, id.c_str());
            QVERIFY2(textsOf(site->as<core::OnPremSite>()->prefixes)
                         == textsOf(node.at("prefixes")),
                     id.c_str());
            QVERIFY(!site->as<core::OnPremSite>()->advertiseDefaultRoute);
            ++sitesFilled;
        } else if (node.at("kind") == "nva") {
            const auto *nva = imported.node(id)->as<core::Nva>();
            QVERIFY2(textsOf(nva->originate) == textsOf(node.at("originate")), id.c_str());
            QCOMPARE(nva->readvertise, false);
            ++nvasFilled;
        }
    }
    QCOMPARE(int(result.summary.fromObserved.size()), sitesFilled + nvasFilled);
    QVERIFY2(result.summary.incomplete.empty(),
             (std::to_string(result.summary.incomplete.size()) + " to fill in").c_str());

    // The sites' prefixes are a line of text more under them: still no overlap.
    const test::Layout layout = test::positionsOf(imported);
    const std::string overlap = test::firstOverlap(imported, layout);
    QVERIFY2(overlap.empty(), overlap.c_str());
    const std::string stray = test::firstStrayChild(imported, layout);
    QVERIFY2(stray.empty(), stray.c_str());
}

QTEST_GUILESS_MAIN(TestImportScale)
#include "tst_importscale.moc"
