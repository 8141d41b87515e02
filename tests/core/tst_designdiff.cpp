// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/designdiff.h"
#include "cli/commandline.h"
#include "cli/diffoutput.h"
#include "cli/jsonoutput.h"
#include "io/documentreader.h"
#include "io/documentwriter.h"
#include "routing/analysis.h"
#include "routing/routecontext.h"
#include "testdesigns.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <set>
#include <sstream>

using namespace avsnet::core;

namespace {

using Json = nlohmann::ordered_json;
using Pair = std::pair<std::string, std::string>;

// The fixtures, loaded by initTestCase, which fails cleanly when one does not load; no test
// runs without them.
std::optional<Topology> g_contoso;

Topology contoso()
{
    return *g_contoso;
}

Topology withLinkDisabled(Topology topology, const std::string &id)
{
    for (Link &link : topology.links) {
        if (link.id == id)
            link.disabled = true;
    }
    return topology;
}

Topology withoutLink(Topology topology, const std::string &id)
{
    std::erase_if(topology.links, [&](const Link &link) { return link.id == id; });
    return topology;
}

DesignDiff diff(const Topology &before, const Topology &after)
{
    return diffDesigns(*analyze(before), *analyze(after));
}

std::set<Pair> pairs(const DesignDiff &diff, bool gained)
{
    std::set<Pair> result;
    for (const auto &change : diff.reachability) {
        if (change.gained == gained)
            result.emplace(change.from, change.to);
    }
    return result;
}

const ContextRouteChanges *changesAt(const DesignDiff &diff, const std::string &context)
{
    for (const auto &changes : diff.routes) {
        if (changes.context == context)
            return &changes;
    }
    return nullptr;
}

bool hasRow(const std::vector<RouteView> &rows, const std::string &prefix,
            const std::string &nextHop, std::optional<bool> active = std::nullopt)
{
    return std::any_of(rows.begin(), rows.end(), [&](const RouteView &row) {
        return row.prefix == prefix && row.nextHop == nextHop && (!active || row.active == *active);
    });
}

Json rowsJson(const std::vector<RouteView> &rows)
{
    Json list = Json::array();
    for (const auto &row : rows)
        list.push_back(toJson(row));
    return list;
}

// Every context `routes --at` accepts in a design.
std::vector<std::string> contextsOf(const Topology &topology)
{
    std::vector<std::string> contexts;
    for (const Node &node : topology.nodes) {
        if (const auto *vnet = node.as<VirtualNetwork>()) {
            for (const auto &subnet : vnet->subnets)
                contexts.push_back(node.id + '/' + subnet.name);
        } else if (node.kind() != NodeKind::Internet) {
            contexts.push_back(node.id);
        }
    }
    return contexts;
}

bool involves(const Pair &pair, const std::string &endpoint)
{
    const auto matches = [&](const std::string &name) {
        return name == endpoint || name.starts_with(endpoint + '/');
    };
    return matches(pair.first) || matches(pair.second);
}

const std::set<Pair> onPremAvsPairs = [] {
    std::set<Pair> result;
    for (const std::string avs : {"avs-weu", "avs-weu/web", "avs-weu/app", "avs-weu/db"}) {
        result.emplace("contoso-dc", avs);
        result.emplace(avs, "contoso-dc");
    }
    return result;
}();

} // namespace

class TestDesignDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDesignAgainstItselfIsEmpty();
    void globalReachOffLosesOnPremToAvs();
    void removedPeeringLosesTheSpoke();
    void reenablingGainsWhatWasLost();
    void changedActiveFlagIsRemovedAndAdded();
    void rowsAreTheRoutesCommandRows();
    void avsHidesPrivateAsnChanges();
    void jsonShape();
    void textMarksChanges();
    void reachabilityCanBeSkipped();
    void commandLineExitCodes();
};

void TestDesignDiff::initTestCase()
{
    const QString sample = avsnet::testing::loadDesign(avsnet::testing::samplePath(), g_contoso);
    QVERIFY2(sample.isEmpty(), qPrintable(sample));
}

void TestDesignDiff::aDesignAgainstItselfIsEmpty()
{
    // Two analyses of one design: nothing may depend on which analysis a route came from.
    const DesignDiff result = diff(contoso(), contoso());
    QVERIFY(result.empty());
    QVERIFY(result.reachabilityCompared);
    const Json expected{{"reachability", Json{{"gained", Json::array()}, {"lost", Json::array()}}},
                        {"routes", Json::array()}};
    QCOMPARE(designDiffToJson(result).dump(), expected.dump());
    std::ostringstream text;
    writeDesignDiff(text, result, true);
    QCOMPARE(text.str(), std::string("No differences.\n"));
}

