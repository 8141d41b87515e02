// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawiogeometry.h"
#include "export/diagramstyle.h"
#include "export/drawioexport.h"
#include "io/documentreader.h"
#include "model/subset.h"
#include "routing/analysis.h"
#include "testdesigns.h"

#include <QtTest>

#include <map>

using namespace avsnet::core;

namespace {

// The fixtures, loaded by initTestCase, which fails cleanly when one does not load; no test
// runs without them.
std::optional<Topology> g_contoso;
std::optional<Topology> g_vwan;
std::optional<Topology> g_awkward;

Topology contoso()
{
    return *g_contoso;
}

// The samples by name, for the tests that hold for both.
Topology sample(const QString &name)
{
    return name == QStringLiteral("contoso-vwan") ? *g_vwan : *g_contoso;
}

void addSamples()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("contoso") << QStringLiteral("contoso");
    QTest::newRow("contoso-vwan") << QStringLiteral("contoso-vwan");
}

// Markup in a name, a disabled node, and a node without a position (autoLayout places it).
const std::string awkward = R"({"format": "avsnet", "version": 1, "name": "R&D <lab>",
  "nodes": [
    {"id": "lab", "kind": "vnet", "name": "<A & \u0022B\u0022>",
     "addressSpace": ["10.0.0.0/16"], "position": {"x": 100, "y": 100}},
    {"id": "gw", "kind": "er-gateway", "vnet": "lab", "position": {"x": 150, "y": 200}},
    {"id": "dc", "kind": "onprem", "asn": 65001, "disabled": true}],
  "links": []})";

using Cell = avsnet::test::DrawioCell;

struct Parsed
{
    QString error;
    QStringList path; // element names down to the first mxCell
    std::map<QString, Cell> cells;
};

Parsed parse(const std::string &xml)
{
    const avsnet::test::DrawioPage page(xml);
    return {page.error(), page.path(), page.cells()};
}

QString cellOf(const std::string &id)
{
    return "node:" + QString::fromStdString(id);
}

} // namespace

// The draw.io export: well-formed XML in draw.io's layout, a vertex per node and an edge per
// link, VNets as containers with their children inside, Azure icons, and a trace layer.
class TestDrawioExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isWellFormedDrawioXml();
    void hasAVertexPerNodeAndAnEdgePerLink_data() { addSamples(); }
    void hasAVertexPerNodeAndAnEdgePerLink();
    void containersHoldTheirChildren_data() { addSamples(); }
    void containersHoldTheirChildren();
    void usesAzureIconsAndLinkStyles();
    void drawsVirtualWanAsNestedContainers();
    void pushesOverlappingHubsAndFramesApart();
    void selectionKeepsWhatAHubHolds();
    void escapesTextAndFadesDisabledItems();
    void putsATraceInItsOwnLayer();
    void drawsALinkDownByALimitAsDown();
};

void TestDrawioExport::initTestCase()
{
    const QString sample = avsnet::testing::loadDesign(avsnet::testing::samplePath(), g_contoso);
    QVERIFY2(sample.isEmpty(), qPrintable(sample));
    const QString vwan
        = avsnet::testing::loadDesign(avsnet::testing::virtualWanSamplePath(), g_vwan);
    QVERIFY2(vwan.isEmpty(), qPrintable(vwan));
    const QString own = avsnet::testing::loadDesignText(awkward, g_awkward);
    QVERIFY2(own.isEmpty(), qPrintable(own));
}

void TestDrawioExport::isWellFormedDrawioXml()
{
    const Parsed parsed = parse(toDrawio(contoso()));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.path, QStringList({"mxfile", "diagram", "mxGraphModel", "root"}));
    QVERIFY(parsed.cells.contains("0"));
    QCOMPARE(parsed.cells.at("1").parent, QStringLiteral("0"));
}

void TestDrawioExport::hasAVertexPerNodeAndAnEdgePerLink()
{
    QFETCH(QString, sample);
    const Topology topology = ::sample(sample);
    const Parsed parsed = parse(toDrawio(topology));
    int vertices = 0;
    int edges = 0;
    for (const auto &[id, cell] : parsed.cells) {
        vertices += cell.vertex && id.startsWith("node:");
        edges += cell.edge && id.startsWith("link:");
    }
    QCOMPARE(vertices, int(topology.nodes.size()));
    QCOMPARE(edges, int(topology.links.size()));
    for (const Node &node : topology.nodes) {
        QVERIFY2(parsed.cells.contains(cellOf(node.id)), node.id.c_str());
        QVERIFY(parsed.cells.at(cellOf(node.id))
                    .value.contains(QString::fromStdString(node.displayName()).toHtmlEscaped()));
    }
    for (const Link &link : topology.links) {
        const Cell &cell = parsed.cells.at("link:" + QString::fromStdString(link.id));
        QCOMPARE(cell.source, cellOf(link.from));
        QCOMPARE(cell.target, cellOf(link.to));
        QCOMPARE(cell.parent, QStringLiteral("1"));
    }
}

