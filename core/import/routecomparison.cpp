// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routecomparison.h"

#include "routing/analysis.h"
#include "routing/routecontext.h"

#include <algorithm>
#include <map>
#include <set>

namespace avsnet::core::azure {

std::string_view toString(RouteMatch match)
{
    switch (match) {
    case RouteMatch::Same:
        return "same";
    case RouteMatch::OnlyInAzure:
        return "only in Azure";
    case RouteMatch::OnlyInModel:
        return "only in model";
    case RouteMatch::Different:
        return "different";
    }
    return "same";
}

bool TableComparison::equal() const
{
    return problem.empty()
           && std::all_of(prefixes.begin(), prefixes.end(),
                          [](const PrefixComparison &p) { return p.match == RouteMatch::Same; });
}

bool RouteComparison::equal() const
{
    return std::all_of(tables.begin(), tables.end(),
                       [](const TableComparison &table) { return table.equal(); });
}

namespace {

const Node *nodeByAzureId(const Topology &design, const std::string &id)
{
    const std::string key = idKey(id);
    for (const Node &node : design.nodes)
        if (idKey(azureIdOf(node)) == key && !key.empty())
            return &node;
    return nullptr;
}

// The avsnet context of an observed table, or a message saying why there is none.
std::string contextOf(const Topology &design, const ObservedTable &table, std::string &problem)
{
    if (!table.context.empty())
        return table.context;
    if (table.kind == ObservedKind::EffectiveRoutes) {
        const Node *vnet = nodeByAzureId(design, ancestorId(table.azureId, "subnets"));
        if (!vnet) {
            problem = "no VNet of the design has the Azure id of subnet " + table.azureId
                      + " (import the configuration first)";
            return {};
        }
        return vnet->id + "/" + lastSegment(table.azureId);
    }
    const Node *node = nodeByAzureId(design, table.azureId);
    if (!node) {
        problem = "no node of the design has the Azure id " + table.azureId
                  + " (import the configuration first)";
        return {};
    }
    return node->id;
}

// The NVA a Route Server table is about: by the peer's address, or its BGP connection's id.
std::string peerNva(const Topology &design, const std::string &peer)
{
    if (peer.empty())
        return {};
    for (const Node &node : design.nodes) {
        if (const auto *nva = node.as<Nva>()) {
            if (nva->ip.toString() == peer || nva->announcedNextHop().toString() == peer)
                return node.id;
        }
    }
    const std::string key = idKey(peer);
    for (const Link &link : design.links) {
        if (link.kind() == LinkKind::BgpSession && idKey(azureIdOf(link)) == key) {
            const Node *from = design.node(link.from);
            return from && from->as<Nva>() ? link.from : link.to;
        }
    }
    return {};
}

std::set<std::string> nvaAddresses(const Topology &design)
{
    std::set<std::string> addresses;
    for (const Node &node : design.nodes) {
        if (const auto *nva = node.as<Nva>()) {
            addresses.insert(nva->ip.toString());
            addresses.insert(nva->announcedNextHop().toString());
        }
    }
    return addresses;
}

std::string listText(const std::set<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : ", ") + (item.empty() ? std::string("(none)") : item);
    return text.empty() ? std::string("(none)") : text;
}

std::string pathText(const std::vector<Asn> &path)
{
    return path.empty() ? std::string("(empty)") : asPathText(path);
}

// False when the prefix has no route in force on either side: nothing to compare.
bool compareOnePrefix(PrefixComparison &entry, ObservedKind kind,
                      const std::set<std::string> &nvaIps)
{
    // BGP tables list every path they hold; a subnet's table marks the ones in force.
    const bool effective = kind == ObservedKind::EffectiveRoutes;
    std::vector<ObservedRoute> azure;
    std::vector<RouteView> model;
    for (const ObservedRoute &route : entry.azure)
        if (route.active)
            azure.push_back(route);
    for (const RouteView &route : entry.model)
        if (route.active || !effective)
            model.push_back(route);
    if (azure.empty() && model.empty())
        return false;
    if (entry.azure.empty() || entry.model.empty()) {
        entry.match = entry.azure.empty() ? RouteMatch::OnlyInModel : RouteMatch::OnlyInAzure;
        return true;
    }
    if (azure.empty() || model.empty()) {
        entry.differences.push_back(std::string("in force: ") + (azure.empty() ? "in the model only" : "in Azure only")
                                    + " (the other side lists the route as inactive)");
        entry.match = RouteMatch::Different;
        return true;
    }
    if (kind == ObservedKind::EffectiveRoutes) {
        std::set<std::string> azureTypes;
        std::set<std::string> modelTypes;
        for (const ObservedRoute &route : azure)
            azureTypes.insert(route.nextHopType);
        for (const RouteView &route : model)
            modelTypes.insert(route.nextHopType);
        if (azureTypes != modelTypes)
            entry.differences.push_back("next hop type: Azure " + listText(azureTypes)
                                        + ", model " + listText(modelTypes));
        // Next hop addresses the model knows: appliances, and NVAs behind a Route Server.
        // A gateway's own addresses are not in the design (research §3.5).
        std::set<std::string> azureHops;
        for (const ObservedRoute &route : azure) {
            if (route.nextHopType == "VirtualAppliance"
                || (route.nextHopType == "VirtualNetworkGateway" && nvaIps.contains(route.nextHop)))
                azureHops.insert(route.nextHop);
        }
        std::set<std::string> modelHops;
        for (const RouteView &route : model) {
            if (Ipv4Address::parse(route.nextHop)
                && (route.nextHopType == "VirtualAppliance" || route.nextHopType == "VirtualNetworkGateway"))
                modelHops.insert(route.nextHop);
        }
        if (azureHops != modelHops && (!azureHops.empty() || !modelHops.empty()))
            entry.differences.push_back("next hop: Azure " + listText(azureHops) + ", model "
                                        + listText(modelHops));
    } else {
        std::set<std::vector<Asn>> azurePaths;
        std::set<std::vector<Asn>> modelPaths;
        for (const ObservedRoute &route : azure)
            azurePaths.insert(route.asPath);
        for (const RouteView &route : model)
            modelPaths.insert(route.asPath);
        if (azurePaths != modelPaths) {
            std::set<std::string> azureText;
            std::set<std::string> modelText;
            for (const auto &path : azurePaths)
                azureText.insert(pathText(path));
            for (const auto &path : modelPaths)
                modelText.insert(pathText(path));
            entry.differences.push_back("AS path: Azure " + listText(azureText) + ", model "
                                        + listText(modelText));
        }
    }
    entry.match = entry.differences.empty() ? RouteMatch::Same : RouteMatch::Different;
    return true;
}

Json routeJson(const ObservedRoute &route)
{
    Json json = Json::object();
    if (!route.nextHopType.empty())
        json["nextHopType"] = route.nextHopType;
    json["nextHop"] = route.nextHop.empty() ? Json() : Json(route.nextHop);
    json["source"] = route.source;
    json["asPath"] = route.asPath;
    json["active"] = route.active;
    return json;
}

Json routeJson(const RouteView &route)
{
    return Json{{"nextHopType", route.nextHopType},
                {"nextHop", route.nextHop.empty() ? Json() : Json(route.nextHop)},
                {"source", route.source},
                {"asPath", route.asPath},
                {"active", route.active}};
}

} // namespace