void TestDesignDiff::globalReachOffLosesOnPremToAvs()
{
    const DesignDiff result = diff(contoso(), withLinkDisabled(contoso(), "gr-ams-avs"));
    QVERIFY(pairs(result, true).empty());
    QCOMPARE(pairs(result, false), onPremAvsPairs);

    // The circuit no longer hears AVS over Global Reach, nor AVS the site.
    const auto *circuit = changesAt(result, "er-ams");
    QVERIFY(circuit);
    QVERIFY(circuit->added.empty());
    QVERIFY(hasRow(circuit->removed, "10.101.1.0/24", "avs-weu", true));
    const auto *avs = changesAt(result, "avs-weu");
    QVERIFY(avs);
    QVERIFY(avs->added.empty());
    QVERIFY(hasRow(avs->removed, "192.168.0.0/16", "er-ams", true));
    const auto *site = changesAt(result, "contoso-dc");
    QVERIFY(site);
    QVERIFY(hasRow(site->removed, "10.101.1.0/24", "er-ams"));
    // The subnets never used Global Reach.
    QVERIFY(!changesAt(result, "spoke1/workload"));
    QVERIFY(!changesAt(result, "hub/management"));
}

void TestDesignDiff::removedPeeringLosesTheSpoke()
{
    const DesignDiff result = diff(contoso(), withoutLink(contoso(), "spoke1-hub"));
    QVERIFY(pairs(result, true).empty());
    const auto lost = pairs(result, false);
    QVERIFY(lost.contains({"contoso-dc", "spoke1/workload"}));
    QVERIFY(lost.contains({"spoke1/workload", "contoso-dc"}));
    QVERIFY(lost.contains({"spoke1/data", "avs-weu/web"}));
    QVERIFY(std::all_of(lost.begin(), lost.end(),
                        [](const Pair &pair) { return involves(pair, "spoke1"); }));

    const auto *hub = changesAt(result, "hub/management");
    QVERIFY(hub);
    QVERIFY(hasRow(hub->removed, "10.1.0.0/16", "spoke1", true));
    const auto *spoke = changesAt(result, "spoke1/workload");
    QVERIFY(spoke);
    QVERIFY(hasRow(spoke->removed, "10.0.0.0/16", "hub"));
    QVERIFY(std::none_of(spoke->added.begin(), spoke->added.end(), [](const RouteView &row) {
        return row.nextHopType == "VNetPeering" || row.nextHopType == "VirtualNetworkGateway";
    }));
    // The gateway no longer announces the spoke.
    QVERIFY(changesAt(result, "contoso-dc"));
    QVERIFY(!changesAt(result, "spoke2/workload"));
}

void TestDesignDiff::reenablingGainsWhatWasLost()
{
    for (const auto &after : {withLinkDisabled(contoso(), "gr-ams-avs"),
                              withoutLink(contoso(), "spoke1-hub")}) {
        const DesignDiff forward = diff(contoso(), after);
        const DesignDiff back = diff(after, contoso());
        QVERIFY(!forward.empty());
        QCOMPARE(pairs(back, true), pairs(forward, false));
        QCOMPARE(pairs(back, false), pairs(forward, true));
        QCOMPARE(back.routes.size(), forward.routes.size());
        for (std::size_t i = 0; i < back.routes.size(); ++i) {
            QCOMPARE(back.routes[i].context, forward.routes[i].context);
            QCOMPARE(rowsJson(back.routes[i].added).dump(),
                     rowsJson(forward.routes[i].removed).dump());
            QCOMPARE(rowsJson(back.routes[i].removed).dump(),
                     rowsJson(forward.routes[i].added).dump());
        }
    }
}

void TestDesignDiff::changedActiveFlagIsRemovedAndAdded()
{
    // Without its own connection AVS reaches the hub over Global Reach: the routes it had as
    // backups win now.
    const DesignDiff result = diff(contoso(), withLinkDisabled(contoso(), "avs-weu-ergw"));
    const auto *avs = changesAt(result, "avs-weu");
    QVERIFY(avs);
    QVERIFY(hasRow(avs->removed, "10.0.0.0/16", "er-ams", false));
    QVERIFY(hasRow(avs->added, "10.0.0.0/16", "er-ams", true));
    QVERIFY(hasRow(avs->removed, "10.0.0.0/16", "ergw", true));
    QVERIFY(!hasRow(avs->added, "10.0.0.0/16", "ergw"));
}

