// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "analysis/designdiff.h"
#include "analysis/findingcatalog.h"
#include "analysis/intentcheck.h"
#include "analysis/reachabilitymatrix.h"
#include "diffoutput.h"
#include "comparecommand.h"
#include "importcommand.h"
#include "io/documentreader.h"
#include "jsonoutput.h"
#include "routing/analysis.h"
#include "routing/routecontext.h"
#include "texttable.h"

#include <algorithm>
#include <map>
#include <optional>

namespace avsnet::core {

namespace {

using Colour = TextTable::Colour;

// "  avsnet routes   FILE --at CONTEXT [--json]": the command names aligned.
std::string usageLine(std::string_view name, std::string_view synopsis)
{
    const std::string prefix = "avsnet " + std::string(name);
    std::string line = "  " + prefix + std::string(name.size() < 8 ? 9 - name.size() : 1, ' ');
    const std::string_view rest = synopsis.substr(std::min(synopsis.size(), prefix.size()));
    return line + std::string(rest.starts_with(' ') ? rest.substr(1) : rest) + '\n';
}

std::string usageText(const std::vector<ExternalCommand> &external)
{
    std::string text = "usage:\n";
    for (const CommandSpec &command : coreCommands())
        text += usageLine(command.name, command.synopsis);
    for (const ExternalCommand &command : external)
        text += usageLine(command.name, command.synopsis);
    return text + "  avsnet --version | --help | COMMAND --help\n";
}

std::string helpText(const CommandSpec &command)
{
    return std::string(command.synopsis) + "\n\n" + std::string(command.description);
}

// The options of one command: FILE, --json, and named values.
struct Options
{
    const CommandSpec *spec = nullptr;
    std::string command;
    std::string file;
    std::string secondFile; // diff only
    bool json = false;
    bool routesOnly = false;
    bool help = false;
    std::map<std::string, std::string> values;
};

class CommandRunner
{
public:
    CommandRunner(std::ostream &out, std::ostream &err, bool useColour,
                  const std::vector<ExternalCommand> &external)
        : m_out(out)
        , m_err(err)
        , m_colour(useColour)
        , m_external(external)
    {}

    int run(const std::vector<std::string> &arguments)
    {
        if (arguments.empty()) {
            m_err << usageText(m_external);
            return ExitBadInput;
        }
        if (arguments[0] == "--help" || arguments[0] == "-h" || arguments[0] == "help") {
            m_out << "avsnet " << AVSNET_VERSION
                  << ": BGP routes, effective routes and packet paths of hybrid Azure networks "
                     "with Azure VMware Solution.\n\n"
                  << usageText(m_external);
            return ExitOk;
        }
        if (arguments[0] == "--version") {
            m_out << "avsnet " << AVSNET_VERSION << '\n';
            return ExitOk;
        }
        if (const ExternalCommand *command = externalCommand(arguments[0]))
            return runExternal(*command, arguments);
        if (arguments[0] == "import") {
            if (std::find(arguments.begin(), arguments.end(), "--help") != arguments.end()) {
                m_out << helpText(*coreCommand("import"));
                return ExitOk;
            }
            return runImportCommand(arguments, m_out, m_err,
                                    helpText(*coreCommand("import")));
        }
        const auto options = parse(arguments);
        if (!options)
            return ExitBadInput;
        if (options->help) {
            m_out << helpText(*options->spec);
            return ExitOk;
        }
        if (options->command == "diff")
            return diff(*options);
        if (options->command == "compare") {
            const auto at = options->values.find("--at");
            return runCompareCommand(options->file, options->secondFile,
                                     at == options->values.end() ? std::string() : at->second,
                                     options->json, m_out, m_err, m_colour);
        }
        if (!load(options->file))
            return ExitBadInput;
        if (options->command == "validate")
            return validate(*options);
        if (options->command == "routes")
            return routes(*options);
        if (options->command == "trace")
            return traceCommand(*options);
        if (options->command == "check")
            return check(*options);
        return matrix(*options);
    }

private:
    const ExternalCommand *externalCommand(const std::string &name) const
    {
        for (const auto &command : m_external) {
            if (command.name == name)
                return &command;
        }
        return nullptr;
    }

