// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/diagramstyle.h"
#include "export/dotexport.h"
#include "io/documentreader.h"
#include "testdesigns.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

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

// A design with what DOT makes hard: a node id that is a DOT keyword, a name with quotes,
// a backslash and a line break, a disabled node and a VPN.
// (\u0022 is a JSON quote: moc misreads \" inside a raw string.)
const std::string awkward = R"({"format": "avsnet", "version": 1,
  "name": "A \u0022quoted\u0022 design",
  "nodes": [
    {"id": "edge", "kind": "vnet", "name": "say \u0022hi\u0022 \\N\nnext",
     "addressSpace": ["10.0.0.0/16"],
     "subnets": [{"name": "GatewaySubnet", "prefix": "10.0.255.0/27"}]},
    {"id": "node", "kind": "vpn-gateway", "vnet": "edge"},
    {"id": "graph", "kind": "onprem", "asn": 65001, "prefixes": ["192.168.0.0/16"],
     "disabled": true}],
  "links": [{"id": "vpn", "kind": "vpn-connection", "from": "node", "to": "graph"}]})";

// The line of the edge statement between two quoted ids.
QString edgeLine(const QString &dot, const QString &from, const QString &to)
{
    const QString start = QStringLiteral("\"%1\" -- \"%2\"").arg(from, to);
    for (const QString &line : dot.split('\n')) {
        if (line.trimmed().startsWith(start))
            return line;
    }
    return {};
}

// Braces balance outside quoted strings, and every quoted string is closed: enough to know
// the quoting is right without Graphviz.
bool balanced(const std::string &dot)
{
    int depth = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < dot.size(); ++i) {
        const char c = dot[i];
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth < 0) {
            return false;
        }
    }
    return depth == 0 && !quoted;
}

} // namespace

// The Graphviz export: every node and link named, VNets as clusters, styles by kind, ids
// always quoted, and a trace drawn in colour.
class TestDotExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesEveryNodeAndEveryLinksEnds();
    void vnetsAreClustersHoldingTheirChildren();
    void stylesLinksByKind();
    void quotesKeywordsAndEscapesLabels();
    void greysDisabledItems();
    void highlightsATrace();
    void graphvizAcceptsIt();
    void virtualWanClustersNest();
};

void TestDotExport::initTestCase()
{
    const QString sample = avsnet::testing::loadDesign(avsnet::testing::samplePath(), g_contoso);
    QVERIFY2(sample.isEmpty(), qPrintable(sample));
    const QString own = avsnet::testing::loadDesignText(awkward, g_awkward);
    QVERIFY2(own.isEmpty(), qPrintable(own));
    const QString vwan
        = avsnet::testing::loadDesign(avsnet::testing::virtualWanSamplePath(), g_vwan);
    QVERIFY2(vwan.isEmpty(), qPrintable(vwan));
}

void TestDotExport::namesEveryNodeAndEveryLinksEnds()
{
    const Topology topology = contoso();
    const std::string dot = toDot(topology);
    QVERIFY(dot.starts_with("graph avsnet {"));
    QVERIFY(balanced(dot));
    const QString text = QString::fromStdString(dot);
    for (const Node &node : topology.nodes) {
        const QString id = QString::fromStdString(node.id);
        QVERIFY2(text.contains("\"" + id + "\" [label=\""), qPrintable(id));
        QVERIFY2(text.contains(QString::fromStdString(node.displayName())), qPrintable(id));
    }
    for (const Link &link : topology.links) {
        const QString line
            = edgeLine(text, QString::fromStdString(link.from), QString::fromStdString(link.to));
        QVERIFY2(!line.isEmpty(), link.id.c_str());
        QVERIFY2(line.contains(QString::fromStdString(link.id)), link.id.c_str());
    }
}

void TestDotExport::vnetsAreClustersHoldingTheirChildren()
{
    const Topology topology = contoso();
    const QString dot = QString::fromStdString(toDot(topology));
    for (const Node &node : topology.nodes) {
        if (node.kind() != NodeKind::Vnet)
            continue;
        const QString header
            = QStringLiteral("subgraph \"cluster_%1\" {").arg(QString::fromStdString(node.id));
        const qsizetype start = dot.indexOf(header);
        QVERIFY2(start >= 0, qPrintable(header));
        const QString cluster = dot.mid(start, dot.indexOf("\n    }\n", start) - start);
        QVERIFY(cluster.contains("\"" + QString::fromStdString(node.id) + "\" [label="));
        for (const Node &child : topology.nodes) {
            const bool inside
                = cluster.contains("\"" + QString::fromStdString(child.id) + "\" [label=");
            QCOMPARE(inside, child.parentVnet() == node.id || child.id == node.id);
        }
    }
}

void TestDotExport::stylesLinksByKind()
{
    const QString dot = QString::fromStdString(toDot(contoso()));
    // Private peering is a double line (two colours with an invisible middle).
    QVERIFY(edgeLine(dot, "contoso-dc", "er-ams").contains(":invis:"));
    QVERIFY(edgeLine(dot, "er-ams", "ergw").contains("style=bold"));
    QVERIFY(edgeLine(dot, "er-ams", "avs-weu").contains("style=dashed"));
    QVERIFY(edgeLine(dot, "spoke1", "hub").contains("style=solid"));
    QVERIFY(edgeLine(dot, "nva", "ars").contains("style=dotted"));
    // VPN: Graphviz has no dash-dot, so a dashed double line.
    const QString vpn = edgeLine(QString::fromStdString(toDot(*g_awkward)), "node", "graph");
    QVERIFY(vpn.contains("style=dashed"));
    QVERIFY(vpn.contains(":invis:"));
}

