// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonoutput.h"

namespace avsnet::core {

namespace {

using Json = nlohmann::ordered_json;

Json stringOrNull(const std::string &text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

Json endpointJson(const Endpoint &endpoint)
{
    return Json{{"ip", endpoint.ip.toString()}, {"at", stringOrNull(endpoint.place.label)}};
}

} // namespace

Json toJson(const RouteView &route)
{
    return Json{{"prefix", route.prefix},         {"nextHopType", route.nextHopType},
                {"nextHop", stringOrNull(route.nextHop)}, {"source", route.source},
                {"asPath", route.asPath},         {"active", route.active}};
}

Json toJson(const PathTrace &path)
{
    Json hops = Json::array();
    for (const auto &hop : path.hops) {
        Json entry{{"node", hop.node}};
        if (!hop.at.empty())
            entry["at"] = hop.at;
        entry["route"] = hop.route ? toJson(*hop.route) : Json(nullptr);
        // Our extension of cli.md: equal-cost next hops the packet could also take.
        if (!hop.alternatives.empty())
            entry["alternatives"] = hop.alternatives;
        hops.push_back(std::move(entry));
    }
    Json dropped = nullptr;
    if (path.dropped)
        dropped = Json{{"node", stringOrNull(path.dropped->node)},
                       {"at", stringOrNull(path.dropped->at)},
                       {"reason", path.dropped->reason}};
    return Json{{"delivered", path.delivered},
                {"hops", std::move(hops)},
                {"path", path.path},
                {"dropped", std::move(dropped)}};
}

Json toJson(const TraceResult &trace)
{
    return Json{{"from", endpointJson(trace.from)},
                {"to", endpointJson(trace.to)},
                {"reachable", trace.reachable()},
                {"forward", toJson(trace.forward)},
                {"return", toJson(trace.back)}};
}

Json toJson(const Finding &finding)
{
    return Json{{"severity", std::string(toString(finding.severity))},
                {"code", finding.code},
                {"message", finding.message},
                {"subjects", finding.subjects}};
}

Json routesJson(const std::string &context, const std::vector<RouteView> &routes)
{
    Json list = Json::array();
    for (const auto &route : routes)
        list.push_back(toJson(route));
    return Json{{"context", context}, {"routes", std::move(list)}};
}

Json findingsJson(const std::vector<Finding> &findings)
{
    Json list = Json::array();
    for (const auto &finding : findings)
        list.push_back(toJson(finding));
    return Json{{"findings", std::move(list)}};
}

Json intentsJson(const std::vector<IntentResult> &results)
{
    Json list = Json::array();
    for (const auto &result : results) {
        Json entry{{"name", result.intent->name},
                   {"expect", result.intent->expect == Expectation::Reachable ? "reachable"
                                                                              : "unreachable"},
                   {"holds", result.holds}};
        if (!result.problem.empty())
            entry["problem"] = result.problem;
        entry["trace"] = result.trace ? toJson(*result.trace) : Json(nullptr);
        list.push_back(std::move(entry));
    }
    return Json{{"intents", std::move(list)}};
}

Json matrixJson(const ReachabilityMatrix &matrix)
{
    return Json{{"endpoints", matrix.endpoints}, {"reachable", matrix.reachable}};
}

} // namespace avsnet::core
