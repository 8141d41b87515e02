// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The routing state Azure reports, as the az CLI prints it (research §3.1 to §3.4).
#include "observedroutes.h"

#include "io/jsonparser.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace avsnet::core::azure {

std::string_view toString(ObservedKind kind)
{
    switch (kind) {
    case ObservedKind::EffectiveRoutes:
        return "effective routes";
    case ObservedKind::GatewayLearned:
        return "gateway learned routes";
    case ObservedKind::RouteServerLearned:
        return "Route Server learned routes";
    case ObservedKind::CircuitRoutes:
        return "circuit route table";
    }
    return "routes";
}

std::vector<Asn> parseAsPath(std::string_view text)
{
    std::vector<Asn> path;
    std::string token;
    auto flush = [&] {
        // Only numbers: the origin code (i, I, e, ?) and set braces are not ASNs.
        if (!token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
                return std::isdigit(static_cast<unsigned char>(c));
            })) {
            try {
                path.push_back(Asn(std::stoull(token)));
            } catch (...) {
            }
        }
        token.clear();
    };
    for (const char c : text) {
        if (c == '-' || c == ',' || std::isspace(static_cast<unsigned char>(c)))
            flush();
        else
            token += c;
    }
    flush();
    return path;
}

namespace {

[[noreturn]] void fail(const std::string &file, const std::string &path, const std::string &message)
{
    throw ImportError{file, path, message};
}

const Json &listOf(const Json &body, const std::string &file, const std::string &path)
{
    const Json *value = member(body, "value");
    if (body.is_array())
        return body;
    if (!value || !value->is_array())
        fail(file, path, "expected the az output: an object with a \"value\" list of routes");
    return *value;
}

void readEffective(const Json &body, ObservedTable &table, const std::string &file,
                   const std::string &path)
{
    const Json &list = listOf(body, file, path);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json &row = list[i];
        const std::string at = path + ".value[" + std::to_string(i) + "]";
        std::string type = stringMember(row, "nextHopType");
        if (equalsIgnoreCase(type, "VNetGlobalPeering"))
            type = "VNetPeering";
        const Json *prefixes = member(row, "addressPrefix");
        std::vector<std::string> list;
        if (prefixes && prefixes->is_array()) {
            for (const Json &prefix : *prefixes)
                if (prefix.is_string())
                    list.push_back(prefix.get<std::string>());
        } else if (prefixes && prefixes->is_string()) {
            list.push_back(prefixes->get<std::string>());
        } else {
            fail(file, at + ".addressPrefix", "a route without addressPrefix");
        }
        if (type == "ConnectedGroup" || type == "VirtualNetworkServiceEndpoint") {
            for (const std::string &prefix : list)
                table.notModelled.push_back(prefix + " " + type);
            continue;
        }
        std::vector<std::string> hops;
        if (const Json *ips = member(row, "nextHopIpAddress"); ips && ips->is_array()) {
            for (const Json &ip : *ips)
                if (ip.is_string())
                    hops.push_back(ip.get<std::string>());
        }
        if (hops.empty())
            hops.emplace_back();
        for (const std::string &prefix : list) {
            if (!Ipv4Prefix::parse(prefix)) {
                table.notModelled.push_back(prefix + " " + type);
                continue;
            }
            for (const std::string &hop : hops) {
                ObservedRoute route;
                route.prefix = Ipv4Prefix::parse(prefix)->toString();
                route.nextHopType = type;
                route.nextHop = hop;
                route.source = stringMember(row, "source");
                route.active = !equalsIgnoreCase(stringMember(row, "state"), "Invalid");
                table.routes.push_back(std::move(route));
            }
        }
    }
}

// Learned routes of a gateway, or of a Route Server (keyed per instance: merged).
// What makes two learned rows the same route: the Route Server's two instances list each
// route once, a circuit's table may repeat a row.
std::string rowKey(const ObservedRoute &route)
{
    std::string key = route.prefix + '|' + route.nextHop + '|' + route.sourcePeer + '|';
    for (const Asn asn : route.asPath)
        key += std::to_string(asn) + ' ';
    return key;
}

void readBgpRows(const Json &list, ObservedTable &table, const std::string &file,
                 const std::string &path, std::string_view pathField)
{
    // A set, not a search of the table: a circuit's table holds thousands of rows.
    std::unordered_set<std::string> seen;
    for (const ObservedRoute &route : table.routes)
        seen.insert(rowKey(route));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json &row = list[i];
        const std::string network = stringMember(row, "network");
        const auto prefix = Ipv4Prefix::parse(network);
        if (!prefix)
            fail(file, path + "[" + std::to_string(i) + "].network",
                 "\"" + network + "\" is not an IPv4 prefix");
        ObservedRoute route;
        route.prefix = prefix->toString();
        route.asPath = parseAsPath(stringMember(row, pathField));
        route.nextHop = stringMember(row, "nextHop");
        if (!route.nextHop.empty() && route.nextHop.back() == '*')
            route.nextHop.pop_back(); // the circuit table's multipath marker
        route.sourcePeer = stringMember(row, "sourcePeer");
        route.source = stringMember(row, "origin");
        if (seen.insert(rowKey(route)).second)
            table.routes.push_back(std::move(route));
    }
}

