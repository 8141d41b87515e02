// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/diagramstyle.h"
#include "export/mermaidexport.h"
#include "io/documentreader.h"
#include "testdesigns.h"

#include <QRegularExpression>
#include <QtTest>

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

// Names that would break Mermaid if written as they are: quotes, a `#`, HTML, the keyword
// `end`, and a subgraph keyword as an id.
const std::string awkward = R"({"format": "avsnet", "version": 1, "name": "x\nflowchart TB",
  "nodes": [
    {"id": "end", "kind": "vnet", "name": "\u0022end\u0022 #1 <b>bold</b>",
     "addressSpace": ["10.0.0.0/16"]},
    {"id": "subgraph", "kind": "nva", "vnet": "end", "subnet": "a", "ip": "10.0.0.4",
     "disabled": true},
    {"id": "dc", "kind": "onprem", "asn": 65001}],
  "links": []})";

QStringList lines(const std::string &mermaid)
{
    QStringList result;
    for (const QString &line : QString::fromStdString(mermaid).split('\n'))
        result << line.trimmed();
    return result;
}

const QRegularExpression
    linkStatement(QStringLiteral("^n\\d+ (---|===|-\\.-|==>|-\\.->)\\|[^|\"]*\\| n\\d+$"));

} // namespace

// The Mermaid export: a `flowchart` whose subgraphs balance, whose ids are generated and
// whose labels carry the real names, escaped.
class TestMermaidExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isAFlowchartWithBalancedSubgraphs();
    void namesEveryNodeInItsLabel();
    void vnetsAreSubgraphsHoldingTheirChildren();
    void linkStylesMatchTheLinks();
    void escapesLabelsAndKeepsIdsSafe();
    void highlightsATrace();
    void virtualWanSubgraphsNest();
};

void TestMermaidExport::initTestCase()
{
    const QString sample = avsnet::testing::loadDesign(avsnet::testing::samplePath(), g_contoso);
    QVERIFY2(sample.isEmpty(), qPrintable(sample));
    const QString own = avsnet::testing::loadDesignText(awkward, g_awkward);
    QVERIFY2(own.isEmpty(), qPrintable(own));
    const QString vwan
        = avsnet::testing::loadDesign(avsnet::testing::virtualWanSamplePath(), g_vwan);
    QVERIFY2(vwan.isEmpty(), qPrintable(vwan));
}

void TestMermaidExport::isAFlowchartWithBalancedSubgraphs()
{
    for (const Topology &topology : {contoso(), *g_awkward}) {
        const std::string mermaid = toMermaid(topology);
        QVERIFY(mermaid.starts_with("flowchart LR\n"));
        int depth = 0;
        int subgraphs = 0;
        for (const QString &line : lines(mermaid)) {
            if (line.startsWith("subgraph ")) {
                ++depth;
                ++subgraphs;
            } else if (line == "end") {
                QVERIFY(--depth >= 0);
            } else if (line.startsWith("flowchart ")) {
                QVERIFY(line == lines(mermaid).front());
            }
        }
        QCOMPARE(depth, 0);
        QCOMPARE(subgraphs, int(std::count_if(
                                topology.nodes.begin(), topology.nodes.end(),
                                [](const Node &node) { return node.kind() == NodeKind::Vnet; })));
    }
}

void TestMermaidExport::namesEveryNodeInItsLabel()
{
    const Topology topology = contoso();
    const QString mermaid = QString::fromStdString(toMermaid(topology));
    for (const Node &node : topology.nodes) {
        const QString name = QString::fromStdString(node.displayName());
        const QRegularExpression statement("^\\s*n\\d+[\\[\\(\\{>/]+\""
                                               + QRegularExpression::escape(name) + "<br/>",
                                           QRegularExpression::MultilineOption);
        QVERIFY2(statement.match(mermaid).hasMatch(), qPrintable(name));
        QVERIFY2(mermaid.contains(QString::fromStdString(node.id)), node.id.c_str());
    }
}

void TestMermaidExport::vnetsAreSubgraphsHoldingTheirChildren()
{
    const Topology topology = contoso();
    const QStringList all = lines(toMermaid(topology));
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!all[i].startsWith("subgraph "))
            continue;
        QStringList inside;
        for (qsizetype j = i + 1; all[j] != "end"; ++j)
            inside << all[j];
        const QString block = inside.join('\n');
        if (block.contains("hub-weu<br/>")) {
            QVERIFY(block.contains("ergw-hub<br/>"));
            QVERIFY(block.contains("ars-hub<br/>"));
            QVERIFY(block.contains("Contoso NVA<br/>"));
            QVERIFY(!block.contains("AVS West Europe"));
        }
    }
}

void TestMermaidExport::linkStylesMatchTheLinks()
{
    MermaidOptions options;
    options.traceForward = {"spoke1", "ergw", "avs-weu"};
    const QStringList all = lines(toMermaid(contoso(), options));
    int links = 0;
    QList<int> styled;
    for (const QString &line : all) {
        if (linkStatement.match(line).hasMatch())
            ++links;
        if (line.startsWith("linkStyle "))
            styled << line.section(' ', 1, 1).toInt();
    }
    // Every link of the design plus the one hop no link carries (spoke1 to ergw).
    QCOMPARE(links, int(contoso().links.size()) + 1);
    QCOMPARE(styled.size(), links);
    for (int i = 0; i < styled.size(); ++i)
        QCOMPARE(styled[i], i);
}

