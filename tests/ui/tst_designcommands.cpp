// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/designcommands.h"
#include "document/document.h"
#include "document/nodefactory.h"
#include "io/documentreader.h"
#include "routing/analysis.h"
#include "testdesigns.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace avsnet;
using namespace avsnet::ui;

// Every command kind: push, undo (the saved text is byte-equal to before), redo (equal to
// after the push), and again undo.
namespace {
std::optional<core::Topology> g_contoso;
} // namespace

class TestDesignCommands : public QObject
{
    Q_OBJECT

private:
    // Loaded by initTestCase, which fails cleanly when it cannot; no test runs without it.
    static core::Topology sample() { return *g_contoso; }

    using Factory = std::function<QUndoCommand *(Document *)>;

private slots:
    void initTestCase()
    {
        const QString loaded = testing::loadDesign(testing::samplePath(), g_contoso);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Factory>("make");
        QTest::addRow("AddItems") << Factory([](Document *document) {
            core::Node node = makeNode(document->topology(), core::NodeKind::Vnet, {100, 100});
            core::Link link;
            link.id = "new-peering";
            link.from = node.id;
            link.to = "hub";
            link.data = core::VnetPeeringLink{};
            return new AddItems(document, {node}, {link}, "add");
        });
        QTest::addRow("RemoveItems node with links and children") << Factory([](Document *document) {
            return new RemoveItems(document, {"hub"}, {});
        });
        QTest::addRow("RemoveItems link") << Factory([](Document *document) {
            return new RemoveItems(document, {}, {"gr-ams-avs"});
        });
        QTest::addRow("MoveNodes") << Factory([](Document *document) {
            const auto &node = document->topology().nodes.front();
            return new MoveNodes(document, {{node.id, *node.position}},
                                 {{node.id, {node.position->x + 40, node.position->y + 20}}});
        });
        QTest::addRow("ChangeNode") << Factory([](Document *document) {
            const core::Node before = *document->topology().node("ars");
            core::Node after = before;
            after.as<core::RouteServer>()->branchToBranch = !after.as<core::RouteServer>()->branchToBranch;
            after.disabled = true;
            return new ChangeNode(document, before, after, "change");
        });
        QTest::addRow("ChangeLink") << Factory([](Document *document) {
            const core::Link before = *document->topology().link("gr-ams-avs");
            core::Link after = before;
            after.disabled = true;
            return new ChangeLink(document, before, after, "disable");
        });
        QTest::addRow("SetIntents") << Factory([](Document *document) {
            auto intents = document->topology().intents;
            intents.pop_back();
            core::Intent intent;
            intent.name = "new";
            intent.from = "spoke1/workload";
            intent.to = "internet";
            intents.push_back(intent);
            return new SetIntents(document, intents, "intents");
        });
        QTest::addRow("SetDesignInfo") << Factory([](Document *document) {
            return new SetDesignInfo(document, "Renamed", "Another description");
        });
        QTest::addRow("ReplaceDesign") << Factory([](Document *document) {
            core::Topology other = document->topology();
            other.nodes.pop_back();
            return new ReplaceDesign(document, other, "replace");
        });
    }

    void roundTrip()
    {
        QFETCH(Factory, make);
        Document document;
        document.reset(sample(), {});
        QSignalSpy changed(&document, &Document::changed);
        const std::string before = document.toText();
        document.undoStack()->push(make(&document));
        const std::string after = document.toText();
        QVERIFY(after != before);
        QVERIFY(document.isModified());
        QVERIFY(changed.count() > 0);
        document.undoStack()->undo();
        QCOMPARE(document.toText(), before);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(document.toText(), after);
        document.undoStack()->undo();
        QCOMPARE(document.toText(), before);
    }

