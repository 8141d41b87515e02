// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/designcommands.h"
#include "document/clipboard.h"
#include "document/document.h"
#include "io/documentreader.h"
#include "testdesigns.h"

#include <QMimeData>
#include <QTest>

#include <memory>
#include <set>

using namespace avsnet;
using namespace avsnet::ui;

namespace {

const QString mimeType = QStringLiteral("application/x-avsnet+json");

// contoso: hub (with ergw, ars, nva inside) linked to er-ams through ergw, nva-ars a BGP
// session inside the hub, spokes peered to the hub, contoso-dc peered to er-ams.
// Loaded by initTestCase, which fails cleanly when it cannot; no test runs without it.
std::optional<core::Topology> g_contoso;

core::Topology contoso()
{
    return *g_contoso;
}

const core::Node *findNode(const PastedItems &items, const std::string &id)
{
    for (const auto &node : items.nodes) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

const core::Link *findLink(const PastedItems &items, const std::string &id)
{
    for (const auto &link : items.links) {
        if (link.id == id)
            return &link;
    }
    return nullptr;
}

std::set<std::string> idsOf(const PastedItems &items)
{
    std::set<std::string> ids;
    for (const auto &node : items.nodes)
        ids.insert(node.id);
    for (const auto &link : items.links)
        ids.insert(link.id);
    return ids;
}

PastedItems paste(const core::Topology &target, const QMimeData *data, QPointF offset = {})
{
    QString error;
    const auto items = pasteItems(target, data, offset, &error);
    if (!items)
        qFatal("paste refused: %s", qPrintable(error));
    return *items;
}

} // namespace

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyWritesDocument();
    void pasteVnetWithGatewayAndCircuit();
    void pasteTwiceGivesDistinctIds();
    void pasteThroughDocumentUndoes();
    void childWithoutItsVnet();
    void refusesBadContent_data();
    void refusesBadContent();
    void acceptsPlainText();
    void duplicate();
};

void TestClipboard::initTestCase()
{
    const QString loaded = testing::loadDesign(testing::samplePath(), g_contoso);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
}

void TestClipboard::copyWritesDocument()
{
    const std::unique_ptr<QMimeData> data(copyItems(contoso(), {"hub", "er-ams"}));
    QVERIFY(data->hasFormat(mimeType));
    QCOMPARE(data->text().toUtf8(), data->data(mimeType));
    auto read = core::DocumentReader::readText(data->data(mimeType).toStdString());
    QVERIFY(std::holds_alternative<core::Topology>(read));
    const auto &fragment = std::get<core::Topology>(read);
    std::set<std::string> nodes;
    for (const auto &node : fragment.nodes)
        nodes.insert(node.id);
    QCOMPARE(nodes, (std::set<std::string>{"hub", "ergw", "ars", "nva", "er-ams"}));
    std::set<std::string> links;
    for (const auto &link : fragment.links)
        links.insert(link.id);
    // Links with one end outside the selection (dc-er-ams, the peerings) stay behind.
    QCOMPARE(links, (std::set<std::string>{"er-ams-ergw", "nva-ars"}));
}

void TestClipboard::pasteVnetWithGatewayAndCircuit()
{
    const core::Topology topology = contoso();
    const std::unique_ptr<QMimeData> data(copyItems(topology, {"hub", "er-ams"}));
    const PastedItems items = paste(topology, data.get(), {40, 60});

    QCOMPARE(items.nodes.size(), std::size_t(5));
    QCOMPARE(items.links.size(), std::size_t(2));
    for (const auto &id : idsOf(items))
        QVERIFY2(!topology.node(id) && !topology.link(id), id.c_str());

    const core::Node *hub = findNode(items, "hub-copy1");
    QVERIFY(hub);
    QCOMPARE(hub->position->x, topology.node("hub")->position->x + 40);
    QCOMPARE(hub->position->y, topology.node("hub")->position->y + 60);
    for (const char *child : {"ergw-copy1", "ars-copy1", "nva-copy1"}) {
        const core::Node *node = findNode(items, child);
        QVERIFY2(node, child);
        QCOMPARE(node->parentVnet(), std::string("hub-copy1"));
    }
    const core::Link *connection = findLink(items, "er-ams-ergw-copy1");
    QVERIFY(connection);
    QCOMPARE(connection->from, std::string("er-ams-copy1"));
    QCOMPARE(connection->to, std::string("ergw-copy1"));
    QVERIFY(connection->as<core::ErConnectionLink>());
    const core::Link *session = findLink(items, "nva-ars-copy1");
    QVERIFY(session);
    QCOMPARE(session->from, std::string("nva-copy1"));
    QCOMPARE(session->to, std::string("ars-copy1"));
}

void TestClipboard::pasteTwiceGivesDistinctIds()
{
    Document document;
    document.reset(contoso(), {});
    const std::unique_ptr<QMimeData> data(copyItems(document.topology(), {"hub", "er-ams"}));
    const PastedItems first = paste(document.topology(), data.get());
    document.undoStack()->push(new AddItems(&document, first.nodes, first.links, "paste"));
    const PastedItems second = paste(document.topology(), data.get());
    QVERIFY(findNode(second, "hub-copy2"));
    for (const auto &id : idsOf(second))
        QVERIFY2(!document.topology().node(id) && !document.topology().link(id), id.c_str());
    document.undoStack()->push(new AddItems(&document, second.nodes, second.links, "paste"));

    // A copy of a copy counts on from the original's stem.
    const std::unique_ptr<QMimeData> again(copyItems(document.topology(), {"spoke1", "hub-copy1"}));
    const PastedItems third = paste(document.topology(), again.get());
    QVERIFY(findNode(third, "hub-copy3"));
    QVERIFY(findNode(third, "spoke1-copy1"));
    QVERIFY(findNode(third, "ergw-copy3"));
    QVERIFY(findLink(third, "nva-ars-copy3"));
}

