// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisequality.h"
#include "io/documentreader.h"
#include "routing/analysis.h"

#ifdef AVSNET_HAVE_SYNTHETIC_DESIGNS
#include "syntheticdesign.h"
#endif

#include <QDir>
#include <QTest>

#include <functional>
#include <random>

using namespace avsnet::core;

namespace {

using TopologyPtr = std::shared_ptr<const Topology>;

struct Edit
{
    std::string name;
    std::function<void(Topology &)> apply;
};

// The edits a user makes in the designer, each as small as one property: switching a node or
// link off or on, changing what a site advertises, a weight, an NVA's AS path policy, a
// gateway's switch, a VNet's ranges, and adding a site with its connection.
std::vector<Edit> editsOf(const Topology &design)
{
    std::vector<Edit> edits;
    for (std::size_t i = 0; i < design.links.size(); ++i) {
        const Link &link = design.links[i];
        edits.push_back({"toggle link " + link.id, [i](Topology &t) {
                             t.links[i].disabled = !t.links[i].disabled;
                         }});
        if (link.as<ErConnectionLink>())
            edits.push_back({"weight of " + link.id, [i](Topology &t) {
                                 t.links[i].as<ErConnectionLink>()->weight += 100;
                             }});
        if (link.as<VnetPeeringLink>())
            edits.push_back({"useRemoteGateways of " + link.id, [i](Topology &t) {
                                 auto *peering = t.links[i].as<VnetPeeringLink>();
                                 peering->useRemoteGateways = !peering->useRemoteGateways;
                             }});
        if (link.as<VpnConnectionLink>())
            edits.push_back({"bgp of " + link.id, [i](Topology &t) {
                                 auto *connection = t.links[i].as<VpnConnectionLink>();
                                 connection->bgp = !connection->bgp;
                             }});
    }
    std::optional<Ipv4Prefix> sitePrefix;
    for (const Node &node : design.nodes) {
        if (const auto *site = node.as<OnPremSite>(); site && !site->prefixes.empty() && !sitePrefix)
            sitePrefix = site->prefixes.front();
    }
    for (std::size_t i = 0; i < design.nodes.size(); ++i) {
        const Node &node = design.nodes[i];
        edits.push_back({"toggle node " + node.id, [i](Topology &t) {
                             t.nodes[i].disabled = !t.nodes[i].disabled;
                         }});
        if (node.as<OnPremSite>()) {
            edits.push_back({"prefix added to " + node.id, [i](Topology &t) {
                                 auto *site = t.nodes[i].as<OnPremSite>();
                                 const auto added = *Ipv4Prefix::parse("198.51.100.0/24");
                                 site->prefixes.push_back(added);
                                 if (site->advertise)
                                     site->advertise->push_back(added);
                             }});
            edits.push_back({"default route of " + node.id, [i](Topology &t) {
                                 auto *site = t.nodes[i].as<OnPremSite>();
                                 site->advertiseDefaultRoute = !site->advertiseDefaultRoute;
                             }});
        }
        if (node.as<Nva>()) {
            edits.push_back({"readvertise of " + node.id, [i](Topology &t) {
                                 auto *nva = t.nodes[i].as<Nva>();
                                 nva->readvertise = !nva->readvertise;
                             }});
            edits.push_back({"prepend of " + node.id, [i](Topology &t) {
                                 t.nodes[i].as<Nva>()->asPath.prepend += 2;
                             }});
        }
        if (node.as<ErGateway>())
            edits.push_back({"allowRemoteVnetTraffic of " + node.id, [i](Topology &t) {
                                 auto *gateway = t.nodes[i].as<ErGateway>();
                                 gateway->allowRemoteVnetTraffic = !gateway->allowRemoteVnetTraffic;
                             }});
        if (node.as<RouteServer>())
            edits.push_back({"branchToBranch of " + node.id, [i](Topology &t) {
                                 auto *server = t.nodes[i].as<RouteServer>();
                                 server->branchToBranch = !server->branchToBranch;
                             }});
        if (node.as<VirtualNetwork>()) {
            edits.push_back({"range added to " + node.id, [i](Topology &t) {
                                 t.nodes[i].as<VirtualNetwork>()->addressSpace.push_back(
                                     *Ipv4Prefix::parse("10.254.254.0/24"));
                             }});
            // R5: a VPN gateway stops passing a site's route that overlaps a served range;
            // the range holds the site's prefix without equalling it, so no origination of
            // that prefix changes.
            if (sitePrefix && sitePrefix->length() > 0) {
                const Ipv4Prefix supernet =
                    Ipv4Prefix(Ipv4Address(sitePrefix->first()), sitePrefix->length() - 1).network();
                edits.push_back({"site supernet added to " + node.id, [i, supernet](Topology &t) {
                                     t.nodes[i].as<VirtualNetwork>()->addressSpace.push_back(supernet);
                                 }});
            }
        }
    }
    // A new site beside an existing one, over a copy of its links: nodes and links appended.
    for (std::size_t i = 0; i < design.nodes.size(); ++i) {
        if (!design.nodes[i].as<OnPremSite>())
            continue;
        const std::string id = design.nodes[i].id;
        edits.push_back({"site added beside " + id, [i, id](Topology &t) {
                             Node site = t.nodes[i];
                             // Unique however often the edit runs (random edits repeat).
                             site.id = id + "-added-" + std::to_string(t.nodes.size());
                             site.as<OnPremSite>()->prefixes = {*Ipv4Prefix::parse("203.0.113.0/24")};
                             site.as<OnPremSite>()->advertise.reset();
                             t.nodes.push_back(site);
                             const std::size_t links = t.links.size();
                             for (std::size_t l = 0; l < links; ++l) {
                                 if (t.links[l].from != id && t.links[l].to != id)
                                     continue;
                                 Link copy = t.links[l];
                                 copy.id += "-" + site.id;
                                 (copy.from == id ? copy.from : copy.to) = site.id;
                                 t.links.push_back(copy);
                             }
                         }});
        break;
    }
    return edits;
}

TopologyPtr edited(const Topology &design, const Edit &edit)
{
    auto copy = std::make_shared<Topology>(design);
    edit.apply(*copy);
    return copy;
}

TopologyPtr load(const QString &file)
{
    auto result = DocumentReader::readFile(file.toStdString());
    if (const auto *error = std::get_if<LoadError>(&result))
        qFatal("%s", error->toString().c_str());
    return std::make_shared<const Topology>(std::get<Topology>(std::move(result)));
}

} // namespace

