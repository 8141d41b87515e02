// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/documentreader.h"
#include "io/documentwriter.h"
#include "testdesigns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

using namespace avsnet::core;

namespace {

const QString formatData = QStringLiteral(AVSNET_TEST_DATA "/format");
const QString designsDir = QStringLiteral(AVSNET_TEST_DATA "/designs");

std::string readAll(const QString &fileName)
{
    std::ifstream stream(fileName.toStdString(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(stream), {});
}

Ipv4Prefix prefix(const char *text)
{
    return *Ipv4Prefix::parse(text);
}

// A design built in code, every field away from its default, to check the writer on what the
// reader does not produce (for example unknown fields that clash with known keys).
Topology builtInCode()
{
    Topology topology;
    topology.name = "built";
    Node vnet;
    vnet.id = "hub";
    VirtualNetwork network;
    network.addressSpace = {prefix("10.0.0.0/16")};
    network.subnets.push_back({"s", prefix("10.0.0.0/24"), "", UnknownFields::object()});
    vnet.data = network;
    topology.nodes.push_back(vnet);

    Node nva;
    nva.id = "nva";
    nva.position = Position{0.1, -0.0};
    Nva appliance;
    appliance.vnet = "hub";
    appliance.subnet = "s";
    appliance.ip = *Ipv4Address::parse("10.0.0.4");
    appliance.asn = 0;
    appliance.asPath.unknown["x-only-unknown"] = true; // a non-default policy through unknown
    nva.data = appliance;
    nva.unknown["id"] = "clash"; // never overrides a known field
    nva.unknown["x-extra"] = 1;
    topology.nodes.push_back(nva);

    Intent intent;
    intent.from = "a";
    intent.to = "b";
    topology.intents.push_back(intent);
    topology.lesson = Lesson{}; // an empty lesson is still a lesson
    return topology;
}

} // namespace

class TestDocumentWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void canonicalFile();
    void keyOrderAndDefaults();
    void unknownFieldsWrittenBack();
    void builtInCodeRoundTrips();
    void emptyTopology();
    void versionFollowsVirtualWan();
    void writeFile();
    void writeFileKeepsPermissions();
    void writeFileFailureLeavesTarget();
    void writeFileIntoMissingFolder();
    void writeFileOverFolderCleansUp();
};

void TestDocumentWriter::roundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList files = QDir(designsDir).entryList({"*.avsnet"}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(designsDir));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << designsDir + '/' + file;
    QTest::newRow("every-field") << formatData + "/every-field.avsnet";
    QTest::newRow("contoso") << QStringLiteral(AVSNET_SOURCE_DIR
                                               "/resources/samples/contoso.avsnet");
    QTest::newRow("contoso-vwan") << QStringLiteral(AVSNET_SOURCE_DIR
                                                    "/resources/samples/contoso-vwan.avsnet");
}

void TestDocumentWriter::roundTrip()
{
    QFETCH(QString, fileName);
    LoadResult first = DocumentReader::readFile(fileName.toStdString());
    QVERIFY2(std::holds_alternative<Topology>(first),
             std::get_if<LoadError>(&first) ? std::get<LoadError>(first).toString().c_str() : "");
    const Topology &topology = std::get<Topology>(first);

    // read -> write -> read gives an equal design; write -> read -> write the same bytes.
    const std::string written = DocumentWriter::toText(topology);
    LOAD_DESIGN_TEXT(reread, written);
    QVERIFY(*reread == topology);
    QCOMPARE(DocumentWriter::toText(*reread), written);
    QVERIFY(written.ends_with("}\n"));
    QVERIFY(written.find('\t') == std::string::npos);
    QVERIFY(written.find("\n  \"nodes\": [\n    {\n      \"id\"") != std::string::npos);
}

void TestDocumentWriter::canonicalFile()
{
    // every-field.avsnet is written in the writer's own order with no default value spelled
    // out, so a rewrite reproduces it byte for byte.
    const std::string original = readAll(formatData + "/every-field.avsnet");
    LOAD_DESIGN_TEXT(topology, original);
    const std::string written = DocumentWriter::toText(*topology);
    if (written != original) {
        QTemporaryDir folder;
        folder.setAutoRemove(false);
        std::ofstream(folder.filePath("every-field.avsnet").toStdString()) << written;
        qWarning("rewritten file left in %s", qPrintable(folder.path()));
    }
    QCOMPARE(written, original);
}

