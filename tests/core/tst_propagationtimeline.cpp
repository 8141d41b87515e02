// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/documentreader.h"
#include "routing/analysis.h"
#include "routing/propagationtimeline.h"
#include "testdesigns.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <optional>

using namespace avsnet::core;

namespace {

// NVAs in a mesh, built so the engine withdraws routes and refuses offers that replace
// accepted ones, which no sample design does (the file's description says how).
const QString nvaMeshPath = avsnet::testing::designPath("nva-mesh");

QString contosoPath()
{
    return avsnet::testing::samplePath();
}

// One route, with its AS path spelled out so routes of two analyses compare.
std::string routeText(const BgpRoute &route, const AsPathPool &paths)
{
    std::string text = route.prefix.toString() + " [";
    for (const Asn asn : paths.path(route.asPath))
        text += ' ' + std::to_string(asn);
    text += " ] from " + std::to_string(route.learnedFrom) + " link " + std::to_string(route.link)
            + " origin " + std::to_string(route.origin) + (route.active ? " active" : " inactive");
    return text;
}

std::vector<std::string> tableText(const BgpTable &table, const AsPathPool &paths)
{
    std::vector<std::string> lines;
    for (const auto &route : table.routes())
        lines.push_back(routeText(route, paths));
    return lines;
}

// Same routes field by field; AS paths by contents, as the pools may differ.
bool sameTable(const BgpTable &a, const AsPathPool &aPaths, const BgpTable &b,
               const AsPathPool &bPaths)
{
    return std::ranges::equal(a.routes(), b.routes(), [&](const BgpRoute &x, const BgpRoute &y) {
        return x.prefix == y.prefix && x.learnedFrom == y.learnedFrom && x.link == y.link
               && x.origin == y.origin && x.active == y.active
               && std::ranges::equal(aPaths.path(x.asPath), bPaths.path(y.asPath));
    });
}

// Empty when every node's table is equal, else the first difference.
std::string firstDifference(const std::vector<BgpTable> &actual, const AsPathPool &actualPaths,
                            const std::vector<BgpTable> &expected, const AsPathPool &expectedPaths,
                            const Topology &topology)
{
    if (actual.size() != expected.size())
        return "table count " + std::to_string(actual.size()) + " vs "
               + std::to_string(expected.size());
    for (std::size_t node = 0; node < actual.size(); ++node) {
        if (sameTable(actual[node], actualPaths, expected[node], expectedPaths))
            continue;
        const auto got = tableText(actual[node], actualPaths);
        const auto want = tableText(expected[node], expectedPaths);
        std::string message = "node " + topology.nodes[node].id + ": ";
        for (std::size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
            const std::string a = i < got.size() ? got[i] : "(none)";
            const std::string b = i < want.size() ? want[i] : "(none)";
            if (a != b)
                return message + "replayed " + a + ", expected " + b;
        }
    }
    return {};
}

std::vector<BgpTable> analysisTables(const Analysis &analysis)
{
    std::vector<BgpTable> tables;
    for (std::size_t node = 0; node < analysis.topology().nodes.size(); ++node)
        tables.push_back(analysis.bgpTable(int(node)));
    return tables;
}

bool sameEvent(const PropagationEvent &a, const PropagationEvent &b)
{
    return a.kind == b.kind && a.prefix == b.prefix && a.from == b.from && a.to == b.to
           && a.link == b.link && a.asPath == b.asPath && a.reason == b.reason
           && a.route == b.route;
}

} // namespace

// The step-through of lessons: the engine's propagation as events, replayed to any step.
// Checked on the Contoso sample, every routing case and the test designs.
class TestPropagationTimeline : public QObject
{
    Q_OBJECT

private:
    void designs()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("contoso") << contosoPath();
        QTest::newRow("nva-mesh") << nvaMeshPath;
        const QDir cases(QStringLiteral(AVSNET_TEST_DATA "/routing"));
        for (const QString &folder :
             cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            QTest::addRow("%s", qPrintable(folder))
                << QDir(cases.filePath(folder)).filePath("design.avsnet");
        }
        const QDir designs(QStringLiteral(AVSNET_TEST_DATA "/designs"));
        for (const QString &name : designs.entryList({"*.avsnet"}, QDir::Files, QDir::Name)) {
            if (name != QLatin1String("nva-mesh.avsnet"))
                QTest::addRow("designs/%s", qPrintable(name)) << designs.filePath(name);
        }
    }

