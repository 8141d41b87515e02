// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findingcatalog.h"
#include "export/designreport.h"
#include "export/reportwriter.h"
#include "export/routeexcerpt.h"
#include "io/documentreader.h"
#include "routing/analysis.h"
#include "routing/routecontext.h"
#include "testdesigns.h"

#include <QRegularExpression>
#include <QtTest>

using namespace avsnet::core;

namespace {

// The fixtures, loaded by initTestCase, which fails cleanly when one does not load; no test
// runs without them.
std::optional<Topology> g_contoso;
std::optional<Topology> g_vwan;
std::optional<Topology> g_hostile;

std::shared_ptr<const Analysis> contoso()
{
    // Branch-to-branch on lets the NVA's default route reach the datacenter: a warning, so
    // the report has a finding to show.
    Topology topology = *g_contoso;
    topology.node("ars")->as<RouteServer>()->branchToBranch = true;
    return analyze(topology);
}

// A design whose name and description try to inject markup into both formats. (Plain
// literals: moc misreads a raw string holding // or quotes.)
const std::string hostile
    = "{\"format\": \"avsnet\", \"version\": 1,"
      " \"name\": \"<script>alert(1)</script> | *x* & 'y'\","
      " \"description\": \"# not a heading\\n1. not a list\\n<img "
      "src=\\\"http://a.test/a.png\\\">\","
      " \"nodes\": [{\"id\": \"v\", \"kind\": \"vnet\", \"addressSpace\": [\"10.0.0.0/16\"],"
      "  \"subnets\": [{\"name\": \"a_b\", \"prefix\": \"10.0.1.0/24\"}]}], \"links\": []}";

QString text(const std::string &report)
{
    return QString::fromStdString(report);
}

std::vector<std::string> subnetContexts(const Topology &topology)
{
    std::vector<std::string> contexts;
    for (const Node &node : topology.nodes) {
        if (const auto *vnet = node.as<VirtualNetwork>()) {
            for (const Subnet &subnet : vnet->subnets)
                contexts.push_back(node.id + "/" + subnet.name);
        }
    }
    return contexts;
}

} // namespace

// The design report in Markdown and HTML: everything a reviewer needs is in it, escaped, and
// the HTML stands alone.
class TestDesignReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void markdownHoldsSubnetsFindingsAndIntents();
    void htmlHoldsSubnetsFindingsAndIntents();
    void htmlIsSelfContainedAndPrintable();
    void showsTheDiagram();
    void capsLongRouteTables();
    void excerptsMatchRoutesAt_data();
    void excerptsMatchRoutesAt();
    void leavesOutALargeMatrixAndSaysWhy();
    void escapesEverything();
    void listsRevisionTwoSettingsAndDownLinks();
    void reportsVirtualWanHubs();
    void saysEachHubsRoutingSettings();
};

void TestDesignReport::initTestCase()
{
    const QString sample = avsnet::testing::loadDesign(avsnet::testing::samplePath(), g_contoso);
    QVERIFY2(sample.isEmpty(), qPrintable(sample));
    const Node *server = g_contoso->node("ars");
    QVERIFY2(server && server->as<RouteServer>(), "the sample has no Route Server ars");
    const QString own = avsnet::testing::loadDesignText(hostile, g_hostile);
    QVERIFY2(own.isEmpty(), qPrintable(own));
    const QString vwan
        = avsnet::testing::loadDesign(avsnet::testing::virtualWanSamplePath(), g_vwan);
    QVERIFY2(vwan.isEmpty(), qPrintable(vwan));
}