void TestDocumentWriter::keyOrderAndDefaults()
{
    // Defaults spelled out in the input are left out; required fields and the three lists
    // stay; `name` equal to the id is kept because the file said it.
    const std::string input = R"({"lesson": null, "annotations": [], "intents": [], "links": [],
        "nodes": [{"internet": "none", "segments": [], "managementBlock": "10.0.0.0/22",
                   "kind": "avs", "id": "avs", "disabled": false, "name": "avs", "notes": ""},
                  {"ipForwarding": true, "asPath": {"prepend": 0, "replacePrivate": false},
                   "ip": "10.0.0.4", "subnet": "s", "vnet": "v", "kind": "nva", "id": "n",
                   "readvertise": false, "originate": []},
                  {"kind": "vnet", "id": "v", "addressSpace": [], "subnets": [],
                   "routeTables": []}],
        "version": 1, "format": "avsnet", "description": ""})";
    const std::string expected = R"({
  "format": "avsnet",
  "version": 1,
  "nodes": [
    {
      "id": "avs",
      "kind": "avs",
      "name": "avs",
      "managementBlock": "10.0.0.0/22"
    },
    {
      "id": "n",
      "kind": "nva",
      "vnet": "v",
      "subnet": "s",
      "ip": "10.0.0.4"
    },
    {
      "id": "v",
      "kind": "vnet",
      "addressSpace": []
    }
  ],
  "links": [],
  "intents": []
}
)";
    LOAD_DESIGN_TEXT(topology, input);
    QCOMPARE(DocumentWriter::toText(*topology), expected);
}

void TestDocumentWriter::unknownFieldsWrittenBack()
{
    const std::string input = R"({"format": "avsnet", "zz": [1, {"b": 2, "a": 1}], "version": 1,
        "nodes": [{"id": "i", "x-later": 1.5, "kind": "internet", "x-first": null}], "aa": "top"})";
    LOAD_DESIGN_TEXT(topology, input);
    const std::string written = DocumentWriter::toText(*topology);
    const std::string expected = R"({
  "format": "avsnet",
  "version": 1,
  "nodes": [
    {
      "id": "i",
      "kind": "internet",
      "x-later": 1.5,
      "x-first": null
    }
  ],
  "links": [],
  "intents": [],
  "zz": [
    1,
    {
      "b": 2,
      "a": 1
    }
  ],
  "aa": "top"
}
)";
    QCOMPARE(written, expected);
}

void TestDocumentWriter::builtInCodeRoundTrips()
{
    const Topology topology = builtInCode();
    const std::string written = DocumentWriter::toText(topology);
    QVERIFY(written.find("\"clash\"") == std::string::npos);
    QVERIFY(written.find("\"x-only-unknown\": true") != std::string::npos);
    QVERIFY(written.find("\"lesson\": {") != std::string::npos);
    QVERIFY(written.find("\"asn\": 0") != std::string::npos);
    LOAD_DESIGN_TEXT(reread, written);
    // The clashing unknown key is dropped on write; everything else survives.
    Topology expected = topology;
    expected.nodes[1].unknown.erase("id");
    QVERIFY(*reread == expected);
    QCOMPARE(DocumentWriter::toText(*reread), written);
}

void TestDocumentWriter::emptyTopology()
{
    const std::string written = DocumentWriter::toText(Topology());
    QCOMPARE(written, std::string("{\n  \"format\": \"avsnet\",\n  \"version\": 1,\n"
                                  "  \"nodes\": [],\n  \"links\": [],\n  \"intents\": []\n}\n"));
    LOAD_DESIGN_TEXT(reread, written);
    QVERIFY(*reread == Topology());
}

void TestDocumentWriter::versionFollowsVirtualWan()
{
    // vwan.md: version 2 exactly when a Virtual WAN node is present, disabled or not, so a
    // version-1 program still opens every other design.
    Topology topology;
    topology.nodes.push_back({"dc", "", std::nullopt, false, "", OnPremSite{65010, {}, {}, false}});
    QVERIFY(DocumentWriter::toText(topology).find("\"version\": 1,") != std::string::npos);
    topology.nodes.push_back({"wan", "", std::nullopt, true, "", VirtualWan{}});
    const std::string written = DocumentWriter::toText(topology);
    QVERIFY(written.find("\"version\": 2,") != std::string::npos);
    LOAD_DESIGN_TEXT(reread, written);
    QVERIFY(*reread == topology);
}