    int runExternal(const ExternalCommand &command, const std::vector<std::string> &arguments)
    {
        const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
        if (std::find(rest.begin(), rest.end(), "--help") != rest.end()
            || std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
            m_out << command.help;
            return ExitOk;
        }
        return command.run(rest, m_out, m_err);
    }

    std::optional<Options> parse(const std::vector<std::string> &arguments)
    {
        Options options;
        options.command = arguments[0];
        options.spec = coreCommand(options.command);
        if (!options.spec) {
            m_err << "avsnet: unknown command '" << options.command << "'\n"
                  << usageText(m_external);
            return std::nullopt;
        }
        const CommandSpec &spec = *options.spec;
        for (std::size_t i = 1; i < arguments.size(); ++i) {
            const std::string &argument = arguments[i];
            const OptionSpec *option = spec.option(argument);
            if (argument == "--help" || argument == "-h") {
                options.help = true;
            } else if (option && option->values == 0) {
                options.json = options.json || argument == "--json";
                options.routesOnly = options.routesOnly || argument == "--routes-only";
            } else if (option) {
                if (i + 1 >= arguments.size()) {
                    m_err << "avsnet " << options.command << ": " << argument
                          << " needs a value\n";
                    return std::nullopt;
                }
                options.values[argument] = arguments[++i];
            } else if (argument.starts_with("--")) {
                m_err << "avsnet " << options.command << ": unknown option " << argument << "\n"
                      << helpText(spec);
                return std::nullopt;
            } else if (options.file.empty()) {
                options.file = argument;
            } else if ((options.command == "diff" || options.command == "compare")
                       && options.secondFile.empty()) {
                options.secondFile = argument;
            } else {
                m_err << "avsnet " << options.command << ": unexpected argument '" << argument
                      << "'\n";
                return std::nullopt;
            }
        }
        if (options.help)
            return options;
        const bool twoFiles = options.command == "diff" || options.command == "compare";
        if (options.file.empty() || (twoFiles && options.secondFile.empty())) {
            m_err << "avsnet " << options.command << ": "
                  << (options.command == "diff"      ? "give two files, BEFORE and AFTER"
                      : options.command == "compare" ? "give two files, DESIGN and OBSERVED"
                                                     : "no FILE given")
                  << "\n"
                  << helpText(spec);
            return std::nullopt;
        }
        for (const OptionSpec &option : spec.options) {
            if (option.required && !options.values.contains(std::string(option.name))) {
                m_err << "avsnet " << options.command << ": " << option.name << " is required\n"
                      << helpText(spec);
                return std::nullopt;
            }
        }
        return options;
    }

    std::shared_ptr<const Analysis> analyzeFile(const std::string &file)
    {
        auto result = DocumentReader::readFile(file);
        if (const auto *error = std::get_if<LoadError>(&result)) {
            m_err << "avsnet: " << error->toString() << '\n';
            return nullptr;
        }
        return analyze(std::make_shared<const Topology>(std::get<Topology>(std::move(result))));
    }

    bool load(const std::string &file)
    {
        m_analysis = analyzeFile(file);
        return m_analysis != nullptr;
    }

    int diff(const Options &options)
    {
        const auto before = analyzeFile(options.file);
        const auto after = before ? analyzeFile(options.secondFile) : nullptr;
        if (!before || !after)
            return ExitBadInput;
        DiffOptions diffOptions;
        diffOptions.reachability = !options.routesOnly;
        const DesignDiff difference = diffDesigns(*before, *after, diffOptions);
        if (options.json)
            printJson(designDiffToJson(difference));
        else
            writeDesignDiff(m_out, difference, m_colour);
        return difference.empty() ? ExitOk : ExitFailed;
    }

    void printJson(const nlohmann::ordered_json &document) { m_out << document.dump(2) << '\n'; }

    static Colour severityColour(Severity severity)
    {
        return severity == Severity::Error     ? Colour::Red
               : severity == Severity::Warning ? Colour::Yellow
                                               : Colour::Cyan;
    }