void TestClipboard::pasteThroughDocumentUndoes()
{
    Document document;
    document.reset(contoso(), {});
    const std::string before = document.toText();
    const std::unique_ptr<QMimeData> data(copyItems(document.topology(), {"hub", "er-ams"}));
    const PastedItems items = paste(document.topology(), data.get(), {20, 20});

    document.undoStack()->push(new AddItems(&document, items.nodes, items.links, "paste"));
    const std::string after = document.toText();
    QVERIFY(after != before);
    QVERIFY(document.topology().node("hub-copy1"));
    QVERIFY(document.topology().link("er-ams-ergw-copy1"));
    // The pasted design still reads: every reference resolves.
    QVERIFY(std::holds_alternative<core::Topology>(core::DocumentReader::readText(after)));

    document.undoStack()->undo();
    QCOMPARE(document.toText(), before);
    document.undoStack()->redo();
    QCOMPARE(document.toText(), after);
}

void TestClipboard::childWithoutItsVnet()
{
    const core::Topology topology = contoso();
    const std::unique_ptr<QMimeData> data(copyItems(topology, {"nva", "er-ams"}));

    // Into a design that has the VNet: the NVA stays in it.
    const PastedItems same = paste(topology, data.get());
    const core::Node *nva = findNode(same, "nva-copy1");
    QVERIFY(nva);
    QCOMPARE(nva->parentVnet(), std::string("hub"));
    QVERIFY(!findNode(same, "hub-copy1")); // the VNet came along as context only

    // Into one that does not: the NVA is left out, the circuit pastes.
    const PastedItems elsewhere = paste(core::Topology{}, data.get());
    QCOMPARE(elsewhere.nodes.size(), std::size_t(1));
    QCOMPARE(elsewhere.nodes.front().id, std::string("er-ams-copy1"));
    QVERIFY(elsewhere.links.empty());

    // Nothing left at all: refused with a reason.
    const std::unique_ptr<QMimeData> onlyChild(copyItems(topology, {"nva"}));
    QString error;
    QVERIFY(!pasteItems(core::Topology{}, onlyChild.get(), {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestClipboard::refusesBadContent_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << mimeType << QByteArray("\x01\xff{{ not json");
    QTest::newRow("empty") << mimeType << QByteArray();
    QTest::newRow("other json") << mimeType << QByteArray(R"({"hello": "world"})");
    QTest::newRow("future version")
        << mimeType << QByteArray(R"({"format": "avsnet", "version": 99})");
    QTest::newRow("dangling link")
        << mimeType
        << QByteArray(R"({"format": "avsnet", "version": 1, "nodes": [], "links": [)"
                      R"({"id": "l", "kind": "er-peering", "from": "a", "to": "b"}]})");
    QTest::newRow("no nodes") << mimeType << QByteArray(R"({"format": "avsnet", "version": 1})");
    QTest::newRow("plain text") << QStringLiteral("text/plain") << QByteArray("hello");
    QTest::newRow("text like json") << QStringLiteral("text/plain") << QByteArray(" {nope");
    QTest::newRow("image only") << QStringLiteral("image/png") << QByteArray("\x89PNG");
}

void TestClipboard::refusesBadContent()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, content);
    QMimeData data;
    data.setData(format, content);
    QString error;
    QVERIFY(!pasteItems(contoso(), &data, {}, &error));
    QVERIFY(!error.isEmpty());
    qInfo("%s", qPrintable(error));

    error.clear();
    QVERIFY(!pasteItems(contoso(), nullptr, {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!pasteItems(contoso(), &data, {}, nullptr)); // no message wanted: still no crash
}

void TestClipboard::acceptsPlainText()
{
    // A fragment copied from a text editor.
    const std::unique_ptr<QMimeData> copied(copyItems(contoso(), {"spoke1"}));
    QMimeData text;
    text.setText(copied->text());
    const PastedItems items = paste(contoso(), &text);
    QCOMPARE(items.nodes.size(), std::size_t(1));
    QCOMPARE(items.nodes.front().id, std::string("spoke1-copy1"));
}

void TestClipboard::duplicate()
{
    const core::Topology topology = contoso();
    const PastedItems items = duplicateItems(topology, {"hub", "spoke1", "gr-ams-avs"}, {30, 30});
    // The hub's children come along; the peering between the two copies too. A selected
    // link whose ends stay behind does not.
    QVERIFY(findNode(items, "hub-copy1"));
    QVERIFY(findNode(items, "spoke1-copy1"));
    QCOMPARE(findNode(items, "ars-copy1")->parentVnet(), std::string("hub-copy1"));
    QCOMPARE(items.links.size(), std::size_t(2));
    const core::Link *peering = findLink(items, "spoke1-hub-copy1");
    QVERIFY(peering);
    QCOMPARE(peering->from, std::string("spoke1-copy1"));
    QCOMPARE(peering->to, std::string("hub-copy1"));
    QVERIFY(findLink(items, "nva-ars-copy1"));
    QCOMPARE(findNode(items, "spoke1-copy1")->position->x,
             topology.node("spoke1")->position->x + 30);

    Document document;
    document.reset(topology, {});
    const std::string before = document.toText();
    document.undoStack()->push(new AddItems(&document, items.nodes, items.links, "duplicate"));
    document.undoStack()->undo();
    QCOMPARE(document.toText(), before);

    QVERIFY(duplicateItems(topology, {}, {}).nodes.empty());
    QVERIFY(duplicateItems(topology, {"no-such-node"}, {}).nodes.empty());
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
