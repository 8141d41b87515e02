// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/documentreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <string>

using namespace avsnet::core;

namespace {

const QString formatData = QStringLiteral(AVSNET_TEST_DATA "/format");
const QString designsDir = QStringLiteral(AVSNET_TEST_DATA "/designs");

// A document with the given nodes and links (JSON array bodies) and extra top-level fields.
QString design(const QString &nodes, const QString &links = {}, const QString &extra = {})
{
    return QStringLiteral(R"({"format": "avsnet", "version": 1, "nodes": [%1], "links": [%2]%3})")
        .arg(nodes, links, extra.isEmpty() ? QString() : ", " + extra);
}

const QString hub
    = QStringLiteral(R"({"id": "hub", "kind": "vnet", "addressSpace": ["10.0.0.0/16"],)"
                     R"( "subnets": [{"name": "nva", "prefix": "10.0.1.0/24"}]})");
const QString dc = QStringLiteral(R"({"id": "dc", "kind": "onprem", "asn": 65010})");

// One node of `kind` with the given fields after id and kind.
QString node(const QString &kind, const QString &fields, const QString &id = "n")
{
    return QStringLiteral(R"({"id": "%1", "kind": "%2"%3})")
        .arg(id, kind, fields.isEmpty() ? QString() : ", " + fields);
}

LoadResult read(const QString &text)
{
    return DocumentReader::readText(text.toStdString(), "test.avsnet");
}

LoadResult readFromFile(const QString &fileName)
{
    return DocumentReader::readFile(fileName.toStdString());
}

QString describe(const LoadResult &result)
{
    if (const auto *error = std::get_if<LoadError>(&result))
        return QString::fromStdString(error->toString());
    return QStringLiteral("loaded");
}

std::string readAll(const QString &fileName)
{
    std::ifstream stream(fileName.toStdString(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(stream), {});
}

} // namespace

class TestDocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void refuses_data();
    void refuses();
    void syntaxErrorPosition_data();
    void syntaxErrorPosition();
    void emptyFile_data();
    void emptyFile();
    void truncatedFile();
    void unreadableFile();
    void errorText();
    void readsEveryField();
    void keepsUnknownFields();
    void acceptsAnyKeyOrder();
    void loadsFindings();
    void filesOnDisk_data();
    void filesOnDisk();
    void deepNesting_data();
    void deepNesting();
    void manyKeys();
    void hundredThousandPrefixes();
    void fiftyMegabytes_data();
    void fiftyMegabytes();
};

void TestDocumentReader::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    // One row per refusal: a small document, the path the error must name and a piece of its
    // message. The documents are data; duplicate keys cannot be, so those rows are below.
    std::ifstream stream((formatData + "/refusals.json").toStdString());
    const auto rows = nlohmann::ordered_json::parse(stream);
    QVERIFY(rows.size() > 100);
    for (const auto &row : rows) {
        const std::string name = row.at("name").get<std::string>();
        QTest::newRow(name.c_str()) << QString::fromStdString(row.at("document").dump())
                                    << QString::fromStdString(row.at("path").get<std::string>())
                                    << QString::fromStdString(row.at("message").get<std::string>());
    }

    QTest::newRow("duplicate key")
        << design(R"({"id": "a", "kind": "internet", "id": "b"})") << "nodes[0].id"
        << "appears twice";
    QTest::newRow("duplicate key in a large object")
        << R"({"format": "avsnet", "version": 1, "k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4,)"
           R"( "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11, "k12": 12,)"
           R"( "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k3": 3})"
        << "k3"
        << "appears twice";
}

void TestDocumentReader::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, fragment);

    const LoadResult result = read(text);
    const auto *error = std::get_if<LoadError>(&result);
    QVERIFY2(error, "the document loaded but should be refused");
    QCOMPARE(QString::fromStdString(error->path), path);
    const QString message = QString::fromStdString(error->message);
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QCOMPARE(QString::fromStdString(error->file), QStringLiteral("test.avsnet"));
    // One sentence naming the fix: a problem, a semicolon, what to do.
    QVERIFY2(message.contains(';'), qPrintable(message));
    QVERIFY2(!message.endsWith('.'), qPrintable(message));
}