    int validate(const Options &options)
    {
        const auto &findings = m_analysis->findings();
        const bool anyError = std::any_of(findings.begin(), findings.end(), [](const auto &f) {
            return f.severity == Severity::Error;
        });
        if (options.json) {
            printJson(findingsJson(findings));
        } else if (findings.empty()) {
            m_out << options.file << ": no findings\n";
        } else {
            TextTable table({"SEVERITY", "CODE", "MESSAGE"});
            for (const auto &finding : findings)
                table.addRow({std::string(toString(finding.severity)), finding.code,
                              finding.message},
                             {severityColour(finding.severity)});
            table.print(m_out, m_colour);
            printWhy(findings);
        }
        return anyError ? ExitFailed : ExitOk;
    }

    // Each code once: the section of docs/routing.md that explains it, and the Microsoft
    // Learn page that states the rule ("-" for avsnet's own rules).
    void printWhy(const std::vector<Finding> &findings)
    {
        std::vector<std::string> codes;
        for (const auto &finding : findings) {
            if (std::find(codes.begin(), codes.end(), finding.code) == codes.end())
                codes.push_back(finding.code);
        }
        TextTable table({"CODE", "WHY", "MICROSOFT LEARN"});
        for (const auto &code : codes) {
            const FindingCodeInfo *info = findingInfo(code);
            const bool learn = info && !info->learnUrl.empty();
            table.addRow({code, info ? info->docsAnchor() : std::string("-"),
                          learn ? std::string(info->learnUrl) : std::string("-")});
        }
        m_out << '\n';
        table.print(m_out, m_colour);
    }

    void printRoutes(const std::vector<RouteView> &routes)
    {
        TextTable table({"PREFIX", "NEXT HOP TYPE", "NEXT HOP", "SOURCE", "AS PATH", "ACTIVE"});
        for (const auto &route : routes)
            table.addRow({route.prefix, route.nextHopType, route.nextHop, route.source,
                          asPathText(route.asPath), route.active ? "yes" : "no"},
                         std::vector<Colour>(6, route.active ? Colour::Plain : Colour::Dim));
        table.print(m_out, m_colour);
    }

    int routes(const Options &options)
    {
        const std::string &context = options.values.at("--at");
        auto result = routesAt(*m_analysis, context);
        if (const auto *message = std::get_if<std::string>(&result)) {
            m_err << "avsnet: " << options.file << ": " << *message << '\n';
            return ExitBadInput;
        }
        const auto &routes = std::get<std::vector<RouteView>>(result);
        if (options.json) {
            printJson(routesJson(context, routes));
        } else {
            m_out << "Routes at " << context << '\n';
            printRoutes(routes);
        }
        return ExitOk;
    }

    std::optional<Endpoint> endpoint(const Options &options, const std::string &name)
    {
        const auto result = resolveEndpoint(*m_analysis, options.values.at(name));
        if (const auto *message = std::get_if<std::string>(&result)) {
            m_err << "avsnet: " << options.file << ": " << name << ": " << *message << '\n';
            return std::nullopt;
        }
        return std::get<Endpoint>(result);
    }

    void printPath(const std::string &title, const PathTrace &path)
    {
        m_out << title << ": "
              << TextTable::paint(path.delivered ? "delivered" : "dropped",
                                  path.delivered ? Colour::Green : Colour::Red, m_colour)
              << '\n';
        TextTable table({"HOP", "NODE", "AT", "ROUTE", "NEXT HOP", "SOURCE", "AS PATH"});
        for (std::size_t i = 0; i < path.hops.size(); ++i) {
            const auto &hop = path.hops[i];
            if (hop.route)
                table.addRow({std::to_string(i + 1), hop.node, hop.at, hop.route->prefix,
                              hop.route->nextHopType
                                  + (hop.route->nextHop.empty() ? "" : " " + hop.route->nextHop),
                              hop.route->source, asPathText(hop.route->asPath)});
            else
                table.addRow({std::to_string(i + 1), hop.node, hop.at,
                              path.delivered && i + 1 == path.hops.size() ? "(delivered)" : ""});
        }
        table.print(m_out, m_colour);
        // Equal-cost next hops the packet could take as well: Azure spreads flows over them,
        // the trace follows the lowest id (routing.md, R8).
        for (std::size_t i = 0; i < path.hops.size(); ++i) {
            const auto &alternatives = path.hops[i].alternatives;
            if (alternatives.empty())
                continue;
            std::string names;
            for (const auto &name : alternatives)
                names += (names.empty() ? "" : ", ") + name;
            m_out << "hop " << i + 1 << " also has equal-cost next hop" << (alternatives.size() > 1 ? "s " : " ")
                  << names << ": flows are spread over all of them\n";
        }
        if (path.dropped)
            m_out << TextTable::paint("dropped at " + (path.dropped->node.empty()
                                                            ? std::string("the source")
                                                            : path.dropped->node)
                                          + ": " + path.dropped->reason,
                                      Colour::Red, m_colour)
                  << '\n';
    }

