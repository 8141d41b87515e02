// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routeview.h"

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace avsnet::core {

class Analysis;
class ReportWriter;
struct ProgrammedRouteSet;

// The first rows of one routing table in display order, and the size of the whole table.
struct RouteExcerpt
{
    std::vector<RouteView> routes;
    std::size_t total = 0;
};

// Cuts the first `rows` routes, in routesAt's order (cli.md: longest prefix first, then by
// address), out of every table of an analysis without building the tables whole: a report
// of 2,000 subnets that each see 100,000 BGP routes lists 200 of each. The BGP routes a hub
// programs are shared by all its spokes, so their leading prefixes are found once per set.
class RouteExcerpts
{
public:
    RouteExcerpts(const Analysis &analysis, std::size_t rows);

    // The effective routes of a subnet of an active VNet.
    RouteExcerpt effectiveRoutes(int vnet, int subnet);
    // The BGP table of a speaker; for a Virtual WAN hub its defaultRouteTable, for a hub
    // firewall its table, for a hub gateway the hub's routes over its own connections, as
    // routesAt gives them (cli.md). A Virtual WAN has none.
    RouteExcerpt bgpTable(int node) const;

private:
    const std::vector<Ipv4Prefix> &leadingPrefixes(const ProgrammedRouteSet &set);

    const Analysis &m_analysis;
    std::size_t m_rows;
    std::unordered_map<const ProgrammedRouteSet *, std::vector<Ipv4Prefix>> m_leading;
};

// An excerpt as a report table (prefix, next hop type, next hop, source, AS path, active),
// with a note of how many rows it left out and the command that lists them (`context` is
// what `avsnet routes --at` takes); "No routes." for an empty table.
void writeRouteExcerpt(ReportWriter &writer, const RouteExcerpt &excerpt, std::string_view context);

} // namespace avsnet::core