void TestDesignDiff::rowsAreTheRoutesCommandRows()
{
    // Against an empty design every row of every table is removed (or added the other way):
    // the rows, and their order, must be what `avsnet routes --at CONTEXT` prints.
    Topology spokeOff = contoso();
    spokeOff.node("spoke2")->disabled = true;
    for (const Topology &design : {contoso(), withLinkDisabled(contoso(), "gr-ams-avs"), spokeOff}) {
        const auto analysis = analyze(design);
        const auto empty = analyze(Topology{});
        const DesignDiff removed = diffDesigns(*analysis, *empty);
        const DesignDiff added = diffDesigns(*empty, *analysis);
        std::size_t listed = 0;
        for (const std::string &context : contextsOf(design)) {
            const auto rows = std::get<std::vector<RouteView>>(routesAt(*analysis, context));
            const auto *lost = changesAt(removed, context);
            const auto *gained = changesAt(added, context);
            if (rows.empty()) {
                QVERIFY2(!lost && !gained, context.c_str());
                continue;
            }
            ++listed;
            QVERIFY2(lost && gained, context.c_str());
            QVERIFY(lost->added.empty() && gained->removed.empty());
            QCOMPARE(rowsJson(lost->removed).dump(), rowsJson(rows).dump());
            QCOMPARE(rowsJson(gained->added).dump(), rowsJson(rows).dump());
        }
        QCOMPARE(removed.routes.size(), listed);
        // A disabled VNet has no routes, as `routes` shows it.
        if (design.node("spoke2")->disabled)
            QVERIFY(!changesAt(removed, "spoke2/workload"));

        // Every reachable pair of the matrix is lost.
        const auto matrix = reachabilityMatrix(*analysis);
        std::set<Pair> reachable;
        for (std::size_t from = 0; from < matrix.endpoints.size(); ++from)
            for (std::size_t to = 0; to < matrix.endpoints.size(); ++to)
                if (from != to && matrix.reachable[from][to])
                    reachable.emplace(matrix.endpoints[from], matrix.endpoints[to]);
        QVERIFY(!reachable.empty());
        QCOMPARE(pairs(removed, false), reachable);
        QCOMPARE(pairs(added, true), reachable);
    }
}

void TestDesignDiff::avsHidesPrivateAsnChanges()
{
    // AVS's Tier-0 view drops private ASNs: a site renumbered from one private ASN to another
    // changes the circuit's paths but no row AVS shows.
    Topology renumbered = contoso();
    renumbered.node("contoso-dc")->as<OnPremSite>()->asn = 65520;
    const DesignDiff result = diff(contoso(), renumbered);
    QVERIFY(result.reachability.empty());
    QVERIFY(changesAt(result, "er-ams"));
    QVERIFY(!changesAt(result, "avs-weu"));
}

void TestDesignDiff::jsonShape()
{
    const DesignDiff result = diff(contoso(), withLinkDisabled(contoso(), "gr-ams-avs"));
    const Json json = designDiffToJson(result);
    QVERIFY(json.is_object());
    QCOMPARE(json.size(), std::size_t(2));
    QCOMPARE(json.begin().key(), std::string("reachability"));
    const Json &reachability = json.at("reachability");
    QVERIFY(reachability.at("gained").is_array());
    QCOMPARE(reachability.at("lost").size(), onPremAvsPairs.size());
    for (const Json &pair : reachability.at("lost")) {
        QCOMPARE(pair.size(), std::size_t(2));
        QVERIFY(onPremAvsPairs.contains({pair.at("from").get<std::string>(),
                                         pair.at("to").get<std::string>()}));
    }
    const Json &routes = json.at("routes");
    QCOMPARE(routes.size(), result.routes.size());
    std::vector<std::string> contexts;
    for (const Json &entry : routes) {
        QCOMPARE(entry.size(), std::size_t(3));
        contexts.push_back(entry.at("context").get<std::string>());
        QVERIFY(entry.at("added").is_array());
        for (const Json &row : entry.at("removed")) {
            std::vector<std::string> keys;
            for (const auto &item : row.items())
                keys.push_back(item.key());
            QCOMPARE(keys, (std::vector<std::string>{"prefix", "nextHopType", "nextHop", "source",
                                                     "asPath", "active"}));
        }
    }
    QVERIFY(std::is_sorted(contexts.begin(), contexts.end()));
    QVERIFY(std::find(contexts.begin(), contexts.end(), "er-ams") != contexts.end());
}