void TestDocumentWriter::writeFile()
{
    QTemporaryDir folder;
    LOAD_DESIGN_TEXT(everyField, readAll(formatData + "/every-field.avsnet"));
    const Topology &topology = *everyField;
    const QString fileName = folder.filePath("design.avsnet");
    QCOMPARE(DocumentWriter::writeFile(topology, fileName.toStdString()), std::string());
    QCOMPARE(readAll(fileName), DocumentWriter::toText(topology));
    // Overwrite, and leave no temporary file behind.
    QCOMPARE(DocumentWriter::writeFile(Topology(), fileName.toStdString()), std::string());
    LOAD_DESIGN_TEXT(overwritten, readAll(fileName));
    QVERIFY(*overwritten == Topology());
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{"design.avsnet"});

    // Through a symbolic link, the link stays and its target changes.
    const QString link = folder.filePath("link.avsnet");
    QVERIFY(QFile::link(fileName, link));
    QCOMPARE(DocumentWriter::writeFile(topology, link.toStdString()), std::string());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(fileName), DocumentWriter::toText(topology));
}

void TestDocumentWriter::writeFileKeepsPermissions()
{
    QTemporaryDir folder;
    const QString fileName = folder.filePath("design.avsnet");
    QCOMPARE(DocumentWriter::writeFile(Topology(), fileName.toStdString()), std::string());
    QVERIFY(::chmod(fileName.toLocal8Bit().constData(), 0640) == 0);
    QCOMPARE(DocumentWriter::writeFile(builtInCode(), fileName.toStdString()), std::string());
    struct stat status;
    QVERIFY(::stat(fileName.toLocal8Bit().constData(), &status) == 0);
    QCOMPARE(int(status.st_mode & 0777), 0640);
}

void TestDocumentWriter::writeFileFailureLeavesTarget()
{
    if (::geteuid() == 0)
        QSKIP("root may write into a read-only folder");
    QTemporaryDir folder;
    const QString fileName = folder.filePath("design.avsnet");
    QCOMPARE(DocumentWriter::writeFile(builtInCode(), fileName.toStdString()), std::string());
    const std::string before = readAll(fileName);
    QVERIFY(::chmod(folder.path().toLocal8Bit().constData(), 0500) == 0);

    const std::string message = DocumentWriter::writeFile(Topology(), fileName.toStdString());
    ::chmod(folder.path().toLocal8Bit().constData(), 0700);
    QVERIFY(!message.empty());
    QVERIFY2(message.find(fileName.toStdString()) != std::string::npos, message.c_str());
    QCOMPARE(readAll(fileName), before);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{"design.avsnet"});
}

void TestDocumentWriter::writeFileIntoMissingFolder()
{
    QTemporaryDir folder;
    const std::string fileName = folder.filePath("no/such/folder/design.avsnet").toStdString();
    const std::string message = DocumentWriter::writeFile(Topology(), fileName);
    QVERIFY(!message.empty());
    QVERIFY2(message.find(fileName) != std::string::npos, message.c_str());
    QVERIFY2(message.find("No such file") != std::string::npos, message.c_str());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(fileName)));
}

void TestDocumentWriter::writeFileOverFolderCleansUp()
{
    // The rename fails (the target is a folder that is not empty): an error naming the target,
    // the target as it was, and no temporary file left beside it. Runs as root too.
    QTemporaryDir folder;
    const QString target = folder.filePath("design.avsnet");
    QVERIFY(QDir(folder.path()).mkpath("design.avsnet/inside"));
    const std::string message = DocumentWriter::writeFile(builtInCode(), target.toStdString());
    QVERIFY(!message.empty());
    QVERIFY2(message.find(target.toStdString()) != std::string::npos, message.c_str());
    QVERIFY(QFileInfo(target + "/inside").isDir());
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"design.avsnet"});
}

QTEST_APPLESS_MAIN(TestDocumentWriter)
#include "tst_documentwriter.moc"