void TestDesignReport::markdownHoldsSubnetsFindingsAndIntents()
{
    const auto analysis = contoso();
    ReportOptions options;
    options.date = "2026-03-14";
    options.version = "9.9.9";
    const QString report = text(reportMarkdown(*analysis, options));
    QVERIFY(report.startsWith("# Contoso hybrid network\n"));
    QVERIFY(report.contains("2026-03-14"));
    QVERIFY(report.contains("9.9.9"));
    QVERIFY(report.contains("## Connectivity matrix"));
    QVERIFY(!analysis->findings().empty());
    QVERIFY(!analysis->topology().intents.empty());
    for (const std::string &context : subnetContexts(analysis->topology()))
        QVERIFY2(report.contains("### " + text(escapeMarkdown(context, true)) + "\n"),
                 context.c_str());
    for (const Finding &finding : analysis->findings())
        QVERIFY2(report.contains(text(escapeMarkdown(finding.message, true))),
                 finding.message.c_str());
    for (const Intent &intent : analysis->topology().intents)
        QVERIFY2(report.contains("| " + text(escapeMarkdown(intent.name, true)) + " |"),
                 intent.name.c_str());
    // Each finding code once, with its section of docs/routing.md and its Microsoft Learn page.
    QVERIFY(report.contains("### Why these are findings"));
    for (const Finding &finding : analysis->findings()) {
        const FindingCodeInfo *info = findingInfo(finding.code);
        QVERIFY2(info, finding.code.c_str());
        const QString anchor = text(escapeMarkdown(info->docsAnchor(), true));
        QCOMPARE(report.count("| " + anchor + " |"), 1);
        if (!info->learnUrl.empty())
            QVERIFY(report.contains("](" + text(std::string(info->learnUrl)) + ")"));
    }
    // Every table row has as many cells as its header.
    const QStringList lines = report.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].startsWith("| ---"))
            continue;
        const auto cells = [](const QString &line) {
            return line.count(QRegularExpression(R"((?<!\\)\|)"));
        };
        for (qsizetype row = i + 1; row < lines.size() && lines[row].startsWith('|'); ++row)
            QCOMPARE(cells(lines[row]), cells(lines[i - 1]));
    }
}

void TestDesignReport::htmlHoldsSubnetsFindingsAndIntents()
{
    const auto analysis = contoso();
    const QString report = text(reportHtml(*analysis, {}));
    for (const std::string &context : subnetContexts(analysis->topology()))
        QVERIFY2(report.contains("<h3>" + text(escapeHtml(context)) + "</h3>"), context.c_str());
    for (const Finding &finding : analysis->findings())
        QVERIFY2(report.contains(text(escapeHtml(finding.message))), finding.message.c_str());
    for (const Intent &intent : analysis->topology().intents)
        QVERIFY2(report.contains("<td>" + text(escapeHtml(intent.name)) + "</td>"),
                 intent.name.c_str());
    QVERIFY(report.contains("<td class=\"good\">met</td>"));
    for (const Finding &finding : analysis->findings()) {
        const FindingCodeInfo *info = findingInfo(finding.code);
        QVERIFY2(info, finding.code.c_str());
        QVERIFY(report.contains("<td>" + text(info->docsAnchor()) + "</td>"));
        if (!info->learnUrl.empty())
            QVERIFY(report.contains("<a href=\"" + text(std::string(info->learnUrl)) + "\">"));
    }
}

void TestDesignReport::htmlIsSelfContainedAndPrintable()
{
    ReportOptions options;
    options.diagramSvg = R"(<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>)";
    const QString report = text(reportHtml(*contoso(), options));
    QVERIFY(report.startsWith("<!DOCTYPE html>"));
    QVERIFY(report.trimmed().endsWith("</html>"));
    QVERIFY(report.contains("<meta charset=\"utf-8\">"));
    QVERIFY(report.contains("@media print"));
    QVERIFY(report.contains("page-break-before"));
    // Nothing is fetched: no stylesheet links, scripts, imports or absolute URLs in resource
    // attributes or CSS. (An SVG's xmlns is a name, not a resource; a hyperlink the reader
    // may follow, such as a finding's Microsoft Learn page, fetches nothing by itself.)
    const QRegularExpression external(
        "(\\bsrc|<(?!a\\b)[a-z]+[^>]*\\bhref)\\s*=\\s*[\"']?\\s*(https?:|//)"
        "|url\\(\\s*[\"']?\\s*(https?:|//)|@import"
        "|<link\\b|<script\\b|<iframe\\b|<object\\b",
        QRegularExpression::CaseInsensitiveOption);
    const auto match = external.match(report);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
}

void TestDesignReport::showsTheDiagram()
{
    const auto analysis = contoso();
    ReportOptions options;
    options.diagramSvg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"4\"><g/></svg>\n";
    options.diagramFile = "diagrams/contoso (v2).svg";
    const QString html = text(reportHtml(*analysis, options));
    QVERIFY(html.contains("<figure class=\"diagram\">\n<svg width=\"4\"><g/></svg>\n</figure>"));
    QVERIFY(!html.contains("<?xml"));
    QVERIFY(!html.contains("contoso (v2)"));
    const QString markdown = text(reportMarkdown(*analysis, options));
    QVERIFY(markdown.contains("![Diagram of the design](<diagrams/contoso (v2).svg>)"));
    QVERIFY(!markdown.contains("<svg"));
    QVERIFY(text(reportMarkdown(*analysis, {})).contains("No diagram was supplied"));
}