// Every incremental analysis must equal a full analysis of the same design: the designer
// shows the incremental one, and reachability is the product.
class TestIncrementalAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void routingCaseEdits_data()
    {
        QTest::addColumn<QString>("design");
        const QDir cases(QStringLiteral(AVSNET_TEST_DATA "/routing"));
        for (const QString &folder : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::addRow("%s", qPrintable(folder)) << cases.filePath(folder + "/design.avsnet");
    }

    // Each edit from the case's own analysis, incremental wherever the engine can be, then
    // all edits one after the other, each from the incremental analysis before it.
    void routingCaseEdits()
    {
        QFETCH(QString, design);
        const TopologyPtr base = load(design);
        const auto baseAnalysis = analyze(base);
        TopologyPtr chained = base;
        auto chainedAnalysis = baseAnalysis;
        for (const Edit &edit : editsOf(*base)) {
            const TopologyPtr after = edited(*base, edit);
            const auto full = analyze(after);
            const auto incremental = reanalyze(baseAnalysis, after, 1.0);
            if (incremental->provenance().incremental)
                ++m_incrementalRuns;
            const auto difference = firstDifference(*full, *incremental);
            QVERIFY2(!difference, (edit.name + ": " + difference.value_or("")).c_str());

            chained = edited(*chained, edit);
            chainedAnalysis = reanalyze(chainedAnalysis, chained, 1.0);
            const auto chainDifference = firstDifference(*analyze(chained), *chainedAnalysis);
            QVERIFY2(!chainDifference,
                     ("after " + edit.name + " in a chain: " + chainDifference.value_or("")).c_str());
        }
    }

    // The cases above must have exercised the incremental path, not only the full fallback.
    void incrementalPathWasTaken()
    {
        QVERIFY2(m_incrementalRuns > 500, std::to_string(m_incrementalRuns).c_str());
    }

    void removedNodeRunsInFull()
    {
        const TopologyPtr base = load(QStringLiteral(AVSNET_TEST_DATA "/routing/09-r2-two-vnets-one-circuit/design.avsnet"));
        auto copy = std::make_shared<Topology>(*base);
        copy->nodes.erase(copy->nodes.begin());
        const auto full = analyze(TopologyPtr(copy));
        const auto again = reanalyze(analyze(base), copy);
        QVERIFY(!again->provenance().incremental);
        QVERIFY(!firstDifference(*full, *again));
    }

    void smallEditRerunsFewPrefixes()
    {
        // A Global Reach link switched off touches the prefixes of the two circuits only.
        const TopologyPtr base = load(QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples/contoso.avsnet"));
        auto copy = std::make_shared<Topology>(*base);
        const auto link = std::find_if(copy->links.begin(), copy->links.end(),
                                       [](const Link &l) { return l.kind() == LinkKind::GlobalReach; });
        QVERIFY(link != copy->links.end());
        link->disabled = true;
        const auto again = reanalyze(analyze(base), copy, 1.0);
        QVERIFY(again->provenance().incremental);
        QVERIFY(again->provenance().prefixesRerun < again->provenance().prefixes);
        QVERIFY(!firstDifference(*analyze(TopologyPtr(copy)), *again));
    }

#ifdef AVSNET_HAVE_SYNTHETIC_DESIGNS
    // Random edits of the benchmark's M design, one after the other.
    void randomEditsOfM()
    {
        auto loaded = DocumentReader::readText(
            avsnet::bench::syntheticDesignText(avsnet::bench::mediumScale()), "M");
        TopologyPtr design = std::make_shared<const Topology>(std::get<Topology>(std::move(loaded)));
        auto analysis = analyze(design);
        const auto edits = editsOf(*design);
        std::mt19937 random(20261206);
        int incremental = 0;
        for (int round = 0; round < 24; ++round) {
            const Edit &edit =
                edits[std::uniform_int_distribution<std::size_t>(0, edits.size() - 1)(random)];
            design = edited(*design, edit);
            analysis = reanalyze(analysis, design);
            incremental += analysis->provenance().incremental ? 1 : 0;
            // Effective routes of every 25th VNet: all 500 take longer than the rest together.
            const auto difference = firstDifference(*analyze(design), *analysis, 25);
            QVERIFY2(!difference, (edit.name + ": " + difference.value_or("")).c_str());
        }
        QVERIFY2(incremental >= 12, std::to_string(incremental).c_str());
    }
#endif

private:
    int m_incrementalRuns = 0;
};

QTEST_GUILESS_MAIN(TestIncrementalAnalysis)
#include "tst_incrementalanalysis.moc"