void TestDocumentReader::syntaxErrorPosition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("detail");

    // The column is that of the last byte the parser read, as nlohmann reports it.
    QTest::newRow("bare word") << QByteArray(
        "{\n  \"format\": \"avsnet\",\n  \"version\": 1,\n  oops\n}")
                               << 4 << 3 << "invalid literal";
    QTest::newRow("trailing comma")
        << QByteArray(R"({"format": "avsnet",})") << 1 << 21 << "unexpected '}'";
    QTest::newRow("missing comma")
        << QByteArray("{\n\"a\": 1\n\"b\": 2}") << 3 << 3 << "unexpected string literal";
    QTest::newRow("single quotes")
        << QByteArray("{'format': 'avsnet'}") << 1 << 2 << "invalid literal";
    QTest::newRow("comment") << QByteArray("// design\n{}") << 1 << 1 << "invalid literal";
    QTest::newRow("text after the object")
        << QByteArray("{}\n{}") << 2 << 1 << "expected end of input";
    QTest::newRow("control character in string")
        << QByteArray("{\"a\": \"x\ty\"}") << 1 << 9 << "control character";
    QTest::newRow("bad utf-8") << QByteArray("{\"a\": \"\xff\"}") << 1 << 8 << "ill-formed UTF-8";
    QTest::newRow("number overflow")
        << QByteArray("{\"a\": [1,\n 1e999]}") << 2 << 6 << "number overflow";
    QTest::newRow("crlf line ends")
        << QByteArray("{\r\n\"a\": 1,\r\n}") << 3 << 1 << "unexpected '}'";
}

void TestDocumentReader::syntaxErrorPosition()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, detail);

    const LoadResult result = DocumentReader::readText(text.toStdString(), "x.avsnet");
    const auto *error = std::get_if<LoadError>(&result);
    QVERIFY(error);
    const QString message = QString::fromStdString(error->message);
    QVERIFY2(message.startsWith("the file is not valid JSON ("), qPrintable(message));
    QVERIFY2(message.contains(detail), qPrintable(message));
    QVERIFY2(!message.contains("json.exception"), qPrintable(message));
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
    QVERIFY(error->path.empty());
    QCOMPARE(error->file, std::string("x.avsnet"));
}

void TestDocumentReader::emptyFile_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << "";
    QTest::newRow("spaces and newlines") << "  \n\t\r\n ";
}

void TestDocumentReader::emptyFile()
{
    QFETCH(QString, text);
    const LoadResult result = read(text);
    const auto *error = std::get_if<LoadError>(&result);
    QVERIFY(error);
    QVERIFY2(QString::fromStdString(error->message).contains("empty"), error->message.c_str());

    QTemporaryDir folder;
    const QString fileName = folder.filePath("empty.avsnet");
    std::ofstream(fileName.toStdString()) << text.toStdString();
    const LoadResult fromFile = readFromFile(fileName);
    QVERIFY(std::holds_alternative<LoadError>(fromFile));
    QCOMPARE(QString::fromStdString(std::get<LoadError>(fromFile).file), fileName);
}

void TestDocumentReader::truncatedFile()
{
    const std::string whole = readAll(formatData + "/every-field.avsnet");
    QVERIFY(std::holds_alternative<Topology>(DocumentReader::readText(whole)));
    // Cut anywhere, the file is refused, never half-read.
    for (std::size_t length = 0; length + 1 < whole.size(); length += 97) {
        const LoadResult result
            = DocumentReader::readText(std::string_view(whole).substr(0, length));
        QVERIFY2(std::holds_alternative<LoadError>(result), qPrintable(QString::number(length)));
    }
    const LoadResult result = DocumentReader::readText(whole.substr(0, whole.size() / 2));
    const auto &error = std::get<LoadError>(result);
    QVERIFY(error.line > 1);
    QVERIFY(error.column > 0);
}

void TestDocumentReader::unreadableFile()
{
    QTemporaryDir folder;
    const QString missing = folder.filePath("missing.avsnet");
    LoadResult result = readFromFile(missing);
    QVERIFY(std::holds_alternative<LoadError>(result));
    QString message = QString::fromStdString(std::get<LoadError>(result).message);
    QVERIFY2(message.startsWith("cannot read the file"), qPrintable(message));
    QCOMPARE(QString::fromStdString(std::get<LoadError>(result).file), missing);

    result = readFromFile(folder.path());
    QVERIFY(std::holds_alternative<LoadError>(result));
    message = QString::fromStdString(std::get<LoadError>(result).message);
    QVERIFY2(message.contains("folder"), qPrintable(message));
}

