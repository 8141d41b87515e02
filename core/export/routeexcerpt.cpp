// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeexcerpt.h"

#include "routing/analysis.h"
#include "routing/programmedroutes.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace avsnet::core {

namespace {

// sortForDisplay's key, then the prefix as written, which is the order the tables keep
// within one key (two prefixes differ there only in host bits).
auto displayKey(const Ipv4Prefix &prefix)
{
    return std::tuple(-prefix.length(), prefix.first(), prefix);
}

bool displayOrder(const Ipv4Prefix &a, const Ipv4Prefix &b)
{
    return displayKey(a) < displayKey(b);
}

// The first `count` distinct prefixes of `prefixes` in display order.
void keepLeading(std::vector<Ipv4Prefix> &prefixes, std::size_t count)
{
    std::sort(prefixes.begin(), prefixes.end());
    prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
    count = std::min(count, prefixes.size());
    std::partial_sort(prefixes.begin(), prefixes.begin() + std::ptrdiff_t(count), prefixes.end(),
                      displayOrder);
    prefixes.resize(count);
}

} // namespace

RouteExcerpts::RouteExcerpts(const Analysis &analysis, std::size_t rows)
    : m_analysis(analysis)
    , m_rows(rows)
{
}

const std::vector<Ipv4Prefix> &RouteExcerpts::leadingPrefixes(const ProgrammedRouteSet &set)
{
    auto found = m_leading.find(&set);
    if (found != m_leading.end())
        return found->second;
    std::vector<Ipv4Prefix> prefixes;
    prefixes.reserve(set.routes.size());
    for (const EffectiveRoute &route : set.routes)
        prefixes.push_back(route.prefix);
    keepLeading(prefixes, m_rows);
    return m_leading.emplace(&set, std::move(prefixes)).first->second;
}

RouteExcerpt RouteExcerpts::effectiveRoutes(int vnet, int subnet)
{
    // Each prefix brings at least one route, so the first rows come from at most `m_rows`
    // prefixes of each layer: the system routes and user routes are few, the BGP set's
    // leading prefixes are cached. routesFor then decides each prefix as allRoutes would.
    const EffectiveRouteTable table = m_analysis.effectiveRoutes(vnet, subnet);
    const Topology &topology = m_analysis.topology();
    const auto &network = *topology.nodes[std::size_t(vnet)].as<VirtualNetwork>();
    const std::string &tableName = network.subnets[std::size_t(subnet)].routeTable;
    const RouteTable *routeTable = tableName.empty() ? nullptr : network.routeTable(tableName);

    RouteExcerpt excerpt;
    std::vector<Ipv4Prefix> prefixes;
    const auto system = systemRoutes(topology, vnet, m_analysis.peers(vnet));
    for (const EffectiveRoute &route : system)
        prefixes.push_back(route.prefix);
    excerpt.total = system.size();
    if (routeTable) {
        const auto user = userRoutes(*routeTable, -1);
        for (const EffectiveRoute &route : user)
            prefixes.push_back(route.prefix);
        excerpt.total += user.size();
    }
    if (table.hasBgpRoutes()) {
        const auto &leading = leadingPrefixes(*table.bgpRoutes());
        prefixes.insert(prefixes.end(), leading.begin(), leading.end());
        excerpt.total += table.bgpRoutes()->routes.size();
    }
    keepLeading(prefixes, m_rows);
    for (const Ipv4Prefix &prefix : prefixes) {
        for (const EffectiveRoute &route : table.routesFor(prefix)) {
            if (excerpt.routes.size() == m_rows)
                return excerpt;
            excerpt.routes.push_back(viewOf(m_analysis, route));
        }
    }
    return excerpt;
}

RouteExcerpt RouteExcerpts::bgpTable(int node) const
{
    const auto routes = m_analysis.bgpTable(node).routes();
    // The table is sorted by prefix, so an index breaks ties as a stable sort would.
    std::vector<std::uint32_t> order(routes.size());
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t shown = std::min(m_rows, routes.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(shown), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return std::tuple(displayKey(routes[a].prefix), a)
                                 < std::tuple(displayKey(routes[b].prefix), b);
                      });
    RouteExcerpt excerpt;
    excerpt.total = routes.size();
    for (std::size_t i = 0; i < shown; ++i)
        excerpt.routes.push_back(viewOf(m_analysis, node, routes[order[i]]));
    return excerpt;
}

} // namespace avsnet::core
