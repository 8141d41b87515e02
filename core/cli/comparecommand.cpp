// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"

#include "commandline.h"
#include "import/routecomparison.h"
#include "io/documentreader.h"
#include "texttable.h"

namespace avsnet::core {

namespace {

using Colour = TextTable::Colour;

std::string azureText(const azure::ObservedRoute &route)
{
    std::string text = route.nextHopType;
    if (!route.nextHop.empty())
        text += (text.empty() ? "" : " ") + route.nextHop;
    if (!route.asPath.empty())
        text += (text.empty() ? "" : " ") + std::string("[") + asPathText(route.asPath) + "]";
    if (text.empty())
        text = "-";
    return route.active ? text : text + " (inactive)";
}

std::string modelText(const RouteView &route, azure::ObservedKind kind)
{
    std::string text = kind == azure::ObservedKind::EffectiveRoutes
                           ? route.nextHopType + (route.nextHop.empty() ? "" : " " + route.nextHop)
                           : route.nextHop;
    if (!route.asPath.empty())
        text += " [" + asPathText(route.asPath) + "]";
    return text + " (" + route.source + (route.active ? ")" : ", inactive)");
}

template<typename Route, typename Format>
std::string joined(const std::vector<Route> &routes, Format format)
{
    std::string text;
    for (const Route &route : routes)
        text += (text.empty() ? "" : "; ") + format(route);
    return text.empty() ? std::string("-") : text;
}

} // namespace

int runCompareCommand(const std::string &designFile, const std::string &observedFile,
                      const std::string &context, bool json, std::ostream &out,
                      std::ostream &err, bool useColour)
{
    auto loaded = DocumentReader::readFile(designFile);
    if (const auto *refused = std::get_if<LoadError>(&loaded)) {
        err << "avsnet: " << refused->toString() << '\n';
        return ExitBadInput;
    }
    std::vector<azure::ObservedTable> tables;
    try {
        tables = azure::readObservedFile(observedFile, context);
    } catch (const azure::ImportError &error) {
        err << "avsnet compare: " << error.toString() << '\n';
        return ExitBadInput;
    }
    const auto analysis
        = analyze(std::make_shared<const Topology>(std::get<Topology>(std::move(loaded))));
    const azure::RouteComparison comparison = azure::compareRoutes(*analysis, tables);
    if (json) {
        out << azure::comparisonJson(comparison).dump(2) << '\n';
        return comparison.equal() ? ExitOk : ExitFailed;
    }
    for (const azure::TableComparison &table : comparison.tables) {
        out << toString(table.kind) << " at "
            << (table.context.empty() ? std::string("?") : table.context) << " (" << table.label
            << "): ";
        if (!table.problem.empty()) {
            out << TextTable::paint("not compared: " + table.problem, Colour::Red, useColour)
                << "\n\n";
            continue;
        }
        int same = 0;
        for (const auto &entry : table.prefixes)
            same += entry.match == azure::RouteMatch::Same;
        out << same << " of " << table.prefixes.size() << " prefixes the same\n";
        TextTable rows({"PREFIX", "MATCH", "AZURE", "MODEL", "DIFFERENCE"});
        for (const auto &entry : table.prefixes) {
            std::string why;
            for (const std::string &difference : entry.differences)
                why += (why.empty() ? "" : "; ") + difference;
            const Colour colour = entry.match == azure::RouteMatch::Same ? Colour::Plain
                                  : entry.match == azure::RouteMatch::Different ? Colour::Red
                                                                                : Colour::Yellow;
            rows.addRow({entry.prefix, std::string(toString(entry.match)),
                         joined(entry.azure, azureText),
                         joined(entry.model,
                                [&](const RouteView &route) { return modelText(route, table.kind); }),
                         why},
                        {Colour::Plain, colour});
        }
        rows.print(out, useColour);
        for (const std::string &line : table.notModelled)
            out << "not modelled: " << line << '\n';
        out << '\n';
    }
    out << (comparison.equal() ? "The model matches what Azure reports.\n"
                               : "The model and Azure differ.\n");
    return comparison.equal() ? ExitOk : ExitFailed;
}

} // namespace avsnet::core