    void typingInOneFieldMerges()
    {
        Document document;
        document.reset(sample(), {});
        const std::string before = document.toText();
        for (const char *name : {"h", "hu", "hub-west"}) {
            const core::Node current = *document.topology().node("hub");
            core::Node next = current;
            next.name = name;
            document.undoStack()->push(new ChangeNode(&document, current, next, "Rename", "name"));
        }
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.topology().node("hub")->name, std::string("hub-west"));
        document.undoStack()->undo();
        QCOMPARE(document.toText(), before);
    }

    void removingAVnetTakesItsChildrenAndLinks()
    {
        Document document;
        document.reset(sample(), {});
        document.undoStack()->push(new RemoveItems(&document, {"hub"}, {}));
        for (const auto &node : document.topology().nodes)
            QVERIFY2(node.parentVnet() != "hub", node.id.c_str());
        for (const auto &link : document.topology().links) {
            QVERIFY(document.topology().node(link.from));
            QVERIFY(document.topology().node(link.to));
        }
    }

    void removingAContainerTakesWhatItHolds()
    {
        // A hub takes its gateways and firewall and their links; a Virtual WAN its hubs and
        // theirs. Undo brings back the file byte for byte.
        LOAD_DESIGN_FILE(design, testing::designPath("vwan-secured-hub"));
        Document document;
        document.reset(*design, {});
        const std::string before = document.toText();
        document.undoStack()->push(new RemoveItems(&document, {"hub1"}, {}));
        const core::Topology &topology = document.topology();
        for (const char *gone : {"hub1", "ergw1", "vpngw1", "fw1"})
            QVERIFY2(!topology.node(gone), gone);
        for (const char *kept : {"vwan1", "spoke1", "avs1", "onprem2"})
            QVERIFY2(topology.node(kept), kept);
        for (const char *gone : {"spoke1-hub1", "er1-ergw1", "avs1-ergw1", "vpngw1-onprem2"})
            QVERIFY2(!topology.link(gone), gone);
        QVERIFY(topology.link("er1-avs1"));
        QCOMPARE(document.undoStack()->undoText(), QString("Delete 9 items"));
        document.undoStack()->undo();
        QCOMPARE(document.toText(), before);

        document.undoStack()->push(new RemoveItems(&document, {"vwan1"}, {}));
        for (const auto &node : document.topology().nodes) {
            QVERIFY2(node.kind() != core::NodeKind::VwanHub && node.parentHub().empty(),
                     node.id.c_str());
        }
        document.undoStack()->undo();
        QCOMPARE(document.toText(), before);
        document.undoStack()->redo();
        QVERIFY(!document.topology().node("fw1"));
    }

    // New Virtual WAN nodes land in their containers and analyse without an error.
    void newVirtualWanNodesStartValid()
    {
        core::Topology topology;
        topology.nodes.push_back(makeNode(topology, core::NodeKind::Vwan, {0, 0}));
        const std::string wan = topology.nodes.back().id;
        topology.nodes.push_back(makeNode(topology, core::NodeKind::VwanHub, {40, 80}, wan));
        const std::string hub = topology.nodes.back().id;
        QCOMPARE(topology.nodes.back().as<core::VirtualHub>()->vwan, wan);
        QCOMPARE(topology.nodes.back().as<core::VirtualHub>()->addressPrefix.length(), 23);
        topology.nodes.push_back(makeNode(topology, core::NodeKind::ErGateway, {60, 200}, hub));
        QCOMPARE(topology.nodes.back().as<core::ErGateway>()->hub, hub);
        QVERIFY(topology.nodes.back().as<core::ErGateway>()->vnet.empty());
        topology.nodes.push_back(makeNode(topology, core::NodeKind::VpnGateway, {160, 200}, hub));
        QCOMPARE(topology.nodes.back().parentHub(), hub);
        QVERIFY(topology.nodes.back().parentVnet().empty());
        topology.nodes.push_back(makeNode(topology, core::NodeKind::HubFirewall, {260, 200}, hub));
        QCOMPARE(topology.nodes.back().as<core::HubFirewall>()->hub, hub);
        QVERIFY(!missingSubnetFor(topology, core::NodeKind::ErGateway, hub));
        topology.nodes.push_back(makeNode(topology, core::NodeKind::Vnet, {600, 0}));
        const std::string spoke = topology.nodes.back().id;
        // The hub's default range overlaps nothing the other defaults take.
        QVERIFY(!topology.nodes.back().as<core::VirtualNetwork>()->addressSpace.front().overlaps(
            topology.node(hub)->as<core::VirtualHub>()->addressPrefix));
        core::Link connection;
        connection.id = "c";
        connection.from = spoke;
        connection.to = hub;
        connection.data = core::HubConnectionLink{};
        topology.links.push_back(connection);
        QCOMPARE(topology.requiredFormatVersion(), 2);
        const auto analysis = core::analyze(topology);
        for (const auto &finding : analysis->findings())
            QVERIFY2(finding.severity != core::Severity::Error, finding.message.c_str());
    }

    // New nodes start valid: a site and an NVA whose default ASNs AVS and Azure accept.
    void newNodesRaiseNoAsnFinding()
    {
        core::Topology topology;
        topology.nodes.push_back(makeNode(topology, core::NodeKind::Vnet, {0, 0}));
        const std::string vnet = topology.nodes.back().id;
        topology.nodes.push_back(makeNode(topology, core::NodeKind::OnPrem, {300, 0}));
        topology.nodes.push_back(makeNode(topology, core::NodeKind::Avs, {600, 0}));
        topology.nodes.push_back(makeNode(topology, core::NodeKind::Nva, {0, 0}, vnet));
        const auto analysis = core::analyze(topology);
        for (const auto &finding : analysis->findings())
            QVERIFY2(finding.code != "reserved-asn", finding.message.c_str());
    }

    void failedLoadLeavesTheDesignUntouched()
    {
        Document document;
        document.reset(sample(), {});
        document.undoStack()->push(new SetDesignInfo(&document, "edited", ""));
        const std::string before = document.toText();
        QTemporaryDir dir;
        const QString broken = dir.filePath("broken.avsnet");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"avsnet\", \"version\": 1, \"nodes\": [");
        file.close();
        QString error;
        QVERIFY(!document.load(broken, &error));
        QVERIFY(error.contains("broken.avsnet"));
        QCOMPARE(document.toText(), before);
        QVERIFY(document.isModified());
        QCOMPARE(document.undoStack()->count(), 1);
    }

    void saveIsAtomicAndMarksClean()
    {
        Document document;
        document.reset(sample(), {});
        document.undoStack()->push(new SetDesignInfo(&document, "saved", ""));
        QTemporaryDir dir;
        const QString path = dir.filePath("design.avsnet");
        QString error;
        QVERIFY2(document.save(path, &error), qPrintable(error));
        QVERIFY(!document.isModified());
        Document reopened;
        QVERIFY(reopened.load(path, &error));
        QCOMPARE(reopened.toText(), document.toText());
        QVERIFY(!document.save(dir.filePath("missing-folder/design.avsnet"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDesignCommands)
#include "tst_designcommands.moc"
