// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisequality.h"

#include <sstream>
#include <tuple>

namespace avsnet::core {

namespace {

using Path = std::vector<Asn>;

auto bgpRow(const Analysis &analysis, const BgpRoute &route)
{
    return std::tuple(route.prefix, analysis.asPaths().toVector(route.asPath), route.learnedFrom,
                      route.link, route.origin, route.active);
}

auto dropRow(const Analysis &analysis, const RouteDrop &drop)
{
    return std::tuple(drop.node, drop.from, drop.prefix, analysis.asPaths().toVector(drop.asPath),
                      drop.reason, drop.link);
}

auto effectiveRow(const Analysis &analysis, const EffectiveRoute &route)
{
    return std::tuple(route.prefix, int(route.source), int(route.nextHopType), route.nextHopNode,
                      route.nextHopIp, analysis.asPaths().toVector(route.asPath),
                      int(route.programmedBy), route.peeringLink, route.active);
}

template<typename Rows, typename Row>
std::optional<std::size_t> firstMismatch(const Analysis &expected, const Rows &expectedRows,
                                         const Analysis &actual, const Rows &actualRows, Row row)
{
    const std::size_t common = std::min(std::size(expectedRows), std::size(actualRows));
    for (std::size_t i = 0; i < common; ++i) {
        if (row(expected, expectedRows[i]) != row(actual, actualRows[i]))
            return i;
    }
    if (std::size(expectedRows) != std::size(actualRows))
        return common;
    return std::nullopt;
}

std::string where(const Analysis &analysis, int node)
{
    return "node " + analysis.topology().nodes[std::size_t(node)].id;
}

std::optional<std::string> tablesDiffer(const Analysis &expected, const Analysis &actual)
{
    for (std::size_t node = 0; node < expected.topology().nodes.size(); ++node) {
        const auto a = expected.bgpTable(int(node)).routes();
        const auto b = actual.bgpTable(int(node)).routes();
        if (const auto row = firstMismatch(expected, a, actual, b, bgpRow))
            return "BGP table of " + where(expected, int(node)) + " differs at row "
                   + std::to_string(*row) + " (" + std::to_string(a.size()) + " rows expected, "
                   + std::to_string(b.size()) + " found)";
    }
    return std::nullopt;
}

std::optional<std::string> programmedDiffer(const Analysis &expected, const Analysis &actual,
                                            int subnetStride)
{
    const auto &nodes = expected.topology().nodes;
    int vnetsSeen = 0;
    for (std::size_t node = 0; node < nodes.size(); ++node) {
        const auto *network = nodes[node].as<VirtualNetwork>();
        if (!network)
            continue;
        const auto a = expected.programmedRoutes(int(node));
        const auto b = actual.programmedRoutes(int(node));
        if (bool(a) != bool(b))
            return "programmed routes of " + where(expected, int(node)) + " present in one only";
        if (a) {
            if (const auto row = firstMismatch(expected, a->routes, actual, b->routes, effectiveRow))
                return "programmed routes of " + where(expected, int(node)) + " differ at row "
                       + std::to_string(*row);
        }
        if (vnetsSeen++ % subnetStride != 0 || !expected.isNodeActive(int(node)))
            continue;
        for (std::size_t subnet = 0; subnet < network->subnets.size(); ++subnet) {
            const auto routesA = expected.effectiveRoutes(int(node), int(subnet)).allRoutes();
            const auto routesB = actual.effectiveRoutes(int(node), int(subnet)).allRoutes();
            if (const auto row = firstMismatch(expected, routesA, actual, routesB, effectiveRow))
                return "effective routes of " + nodes[node].id + "/" + network->subnets[subnet].name
                       + " differ at row " + std::to_string(*row);
        }
    }
    return std::nullopt;
}

std::optional<std::string> sessionsDiffer(const Analysis &expected, const Analysis &actual)
{
    const auto row = [](const Analysis &, const SessionState &state) {
        return std::tuple(state.link, state.up, int(state.cause), state.downReason);
    };
    if (const auto at = firstMismatch(expected, expected.sessions(), actual, actual.sessions(), row))
        return "sessions differ at " + std::to_string(*at);
    for (std::size_t link = 0; link < expected.topology().links.size(); ++link) {
        if (expected.announced(int(link)) != actual.announced(int(link)))
            return "announcement counts of link " + expected.topology().links[link].id + " differ";
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> firstDifference(const Analysis &expected, const Analysis &actual,
                                           int subnetStride)
{
    if (expected.topology().nodes.size() != actual.topology().nodes.size())
        return "the analyses are of different designs";
    if (auto difference = tablesDiffer(expected, actual))
        return difference;
    if (const auto row = firstMismatch(expected, expected.drops(), actual, actual.drops(), dropRow))
        return "drops differ at " + std::to_string(*row) + " (" + std::to_string(expected.drops().size())
               + " expected, " + std::to_string(actual.drops().size()) + " found)";
    if (expected.unconverged() != actual.unconverged())
        return "unconverged prefixes differ";
    if (auto difference = sessionsDiffer(expected, actual))
        return difference;
    if (expected.findings() != actual.findings()) {
        std::ostringstream text;
        text << "findings differ: " << expected.findings().size() << " expected, "
             << actual.findings().size() << " found";
        return text.str();
    }
    return programmedDiffer(expected, actual, subnetStride);
}

} // namespace avsnet::core