void TestDrawioExport::containersHoldTheirChildren()
{
    QFETCH(QString, sample);
    const Topology topology = ::sample(sample);
    const Parsed parsed = parse(toDrawio(topology));
    for (const Node &node : topology.nodes) {
        const Cell &cell = parsed.cells.at(cellOf(node.id));
        const std::string &holder = containerOf(topology, node);
        QCOMPARE(cell.parent, holder.empty() ? QStringLiteral("1") : cellOf(holder));
        // Absolute page geometry: a child's is relative to its container's top-left.
        QRectF absolute = cell.geometry;
        for (QString parent = cell.parent; parent != QStringLiteral("1");
             parent = parsed.cells.at(parent).parent) {
            absolute.translate(parsed.cells.at(parent).geometry.topLeft());
            // Inside every container that holds it.
            const Cell &outer = parsed.cells.at(parent);
            const QRectF inside(QPointF(0, 0), outer.geometry.size());
            if (parent == cell.parent)
                QVERIFY2(inside.contains(cell.geometry), node.id.c_str());
        }
        if (isContainer(node.kind())) {
            QVERIFY(cell.style.contains("container=1"));
            if (node.position && node.kind() != NodeKind::Vwan) {
                // A VNet or hub grows around its children, never shrinks away from its
                // corner; where that would overlap another container it is pushed right or
                // down, clear of every other container at its level.
                const bool keptCorner = absolute.left() <= node.position->x
                                        && absolute.top() <= node.position->y;
                if (!keptCorner) {
                    for (const Node &other : topology.nodes) {
                        if (isContainer(other.kind()) && other.id != node.id
                            && containerOf(topology, other) == holder)
                            QVERIFY2(!cell.geometry.intersects(
                                         parsed.cells.at(cellOf(other.id)).geometry),
                                     node.id.c_str());
                    }
                }
            }
            continue;
        }
        // Icon-sized, so links attached to the cell touch the picture; the label is beside.
        QVERIFY2(std::max(cell.geometry.width(), cell.geometry.height()) <= 64, node.id.c_str());
        QCOMPARE(absolute.center(), QPointF(node.position->x, node.position->y));
    }
}

void TestDrawioExport::usesAzureIconsAndLinkStyles()
{
    const Parsed parsed = parse(toDrawio(contoso()));
    const auto style = [&](const char *id) {
        return parsed.cells.at(QLatin1String(id)).style;
    };
    const QString networking = QStringLiteral("image=img/lib/azure2/networking/");
    QVERIFY(style("node:er-ams").contains(networking + "ExpressRoute_Circuits.svg"));
    QVERIFY(style("node:ergw").contains(networking + "Virtual_Network_Gateways.svg"));
    QVERIFY(style("node:nva").contains(networking + "Firewalls.svg"));
    QVERIFY(style("node:hub").contains(networking + "Virtual_Networks.svg"));
    QVERIFY(style("node:avs-weu").contains("img/lib/azure2/azure_vmware_solution/AVS.svg"));
    QVERIFY(style("node:internet").contains("shape=cloud"));
    // The canvas's lines: private peering a double line, a connection a thick one.
    QVERIFY(style("link:dc-er-ams").contains("shape=link"));
    QVERIFY(style("link:er-ams-ergw").contains("strokeWidth=3"));
    QVERIFY(!style("link:er-ams-ergw").contains("shape=link"));
    QVERIFY(style("link:gr-ams-avs").contains("dashed=1"));
    QVERIFY(style("link:nva-ars").contains("dashPattern=1 2"));
    QVERIFY(!style("link:spoke1-hub").contains("dashed"));
}

