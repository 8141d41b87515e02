// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeexcerpt.h"

#include "reportwriter.h"
#include "routing/analysis.h"
#include "routing/hubtables.h"
#include "routing/programmedroutes.h"
#include "routing/virtualwan.h"

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
    auto system = systemRoutes(topology, vnet, m_analysis.peers(vnet));
    addHubSystemRoutes(m_analysis, vnet, system); // R10.10: a connected VNet's hub prefix
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
    const Node &design = m_analysis.topology().nodes[std::size_t(node)];
    const NodeKind kind = design.kind();
    if (kind == NodeKind::Vwan)
        return {};
    // The first rows of `count` routes in display order: `key(i)` is route i's display key,
    // and the index breaks ties as routesAt's stable sort does.
    const auto leading = [&](std::size_t count, auto key) {
        std::vector<std::uint32_t> order(count);
        std::iota(order.begin(), order.end(), 0u);
        const std::size_t shown = std::min(m_rows, count);
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(shown), order.end(),
                          [&](std::uint32_t a, std::uint32_t b) {
                              return std::tuple(key(a), a) < std::tuple(key(b), b);
                          });
        order.resize(shown);
        return order;
    };
    RouteExcerpt excerpt;
    if (kind == NodeKind::VwanHub || kind == NodeKind::HubFirewall) {
        if (!m_analysis.isNodeActive(node))
            return excerpt;
        // Sorted by prefix with the firewall's Internet route first, so ties keep that order.
        const auto routes = hubRoutes(m_analysis, node);
        excerpt.total = routes.size();
        for (const std::uint32_t i : leading(routes.size(), [&](std::uint32_t i) {
                 return std::pair(-routes[i].prefix.length(), routes[i].prefix.first());
             }))
            excerpt.routes.push_back(viewOf(m_analysis, routes[i]));
        return excerpt;
    }
    // A hub gateway speaks for its hub (R10.1): the hub's rows that came over the gateway's
    // own connections (routecontext.cpp's decision).
    const HubInfo *hub = design.parentHub().empty() ? nullptr : m_analysis.virtualWan().hubOf(node);
    const int speaker = hub ? hub->node : node;
    const auto routes = m_analysis.bgpTable(speaker).routes();
    std::vector<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < routes.size(); ++i) {
        if (hub) {
            if (routes[i].link < 0)
                continue;
            const Link &link = m_analysis.topology().links[std::size_t(routes[i].link)];
            if (link.from != design.id && link.to != design.id)
                continue;
        }
        rows.push_back(i);
    }
    // The table is sorted by prefix, so an index breaks ties as a stable sort would.
    excerpt.total = rows.size();
    for (const std::uint32_t i : leading(rows.size(), [&](std::uint32_t i) {
             return displayKey(routes[rows[i]].prefix);
         }))
        excerpt.routes.push_back(viewOf(m_analysis, speaker, routes[rows[i]]));
    return excerpt;
}

void writeRouteExcerpt(ReportWriter &writer, const RouteExcerpt &excerpt, std::string_view context)
{
    if (excerpt.total == 0) {
        writer.paragraph("No routes.", Tone::Muted);
        return;
    }
    writer.beginTable({"Prefix", "Next hop type", "Next hop", "Source", "AS path", "Active"}, true);
    for (const RouteView &view : excerpt.routes) {
        writer.row({view.prefix,
                    view.nextHopType,
                    view.nextHop.empty() ? std::string("—") : view.nextHop,
                    view.source,
                    asPathText(view.asPath),
                    {view.active ? "yes" : "no", view.active ? Tone::Plain : Tone::Muted}});
    }
    std::string note;
    if (excerpt.total > excerpt.routes.size())
        note = std::to_string(excerpt.total - excerpt.routes.size())
               + " more routes not listed; avsnet routes FILE --at " + std::string(context)
               + " lists them all.";
    writer.endTable(note);
}

} // namespace avsnet::core