void TestDocumentReader::errorText()
{
    LoadError error;
    error.message = "bad";
    QCOMPARE(error.toString(), std::string("bad"));
    error.file = "a.avsnet";
    QCOMPARE(error.toString(), std::string("a.avsnet: bad"));
    error.line = 3;
    error.column = 7;
    QCOMPARE(error.toString(), std::string("a.avsnet:3:7: bad"));
    error.line = 0;
    error.column = 0;
    error.path = "nodes[3].addressSpace[0]";
    QCOMPARE(error.toString(), std::string("a.avsnet: nodes[3].addressSpace[0]: bad"));
    error.file.clear();
    QCOMPARE(error.toString(), std::string("nodes[3].addressSpace[0]: bad"));
}

void TestDocumentReader::readsEveryField()
{
    const LoadResult result = readFromFile(formatData + "/every-field.avsnet");
    QVERIFY2(std::holds_alternative<Topology>(result), qPrintable(describe(result)));
    const Topology &topology = std::get<Topology>(result);
    QCOMPARE(topology.name, std::string("Every kind and field"));
    QCOMPARE(topology.nodes.size(), std::size_t(19));
    QCOMPARE(topology.links.size(), std::size_t(13));

    const Node &dc = topology.nodes[0];
    QVERIFY(dc.kind() == NodeKind::OnPrem);
    QCOMPARE(dc.name, std::string("Datacenter"));
    QVERIFY(dc.position == (Position{-120, 40.5}));
    QVERIFY(dc.disabled);
    QCOMPARE(dc.notes, std::string("Line one\nline two, \"quoted\", unicode: Zürich ✓"));
    const auto *site = dc.as<OnPremSite>();
    QCOMPARE(site->asn, Asn(65010));
    QCOMPARE(site->prefixes.size(), std::size_t(2));
    QVERIFY(site->prefixes[1].hasHostBits()); // loads; validation reports it
    QVERIFY(site->advertise && site->advertise->size() == 1);
    QVERIFY(site->advertiseDefaultRoute);
    const auto *site2 = topology.node("dc2")->as<OnPremSite>();
    QCOMPARE(site2->asn, Asn(4200000001u));
    QVERIFY(site2->advertise && site2->advertise->empty()); // [] is not "absent"
    QVERIFY(topology.node("dc2")->name.empty());

    const auto *circuit = topology.node("er-ams")->as<ErCircuit>();
    QVERIFY(circuit->sku == CircuitSku::Premium);
    QCOMPARE(circuit->bandwidthMbps, 10000);
    const auto *avs = topology.node("avs")->as<AvsPrivateCloud>();
    QVERIFY(avs->internet == AvsInternet::ManagedSnat);
    QCOMPARE(avs->segments.size(), std::size_t(2));
    QCOMPARE(avs->segments[0].unknown.dump(), std::string(R"({"x-vlan":101})"));

    const auto *vnet = topology.node("hub")->as<VirtualNetwork>();
    QCOMPARE(vnet->subnets[1].routeTable, std::string("rt-nva"));
    const RouteTable *table = vnet->routeTable("rt-nva");
    QVERIFY(table && table->disableBgpRoutePropagation);
    QCOMPARE(table->routes.size(), std::size_t(5));
    QVERIFY(table->routes[1].nextHopType == NextHopType::VirtualAppliance);
    QCOMPARE(table->routes[1].nextHopIp->toString(), std::string("10.0.1.4"));
    QVERIFY(table->routes[2].nextHopType == NextHopType::None);
    QVERIFY(!table->routes[2].nextHopIp);

    const auto *vpn = topology.node("vpngw")->as<VpnGateway>();
    QVERIFY(vpn->asn == 65020 && !vpn->bgp && vpn->activeActive);
    QVERIFY(topology.node("ars")->as<RouteServer>()->branchToBranch);
    QVERIFY(topology.node("ergw")->as<ErGateway>()->sku == ErGatewaySku::ErGw2Az);
    const auto *nva = topology.node("nva1")->as<Nva>();
    QVERIFY(nva->asn == 65001u && !nva->ipForwarding && nva->readvertise);
    QVERIFY(nva->asPath.prepend == 3 && nva->asPath.replacePrivate);
    QVERIFY(!topology.node("nva3")->as<Nva>()->asn);
    QVERIFY(topology.node("internet")->kind() == NodeKind::Internet);

    const Link *peering = topology.link("dc-er");
    QVERIFY(peering->disabled);
    QCOMPARE(peering->as<ErPeeringLink>()->secondarySubnet->toString(),
             std::string("192.0.2.4/30"));
    QCOMPARE(topology.link("er-ergw")->as<ErConnectionLink>()->weight, 100);
    QCOMPARE(topology.link("gr")->as<GlobalReachLink>()->subnet->toString(),
             std::string("10.255.255.0/29"));
    const auto *vnetPeering = topology.link("spoke-hub")->as<VnetPeeringLink>();
    QVERIFY(vnetPeering->useRemoteGateways && !vnetPeering->allowForwardedTraffic);
    const auto *vpnConnection = topology.link("vpn-dc2")->as<VpnConnectionLink>();
    QVERIFY(!vpnConnection->bgp && vpnConnection->weight == 7);
    QVERIFY(topology.link("nva1-nva2")->kind() == LinkKind::BgpSession);

    // Virtual WAN (format version 2).
    QVERIFY(!topology.node("vwan")->as<VirtualWan>()->branchToBranch);
    const auto *hub = topology.node("vhub")->as<VirtualHub>();
    QVERIFY(hub->hubRoutingPreference == HubRoutingPreference::AsPath && hub->erToErTransit);
    QVERIFY(hub->routingIntent && hub->routingIntent->privateTraffic == "azfw");
    QVERIFY(hub->routingIntent->internetTraffic.empty()); // null: no internet policy
    QCOMPARE(hub->routingIntent->additionalPrefixes.size(), std::size_t(1));
    QVERIFY(topology.node("azfw")->as<HubFirewall>()->vendor == FirewallVendor::Nva);
    const auto *hubGateway = topology.node("hub-ergw")->as<ErGateway>();
    QVERIFY(hubGateway->vnet.empty() && hubGateway->hub == "vhub");
    QVERIFY(hubGateway->allowNonVirtualWanTraffic);
    QCOMPARE(topology.node("hub-vpngw")->parentHub(), std::string("vhub"));
    QVERIFY(topology.link("er-hub-ergw")->as<ErConnectionLink>()->propagateDefaultRoute);
    QVERIFY(topology.link("hub-vpn-dc2")->as<VpnConnectionLink>()->propagateDefaultRoute);
    QVERIFY(!topology.link("vwan-spoke-hub")->as<HubConnectionLink>()->propagateDefaultRoute);
    QCOMPARE(topology.requiredFormatVersion(), 2);

    QCOMPARE(topology.intents.size(), std::size_t(2));
    QVERIFY(topology.intents[1].expect == Expectation::Unreachable);
    QCOMPARE(topology.intents[0].via, std::vector<std::string>{"er-ams"});
    QCOMPARE(topology.annotations.size(), std::size_t(2));
    QVERIFY(topology.annotations[0].size == (Size{200.25, 100}));
    QVERIFY(!topology.annotations[1].position);
    QVERIFY(topology.lesson);
    QCOMPARE(topology.lesson->steps.size(), std::size_t(2));
    QCOMPARE(topology.lesson->steps[0].goals, std::vector<std::string>{"dc reaches web"});
}

