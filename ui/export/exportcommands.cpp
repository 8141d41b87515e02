// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommands.h"

#include "diagramexport.h"
#include "io/documentreader.h"
#include "reportexport.h"

#include <QApplication>

#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace avsnet::ui {

namespace {

using Arguments = std::vector<std::string>;

const char *exportHelp
    = "avsnet export FILE -o OUT [--format svg|png|pdf|drawio|dot|mermaid] [--trace FROM TO]\n"
      "              [--scale N] [--theme light|dark] [--no-findings] [--no-legend]\n"
      "              [--only ID[,ID...]] [--page A4|A3|A5|Letter|Legal|Tabloid]\n"
      "              [--portrait | --landscape] [--date TEXT]\n\n"
      "Draws the design as the designer's canvas does (svg, png, pdf) or as an editable\n"
      "diagram (drawio, dot, mermaid). The format comes from --format or OUT's suffix.\n"
      "--trace draws the path between two endpoints (see `avsnet trace --help`).\n"
      "--scale sets the PNG's pixels per canvas unit (2); --only keeps the listed nodes,\n"
      "what their VNets hold and the links between them; --page and --portrait lay out\n"
      "the PDF page (A4 landscape) under a title block with the name, description and\n"
      "date. OUT may be - for standard output. Runs without a display.\n";

const char *reportHelp =
    "avsnet report FILE -o OUT [--format html|md|pdf] [--date TEXT]\n\n"
    "Writes the design report: name, description, date and version; the diagram; the\n"
    "inventory and address plan; every subnet's effective routes and every BGP table;\n"
    "findings; intents with their paths; the connectivity matrix. html is one\n"
    "self-contained file; md writes the diagram as OUT's name with .svg beside it; pdf\n"
    "is paginated A4. The format comes from --format or OUT's suffix.\n";

const char *exportSynopsis
    = "avsnet export FILE -o OUT [--format svg|png|pdf|drawio|dot|mermaid] [--trace FROM TO]";
const char *reportSynopsis = "avsnet report FILE -o OUT [--format html|md|pdf]";

// What each command accepts; docs/cli.md lists every one (a test compares them).
const std::vector<core::OptionSpec> exportOptions
    = {{"-o", 1, true},   {"--format", 1}, {"--trace", 2}, {"--scale", 1},
       {"--theme", 1},    {"--only", 1},   {"--page", 1},  {"--date", 1},
       {"--no-findings"}, {"--no-legend"}, {"--portrait"}, {"--landscape"}};
const std::vector<core::OptionSpec> reportOptions
    = {{"-o", 1, true}, {"--format", 1}, {"--date", 1}};

// Parsed options: the file, flags, and values of options that take one or two.
struct Parsed
{
    std::string file;
    std::map<std::string, std::vector<std::string>> values;
    std::set<std::string> flags;
};

std::optional<Parsed> parse(const std::string &command, const Arguments &arguments,
                            const std::vector<core::OptionSpec> &options, std::ostream &err)
{
    std::map<std::string, int> valueCounts;
    std::set<std::string> flagNames;
    for (const core::OptionSpec &option : options) {
        if (option.values > 0)
            valueCounts.emplace(option.name, option.values);
        else
            flagNames.emplace(option.name);
    }
    Parsed parsed;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (const auto count = valueCounts.find(argument); count != valueCounts.end()) {
            if (i + std::size_t(count->second) >= arguments.size()) {
                err << "avsnet " << command << ": " << argument << " needs "
                    << (count->second == 1 ? "a value" : "two values") << "\n";
                return std::nullopt;
            }
            std::vector<std::string> values(arguments.begin() + std::ptrdiff_t(i) + 1,
                                            arguments.begin() + std::ptrdiff_t(i) + 1 + count->second);
            parsed.values[argument] = values;
            i += std::size_t(count->second);
        } else if (flagNames.contains(argument)) {
            parsed.flags.insert(argument);
        } else if (argument.starts_with("--") || (argument.starts_with('-') && argument != "-")) {
            err << "avsnet " << command << ": unknown option " << argument << " (see avsnet "
                << command << " --help)\n";
            return std::nullopt;
        } else if (parsed.file.empty()) {
            parsed.file = argument;
        } else {
            err << "avsnet " << command << ": unexpected argument '" << argument << "'\n";
            return std::nullopt;
        }
    }
    if (parsed.file.empty()) {
        err << "avsnet " << command << ": no FILE given (see avsnet " << command << " --help)\n";
        return std::nullopt;
    }
    if (!parsed.values.contains("-o")) {
        err << "avsnet " << command << ": -o OUT is required (see avsnet " << command
            << " --help)\n";
        return std::nullopt;
    }
    return parsed;
}