RouteComparison compareRoutes(const Analysis &analysis, const std::vector<ObservedTable> &tables)
{
    const Topology &design = analysis.topology();
    const std::set<std::string> nvaIps = nvaAddresses(design);
    RouteComparison result;
    for (const ObservedTable &table : tables) {
        TableComparison compared;
        compared.kind = table.kind;
        compared.label = table.label;
        compared.notModelled = table.notModelled;
        compared.context = contextOf(design, table, compared.problem);
        if (compared.context.empty()) {
            result.tables.push_back(std::move(compared));
            continue;
        }
        auto routes = routesAt(analysis, compared.context);
        if (const auto *message = std::get_if<std::string>(&routes)) {
            compared.problem = *message;
            result.tables.push_back(std::move(compared));
            continue;
        }
        const std::string nva = table.kind == ObservedKind::RouteServerLearned
                                    ? peerNva(design, table.peer)
                                    : std::string();
        if (table.kind == ObservedKind::RouteServerLearned && !table.peer.empty() && nva.empty()) {
            compared.problem = "no NVA of the design has the peer address " + table.peer;
            result.tables.push_back(std::move(compared));
            continue;
        }
        std::map<Ipv4Prefix, PrefixComparison> byPrefix;
        auto entryFor = [&](const std::string &text) -> PrefixComparison & {
            const Ipv4Prefix prefix = Ipv4Prefix::parse(text).value_or(Ipv4Prefix());
            PrefixComparison &entry = byPrefix[prefix];
            entry.prefix = prefix.toString();
            return entry;
        };
        for (const RouteView &route : std::get<std::vector<RouteView>>(routes)) {
            if (!nva.empty() && route.nextHop != nva)
                continue;
            entryFor(route.prefix).model.push_back(route);
        }
        for (const ObservedRoute &route : table.routes)
            entryFor(route.prefix).azure.push_back(route);
        for (auto &[prefix, entry] : byPrefix) {
            if (compareOnePrefix(entry, table.kind, nvaIps))
                compared.prefixes.push_back(std::move(entry));
        }
        // As `routes` sorts: longest prefix first, then by address.
        std::stable_sort(compared.prefixes.begin(), compared.prefixes.end(),
                         [](const PrefixComparison &a, const PrefixComparison &b) {
                             const auto pa = *Ipv4Prefix::parse(a.prefix);
                             const auto pb = *Ipv4Prefix::parse(b.prefix);
                             if (pa.length() != pb.length())
                                 return pa.length() > pb.length();
                             return pa < pb;
                         });
        result.tables.push_back(std::move(compared));
    }
    return result;
}

Json comparisonJson(const RouteComparison &comparison)
{
    Json tables = Json::array();
    for (const TableComparison &table : comparison.tables) {
        Json prefixes = Json::array();
        for (const PrefixComparison &entry : table.prefixes) {
            Json azure = Json::array();
            for (const ObservedRoute &route : entry.azure)
                azure.push_back(routeJson(route));
            Json model = Json::array();
            for (const RouteView &route : entry.model)
                model.push_back(routeJson(route));
            prefixes.push_back(Json{{"prefix", entry.prefix},
                                    {"match", toString(entry.match)},
                                    {"azure", azure},
                                    {"model", model},
                                    {"differences", entry.differences}});
        }
        tables.push_back(Json{{"kind", toString(table.kind)},
                              {"context", table.context.empty() ? Json() : Json(table.context)},
                              {"from", table.label},
                              {"problem", table.problem.empty() ? Json() : Json(table.problem)},
                              {"equal", table.equal()},
                              {"prefixes", prefixes},
                              {"notModelled", table.notModelled}});
    }
    return Json{{"equal", comparison.equal()}, {"tables", tables}};
}

} // namespace avsnet::core::azure
