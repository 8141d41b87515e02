// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffoutput.h"

#include "jsonoutput.h"
#include "texttable.h"

#include <algorithm>

namespace avsnet::core {

namespace {

using Json = nlohmann::ordered_json;
using Colour = TextTable::Colour;

Json rowsJson(const std::vector<RouteView> &routes)
{
    Json list = Json::array();
    for (const auto &route : routes)
        list.push_back(toJson(route));
    return list;
}

std::string counted(std::size_t count, const std::string &singular, const std::string &plural)
{
    return std::to_string(count) + ' ' + (count == 1 ? singular : plural);
}

void writeReachability(std::ostream &out, const DesignDiff &diff, bool useColour)
{
    if (!diff.reachabilityCompared) {
        out << "Reachability: not compared\n";
        return;
    }
    const auto gained = std::size_t(std::count_if(diff.reachability.begin(),
                                                  diff.reachability.end(),
                                                  [](const auto &change) { return change.gained; }));
    const std::size_t lost = diff.reachability.size() - gained;
    out << "Reachability: " << counted(gained, "pair", "pairs") << " gained, " << lost
        << " lost\n";
    if (diff.reachability.empty())
        return;
    TextTable table({"", "FROM", "TO"});
    for (const auto &change : diff.reachability)
        table.addRow({change.gained ? "+" : "-", change.from, change.to},
                     std::vector<Colour>(3, change.gained ? Colour::Green : Colour::Red));
    table.print(out, useColour);
}

// The removed and added rows of one context merged in `routes` order, so a route whose next
// hop or flag changed shows its old row right above its new one.
void writeContext(std::ostream &out, const ContextRouteChanges &changes, bool useColour)
{
    const auto displayKey = [](const RouteView &view) {
        const auto prefix = Ipv4Prefix::parse(view.prefix).value_or(Ipv4Prefix());
        return std::pair(-prefix.length(), prefix.first());
    };
    TextTable table({"", "PREFIX", "NEXT HOP TYPE", "NEXT HOP", "SOURCE", "AS PATH", "ACTIVE"});
    const auto add = [&](const RouteView &route, bool added) {
        table.addRow({added ? "+" : "-", route.prefix, route.nextHopType, route.nextHop,
                      route.source, asPathText(route.asPath), route.active ? "yes" : "no"},
                     std::vector<Colour>(7, added ? Colour::Green : Colour::Red));
    };
    auto removed = changes.removed.begin();
    auto added = changes.added.begin();
    while (removed != changes.removed.end() || added != changes.added.end()) {
        if (added == changes.added.end()
            || (removed != changes.removed.end() && !(displayKey(*added) < displayKey(*removed))))
            add(*removed++, false);
        else
            add(*added++, true);
    }
    out << "\nRoutes at " << changes.context << '\n';
    table.print(out, useColour);
}

} // namespace

Json designDiffToJson(const DesignDiff &diff)
{
    Json reachability = nullptr;
    if (diff.reachabilityCompared) {
        Json gained = Json::array();
        Json lost = Json::array();
        for (const auto &change : diff.reachability)
            (change.gained ? gained : lost).push_back(Json{{"from", change.from}, {"to", change.to}});
        reachability = Json{{"gained", std::move(gained)}, {"lost", std::move(lost)}};
    }
    Json routes = Json::array();
    for (const auto &context : diff.routes)
        routes.push_back(Json{{"context", context.context},
                              {"added", rowsJson(context.added)},
                              {"removed", rowsJson(context.removed)}});
    return Json{{"reachability", std::move(reachability)}, {"routes", std::move(routes)}};
}

void writeDesignDiff(std::ostream &out, const DesignDiff &diff, bool useColour)
{
    if (diff.empty() && diff.reachabilityCompared) {
        out << "No differences.\n";
        return;
    }
    writeReachability(out, diff, useColour);
    std::size_t added = 0, removed = 0;
    for (const auto &context : diff.routes) {
        added += context.added.size();
        removed += context.removed.size();
    }
    out << "\nRoutes: " << added << " added, " << removed << " removed in "
        << counted(diff.routes.size(), "context", "contexts") << '\n';
    for (const auto &context : diff.routes)
        writeContext(out, context, useColour);
}

} // namespace avsnet::core