std::optional<core::Topology> load(const std::string &file, std::ostream &err)
{
    auto result = core::DocumentReader::readFile(file);
    if (const auto *error = std::get_if<core::LoadError>(&result)) {
        err << "avsnet: " << error->toString() << '\n';
        return std::nullopt;
    }
    return std::get<core::Topology>(std::move(result));
}

// Qt needs an application object to draw text and icons. A process that has none (the
// `avsnet` program) gets one for the command, on the offscreen platform: CI machines and
// SSH sessions have no display.
template<typename Function>
int withApplication(Function run)
{
    if (QCoreApplication::instance())
        return run();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's notes about the environment (no XDG_RUNTIME_DIR, no session bus) are noise on a
    // command line whose stderr scripts read; real failures come back as messages of ours.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            fprintf(stderr, "avsnet: %s\n", qPrintable(message));
    });
    static int argc = 1;
    static char name[] = "avsnet";
    static char *argv[] = {name, nullptr};
    QApplication application(argc, argv);
    return run();
}

std::optional<QPageSize> pageSizeNamed(const std::string &name)
{
    static const std::map<std::string, QPageSize::PageSizeId> sizes = {
        {"a3", QPageSize::A3},         {"a4", QPageSize::A4},       {"a5", QPageSize::A5},
        {"letter", QPageSize::Letter}, {"legal", QPageSize::Legal}, {"tabloid", QPageSize::Tabloid}};
    const auto found = sizes.find(QString::fromStdString(name).toLower().toStdString());
    if (found == sizes.end())
        return std::nullopt;
    return QPageSize(found->second);
}

