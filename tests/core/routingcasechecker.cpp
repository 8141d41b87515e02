// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingcasechecker.h"

#include "analysis/intentcheck.h"
#include "io/documentreader.h"
#include "routing/analysis.h"
#include "routing/routecontext.h"
#include "trace/tracer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

namespace avsnet::core {

namespace {

using Json = nlohmann::json;

std::string joined(const std::vector<std::string> &items)
{
    std::string text = "[";
    for (const auto &item : items)
        text += (text.size() > 1 ? ", " : "") + item;
    return text + "]";
}

bool passesInOrder(const std::vector<std::string> &path, const std::vector<std::string> &via)
{
    auto position = path.begin();
    for (const auto &node : via) {
        position = std::find(position, path.end(), node);
        if (position == path.end())
            return false;
        ++position;
    }
    return true;
}

std::string checkTrace(const Analysis &analysis, const Json &expected)
{
    const std::string fromText = expected.at("from");
    const std::string toText = expected.at("to");
    const std::string name = "trace " + fromText + " -> " + toText;
    const auto from = resolveEndpoint(analysis, fromText);
    const auto to = resolveEndpoint(analysis, toText);
    if (from.index() != 0 || to.index() != 0)
        return name + ": endpoint refused: "
               + (from.index() != 0 ? std::get<1>(from) : std::get<1>(to));
    const TraceResult result = trace(analysis, std::get<0>(from), std::get<0>(to));
    const auto &path = result.forward.path;
    if (expected.contains("reachable") && result.reachable() != expected["reachable"].get<bool>()) {
        const auto &dropped = result.forward.dropped ? result.forward.dropped : result.back.dropped;
        return name + ": reachable=" + (result.reachable() ? "true" : "false") + ", expected "
               + expected["reachable"].dump() + " (path " + joined(path) + "; dropped "
               + (dropped ? dropped->reason : "-") + ")";
    }
    const auto via = expected.value("via", std::vector<std::string>{});
    if (!passesInOrder(path, via))
        return name + ": path " + joined(path) + " does not pass " + joined(via) + " in order";
    for (const std::string &avoided : expected.value("avoid", std::vector<std::string>{})) {
        if (std::find(path.begin(), path.end(), avoided) != path.end())
            return name + ": path " + joined(path) + " passes " + avoided;
    }
    return {};
}

std::string checkRoute(const Analysis &analysis, const Json &expected)
{
    const std::string context = expected.at("at");
    const std::string prefix = expected.at("prefix");
    const auto routes = routesAt(analysis, context);
    if (routes.index() != 0)
        return "routes at " + context + ": " + std::get<1>(routes);
    // "active" absent means true; null means either.
    const Json wantActive = expected.contains("active") ? expected["active"] : Json(true);
    const bool present = expected.value("present", true);
    std::vector<const RouteView *> hits;
    std::string seen;
    for (const RouteView &route : std::get<0>(routes)) {
        if (route.prefix != prefix)
            continue;
        seen += " (" + route.nextHopType + " " + route.nextHop + " active="
                + (route.active ? "true" : "false") + ")";
        if (!wantActive.is_null() && route.active != wantActive.get<bool>())
            continue;
        bool fits = true;
        const auto field = [&](const char *key, const std::string &value) {
            if (expected.contains(key)) {
                const Json &want = expected[key];
                fits = fits && (want.is_null() ? value.empty() : want.get<std::string>() == value);
            }
        };
        field("nextHopType", route.nextHopType);
        field("nextHop", route.nextHop);
        field("source", route.source);
        for (const Asn asn : expected.value("asPathContains", std::vector<Asn>{}))
            fits = fits && std::count(route.asPath.begin(), route.asPath.end(), asn) > 0;
        for (const Asn asn : expected.value("asPathExcludes", std::vector<Asn>{}))
            fits = fits && std::count(route.asPath.begin(), route.asPath.end(), asn) == 0;
        if (fits)
            hits.push_back(&route);
    }
    if (present && hits.empty())
        return "routes at " + context + ": no matching route " + prefix + " like "
               + expected.dump() + "; have" + (seen.empty() ? " none" : seen);
    if (!present && !hits.empty())
        return "routes at " + context + ": route " + prefix + " should be absent; have" + seen;
    return {};
}

} // namespace

CaseOutcome checkRoutingCase(const std::string &designFile, const std::string &expectFile)
{
    CaseOutcome outcome;
    std::ifstream expectStream(expectFile);
    const Json expected = Json::parse(expectStream, nullptr, false);
    if (expected.is_discarded()) {
        outcome.failures.push_back(expectFile + ": not valid JSON");
        return outcome;
    }
    auto loaded = DocumentReader::readFile(designFile);
    if (expected.value("badInput", false)) {
        ++outcome.checks;
        if (loaded.index() == 0)
            outcome.failures.push_back("bad input " + designFile + " was not refused");
        else if (std::get<LoadError>(loaded).message.empty())
            outcome.failures.push_back("bad input " + designFile + " refused without a message");
        return outcome;
    }
    if (const auto *error = std::get_if<LoadError>(&loaded)) {
        outcome.failures.push_back("refused: " + error->toString());
        return outcome;
    }
    const auto analysis = analyze(std::get<Topology>(std::move(loaded)));
    const auto record = [&](const std::string &failure) {
        ++outcome.checks;
        if (!failure.empty())
            outcome.failures.push_back(failure);
    };
    for (const auto &traceExpectation : expected.value("traces", Json::array()))
        record(checkTrace(*analysis, traceExpectation));
    for (const auto &routeExpectation : expected.value("routes", Json::array()))
        record(checkRoute(*analysis, routeExpectation));

    std::set<std::string> codes;
    bool anyError = false;
    for (const auto &finding : analysis->findings()) {
        codes.insert(finding.code);
        anyError = anyError || finding.severity == Severity::Error;
    }
    for (const auto &findingExpectation : expected.value("findings", Json::array())) {
        const std::string code = findingExpectation.at("code");
        const bool wanted = findingExpectation.value("present", true);
        std::string all;
        for (const auto &have : codes)
            all += " " + have;
        record(codes.contains(code) == wanted
                   ? std::string()
                   : "finding " + code + (wanted ? " missing" : " should be absent")
                         + "; findings:" + all);
    }
    if (expected.contains("exit")) {
        const std::string command = expected["exit"].at("command");
        const int wantedCode = expected["exit"].at("code");
        int code = 0;
        if (command == "validate") {
            code = anyError ? 1 : 0;
        } else {
            const auto results = checkIntents(*analysis);
            code = std::all_of(results.begin(), results.end(), [](const auto &r) { return r.holds; })
                       ? 0
                       : 1;
        }
        record(code == wantedCode ? std::string()
                                  : command + ": exit " + std::to_string(code) + ", expected "
                                        + std::to_string(wantedCode));
    }
    return outcome;
}

} // namespace avsnet::core