void TestDocumentReader::keepsUnknownFields()
{
    const LoadResult result = readFromFile(formatData + "/every-field.avsnet");
    QVERIFY2(std::holds_alternative<Topology>(result), qPrintable(describe(result)));
    const Topology &topology = std::get<Topology>(result);
    QCOMPARE(topology.unknown.dump(),
             std::string(R"({"x-generator":{"name":"hand","version":[1,2.5,null,true]}})"));
    QCOMPARE(topology.nodes[0].unknown.dump(), std::string(R"({"x-owner":"network team"})"));
    const auto *vnet = topology.node("hub")->as<VirtualNetwork>();
    QCOMPARE(vnet->subnets[1].unknown.dump(), std::string(R"({"x-nsg":"nsg-nva"})"));
    QCOMPARE(vnet->routeTables[0].unknown.dump(), std::string(R"({"x-tags":{"env":"prod"}})"));
    QCOMPARE(vnet->routeTables[0].routes[0].unknown.dump(),
             std::string(R"({"x-comment":"egress"})"));
    QCOMPARE(topology.node("nva1")->as<Nva>()->asPath.unknown.dump(),
             std::string(R"({"x-policy":"strip"})"));
    QCOMPARE(topology.links[0].unknown.dump(), std::string(R"({"x-vlan":200})"));
    QCOMPARE(topology.intents[0].unknown.dump(), std::string(R"({"x-ticket":"NET-42"})"));
    QCOMPARE(topology.annotations[0].unknown.dump(), std::string(R"({"x-color":"#ffcc00"})"));
    QCOMPARE(topology.lesson->unknown.dump(), std::string(R"({"x-level":2})"));
    QCOMPARE(topology.lesson->steps[0].unknown.dump(),
             std::string(R"({"x-hint":"use global-reach"})"));

    // Order as in the file, not sorted; a field of another kind is unknown here.
    const LoadResult ordered = read(
        design(node("internet", R"("zeta": 1, "alpha": 2, "asn": 3, "mid": {"b": 1, "a": 2})")));
    QVERIFY2(std::holds_alternative<Topology>(ordered), qPrintable(describe(ordered)));
    QCOMPARE(std::get<Topology>(ordered).nodes[0].unknown.dump(),
             std::string(R"({"zeta":1,"alpha":2,"asn":3,"mid":{"b":1,"a":2}})"));
}

void TestDocumentReader::acceptsAnyKeyOrder()
{
    const QString forward
        = design(hub + ", " + node("er-gateway", R"("vnet": "hub", "sku": "Standard")", "gw"), {},
                 R"("name": "n", "intents": [{"name": "i", "from": "a", "to": "b"}])");
    const QString backward = QStringLiteral(
        R"({"intents": [{"to": "b", "from": "a", "name": "i"}], "name": "n", "links": [],)"
        R"( "nodes": [{"subnets": [{"prefix": "10.0.1.0/24", "name": "nva"}],)"
        R"( "addressSpace": ["10.0.0.0/16"], "kind": "vnet", "id": "hub"},)"
        R"( {"sku": "Standard", "vnet": "hub", "kind": "er-gateway", "id": "gw"}],)"
        R"( "version": 1, "format": "avsnet"})");
    const LoadResult a = read(forward);
    const LoadResult b = read(backward);
    QVERIFY2(std::holds_alternative<Topology>(a), qPrintable(describe(a)));
    QVERIFY2(std::holds_alternative<Topology>(b), qPrintable(describe(b)));
    QVERIFY(std::get<Topology>(a) == std::get<Topology>(b));
    // Links may come before nodes in the file.
    const LoadResult linksFirst = read(
        QStringLiteral(
            R"({"links": [{"id": "c", "kind": "er-connection", "from": "er", "to": "gw"}],)"
            R"( "format": "avsnet", "version": 1, "nodes": [%1, {"id": "er", "kind": "er-circuit"},)"
            R"( {"id": "gw", "kind": "er-gateway", "vnet": "hub"}]})")
            .arg(hub));
    QVERIFY2(std::holds_alternative<Topology>(linksFirst), qPrintable(describe(linksFirst)));
}

void TestDocumentReader::loadsFindings()
{
    // Findings, not refusals (cli.md): host bits, a link kind that does not fit its ends, a
    // route table no subnet uses, a subnet naming a missing route table, a self link.
    const QString text = design(
        hub + ", " + dc + ", "
            + node(
                "vnet",
                R"("addressSpace": ["10.1.0.1/16"], "subnets": [{"name": "a", "prefix": "10.1.0.0/24", "routeTable": "missing"}], "routeTables": [{"name": "unused"}])",
                "spoke"),
        R"({"id": "odd", "kind": "global-reach", "from": "dc", "to": "hub"},)"
        R"({"id": "self", "kind": "vnet-peering", "from": "hub", "to": "hub"})");
    const LoadResult result = read(text);
    QVERIFY2(std::holds_alternative<Topology>(result), qPrintable(describe(result)));
    const Topology &topology = std::get<Topology>(result);
    QVERIFY(topology.node("spoke")->as<VirtualNetwork>()->addressSpace[0].hasHostBits());
    QVERIFY(topology.links[0].kind() == LinkKind::GlobalReach);

    // A BOM and a document with nothing but the required fields.
    const LoadResult minimal
        = read(QString::fromUtf8("\xEF\xBB\xBF{\"version\": 1, \"format\": \"avsnet\"}"));
    QVERIFY2(std::holds_alternative<Topology>(minimal), qPrintable(describe(minimal)));
    QVERIFY(std::get<Topology>(minimal).nodes.empty());
    QVERIFY(!std::get<Topology>(minimal).lesson);
    // "lesson": null is no lesson.
    const LoadResult nullLesson = read(design({}, {}, R"("lesson": null)"));
    QVERIFY2(std::holds_alternative<Topology>(nullLesson), qPrintable(describe(nullLesson)));
    QVERIFY(!std::get<Topology>(nullLesson).lesson);
}

// The test designs load; the refused-* files of tests/data/format are refused from disk with
// the file's name and a place.
void TestDocumentReader::filesOnDisk_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("refused");
    const QStringList designs = QDir(designsDir).entryList({"*.avsnet"}, QDir::Files, QDir::Name);
    QVERIFY2(designs.size() >= 2, qPrintable(designsDir));
    for (const QString &file : designs)
        QTest::newRow(qPrintable(file)) << designsDir + '/' + file << false;
    const QStringList refused
        = QDir(formatData).entryList({"refused-*.avsnet"}, QDir::Files, QDir::Name);
    QVERIFY2(refused.size() >= 2, qPrintable(formatData));
    for (const QString &file : refused)
        QTest::newRow(qPrintable(file)) << formatData + '/' + file << true;
    QTest::newRow("sample") << QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples/contoso.avsnet")
                            << false;
    QTest::newRow("vwan sample")
        << QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples/contoso-vwan.avsnet") << false;
}

void TestDocumentReader::filesOnDisk()
{
    QFETCH(QString, fileName);
    QFETCH(bool, refused);
    const LoadResult result = readFromFile(fileName);
    QVERIFY2(std::holds_alternative<LoadError>(result) == refused, qPrintable(describe(result)));
    if (refused) {
        const auto &error = std::get<LoadError>(result);
        QCOMPARE(QString::fromStdString(error.file), fileName);
        QVERIFY(error.line > 0 || !error.path.empty());
    }
    if (fileName.endsWith("refused-truncated.avsnet")) {
        // One line, cut short: the fault is just past its last byte.
        QCOMPARE(std::get<LoadError>(result).line, 1);
        QCOMPARE(std::get<LoadError>(result).column, int(QFileInfo(fileName).size()) + 1);
    }
    if (fileName.endsWith("refused-dangling-link.avsnet"))
        QCOMPARE(std::get<LoadError>(result).path, std::string("links[0].to"));
}

void TestDocumentReader::deepNesting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("column");
    QTest::newRow("100000 brackets") << QByteArray(100000, '[') << 65;
    QTest::newRow("closed brackets") << QByteArray(100000, '[') + QByteArray(100000, ']') << 65;
    QByteArray objects = R"({"format": "avsnet", "version": 1, "x": )";
    const int prefixLength = objects.size();
    for (int i = 0; i < 50000; ++i)
        objects += R"({"a": )";
    QTest::newRow("nested objects in an unknown field") << objects << prefixLength + 1 + 6 * 63;
    QTest::newRow("brackets inside strings do not count")
        << QByteArray(R"({"format": "avsnet", "version": 1, "x": ")") + QByteArray(1000, '[')
               + QByteArray("\", \"y\": ") + QByteArray(70, '[')
        << 1113;
}