void TestMermaidExport::escapesLabelsAndKeepsIdsSafe()
{
    const std::string mermaid = toMermaid(*g_awkward);
    const QStringList all = lines(mermaid);
    QCOMPARE(all.count("end"), 1);
    QCOMPARE(all.count(QStringLiteral("flowchart LR")), 1);
    const QString text = QString::fromStdString(mermaid);
    QVERIFY(text.contains("#34;end#34; #35;1 #60;b#62;bold#60;/b#62;"));
    QVERIFY(!text.contains("<b>"));
    const QRegularExpression node(QStringLiteral(R"(^(n\d+)[\[\(\{>])"));
    const QRegularExpression subgraph(QStringLiteral("^subgraph vnet\\d+\\[\"[^\"]*\"\\]$"));
    for (const QString &line : all) {
        if (line.startsWith("subgraph "))
            QVERIFY(subgraph.match(line).hasMatch());
        else if (line.contains("<br/>"))
            QVERIFY2(node.match(line).hasMatch(), qPrintable(line));
    }
    QVERIFY(text.contains("class n1 disabled"));
}

void TestMermaidExport::highlightsATrace()
{
    MermaidOptions options;
    options.traceForward = {"spoke1", "ergw", "avs-weu"};
    options.traceReturn = {"avs-weu", "ergw", "spoke1"};
    const Topology topology = contoso();
    const QStringList all = lines(toMermaid(topology, options));
    const auto id = [&](std::string_view node) {
        return QStringLiteral("n%1").arg(topology.nodeIndex(node));
    };
    QVERIFY(all.contains(id("spoke1") + " ==>|trace| " + id("ergw")));
    QVERIFY(all.contains(id("ergw") + " -.->|return| " + id("spoke1")));
    const QString traced = all.filter(QRegularExpression(" traced$")).value(0);
    for (const char *node : {"spoke1", "ergw", "avs-weu"})
        QVERIFY2(traced.contains(id(node)), node);
    // Links are written in the design's order, so a link's index is its linkStyle index.
    int gatewayLink = -1;
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        if (topology.links[i].id == "avs-weu-ergw")
            gatewayLink = int(i);
    }
    const QString forward = QString::fromLatin1(traceForwardColour.data(),
                                                qsizetype(traceForwardColour.size()));
    QVERIFY(all.contains(
        QStringLiteral("linkStyle %1 stroke:%2,stroke-width:4px").arg(gatewayLink).arg(forward)));
}

// The Virtual WAN sample: the Virtual WAN's subgraph holds its hub's, which holds the hub
// gateways and the firewall; hub connections are long-dashed and the trace goes through the
// firewall.
void TestMermaidExport::virtualWanSubgraphsNest()
{
    const Topology topology = *g_vwan;
    MermaidOptions options;
    options.traceForward = {"spoke1", "fw-weu", "ergw-weu", "avs-weu"};
    const std::string mermaid = toMermaid(topology, options);
    const QStringList all = lines(mermaid);
    const auto id = [&](std::string_view node) {
        return QStringLiteral("%1").arg(topology.nodeIndex(node));
    };
    // Where each subgraph opens and closes, and what lies between.
    const auto block = [&](const QString &subgraph) {
        // QStringList::indexOf wants the whole line to match.
        const qsizetype start = all.indexOf(QRegularExpression("subgraph " + subgraph + "\\[.*"));
        int depth = 0;
        QStringList inside;
        for (qsizetype i = start; i >= 0 && i < all.size(); ++i) {
            depth += all[i].startsWith("subgraph ") ? 1 : all[i] == "end" ? -1 : 0;
            inside << all[i];
            if (depth == 0)
                break;
        }
        return inside.join('\n');
    };
    const QString wan = block("vwan" + id("contoso-vwan"));
    const QString hub = block("vwanhub" + id("hub-weu"));
    QVERIFY2(!hub.isEmpty() && wan.contains(hub), qPrintable(wan));
    for (const char *child : {"ergw-weu", "vpngw-weu", "fw-weu"})
        QVERIFY2(hub.contains("n" + id(child) + "["), child);
    QVERIFY(!hub.contains("n" + id("spoke1") + "["));
    QVERIFY(!wan.contains("n" + id("avs-weu") + "{{"));
    int depth = 0;
    for (const QString &line : all) {
        depth += line.startsWith("subgraph ") ? 1 : line == "end" ? -1 : 0;
        QVERIFY(depth >= 0);
    }
    QCOMPARE(depth, 0);
    // The hub connection: the hub's navy in long dashes.
    int index = -1;
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        if (topology.links[i].id == "spoke2-hub")
            index = int(i);
    }
    const QString navy = QString::fromLatin1(linkColour(LinkKind::HubConnection).data());
    QVERIFY(all.contains(QStringLiteral("linkStyle %1 stroke:%2,stroke-width:3px,stroke-dasharray:10 4")
                             .arg(index)
                             .arg(navy)));
    // Hops no link carries (spoke1 to its hub's firewall) are trace arrows of their own.
    QVERIFY(all.contains("n" + id("spoke1") + " ==>|trace| n" + id("fw-weu")));
}

QTEST_GUILESS_MAIN(TestMermaidExport)
#include "tst_mermaidexport.moc"