int exportCommand(const Arguments &arguments, std::ostream &out, std::ostream &err)
{
    const auto parsed = parse("export", arguments, exportOptions, err);
    if (!parsed)
        return core::ExitBadInput;
    const std::string output = parsed->values.at("-o").front();
    std::optional<DiagramFormat> format;
    if (parsed->values.contains("--format")) {
        format = diagramFormatNamed(QString::fromStdString(parsed->values.at("--format").front()));
        if (!format) {
            err << "avsnet export: unknown format '" << parsed->values.at("--format").front()
                << "'; use one of " << diagramFormatNames().join(QStringLiteral(", ")).toStdString()
                << "\n";
            return core::ExitBadInput;
        }
    } else {
        format = diagramFormatOf(QString::fromStdString(output));
        if (!format) {
            err << "avsnet export: cannot tell the format from '" << output
                << "'; give --format or end OUT in .svg, .png, .pdf, .drawio, .dot or .mmd\n";
            return core::ExitBadInput;
        }
    }

    DiagramOptions options;
    if (parsed->values.contains("--trace")) {
        options.traceFrom = QString::fromStdString(parsed->values.at("--trace")[0]);
        options.traceTo = QString::fromStdString(parsed->values.at("--trace")[1]);
    }
    if (parsed->values.contains("--scale")) {
        bool ok = false;
        options.pngScale = QString::fromStdString(parsed->values.at("--scale").front()).toDouble(&ok);
        if (!ok || options.pngScale < 0.1 || options.pngScale > 16) {
            err << "avsnet export: --scale must be a number from 0.1 to 16\n";
            return core::ExitBadInput;
        }
    }
    if (parsed->values.contains("--theme")) {
        const std::string theme = parsed->values.at("--theme").front();
        if (theme != "light" && theme != "dark") {
            err << "avsnet export: --theme is light or dark, not '" << theme << "'\n";
            return core::ExitBadInput;
        }
        options.dark = theme == "dark";
    }
    if (parsed->values.contains("--only")) {
        options.onlyIds = QString::fromStdString(parsed->values.at("--only").front())
                              .split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (parsed->values.contains("--page")) {
        const auto size = pageSizeNamed(parsed->values.at("--page").front());
        if (!size) {
            err << "avsnet export: unknown page size '" << parsed->values.at("--page").front()
                << "'; use A3, A4, A5, Letter, Legal or Tabloid\n";
            return core::ExitBadInput;
        }
        options.pageSize = *size;
    }
    if (parsed->flags.contains("--portrait"))
        options.orientation = QPageLayout::Portrait;
    if (parsed->values.contains("--date"))
        options.date = QString::fromStdString(parsed->values.at("--date").front());
    options.findings = !parsed->flags.contains("--no-findings");
    options.legend = !parsed->flags.contains("--no-legend");

    const auto topology = load(parsed->file, err);
    if (!topology)
        return core::ExitBadInput;
    const bool scaleChosen = parsed->values.contains("--scale");
    for (const QString &id : std::as_const(options.onlyIds)) {
        if (!topology->node(id.toStdString())) {
            err << "avsnet export: --only names '" << id.toStdString() << "', which is not a node of "
                << parsed->file << "\n";
            return core::ExitBadInput;
        }
    }
    return withApplication([&]() {
        // The default 2x of a design with hundreds of VNets is gigapixels; without a chosen
        // scale the image is held to a size viewers open.
        if (!scaleChosen)
            options.maxPngPixels = defaultMaxPngPixels;
        qreal drawnScale = options.pngScale;
        const auto reportScale = [&] {
            if (*format == DiagramFormat::Png && drawnScale < options.pngScale)
                err << "avsnet export: the PNG is drawn at "
                    << QString::number(drawnScale, 'g', 2).toStdString() << "x to stay within "
                    << defaultMaxPngPixels / 1'000'000 << " megapixels; give --scale to choose\n";
        };
        QString problem;
        if (output == "-") {
            const auto bytes = exportDiagram(*topology, *format, options, &problem, &drawnScale);
            if (bytes) {
                out.write(bytes->constData(), bytes->size());
                reportScale();
                return int(core::ExitOk);
            }
        } else {
            problem = writeDiagram(*topology, *format, options, QString::fromStdString(output),
                                   &drawnScale);
            if (problem.isEmpty()) {
                reportScale();
                return int(core::ExitOk);
            }
        }
        err << "avsnet export: " << parsed->file << ": " << problem.toStdString() << "\n";
        return int(core::ExitBadInput);
    });
}

int reportCommand(const Arguments &arguments, std::ostream &, std::ostream &err)
{
    const auto parsed = parse("report", arguments, reportOptions, err);
    if (!parsed)
        return core::ExitBadInput;
    const std::string output = parsed->values.at("-o").front();
    const auto format =
        parsed->values.contains("--format")
            ? reportFormatNamed(QString::fromStdString(parsed->values.at("--format").front()))
            : reportFormatOf(QString::fromStdString(output));
    if (!format) {
        err << "avsnet report: give --format html, md or pdf, or end OUT in .html, .md or .pdf\n";
        return core::ExitBadInput;
    }
    const auto topology = load(parsed->file, err);
    if (!topology)
        return core::ExitBadInput;
    const QString date = parsed->values.contains("--date")
                             ? QString::fromStdString(parsed->values.at("--date").front())
                             : QString();
    return withApplication([&]() {
        const QString problem =
            writeReport(*topology, *format, QString::fromStdString(output), date);
        if (problem.isEmpty())
            return int(core::ExitOk);
        err << "avsnet report: " << problem.toStdString() << "\n";
        return int(core::ExitBadInput);
    });
}

} // namespace

std::vector<core::ExternalCommand> exportCommands()
{
    return {{"export", exportSynopsis, exportHelp, exportOptions, exportCommand},
            {"report", reportSynopsis, reportHelp, reportOptions, reportCommand}};
}

} // namespace avsnet::ui