void TestDesignReport::capsLongRouteTables()
{
    ReportOptions options;
    options.maxRouteRows = 3;
    const QString report = text(reportMarkdown(*contoso(), options));
    QVERIFY(report.contains(QRegularExpression(
        R"(\*\d+ more routes not listed; avsnet routes FILE --at hub/nva lists them all\.\*)")));
    // Under the heading of a capped table come the header, the rule and three rows.
    const qsizetype heading = report.indexOf("### hub/nva\n");
    const QStringList after = report.mid(heading).split('\n');
    QCOMPARE(after.mid(2, 6).filter(QRegularExpression("^\\|")).size(), 5);
}

void TestDesignReport::excerptsMatchRoutesAt_data()
{
    QTest::addColumn<bool>("virtualWan");
    QTest::addColumn<int>("rows");
    QTest::newRow("3 rows") << false << 3;
    QTest::newRow("200 rows") << false << 200;
    // Hubs and firewalls in Azure's words, hub gateways as their hub's rows.
    QTest::newRow("Virtual WAN, 3 rows") << true << 3;
    QTest::newRow("Virtual WAN, 200 rows") << true << 200;
}

// The report cuts its tables without building them whole; what it lists must still be
// exactly the first rows `avsnet routes` prints, and its count the table's size.
void TestDesignReport::excerptsMatchRoutesAt()
{
    QFETCH(bool, virtualWan);
    QFETCH(int, rows);
    const auto analysis = virtualWan ? analyze(*g_vwan) : contoso();
    RouteExcerpts excerpts(*analysis, std::size_t(rows));
    const Topology &topology = analysis->topology();
    for (std::size_t node = 0; node < topology.nodes.size(); ++node) {
        const Node &design = topology.nodes[node];
        std::vector<std::pair<std::string, RouteExcerpt>> tables;
        if (const auto *vnet = design.as<VirtualNetwork>()) {
            for (std::size_t subnet = 0; subnet < vnet->subnets.size(); ++subnet)
                tables.emplace_back(design.id + "/" + vnet->subnets[subnet].name,
                                    excerpts.effectiveRoutes(int(node), int(subnet)));
        } else if (design.kind() == NodeKind::Vwan) {
            // A Virtual WAN has no table of its own.
            QVERIFY(std::holds_alternative<std::string>(routesAt(*analysis, design.id)));
            QCOMPARE(excerpts.bgpTable(int(node)).total, std::size_t(0));
        } else if (design.kind() != NodeKind::Internet) {
            tables.emplace_back(design.id, excerpts.bgpTable(int(node)));
        }
        for (const auto &[context, excerpt] : tables) {
            const auto expected = std::get<std::vector<RouteView>>(routesAt(*analysis, context));
            QCOMPARE(excerpt.total, expected.size());
            QCOMPARE(excerpt.routes.size(), std::min(expected.size(), std::size_t(rows)));
            for (std::size_t i = 0; i < excerpt.routes.size(); ++i) {
                const RouteView &got = excerpt.routes[i];
                const RouteView &want = expected[i];
                QVERIFY2(got.prefix == want.prefix && got.nextHopType == want.nextHopType
                             && got.nextHop == want.nextHop && got.source == want.source
                             && got.asPath == want.asPath && got.active == want.active,
                         qPrintable(QStringLiteral("%1 row %2: %3")
                                        .arg(QString::fromStdString(context))
                                        .arg(i)
                                        .arg(QString::fromStdString(want.prefix))));
            }
        }
    }
}

void TestDesignReport::leavesOutALargeMatrixAndSaysWhy()
{
    ReportOptions options;
    options.maxMatrixEndpoints = 5;
    const QString report = text(reportHtml(*contoso(), options));
    QVERIFY(report.contains(QRegularExpression("Left out: the design has \\d+ endpoints, more "
                                               "than the 5")));
    QVERIFY(!report.contains("From \\ to"));
    QVERIFY(text(reportHtml(*contoso(), {})).contains("<th>From \\ to</th>"));
}

