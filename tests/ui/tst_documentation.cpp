// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findingcatalog.h"
#include "analysis/intentcheck.h"
#include "cli/commandline.h"
#include "export/exportcommands.h"
#include "export/reportwriter.h"
#include "help/docspages.h"
#include "io/formatschema.h"
#include "routing/analysis.h"
#include "testdesigns.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <sstream>

using namespace avsnet;

namespace {

const QString docsDir = QStringLiteral(AVSNET_SOURCE_DIR "/docs");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

QString withoutBackticks(QString text)
{
    return text.remove(QLatin1Char('`')).trimmed();
}

// One Markdown page, split into what the checks need.
struct Page
{
    struct Heading
    {
        int level;
        QString text;
        int line;
    };
    struct CodeBlock
    {
        QString language;
        QStringList lines;
    };

    QStringList lines;
    std::vector<Heading> headings;
    std::vector<CodeBlock> blocks;

    explicit Page(const QString &text)
        : lines(text.split(QLatin1Char('\n')))
    {
        static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*$"));
        CodeBlock *block = nullptr;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines[i];
            if (line.startsWith(QStringLiteral("```"))) {
                if (block) {
                    block = nullptr;
                } else {
                    blocks.push_back({line.mid(3).trimmed(), {}});
                    block = &blocks.back();
                }
                continue;
            }
            if (block) {
                block->lines.append(line);
                continue;
            }
            const auto match = heading.match(line);
            if (match.hasMatch())
                headings.push_back({int(match.capturedLength(1)), match.captured(2), i});
        }
    }

    std::set<QString> anchors() const
    {
        std::set<QString> result;
        for (const Heading &h : headings)
            result.insert(QString::fromStdString(core::headingAnchor(h.text.toStdString())));
        return result;
    }

    // The lines under the first heading named `title` (the whole heading, its text before a
    // colon, or with `prefix` its start), to the next heading.
    QStringList section(const QString &title, int *found = nullptr, bool prefix = false) const
    {
        for (std::size_t i = 0; i < headings.size(); ++i) {
            const QString &text = headings[i].text;
            const bool named = prefix ? text.startsWith(title)
                                      : text == title || text.startsWith(title + ':');
            if (!named)
                continue;
            const int end = i + 1 < headings.size() ? headings[i + 1].line : int(lines.size());
            if (found)
                *found = int(i);
            return lines.mid(headings[i].line + 1, end - headings[i].line - 1);
        }
        return {};
    }

    // The headings of `level` under the heading that starts with `parent`, down to the next
    // heading of the parent's level or higher.
    QStringList subheadings(const QString &parent, int level) const
    {
        QStringList result;
        bool inside = false;
        int parentLevel = 0;
        for (const Heading &h : headings) {
            if (inside && h.level <= parentLevel)
                break;
            if (inside && h.level == level)
                result.append(h.text);
            if (!inside && h.text.startsWith(parent)) {
                inside = true;
                parentLevel = h.level;
            }
        }
        return result;
    }
};

// The rows of the first table in `lines`: its cells, trimmed. The header and rule are left out.
std::vector<QStringList> tableRows(const QStringList &lines)
{
    std::vector<QStringList> rows;
    int seen = 0;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|'))) {
            if (seen > 0)
                break;
            continue;
        }
        if (++seen <= 2)
            continue;
        QStringList cells = line.split(QLatin1Char('|'));
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed();
        rows.push_back(cells);
    }
    return rows;
}

struct Run
{
    int code = -1;
    std::string out;
    std::string err;
};

Run runAvsnet(const std::vector<std::string> &arguments)
{
    std::ostringstream out;
    std::ostringstream err;
    Run run;
    run.code = core::runCommandLine(arguments, out, err, false, ui::exportCommands());
    run.out = out.str();
    run.err = err.str();
    return run;
}

} // namespace