void TestDocumentReader::deepNesting()
{
    QFETCH(QByteArray, text);
    QFETCH(int, column);
    const LoadResult result = DocumentReader::readText(text.toStdString());
    const auto *error = std::get_if<LoadError>(&result);
    QVERIFY(error);
    QVERIFY2(QString::fromStdString(error->message).contains("nested more than 64"),
             error->message.c_str());
    QCOMPARE(error->line, 1);
    QCOMPARE(error->column, column);

    // 64 levels are fine.
    QByteArray deepest = R"({"format": "avsnet", "version": 1, "x": )";
    deepest += QByteArray(63, '[') + QByteArray(63, ']') + '}';
    QVERIFY2(std::holds_alternative<Topology>(DocumentReader::readText(deepest.toStdString())),
             qPrintable(describe(DocumentReader::readText(deepest.toStdString()))));
}

void TestDocumentReader::manyKeys()
{
    // ordered_json inserts a key in linear time; the parser must not make this quadratic.
    std::string text = R"({"format": "avsnet", "version": 1, "x-many": {)";
    const int count = 300000;
    for (int i = 0; i < count; ++i)
        text += (i ? ", \"k" : "\"k") + std::to_string(i) + "\": " + std::to_string(i);
    text += "}}";
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = DocumentReader::readText(text);
    qInfo("%d keys in one object: %lld ms", count, timer.elapsed());
    QVERIFY2(std::holds_alternative<Topology>(result), qPrintable(describe(result)));
    QCOMPARE(std::get<Topology>(result).unknown["x-many"].size(), std::size_t(count));
    qInfo("loaded in %lld ms (reported, not asserted)", timer.elapsed());
}