// The Virtual WAN sample: the Virtual WAN a dashed frame holding its hub, the hub a container
// with its own icon holding its gateways and firewall, each hub connection a long-dashed navy
// line the legend names, and the hub's routing intent and preference under its name.
void TestDrawioExport::drawsVirtualWanAsNestedContainers()
{
    const Topology topology = *g_vwan;
    const Parsed parsed = parse(toDrawio(topology));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const Cell &wan = parsed.cells.at("node:contoso-vwan");
    const Cell &hub = parsed.cells.at("node:hub-weu");
    QCOMPARE(wan.parent, QStringLiteral("1"));
    QVERIFY(wan.style.contains("container=1") && wan.style.contains("dashed=1"));
    QVERIFY(!wan.style.contains("image="));
    QCOMPARE(hub.parent, QStringLiteral("node:contoso-vwan"));
    QVERIFY(hub.style.contains("container=1"));
    QVERIFY(hub.style.contains("image=img/lib/azure2/networking/Virtual_WANs.svg"));
    for (const char *child : {"node:ergw-weu", "node:vpngw-weu", "node:fw-weu"})
        QCOMPARE(parsed.cells.at(QLatin1String(child)).parent, QStringLiteral("node:hub-weu"));
    QVERIFY(parsed.cells.at("node:fw-weu").style.contains("networking/Firewalls.svg"));
    // The hub's details: its prefix, its routing intent and its routing preference.
    const QStringList lines = avsnet::test::DrawioPage::labelLines(hub.value);
    QVERIFY2(lines.contains("routing intent: private, internet"), qPrintable(lines.join('|')));
    QVERIFY2(lines.contains("routing preference: ExpressRoute"), qPrintable(lines.join('|')));
    QVERIFY(lines.contains("10.0.0.0/23 · West Europe"));
    // A hub connection: its own long dashes in the hub's navy, from the VNet to the hub.
    const Cell &connection = parsed.cells.at("link:spoke1-hub");
    QCOMPARE(connection.target, QStringLiteral("node:hub-weu"));
    const QString navy = QString::fromUtf8(linkColour(LinkKind::HubConnection).data());
    QVERIFY(connection.style.contains("strokeColor=" + navy));
    QVERIFY(connection.style.contains("dashPattern=6 2"));
    QVERIFY(!parsed.cells.at("link:gr-ams-avs").style.contains("dashPattern=6 2"));
    const bool legendNamesIt = std::any_of(parsed.cells.begin(), parsed.cells.end(), [](const auto &entry) {
        return entry.first.startsWith("legend:") && entry.second.value == "hub connection";
    });
    QVERIFY(legendNamesIt);
    // The default route AVS takes from the hub is said on its connection.
    QVERIFY(parsed.cells.at("link:avs-weu-ergw").value.contains("default route"));
    QVERIFY(!parsed.cells.at("link:er-ams-ergw").value.contains("default route"));
}

// Two hubs of one Virtual WAN placed on top of each other are pushed apart inside its frame;
// a VNet placed inside the frame is pushed out of it, and nothing at one level overlaps.
void TestDrawioExport::pushesOverlappingHubsAndFramesApart()
{
    LOAD_DESIGN_TEXT(crowded, R"({"format": "avsnet", "version": 2, "name": "crowded",
      "nodes": [
        {"id": "wan", "kind": "vwan", "position": {"x": 0, "y": 0}},
        {"id": "hub1", "kind": "vwan-hub", "vwan": "wan", "addressPrefix": "10.200.0.0/23",
         "position": {"x": 100, "y": 100}},
        {"id": "hub2", "kind": "vwan-hub", "vwan": "wan", "addressPrefix": "10.210.0.0/23",
         "position": {"x": 140, "y": 120}},
        {"id": "gw1", "kind": "er-gateway", "hub": "hub1", "position": {"x": 160, "y": 260}},
        {"id": "gw2", "kind": "er-gateway", "hub": "hub2", "position": {"x": 200, "y": 280}},
        {"id": "spoke", "kind": "vnet", "addressSpace": ["10.1.0.0/16"],
         "position": {"x": 150, "y": 150}}],
      "links": [{"id": "c", "kind": "hub-connection", "from": "spoke", "to": "hub1"}]})");
    const avsnet::test::DrawioPage page(toDrawio(*crowded));
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    const QStringList overlapping = page.overlappingContainers();
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping.join('\n')));
    const QStringList outside = page.childrenOutsideContainers();
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join('\n')));
    QVERIFY(!page.absolute("node:hub1").intersects(page.absolute("node:hub2")));
    QVERIFY(!page.absolute("node:spoke").intersects(page.absolute("node:wan")));
    // The gateways moved with their hubs.
    QVERIFY(page.absolute("node:hub2").contains(page.absolute("node:gw2")));
}