void TestDotExport::quotesKeywordsAndEscapesLabels()
{
    const std::string dot = toDot(*g_awkward);
    QVERIFY(balanced(dot));
    const QString text = QString::fromStdString(dot);
    QVERIFY(text.contains("\"edge\" [label="));
    QVERIFY(text.contains("\"node\" [label="));
    QVERIFY(text.contains("subgraph \"cluster_edge\""));
    // Quotes and backslashes escaped, the line break as DOT's \n.
    QVERIFY(text.contains("say \\\"hi\\\" \\\\N\\nnext"));
    QVERIFY(text.contains("label=\"A \\\"quoted\\\" design\""));
}

void TestDotExport::greysDisabledItems()
{
    const QString dot = QString::fromStdString(toDot(*g_awkward));
    QString graphLine;
    for (const QString &line : dot.split('\n')) {
        if (line.trimmed().startsWith("\"graph\" ["))
            graphLine = line;
    }
    QVERIFY(graphLine.contains(QString::fromUtf8(disabledStroke.data(), disabledStroke.size())));
    QVERIFY(graphLine.contains("(disabled)"));
}

void TestDotExport::highlightsATrace()
{
    DotOptions options;
    options.traceForward = {"spoke1", "ergw", "avs-weu"};
    options.traceReturn = {"avs-weu", "ergw", "spoke1"};
    const QString dot = QString::fromStdString(toDot(contoso(), options));
    const QString forward = QString::fromUtf8(traceForwardColour.data(), traceForwardColour.size());
    // A link on both paths carries both colours; the spoke reaches the gateway through its
    // peering, which no single link carries, so that hop is an extra arrow.
    const QString gateway = edgeLine(dot, "avs-weu", "ergw");
    QVERIFY(gateway.contains(forward));
    QVERIFY(gateway.contains("dir=both"));
    const QString hop = edgeLine(dot, "spoke1", "ergw");
    QVERIFY(hop.contains(forward));
    QVERIFY(hop.contains("constraint=false"));
    QVERIFY(!edgeLine(dot, "ergw", "spoke1").isEmpty());
    QVERIFY(!edgeLine(dot, "contoso-dc", "er-ams").contains(forward));
}

void TestDotExport::graphvizAcceptsIt()
{
    const QString dotTool = QStandardPaths::findExecutable("dot");
    if (dotTool.isEmpty())
        QSKIP("Graphviz is not installed");
    QTemporaryDir dir;
    DotOptions options;
    options.traceForward = {"spoke1", "ergw", "avs-weu"};
    DotOptions throughHub;
    throughHub.traceForward = {"spoke1", "fw-weu", "ergw-weu", "avs-weu"};
    for (const auto &[name, dot] : {std::pair{"contoso", toDot(contoso(), options)},
                                    std::pair{"awkward", toDot(*g_awkward)},
                                    std::pair{"contoso-vwan", toDot(*g_vwan, throughHub)}}) {
        const QString file = dir.filePath(QString::fromLatin1(name) + ".dot");
        std::ofstream(file.toStdString()) << dot;
        QProcess process;
        process.start(dotTool, {"-Tsvg", file, "-o", file + ".svg"});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(process.readAllStandardError().isEmpty(), name);
    }
}

// The Virtual WAN sample: the Virtual WAN's cluster holds the hub's, which holds the hub
// gateways and the firewall; hub connections are thick navy dashes.
void TestDotExport::virtualWanClustersNest()
{
    const std::string dotText = toDot(*g_vwan);
    QVERIFY(balanced(dotText));
    const QString dot = QString::fromStdString(dotText);
    // A cluster runs from its header to the closing brace at its own indent.
    const auto cluster = [&](const QString &id) {
        const qsizetype start = dot.indexOf(QStringLiteral("subgraph \"cluster_%1\" {").arg(id));
        if (start < 0)
            return QString();
        const qsizetype lineStart = dot.lastIndexOf('\n', start) + 1;
        const QString indent = dot.mid(lineStart, start - lineStart);
        return dot.mid(start, dot.indexOf("\n" + indent + "}\n", start) - start);
    };
    const QString wan = cluster("contoso-vwan");
    const QString hub = cluster("hub-weu");
    QVERIFY(!hub.isEmpty());
    QVERIFY2(wan.contains(hub), qPrintable(wan));
    QVERIFY(wan.contains("style=\"rounded,filled,dashed\""));
    for (const Node &node : g_vwan->nodes) {
        const bool inHub = hub.contains("\"" + QString::fromStdString(node.id) + "\" [label=");
        QCOMPARE(inHub, node.parentHub() == "hub-weu" || node.id == "hub-weu");
    }
    const QString connection = edgeLine(dot, "spoke1", "hub-weu");
    QVERIFY(connection.contains("style=dashed"));
    QVERIFY(connection.contains("penwidth=2.5"));
    QVERIFY(connection.contains(QString::fromLatin1(linkColour(LinkKind::HubConnection).data())));
    QVERIFY(edgeLine(dot, "er-ams", "avs-weu").contains("penwidth=1.2"));
}

QTEST_GUILESS_MAIN(TestDotExport)
#include "tst_dotexport.moc"
