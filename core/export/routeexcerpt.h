// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routeview.h"

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace avsnet::core {

class Analysis;
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
    // The BGP table of a speaker.
    RouteExcerpt bgpTable(int node) const;

private:
    const std::vector<Ipv4Prefix> &leadingPrefixes(const ProgrammedRouteSet &set);

    const Analysis &m_analysis;
    std::size_t m_rows;
    std::unordered_map<const ProgrammedRouteSet *, std::vector<Ipv4Prefix>> m_leading;
};

} // namespace avsnet::core