void TestDesignDiff::textMarksChanges()
{
    const DesignDiff result = diff(contoso(), withLinkDisabled(contoso(), "avs-weu-ergw"));
    std::ostringstream plain;
    writeDesignDiff(plain, result, false);
    const QString text = QString::fromStdString(plain.str());
    QVERIFY(!text.contains('\033'));
    QVERIFY(text.contains("Reachability: 0 pairs gained, 0 lost"));
    QVERIFY(text.contains("Routes at avs-weu\n"));
    // A prefix's old rows right above its new ones. A route learned over Global Reach reaches
    // AVS with 12076 three times (routing revision 2).
    const QRegularExpression flip("\n-  10\\.0\\.0\\.0/16 +Peer +er-ams +BGP +12076 12076 12076 +no\n"
                                  "(-  10\\.0\\.0\\.0/16 [^\n]*\n)*"
                                  "\\+  10\\.0\\.0\\.0/16 +Peer +er-ams +BGP +12076 12076 12076 +yes\n");
    QVERIFY2(flip.match(text).hasMatch(), qPrintable(text));

    const DesignDiff lost = diff(contoso(), withLinkDisabled(contoso(), "gr-ams-avs"));
    std::ostringstream coloured;
    writeDesignDiff(coloured, lost, true);
    QVERIFY(coloured.str().find("\033[31m") != std::string::npos);
    std::ostringstream lostText;
    writeDesignDiff(lostText, lost, false);
    QVERIFY(lostText.str().find("Reachability: 0 pairs gained, 8 lost\n") != std::string::npos);
    QVERIFY(QString::fromStdString(lostText.str())
                .contains(QRegularExpression("\n-  contoso-dc +avs-weu/web\n")));
}

void TestDesignDiff::reachabilityCanBeSkipped()
{
    const auto before = analyze(contoso());
    const auto after = analyze(withLinkDisabled(contoso(), "gr-ams-avs"));
    const DesignDiff result = diffDesigns(*before, *after, DiffOptions{.reachability = false});
    QVERIFY(!result.reachabilityCompared);
    QVERIFY(result.reachability.empty());
    QVERIFY(designDiffToJson(result).at("reachability").is_null());
    QCOMPARE(designDiffToJson(result).at("routes").dump(),
             designDiffToJson(diffDesigns(*before, *after)).at("routes").dump());
    std::ostringstream text;
    writeDesignDiff(text, result, false);
    QVERIFY(text.str().starts_with("Reachability: not compared\n"));
}

// `avsnet diff`: 0 when the designs route alike, 1 when they differ, 2 when a file is refused;
// --json prints one document with both halves.
void TestDesignDiff::commandLineExitCodes()
{
    QTemporaryDir folder;
    const std::string sample = AVSNET_SOURCE_DIR "/resources/samples/contoso.avsnet";
    Topology changed = contoso();
    for (auto &link : changed.links) {
        if (link.id == "gr-ams-avs")
            link.disabled = true;
    }
    const std::string after = folder.filePath(QStringLiteral("after.avsnet")).toStdString();
    QVERIFY(DocumentWriter::writeFile(changed, after).empty());
    const auto run = [](const std::vector<std::string> &arguments, std::string *out) {
        std::ostringstream output;
        std::ostringstream errors;
        const int code = runCommandLine(arguments, output, errors, false);
        *out = output.str() + errors.str();
        return code;
    };
    std::string out;
    QCOMPARE(run({"diff", sample, sample}, &out), 0);
    QVERIFY(out.find("No differences.") != std::string::npos);
    QCOMPARE(run({"diff", sample, after}, &out), 1);
    QVERIFY(out.find("contoso-dc") != std::string::npos);
    QCOMPARE(run({"diff", sample, after, "--json"}, &out), 1);
    const auto json = nlohmann::json::parse(out);
    QCOMPARE(json["reachability"]["lost"].size(), std::size_t(8));
    QCOMPARE(run({"diff", sample, after, "--routes-only", "--json"}, &out), 1);
    QVERIFY(nlohmann::json::parse(out)["reachability"].is_null());
    QCOMPARE(run({"diff", sample}, &out), 2);
    QCOMPARE(run({"diff", sample, "/no/such.avsnet"}, &out), 2);
    QVERIFY(out.find("/no/such.avsnet") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestDesignDiff)
#include "tst_designdiff.moc"