void TestDesignReport::escapesEverything()
{
    const auto analysis = analyze(*g_hostile);
    const QString html = text(reportHtml(*analysis, {}));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<img"));
    QVERIFY(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; | *x* &amp; &#39;y&#39;"
                          "</title>"));
    QVERIFY(html.contains("<h3>v/a_b</h3>"));
    const QString markdown = text(reportMarkdown(*analysis, {}));
    QVERIFY(markdown.startsWith(R"(# \<script\>alert(1)\</script\> \| \*x\* \& 'y')"));
    QVERIFY(markdown.contains("\n\\# not a heading\n1\\. not a list\n\\<img"));
    QVERIFY(markdown.contains("### v/a\\_b\n"));
    QCOMPARE(escapeMarkdown("a|b\nc", true), std::string("a\\|b<br>c"));
    QCOMPARE(escapeHtml("<a href='x'>&</a>"),
             std::string("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"));
}

void TestDesignReport::listsRevisionTwoSettingsAndDownLinks()
{
    // The routing revision 2 settings a reviewer must see, and a link a limit took down, each
    // in the report of a routing case that uses it.
    const auto reportOf = [](const char *routingCase) {
        std::optional<Topology> design;
        const QString problem = avsnet::testing::loadDesign(
            QStringLiteral(AVSNET_TEST_DATA "/routing/%1/design.avsnet").arg(routingCase), design);
        return problem.isEmpty() ? text(reportMarkdown(*analyze(*design), {})) : problem;
    };
    const QString down = reportOf("96-r2-connection-down-1001-routes");
    QVERIFY2(down.contains("| Gateway | Name | VNet | SKU | Remote VNet traffic | Virtual WAN traffic |"),
             qPrintable(down));
    QVERIFY(down.contains("down: the gateway advertises 1001 routes to the circuit"));
    const QString preferred = reportOf("104-r2-hub-routing-preference-vpn");
    QVERIFY(preferred.contains("| Routing preference |") && preferred.contains("| vpn |"));
    QVERIFY(reportOf("106-r2-nva-next-hop-load-balancer").contains("| 10.0.1.4 | 10.0.1.100 |"));
    QVERIFY(reportOf("113-r2-fastpath-bypasses-gateway-subnet-udr")
                .contains("FastPath (bypasses GatewaySubnet user routes)"));
}