void TestDocumentReader::hundredThousandPrefixes()
{
    std::string text
        = R"({"format": "avsnet", "version": 1, "nodes": [{"id": "dc", "kind": "onprem", "asn": 65010, "prefixes": [)";
    const int count = 100000;
    for (int i = 0; i < count; ++i) {
        text += i ? ", \"" : "\"";
        text += "10." + std::to_string(i >> 8 & 0xff) + '.' + std::to_string(i & 0xff) + ".0/24\"";
    }
    text += "]}]}";
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = DocumentReader::readText(text);
    const qint64 elapsed = timer.elapsed();
    qInfo("100,000 prefixes (%zu bytes): %lld ms", text.size(), elapsed);
    QVERIFY2(std::holds_alternative<Topology>(result), qPrintable(describe(result)));
    QCOMPARE(std::get<Topology>(result).nodes[0].as<OnPremSite>()->prefixes.size(),
             std::size_t(count));
    // The time is reported, never asserted: the bench measures speed.
}

void TestDocumentReader::fiftyMegabytes_data()
{
    QTest::addColumn<bool>("prefixes");
    QTest::newRow("prefixes") << true;
    QTest::newRow("notes") << false;
}

void TestDocumentReader::fiftyMegabytes()
{
    QFETCH(bool, prefixes);
    const std::size_t size = 50u << 20;
    std::string text
        = R"({"format": "avsnet", "version": 1, "nodes": [{"id": "dc", "kind": "onprem", "asn": 65010, )";
    if (prefixes) {
        text += R"("prefixes": [)";
        text.reserve(size + 64);
        for (std::uint32_t i = 0; text.size() < size; ++i) {
            text += i ? ", \"" : "\"";
            text += std::to_string(i >> 16 & 0xff) + '.' + std::to_string(i >> 8 & 0xff) + '.'
                    + std::to_string(i & 0xff) + ".0/24\"";
        }
        text += "]}]}";
    } else {
        text += R"("notes": ")" + std::string(size, 'x') + "\"}]}";
    }
    QTemporaryDir folder;
    const QString fileName = folder.filePath("large.avsnet");
    std::ofstream(fileName.toStdString(), std::ios::binary) << text;
    text.clear();
    text.shrink_to_fit();

    QElapsedTimer timer;
    timer.start();
    const LoadResult result = readFromFile(fileName);
    qInfo("50 MB of %s: %lld ms, %s", prefixes ? "prefixes" : "notes", timer.elapsed(),
          qPrintable(describe(result).left(80)));
    qInfo("loaded in %lld ms (reported, not asserted)", timer.elapsed());
    if (const auto *topology = std::get_if<Topology>(&result))
        QCOMPARE(topology->nodes.size(), std::size_t(1));
}

QTEST_APPLESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