// Exporting a selection (`--only`): a listed hub keeps its gateways and firewall, a listed
// Virtual WAN its hubs and what they hold; links keep both ends.
void TestDrawioExport::selectionKeepsWhatAHubHolds()
{
    const auto ids = [](const Topology &topology) {
        QStringList kept;
        for (const Node &node : topology.nodes)
            kept << QString::fromStdString(node.id);
        kept.sort();
        return kept;
    };
    const Topology hub = subsetOf(*g_vwan, {"hub-weu", "spoke1"});
    QCOMPARE(ids(hub), QStringList({"ergw-weu", "fw-weu", "hub-weu", "spoke1", "vpngw-weu"}));
    QCOMPARE(hub.links.size(), std::size_t(1));
    const Parsed parsed = parse(toDrawio(hub));
    QCOMPARE(parsed.cells.at("node:hub-weu").parent, QStringLiteral("1")); // no frame left
    QCOMPARE(parsed.cells.at("node:fw-weu").parent, QStringLiteral("node:hub-weu"));
    QCOMPARE(ids(subsetOf(*g_vwan, {"contoso-vwan"})),
             QStringList({"contoso-vwan", "ergw-weu", "fw-weu", "hub-weu", "vpngw-weu"}));
}

void TestDrawioExport::escapesTextAndFadesDisabledItems()
{
    const Topology topology = *g_awkward;
    const std::string xml = toDrawio(topology);
    const Parsed parsed = parse(xml);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    // The value is HTML (html=1): the name is escaped once for HTML, once for XML.
    QVERIFY(parsed.cells.at("node:lab").value.contains("&lt;A &amp; &quot;B&quot;&gt;"));
    QVERIFY(xml.find("name=\"R&amp;D &lt;lab&gt;\"") != std::string::npos);
    QVERIFY(parsed.cells.at("node:dc").style.contains("opacity=40"));
    QVERIFY(!parsed.cells.at("node:gw").style.contains("opacity"));
    QVERIFY(parsed.cells.at("node:dc").geometry.isValid());
}

void TestDrawioExport::putsATraceInItsOwnLayer()
{
    QVERIFY(!parse(toDrawio(contoso())).cells.contains("trace"));
    DrawioOptions options;
    options.traceForward = {"spoke1", "ergw", "avs-weu"};
    options.traceReturn = {"avs-weu", "ergw", "spoke1", "internet-not-a-node"};
    options.traceName = "spoke1 → avs-weu";
    const Parsed parsed = parse(toDrawio(contoso(), options));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const Cell &layer = parsed.cells.at("trace");
    QCOMPARE(layer.parent, QStringLiteral("0"));
    QCOMPARE(layer.value, QStringLiteral("spoke1 → avs-weu"));
    QStringList hops;
    for (const auto &[id, cell] : parsed.cells) {
        if (cell.parent == "trace") {
            QVERIFY(cell.edge);
            hops << cell.source.mid(5) + ">" + cell.target.mid(5);
        }
    }
    hops.sort();
    QCOMPARE(hops, QStringList({"avs-weu>ergw", "ergw>avs-weu", "ergw>spoke1", "spoke1>ergw"}));
}

void TestDrawioExport::drawsALinkDownByALimitAsDown()
{
    // Revision 2: 1,001 routes towards the circuit disconnect the gateway's connection.
    std::optional<Topology> limited;
    const QString loaded = avsnet::testing::loadDesign(
        QStringLiteral(AVSNET_TEST_DATA "/routing/96-r2-connection-down-1001-routes/design.avsnet"),
        limited);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    DrawioOptions options;
    options.downLinks = analyze(*limited)->downLinks();
    QCOMPARE(options.downLinks.size(), std::size_t(1));
    const Parsed parsed = parse(toDrawio(*limited, options));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const Cell &down = parsed.cells.at("link:er-dc-ergw");
    const QString red = QStringLiteral("strokeColor=") + QString::fromUtf8(droppedStroke.data(), qsizetype(droppedStroke.size()));
    QVERIFY2(down.style.contains(red) && down.style.contains("opacity=60"),
             qPrintable(down.style));
    QVERIFY2(down.value.contains("down: the gateway advertises 1001 routes"), qPrintable(down.value));
    const Cell &up = parsed.cells.at("link:dc-er-dc");
    QVERIFY(!up.style.contains(red) && !up.value.contains("down"));
    // The legend says what the red line means.
    const bool legendSaysDown = std::any_of(parsed.cells.begin(), parsed.cells.end(), [](const auto &entry) {
        return entry.first.startsWith("legend:") && entry.second.value.contains("session down");
    });
    QVERIFY(legendSaysDown);
}

QTEST_GUILESS_MAIN(TestDrawioExport)
#include "tst_drawioexport.moc"