void readTableBody(const Json &body, ObservedTable &table, const std::string &file,
                   const std::string &path)
{
    switch (table.kind) {
    case ObservedKind::EffectiveRoutes:
        readEffective(body, table, file, path);
        return;
    case ObservedKind::GatewayLearned:
        readBgpRows(listOf(body, file, path), table, file, path + ".value", "asPath");
        return;
    case ObservedKind::CircuitRoutes:
        readBgpRows(listOf(body, file, path), table, file, path + ".value", "path");
        return;
    case ObservedKind::RouteServerLearned: {
        bool any = false;
        for (auto it = body.begin(); body.is_object() && it != body.end(); ++it) {
            if (it.key().starts_with("RouteServiceRole") && it.value().is_array()) {
                readBgpRows(it.value(), table, file, path + "." + it.key(), "asPath");
                any = true;
            }
        }
        if (!any && member(body, "value") && member(body, "value")->is_array()) {
            readBgpRows(*member(body, "value"), table, file, path + ".value", "asPath");
            any = true;
        }
        if (!any)
            fail(file, path, "expected RouteServiceRole_IN_0 and RouteServiceRole_IN_1 lists");
        return;
    }
    }
}

// The kind of a bare az output, from its rows.
ObservedKind guessKind(const Json &body)
{
    if (body.is_object()) {
        for (auto it = body.begin(); it != body.end(); ++it)
            if (it.key().starts_with("RouteServiceRole"))
                return ObservedKind::RouteServerLearned;
    }
    const Json *list = body.is_array() ? &body : member(body, "value");
    if (list && list->is_array() && !list->empty()) {
        const Json &row = (*list)[0];
        if (member(row, "nextHopType"))
            return ObservedKind::EffectiveRoutes;
        if (member(row, "path") || member(row, "locPrf"))
            return ObservedKind::CircuitRoutes;
    }
    return ObservedKind::GatewayLearned;
}

} // namespace

std::vector<ObservedTable> readObservedText(std::string_view text, const std::string &file,
                                            const std::string &context)
{
    auto parsed = parseJson(text);
    if (const auto *error = std::get_if<LoadError>(&parsed))
        fail(file,
             error->line > 0 ? "line " + std::to_string(error->line) + ", column "
                                   + std::to_string(error->column)
                             : error->path,
             error->message);
    Json document = std::get<nlohmann::ordered_json>(std::move(parsed));
    std::vector<ObservedTable> tables;
    const bool bundle = equalsIgnoreCase(stringMember(document, "format"), "avsnet-capture");
    if (!bundle) {
        // A REST example file holds the body under responses."200".
        if (const Json *responses = member(document, "responses"))
            if (const Json *ok = member(*responses, "200"))
                if (const Json *body = member(*ok, "body"))
                    document = Json(*body);
        if (context.empty())
            fail(file, "", "a single az output does not say where it was taken: give --at "
                           "CONTEXT (VNET/SUBNET, or the id of a gateway, Route Server or "
                           "circuit), or capture a bundle with avsnet-capture");
        ObservedTable table;
        table.kind = guessKind(document);
        table.context = context;
        table.label = file;
        readTableBody(document, table, file, "");
        tables.push_back(std::move(table));
        return tables;
    }
    const Json *observed = member(document, "observed");
    if (!observed || !observed->is_object())
        fail(file, "observed", "the bundle holds no observed routes");
    return readObservedTables(*observed, file);
}

std::vector<ObservedTable> readObservedTables(const Json &observed, const std::string &file)
{
    if (!observed.is_object())
        fail(file, "observed", "expected an object of route tables");
    std::vector<ObservedTable> tables;
    struct Part
    {
        const char *key;
        ObservedKind kind;
        const char *idField;
    };
    for (const Part &part : {Part{"effectiveRoutes", ObservedKind::EffectiveRoutes, "subnet"},
                             Part{"gatewayLearned", ObservedKind::GatewayLearned, "gateway"},
                             Part{"routeServerLearned", ObservedKind::RouteServerLearned,
                                  "routeServer"},
                             Part{"circuitRouteTables", ObservedKind::CircuitRoutes, "circuit"}}) {
        const Json *entries = member(observed, part.key);
        if (!entries)
            continue;
        if (!entries->is_array())
            fail(file, std::string("observed.") + part.key, "expected a list");
        for (std::size_t i = 0; i < entries->size(); ++i) {
            const Json &entry = (*entries)[i];
            const std::string path = std::string("observed.") + part.key + "["
                                     + std::to_string(i) + "]";
            ObservedTable table;
            table.kind = part.kind;
            table.azureId = stringMember(entry, part.idField);
            table.peer = stringMember(entry, "peer");
            table.context = stringMember(entry, "context");
            table.label = path;
            if (table.azureId.empty() && table.context.empty())
                fail(file, path + "." + part.idField,
                     std::string("the table does not name its ") + part.idField);
            const Json *routes = member(entry, "routes");
            if (!routes)
                fail(file, path + ".routes", "the table holds no routes");
            readTableBody(*routes, table, file, path + ".routes");
            tables.push_back(std::move(table));
        }
    }
    return tables;
}

std::vector<ObservedTable> readObservedFile(const std::string &file, const std::string &context)
{
    std::ifstream stream(file, std::ios::binary);
    if (!stream)
        fail(file, "", "cannot open the file; check the name and that you may read it");
    std::ostringstream text;
    text << stream.rdbuf();
    return readObservedText(text.str(), file, context);
}

} // namespace avsnet::core::azure