private slots:
    void replayToEndGivesTheAnalysisTables_data() { designs(); }
    void replayToEndGivesTheAnalysisTables()
    {
        QFETCH(QString, path);
        LOAD_DESIGN_FILE(loaded, path);
        const Topology &topology = *loaded;
        const auto analysis = analyze(topology);
        const PropagationTimeline timeline = recordPropagation(topology);
        TimelineReplay replay(timeline);

        const auto expected = analysisTables(*analysis);
        bool anyRoute = false;
        for (const auto &table : expected)
            anyRoute = anyRoute || !table.empty();
        QCOMPARE(timeline.size() > 0, anyRoute);

        replay.seek(timeline.size());
        QVERIFY(replay.atEnd());
        QCOMPARE(replay.step(), timeline.size());
        const auto replayed = replay.tables();
        const AsPathPool &paths = timeline.analysis().asPaths();
        // Against an analysis of its own, by AS path contents...
        std::string difference
            = firstDifference(replayed, paths, expected, analysis->asPaths(), topology);
        QVERIFY2(difference.empty(), difference.c_str());
        // ...and against the recorded analysis, by AS path id.
        difference = firstDifference(replayed, paths, analysisTables(timeline.analysis()), paths,
                                     topology);
        QVERIFY2(difference.empty(), difference.c_str());
    }

    void stepBackRestoresTheTables_data() { designs(); }
    void stepBackRestoresTheTables()
    {
        QFETCH(QString, path);
        LOAD_DESIGN_FILE(loaded, path);
        const Topology &topology = *loaded;
        const PropagationTimeline timeline = recordPropagation(topology);
        const AsPathPool &paths = timeline.analysis().asPaths();
        TimelineReplay replay(timeline);

        // Every step on small designs, some 300 spread over the large ones.
        const std::size_t stride = std::max<std::size_t>(1, timeline.size() / 300);
        for (std::size_t step = 0; step < timeline.size(); step += stride) {
            replay.seek(step);
            const auto before = replay.tables();
            QVERIFY(replay.forward());
            const int changed = replay.lastChangedNode();
            QCOMPARE(changed, timeline.events()[step].to);
            // Only the receiver's table may have moved.
            const auto during = replay.tables();
            for (std::size_t node = 0; node < during.size(); ++node) {
                if (int(node) != changed)
                    QVERIFY(sameTable(during[node], paths, before[node], paths));
            }
            QVERIFY(replay.back());
            QCOMPARE(replay.step(), step);
            const std::string difference
                = firstDifference(replay.tables(), paths, before, paths, topology);
            QVERIFY2(difference.empty(), difference.c_str());
        }

        // All the way back empties every table; all the way forward again gives the end.
        replay.seek(timeline.size());
        replay.seek(0);
        QVERIFY(!replay.back());
        for (const auto &table : replay.tables())
            QVERIFY(table.empty());
        std::size_t steps = 0;
        while (replay.forward())
            ++steps;
        QCOMPARE(steps, timeline.size());
        const std::string difference = firstDifference(
            replay.tables(), paths, analysisTables(timeline.analysis()), paths, topology);
        QVERIFY2(difference.empty(), difference.c_str());
    }

    void eventOrderIsDeterministic_data() { designs(); }
    void eventOrderIsDeterministic()
    {
        QFETCH(QString, path);
        LOAD_DESIGN_FILE(loaded, path);
        const Topology &topology = *loaded;
        const PropagationTimeline first = recordPropagation(topology);
        const PropagationTimeline second = recordPropagation(topology);
        QCOMPARE(first.size(), second.size());
        for (std::size_t step = 0; step < first.size(); ++step) {
            QVERIFY2(sameEvent(first.events()[step], second.events()[step]),
                     qPrintable(QString::number(step) + ": " + first.describe(step).c_str() + " / "
                                + second.describe(step).c_str()));
        }
    }

    void descriptionsNameExistingNodes_data() { designs(); }
    void descriptionsNameExistingNodes()
    {
        QFETCH(QString, path);
        LOAD_DESIGN_FILE(loaded, path);
        const PropagationTimeline timeline = recordPropagation(*loaded);
        const Analysis &analysis = timeline.analysis();
        for (std::size_t step = 0; step < timeline.size(); ++step) {
            const TimelineEvent event = timeline.event(step);
            const std::string &text = event.description;
            QCOMPARE(event.step, step);
            QCOMPARE(analysis.nodeIndex(event.fromId), event.from);
            QCOMPARE(analysis.nodeIndex(event.toId), event.to);
            QVERIFY2(!event.fromName.empty() && !event.toName.empty(), text.c_str());
            // The sentence starts with the node that acts (a session taken down by a limit:
            // with the session), and names the other end.
            const bool sessionDown = event.kind == PropagationEvent::Kind::SessionDown;
            const std::string actor = sessionDown ? std::string("the session")
                                      : event.kind == PropagationEvent::Kind::Refuse
                                          ? event.toId
                                          : event.fromId;
            QVERIFY2(text.rfind(actor + ' ', 0) == 0, text.c_str());
            QVERIFY2(text.find(event.fromId) != std::string::npos, text.c_str());
            QVERIFY2(text.find(event.toId) != std::string::npos, text.c_str());
            if (!sessionDown)
                QVERIFY2(text.find(event.prefix.toString()) != std::string::npos, text.c_str());
            if (event.kind == PropagationEvent::Kind::Refuse || sessionDown)
                QVERIFY2(!event.reason.empty() && text.find(event.reason) != std::string::npos,
                         text.c_str());
            if (event.link >= 0)
                QCOMPARE(event.linkId,
                         timeline.analysis().topology().links[std::size_t(event.link)].id);
        }
    }

    void contosoReadsAsAStory()
    {
        QElapsedTimer timer;
        timer.start();
        LOAD_DESIGN_FILE(contoso, contosoPath());
        const PropagationTimeline timeline = recordPropagation(*contoso);
        const qint64 recordUs = timer.nsecsElapsed() / 1000;
        QVERIFY(timeline.size() > 0);

        // Each prefix starts with its origination.
        const TimelineEvent first = timeline.event(0);
        QCOMPARE(first.kind, PropagationEvent::Kind::Originate);
        QCOMPARE(first.description,
                 first.fromId + " originates " + first.prefix.toString()
                     + (first.asPath.empty() ? std::string() : " (AS path " + first.asPath + ")"));
        const auto advertised = timeline.find({{}, {}, PropagationEvent::Kind::Advertise});
        QVERIFY(!advertised.empty());
        const TimelineEvent advertise = timeline.event(advertised.front());
        QCOMPARE(advertise.description,
                 advertise.fromId + " advertises " + advertise.prefix.toString() + " to "
                     + advertise.toId + " ("
                     + (advertise.asPath.empty() ? "empty AS path" : "AS path " + advertise.asPath)
                     + ")");

        timer.restart();
        TimelineReplay replay(timeline);
        replay.seek(timeline.size());
        const auto tables = replay.tables();
        const qint64 replayUs = timer.nsecsElapsed() / 1000;
        QCOMPARE(tables.size(), timeline.analysis().topology().nodes.size());
        qInfo("Contoso: %llu events, recorded (with the full analysis) in %lld us, replayed to "
              "the end with every table in %lld us",
              qulonglong(timeline.size()), recordUs, replayUs);
    }

    void meshWithdrawsAndRefuses()
    {
        LOAD_DESIGN_FILE(mesh, nvaMeshPath);
        const PropagationTimeline timeline = recordPropagation(*mesh);
        const auto described = [&](const std::string &text) {
            for (std::size_t step = 0; step < timeline.size(); ++step) {
                if (timeline.describe(step) == text)
                    return true;
            }
            return false;
        };
        QVERIFY(described("n2 withdraws 172.17.0.0/16 from n3"));
        QVERIFY(described("n6 refuses 172.17.0.0/16 from n2: its AS path holds the speaker's "
                          "own ASN 65003"));
        QVERIFY(described("n1 advertises 172.16.0.0/16 to n2 (AS path 65001 65001 65001 65001 "
                          "65001 65001)"));

        // A withdrawal and a refusal each replace a route the receiver had accepted over that
        // session: the replay drops it, and stepping back brings it back.
        const int n2 = timeline.analysis().nodeIndex("n2");
        const Ipv4Prefix prefix = *Ipv4Prefix::parse("172.17.0.0/16");
        for (const auto &[receiver, kind] :
             {std::pair{std::string("n3"), PropagationEvent::Kind::Withdraw},
              std::pair{std::string("n6"), PropagationEvent::Kind::Refuse}}) {
            const auto found = timeline.find({receiver, prefix, kind});
            QVERIFY2(!found.empty(), receiver.c_str());
            const PropagationEvent &event = timeline.events()[found.front()];
            QCOMPARE(event.from, n2);
            const int to = timeline.analysis().nodeIndex(receiver);
            TimelineReplay replay(timeline);
            replay.seek(found.front());
            const auto fromN2 = [&] {
                const BgpTable table = replay.table(to); // a copy: routesFor() points into it
                for (const auto &route : table.routesFor(prefix)) {
                    if (route.learnedFrom == n2 && route.link == event.link)
                        return true;
                }
                return false;
            };
            QVERIFY2(fromN2(), receiver.c_str());
            replay.forward();
            QVERIFY2(!fromN2(), receiver.c_str());
            replay.back();
            QVERIFY2(fromN2(), receiver.c_str());
        }
    }

    void limitTakingASessionDownIsAnEvent()
    {
        // Revision 2: 1,001 routes towards the circuit disconnect the gateway's connection;
        // the run that goes on without it opens with the reason, and the replay still ends on
        // the engine's tables.
        const QString design = QStringLiteral(AVSNET_TEST_DATA
                                              "/routing/96-r2-connection-down-1001-routes/design.avsnet");
        LOAD_DESIGN_FILE(topology, design);
        const PropagationTimeline timeline = recordPropagation(*topology);
        const auto down = timeline.find({{}, {}, PropagationEvent::Kind::SessionDown});
        QCOMPARE(down.size(), std::size_t(1));
        const TimelineEvent event = timeline.event(down.front());
        QCOMPARE(event.linkId, std::string("er-dc-ergw"));
        QVERIFY2(event.description.find("is down: the gateway advertises 1001 routes to the circuit")
                     != std::string::npos,
                 event.description.c_str());
        // A prefix filter keeps it: it concerns every prefix.
        QVERIFY(!timeline.find({{}, Ipv4Prefix::parse("10.0.0.0/16"), PropagationEvent::Kind::SessionDown})
                     .empty());
        TimelineReplay replay(timeline);
        replay.seek(timeline.size());
        const int dc = timeline.analysis().nodeIndex("dc");
        QVERIFY(replay.table(dc).routesFor(*Ipv4Prefix::parse("10.0.0.0/16")).empty());
        replay.seek(down.front() + 1);
        replay.back();
        QCOMPARE(replay.step(), down.front());
    }

    void remoteVnetRefusalIsAnEvent()
    {
        // Revision 2: an ExpressRoute gateway refuses another VNet's range from a shared
        // circuit while allowRemoteVnetTraffic is off, and the step-through says so.
        const QString design = QStringLiteral(AVSNET_TEST_DATA
                                              "/routing/94-r2-remote-vnet-default-off/design.avsnet");
        LOAD_DESIGN_FILE(topology, design);
        const PropagationTimeline timeline = recordPropagation(*topology);
        const auto refused
            = timeline.find({"ergw2", Ipv4Prefix::parse("10.1.0.0/16"), PropagationEvent::Kind::Refuse});
        QVERIFY(!refused.empty());
        const TimelineEvent event = timeline.event(refused.front());
        QCOMPARE(event.toId, std::string("ergw2"));
        QVERIFY2(event.description.find("allowRemoteVnetTraffic is off") != std::string::npos,
                 event.description.c_str());
    }

    void filterPicksMatchingEvents()
    {
        LOAD_DESIGN_FILE(contoso, contosoPath());
        const PropagationTimeline timeline = recordPropagation(*contoso);
        const auto &events = timeline.events();
        const PropagationEvent &sample = events[events.size() / 2];
        const std::string nodeId = timeline.event(events.size() / 2).toId;

        const auto check = [&](const TimelineFilter &filter, auto matches) {
            const auto steps = timeline.find(filter);
            std::vector<std::size_t> expected;
            for (std::size_t step = 0; step < events.size(); ++step) {
                if (matches(events[step]))
                    expected.push_back(step);
            }
            QCOMPARE(steps, expected);
            QVERIFY(!steps.empty());
        };
        const int node = timeline.analysis().nodeIndex(nodeId);
        check({nodeId, {}, {}},
              [&](const PropagationEvent &e) { return e.from == node || e.to == node; });
        check({{}, sample.prefix, {}},
              [&](const PropagationEvent &e) { return e.prefix == sample.prefix; });
        check({{}, {}, sample.kind},
              [&](const PropagationEvent &e) { return e.kind == sample.kind; });
        check({nodeId, sample.prefix, sample.kind}, [&](const PropagationEvent &e) {
            return (e.from == node || e.to == node) && e.prefix == sample.prefix
                   && e.kind == sample.kind;
        });
        QVERIFY(timeline.find({"no-such-node", {}, {}}).empty());
    }
};

QTEST_GUILESS_MAIN(TestPropagationTimeline)
#include "tst_propagationtimeline.moc"