    int traceCommand(const Options &options)
    {
        const auto from = endpoint(options, "--from");
        const auto to = endpoint(options, "--to");
        if (!from || !to)
            return ExitBadInput;
        const TraceResult result = trace(*m_analysis, *from, *to);
        if (options.json) {
            printJson(toJson(result));
            return ExitOk;
        }
        m_out << "Trace " << from->ip.toString() << " (" << from->place.label << ") -> "
              << to->ip.toString() << " (" << to->place.label << "): "
              << TextTable::paint(result.reachable() ? "reachable" : "unreachable",
                                  result.reachable() ? Colour::Green : Colour::Red, m_colour)
              << "\n\n";
        printPath("Forward", result.forward);
        m_out << '\n';
        printPath("Return", result.back);
        return ExitOk;
    }

    int check(const Options &options)
    {
        const auto results = checkIntents(*m_analysis);
        const bool allHold = std::all_of(results.begin(), results.end(),
                                         [](const auto &r) { return r.holds; });
        if (options.json) {
            printJson(intentsJson(results));
        } else if (results.empty()) {
            m_out << options.file << ": the design states no intents\n";
        } else {
            TextTable table({"INTENT", "EXPECT", "RESULT", "WHY"});
            for (const auto &result : results)
                table.addRow({result.intent->name,
                              result.intent->expect == Expectation::Reachable ? "reachable"
                                                                              : "unreachable",
                              result.holds ? "holds" : "broken", result.problem},
                             {Colour::Plain, Colour::Plain,
                              result.holds ? Colour::Green : Colour::Red});
            table.print(m_out, m_colour);
        }
        return allHold ? ExitOk : ExitFailed;
    }

    int matrix(const Options &options)
    {
        const auto result = reachabilityMatrix(*m_analysis);
        if (options.json) {
            printJson(matrixJson(result));
            return ExitOk;
        }
        std::vector<std::string> headers{"FROM \\ TO"};
        for (std::size_t i = 0; i < result.endpoints.size(); ++i)
            headers.push_back(std::to_string(i + 1));
        TextTable table(headers);
        for (std::size_t row = 0; row < result.endpoints.size(); ++row) {
            std::vector<std::string> cells{std::to_string(row + 1) + " " + result.endpoints[row]};
            std::vector<Colour> colours{Colour::Plain};
            for (std::size_t column = 0; column < result.endpoints.size(); ++column) {
                const bool reachable = result.reachable[row][column];
                cells.push_back(row == column ? "-" : reachable ? "yes" : "no");
                colours.push_back(row == column ? Colour::Dim
                                  : reachable   ? Colour::Green
                                                : Colour::Red);
            }
            table.addRow(cells, colours);
        }
        table.print(m_out, m_colour);
        return ExitOk;
    }

    std::ostream &m_out;
    std::ostream &m_err;
    bool m_colour;
    const std::vector<ExternalCommand> &m_external;
    std::shared_ptr<const Analysis> m_analysis;
};

} // namespace

int runCommandLine(const std::vector<std::string> &arguments, std::ostream &out,
                   std::ostream &err, bool useColour, const std::vector<ExternalCommand> &external)
{
    return CommandRunner(out, err, useColour, external).run(arguments);
}

} // namespace avsnet::core