// The project's own documentation stays true: docs/routing.md has a section for every finding
// code the engine can emit, docs/format.md a table for every object the reader accepts with
// its fields, types and defaults, docs/cli.md a section for every command with its options,
// and its examples run. The lists come from the code's own tables (the finding catalog, the
// format schema, the command table), never from this test.
class TestDocumentation : public QObject
{
    Q_OBJECT

private slots:
    void routingDocumentsEveryFindingCode()
    {
        const Page page(readText(docsDir + QStringLiteral("/routing.md")));
        QVERIFY2(!page.lines.isEmpty(), "docs/routing.md is missing");
        for (int rule = 1; rule <= 9; ++rule) {
            int found = -1;
            page.section(QStringLiteral("R%1. ").arg(rule), &found, true);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("no section R%1").arg(rule)));
        }
        // One heading per code under R9, and no heading for a code the engine lacks.
        QStringList documented = page.subheadings(QStringLiteral("R9. "), 3);
        for (QString &heading : documented)
            heading = withoutBackticks(heading);
        QStringList catalog;
        for (const core::FindingCodeInfo &code : core::findingCatalog())
            catalog.append(fromView(code.name));
        documented.sort();
        catalog.sort();
        QCOMPARE(documented, catalog);

        const QStringList severityNames = {"error", "warning", "info"};
        for (const core::FindingCodeInfo &code : core::findingCatalog()) {
            const QString name = fromView(code.name);
            int found = -1;
            QString text = page.section(name, &found).join('\n');
            if (found < 0)
                text = page.section('`' + name + '`', &found).join('\n');
            QVERIFY2(found >= 0 && !text.isEmpty(), qPrintable(name));
            // The severities it can have, in its "Severity:" line.
            const auto severityLine = QRegularExpression(QStringLiteral("\\*\\*Severity:\\*\\* (.*)"))
                                          .match(text);
            QVERIFY2(severityLine.hasMatch(), qPrintable(name + ": no Severity line"));
            for (int severity = 0; severity < 3; ++severity) {
                const bool allowed = code.allows(core::Severity(severity));
                QVERIFY2(severityLine.captured(1).contains(severityNames[severity]) == allowed,
                         qPrintable(name + ": severity " + severityNames[severity]));
            }
            QVERIFY2(text.contains(QStringLiteral("**Fix:**")), qPrintable(name + ": no Fix"));
            // The Learn page of the catalog is the one the section cites.
            if (!code.learnUrl.empty())
                QVERIFY2(text.contains(fromView(code.learnUrl)), qPrintable(name + ": Learn page"));
        }
    }

    void formatDocumentsEverySchema()
    {
        const Page page(readText(docsDir + QStringLiteral("/format.md")));
        QVERIFY2(!page.lines.isEmpty(), "docs/format.md is missing");
        for (const core::ObjectSchema *schema : core::formatschema::all()) {
            const QString title = fromView(schema->title);
            int found = -1;
            const QStringList section = page.section(title, &found);
            QVERIFY2(found >= 0, qPrintable("no section " + title));
            std::map<QString, QStringList> documented;
            for (const QStringList &row : tableRows(section)) {
                QVERIFY2(row.size() == 4, qPrintable(title + ": a row without 4 cells"));
                documented[withoutBackticks(row[0])] = row;
            }
            QVERIFY2(documented.size() == schema->fields.size(),
                     qPrintable(QStringLiteral("%1: %2 fields documented, %3 read")
                                    .arg(title)
                                    .arg(documented.size())
                                    .arg(schema->fields.size())));
            for (const core::FieldSpec &field : schema->fields) {
                const QString name = fromView(field.name);
                const auto row = documented.find(name);
                QVERIFY2(row != documented.end(), qPrintable(title + ": no row for " + name));
                QCOMPARE(withoutBackticks(row->second[1]), withoutBackticks(fromView(field.type)));
                QCOMPARE(withoutBackticks(row->second[2]),
                         withoutBackticks(fromView(field.fallback)));
            }
        }
        // The table of link kinds names every kind.
        QStringList kinds;
        for (const QStringList &row : tableRows(page.section(QStringLiteral("Link kinds"))))
            kinds.append(withoutBackticks(row[0]));
        for (std::size_t kind = 0; kind < std::variant_size_v<core::LinkData>; ++kind)
            QVERIFY(kinds.contains(fromView(core::toString(core::LinkKind(kind)))));
    }

    void formatExampleIsAGoodDesign()
    {
        const Page page(readText(docsDir + QStringLiteral("/format.md")));
        QVERIFY(!page.blocks.empty());
        const auto example = std::find_if(page.blocks.begin(), page.blocks.end(),
                                          [](const auto &block) { return block.language == "json"; });
        QVERIFY2(example != page.blocks.end(), "format.md has no JSON example");
        LOAD_DESIGN_TEXT(design, example->lines.join('\n').toStdString());
        const auto analysis = core::analyze(*design);
        std::string findings;
        for (const core::Finding &finding : analysis->findings())
            findings += "\n" + finding.code + ": " + finding.message;
        QVERIFY2(findings.empty(), findings.c_str());
        QVERIFY(!design->intents.empty());
        for (const core::IntentResult &result : core::checkIntents(*analysis))
            QVERIFY2(result.holds, (result.intent->name + ": " + result.problem).c_str());
    }

    void cliDocumentsEveryCommand()
    {
        const Page page(readText(docsDir + QStringLiteral("/cli.md")));
        QVERIFY2(!page.lines.isEmpty(), "docs/cli.md is missing");
        struct Command
        {
            QString name;
            QString synopsis;
            std::vector<core::OptionSpec> options;
        };
        std::vector<Command> commands;
        for (const core::CommandSpec &command : core::coreCommands())
            commands.push_back({fromView(command.name), fromView(command.synopsis), command.options});
        for (const core::ExternalCommand &command : ui::exportCommands())
            commands.push_back({QString::fromStdString(command.name),
                                QString::fromStdString(command.synopsis), command.options});
        QStringList names;
        for (const Command &command : commands) {
            names.append(command.name);
            int found = -1;
            const QString text
                = page.section(QStringLiteral("`avsnet %1`").arg(command.name), &found).join('\n');
            QVERIFY2(found >= 0, qPrintable("no section for avsnet " + command.name));
            QVERIFY2(text.contains(command.synopsis), qPrintable(command.name + ": synopsis"));
            for (const core::OptionSpec &option : command.options) {
                const QString name = fromView(option.name);
                QVERIFY2(text.contains('`' + name + '`') || text.contains('`' + name + ' '),
                         qPrintable(command.name + ": option " + name));
            }
        }
        // No section documents a command the program lacks.
        static const QRegularExpression commandHeading(QStringLiteral("^`avsnet ([a-z]+)`$"));
        for (const Page::Heading &heading : page.headings) {
            const auto match = commandHeading.match(heading.text);
            if (match.hasMatch())
                QVERIFY2(names.contains(match.captured(1)), qPrintable(heading.text));
        }
        // The usage block is what `avsnet --help` prints.
        const Run help = runAvsnet({"--help"});
        QCOMPARE(help.code, 0);
        const auto usage = std::find_if(page.blocks.begin(), page.blocks.end(), [](const auto &b) {
            return !b.lines.isEmpty() && b.lines.front() == QLatin1String("usage:");
        });
        QVERIFY2(usage != page.blocks.end(), "cli.md shows no usage");
        const QString printed = QString::fromStdString(help.out);
        QVERIFY2(printed.contains(usage->lines.join('\n')), qPrintable(printed));
    }

    // Every `avsnet ...` line of a sh block in cli.md runs, from the repository's root as the
    // text says (files under resources/ and tests/data/), with the exit code its `# exit N`
    // comment gives (else 0).
    void cliExamplesRun()
    {
        const Page page(readText(docsDir + QStringLiteral("/cli.md")));
        QTemporaryDir output;
        QVERIFY(output.isValid());
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(output.path()));
        int examples = 0;
        static const QRegularExpression exitComment(QStringLiteral("#\\s*exit\\s+(\\d+)\\s*$"));
        for (const auto &block : page.blocks) {
            if (block.language != QLatin1String("sh"))
                continue;
            for (const QString &line : block.lines) {
                if (!line.startsWith(QStringLiteral("avsnet ")))
                    continue;
                const auto expected = exitComment.match(line);
                const QString command = line.left(line.indexOf(QLatin1Char('#'))).trimmed();
                std::vector<std::string> arguments;
                for (QString word : command.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1)) {
                    if (word.startsWith(QStringLiteral("resources/"))
                        || word.startsWith(QStringLiteral("tests/data/")))
                        word = QStringLiteral(AVSNET_SOURCE_DIR "/") + word;
                    arguments.push_back(word.toStdString());
                }
                const Run run = runAvsnet(arguments);
                const int wanted = expected.hasMatch() ? expected.captured(1).toInt() : 0;
                QVERIFY2(run.code == wanted,
                         qPrintable(QStringLiteral("%1: exit %2\n%3").arg(line).arg(run.code).arg(
                             QString::fromStdString(run.err))));
                ++examples;
            }
        }
        QVERIFY(QDir::setCurrent(before));
        QVERIFY2(examples >= 15, qPrintable(QString::number(examples)));
    }

    // Links between the pages and to their headings lead somewhere.
    void linksResolve()
    {
        static const QRegularExpression link(QStringLiteral("\\]\\(([^)]+)\\)"));
        for (const QString &name : QStringList{"routing", "format", "cli"}) {
            const Page page(readText(docsDir + '/' + name + ".md"));
            for (const QString &line : page.lines) {
                for (const auto &match : link.globalMatch(line)) {
                    const QString target = match.captured(1);
                    if (target.startsWith(QStringLiteral("https://")))
                        continue;
                    const QString file = target.section('#', 0, 0);
                    const QString anchor = target.section('#', 1);
                    const QString path = file.isEmpty() ? docsDir + '/' + name + ".md"
                                                        : docsDir + '/' + file;
                    QVERIFY2(QFile::exists(path), qPrintable(name + ": " + target));
                    if (!anchor.isEmpty())
                        QVERIFY2(Page(readText(path)).anchors().contains(anchor),
                                 qPrintable(name + ".md links to a missing heading: " + target));
                }
            }
        }
    }

    // Nothing in the repository needs the shared folder beside the checkout: only the optional
    // conformance step of scripts/run-tests may name it. The README points at docs/.
    void repositoryStandsAlone()
    {
        const QDir root(QStringLiteral(AVSNET_SOURCE_DIR));
        const QString readme = readText(root.filePath(QStringLiteral("README.md")));
        for (const char *page : {"docs/routing.md", "docs/format.md", "docs/cli.md"})
            QVERIFY2(readme.contains(QLatin1String(page)), page);
        const QString sharedFolder = QStringLiteral("..") + QStringLiteral("/shared");
        QStringList offenders;
        QDirIterator it(root.path(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            if (relative.startsWith('.') || relative.startsWith(QStringLiteral("build"))
                || relative.contains(QStringLiteral("/.")) || relative == "scripts/run-tests")
                continue;
            if (it.fileInfo().size() > 4 * 1024 * 1024)
                continue;
            if (readText(path).contains(sharedFolder))
                offenders.append(relative);
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(", ")));
    }

    // The designer's "why" page of every code is its section of routing.md, with the links.
    void findingPagesRender()
    {
        QVERIFY2(!ui::DocsPages::markdownFolder().isEmpty(), "the designer finds no docs/");
        QStandardPaths::setTestModeEnabled(true);
        for (const core::FindingCodeInfo &code : core::findingCatalog()) {
            QString error;
            const QUrl url = ui::DocsPages::findingPage(code, &error);
            QVERIFY2(url.isLocalFile(), qPrintable(error));
            const QString html = readText(url.toLocalFile());
            QVERIFY(html.contains(QStringLiteral("routing.html#") + fromView(code.name)));
            if (!code.learnUrl.empty())
                QVERIFY(html.contains(fromView(code.learnUrl)));
            QVERIFY(html.contains(QStringLiteral("Fix:")));
        }
        QString error;
        const QUrl routing = ui::DocsPages::page(QStringLiteral("routing"), QStringLiteral("overlap"), &error);
        QVERIFY2(routing.isLocalFile(), qPrintable(error));
        QCOMPARE(routing.fragment(), QStringLiteral("overlap"));
        const QString html = readText(routing.toLocalFile());
        for (const core::FindingCodeInfo &code : core::findingCatalog())
            QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(fromView(code.name))),
                     code.name.data());
        QVERIFY(html.contains(QStringLiteral("href=\"format.html#link-kinds\"")));
    }
};

QTEST_MAIN(TestDocumentation)
#include "tst_documentation.moc"
