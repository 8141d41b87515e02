// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findingcatalog.h"
#include "cli/commandline.h"
#include "io/documentreader.h"
#include "routing/analysis.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

#include <set>
#include <sstream>

using namespace avsnet::core;

namespace {

// Every design the project ships or tests with: the routing cases and other test designs,
// the sample and the lessons (not the reader's refused-* files, which must not load).
QStringList everyDesign()
{
    QStringList files;
    for (const char *folder : {AVSNET_TEST_DATA, AVSNET_SOURCE_DIR "/resources/samples",
                               AVSNET_SOURCE_DIR "/resources/lessons"}) {
        QDirIterator it(QString::fromUtf8(folder), {QStringLiteral("*.avsnet")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!it.fileName().startsWith(QStringLiteral("refused-")))
                files.append(file);
        }
    }
    files.sort();
    return files;
}

} // namespace

// The finding catalog: one complete row per code, and every finding the engine emits on the
// project's designs has a row that allows its severity.
class TestFindingCatalog : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreComplete()
    {
        const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z0-9]+)*$"));
        std::set<std::string_view> names;
        for (const FindingCodeInfo &row : findingCatalog()) {
            const QString name = QString::fromUtf8(row.name.data(), qsizetype(row.name.size()));
            QVERIFY2(kebab.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(names.insert(row.name).second, qPrintable("twice: " + name));
            QVERIFY2(row.severities != 0, qPrintable(name + " has no severity"));
            QVERIFY2(!row.summary.empty(), qPrintable(name + " has no summary"));
            QVERIFY2(row.learnUrl.empty()
                         || row.learnUrl.starts_with("https://learn.microsoft.com/azure/"),
                     qPrintable(name));
            QCOMPARE(&findingInfo(row.code), &row);
            QCOMPARE(findingInfo(row.name), &row);
            QCOMPARE(toString(row.code), row.name);
            QCOMPARE(row.docsAnchor(), "docs/routing.md#" + std::string(row.name));
        }
        QCOMPARE(findingInfo(std::string_view("no-such-code")), nullptr);
    }

    void emittedFindingsHaveRows_data()
    {
        QTest::addColumn<QString>("design");
        const QStringList designs = everyDesign();
        QVERIFY2(designs.size() >= 90, qPrintable(QString::number(designs.size())));
        for (const QString &design : designs)
            QTest::addRow("%s", qPrintable(QDir(AVSNET_SOURCE_DIR).relativeFilePath(design)))
                << design;
    }

    void emittedFindingsHaveRows()
    {
        QFETCH(QString, design);
        auto loaded = DocumentReader::readFile(design.toStdString());
        const auto *error = std::get_if<LoadError>(&loaded);
        QVERIFY2(!error, error ? error->toString().c_str() : "");
        const auto analysis = analyze(std::get<Topology>(std::move(loaded)));
        for (const Finding &finding : analysis->findings()) {
            const FindingCodeInfo *row = findingInfo(finding.code);
            QVERIFY2(row, ("no catalog row for " + finding.code).c_str());
            QVERIFY2(row->allows(finding.severity),
                     (finding.code + " as " + std::string(toString(finding.severity))).c_str());
        }
    }

    // tests/data/findings/CODE.avsnet: a design made to emit CODE, for the codes no routing
    // case covers.
    void findingDesignsEmitTheirCode_data()
    {
        QTest::addColumn<QString>("design");
        const QDir folder(QStringLiteral(AVSNET_TEST_DATA "/findings"));
        const QStringList files = folder.entryList({QStringLiteral("*.avsnet")}, QDir::Files);
        QVERIFY2(!files.isEmpty(), qPrintable(folder.path()));
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file)) << folder.filePath(file);
    }

    void findingDesignsEmitTheirCode()
    {
        QFETCH(QString, design);
        const std::string code = QFileInfo(design).completeBaseName().toStdString();
        QVERIFY2(findingInfo(code), ("the file names no finding code: " + code).c_str());
        auto loaded = DocumentReader::readFile(design.toStdString());
        const auto *error = std::get_if<LoadError>(&loaded);
        QVERIFY2(!error, error ? error->toString().c_str() : "");
        const auto analysis = analyze(std::get<Topology>(std::move(loaded)));
        const auto &findings = analysis->findings();
        QVERIFY2(std::any_of(findings.begin(), findings.end(),
                             [&](const Finding &finding) { return finding.code == code; }),
                 ("no " + code + " finding").c_str());
    }

    // Subjects are ids of the design's nodes and links, so the designer can select them; the
    // words go in the message (before routing revision 2, nva-forwarding named "hub route
    // table rt").
    void subjectsAreIds_data()
    {
        QTest::addColumn<QString>("design");
        for (const QString &file : everyDesign())
            QTest::addRow("%s", qPrintable(QFileInfo(file).fileName())) << file;
    }

    void subjectsAreIds()
    {
        QFETCH(QString, design);
        auto loaded = DocumentReader::readFile(design.toStdString());
        if (std::holds_alternative<LoadError>(loaded))
            QSKIP("a design that must not load");
        const auto analysis = analyze(std::get<Topology>(std::move(loaded)));
        const Topology &topology = analysis->topology();
        for (const Finding &finding : analysis->findings()) {
            for (const std::string &subject : finding.subjects)
                QVERIFY2(topology.node(subject) || topology.link(subject),
                         (finding.code + ": subject '" + subject + "' is no id").c_str());
        }
    }

    // `avsnet validate` lists each code it reports once, with its section of docs/routing.md
    // and the Microsoft Learn page behind the rule; the JSON stays as cli.md says.
    void validateSaysWhy()
    {
        const std::string design = AVSNET_TEST_DATA "/findings/subnet-outside-vnet.avsnet";
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(runCommandLine({"validate", design}, out, err, false), int(ExitFailed));
        const FindingCodeInfo &info = findingInfo(FindingCode::SubnetOutsideVnet);
        const QString text = QString::fromStdString(out.str());
        QVERIFY2(text.contains(QStringLiteral("docs/routing.md#subnet-outside-vnet")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QString::fromUtf8(info.learnUrl.data(), qsizetype(info.learnUrl.size()))),
            qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("docs/routing.md#subnet-outside-vnet")), 1);

        std::ostringstream json;
        QCOMPARE(runCommandLine({"validate", design, "--json"}, json, err, false), int(ExitFailed));
        const auto document = nlohmann::json::parse(json.str());
        QCOMPARE(document.at("findings").at(0).at("code").get<std::string>(),
                 std::string("subnet-outside-vnet"));
        QVERIFY(!document.at("findings").at(0).contains("docs"));
    }
};

QTEST_GUILESS_MAIN(TestFindingCatalog)
#include "tst_findingcatalog.moc"