// The Virtual WAN sample's report: a Virtual WAN section (in the contents, after the
// effective routes) with each hub's routing intent, preference and tables as `avsnet routes
// --at` prints them; the inventory's hubs, hub gateways and firewalls. A design without hubs
// has no such section.
void TestDesignReport::reportsVirtualWanHubs()
{
    const auto analysis = analyze(*g_vwan);
    const QString report = text(reportMarkdown(*analysis, {}));
    QVERIFY(report.contains("- [Virtual WAN](#virtual-wan)\n"));
    const qsizetype section = report.indexOf("\n## Virtual WAN\n");
    QVERIFY(section > report.indexOf("\n## Effective routes\n"));
    QVERIFY(section < report.indexOf("\n## BGP tables\n"));
    QVERIFY(report.contains("### hub-weu (hub-weu, Virtual WAN hub)\n"));
    QVERIFY(report.contains("- Routing intent, private traffic: via fw-weu (Azure Firewall WEU, "
                            "Azure Firewall, 10.0.0.132); VNets get 10.0.0.0/8, 172.16.0.0/12, "
                            "192.168.0.0/16 with the firewall as next hop\n"));
    QVERIFY(report.contains("- Routing intent, internet traffic: via fw-weu"));
    QVERIFY(report.contains("- Additional private prefixes: —\n"));
    QVERIFY(report.contains("- Hub routing preference: expressroute"));
    // The hub's table holds only the intent's statics, the firewall's what the hub learned,
    // row for row as the command line prints them.
    QVERIFY(report.contains("#### Effective routes of hub-weu (defaultRouteTable)\n"));
    QVERIFY(report.contains("| 10.0.0.0/8 | Azure Firewall | fw-weu | Static |  | yes |"));
    QVERIFY(report.contains("#### Routes of fw-weu (Azure Firewall WEU, hub firewall)\n"));
    QVERIFY(report.contains("| 10.1.0.0/16 | Virtual Network Connection | spoke1 | BGP |  | yes |"));
    QVERIFY(report.contains("| 0.0.0.0/0 | Internet | — | Static |  | yes |"));
    QVERIFY(report.contains("| 192.168.0.0/17 | ExpressRouteGateway | ergw-weu | BGP | 12076 65510 | yes |"));
    // Inventory.
    QVERIFY(report.contains("| hub-weu | hub-weu | contoso-vwan | West Europe | 10.0.0.0/23 | 2 |"));
    QVERIFY(report.contains("| ergw-weu | ergw-hub-weu | hub-weu | ExpressRoute gateway | no |"));
    QVERIFY(report.contains("| fw-weu | Azure Firewall WEU | hub-weu | Azure Firewall | 10.0.0.132 |"));
    QVERIFY(report.contains("| contoso-vwan | Contoso Virtual WAN | yes | hub-weu |"));
    QVERIFY(report.contains("| spoke1-hub | hub connection | spoke1 | hub-weu | propagates the "
                            "hub's default route: yes | active |"));
    QVERIFY(report.contains("| avs-weu-ergw | ER connection | avs-weu | ergw-weu | weight 0, "
                            "propagates the hub's default route: yes | active |"));
    // The hub gateways stay out of the classic gateway tables; hubs and firewalls are listed
    // once, under Virtual WAN; a Virtual WAN has no table at all.
    QVERIFY(!report.contains("### ExpressRoute gateways\n"));
    QVERIFY(!report.contains("### VPN gateways\n"));
    QCOMPARE(report.count("### hub-weu ("), 1);
    QCOMPARE(report.count("fw-weu (Azure Firewall WEU, hub firewall)"), 1);
    QVERIFY(!report.contains("### contoso-vwan ("));
    QVERIFY(report.contains("### vpngw-weu (vpngw-hub-weu, VPN gateway)\n"));
    QVERIFY(report.contains("| 172.22.10.0/24 | Peer | contoso-rtm | BGP | 65512 | yes |"));
    // The same in HTML, and nothing of it in a design without hubs.
    const QString html = text(reportHtml(*analysis, {}));
    QVERIFY(html.contains("<h2 id=\"virtual-wan\">Virtual WAN</h2>"));
    const QString classic = text(reportMarkdown(*contoso(), {}));
    QVERIFY(!classic.contains("## Virtual WAN"));
    QVERIFY(!classic.contains("[Virtual WAN]"));
    QVERIFY(!classic.contains("### Virtual WAN hubs"));
}

// Each hub's settings in words, from the routing cases that set them: an intent that names a
// firewall of another hub is ignored, the AS-path preference, ER-to-ER transit with and
// without the private intent it needs, additional prefixes.
void TestDesignReport::saysEachHubsRoutingSettings()
{
    const auto reportOf = [](const char *routingCase) {
        std::optional<Topology> design;
        const QString problem = avsnet::testing::loadDesign(
            QStringLiteral(AVSNET_TEST_DATA "/routing/%1/design.avsnet").arg(routingCase), design);
        return problem.isEmpty() ? text(reportMarkdown(*analyze(*design), {})) : problem;
    };
    const QString invalid = reportOf("148-r10-vwan-ri-invalid");
    QVERIFY2(invalid.contains("- Routing intent, private traffic: ignored: fw2 is not an active "
                              "firewall of this hub (vwan-ri-invalid)\n"),
             qPrintable(invalid));
    QVERIFY(invalid.contains("- Routing intent, private traffic: none"));
    QVERIFY(reportOf("142-r10-v10-preference-as-path")
                .contains("- Hub routing preference: as-path (the shorter AS path first"));
    QVERIFY(reportOf("128-r10-v5-er-to-er-transit")
                .contains("- ExpressRoute-to-ExpressRoute transit: on, through the private "
                          "traffic firewall\n"));
    QVERIFY(reportOf("131-r10-v5-transit-flag-without-intent")
                .contains("(vwan-er-transit-ineffective)"));
    const QString additional = reportOf("150-r10-vwan-additional-prefix");
    QVERIFY(additional.contains("- Additional private prefixes: 100.70.0.0/16\n"));
    QVERIFY(additional.contains("192.168.0.0/16, 100.70.0.0/16 with the firewall as next hop"));
}

QTEST_GUILESS_MAIN(TestDesignReport)
#include "tst_designreport.moc"
