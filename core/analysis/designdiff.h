// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/reachabilitymatrix.h"
#include "routing/routeview.h"

#include <string>
#include <vector>

namespace avsnet::core {

class Analysis;

// One ordered endpoint pair (matrix endpoints) whose reachability differs between the two
// designs. An endpoint that only one design has counts as unreachable in the other.
struct ReachabilityChange
{
    std::string from;
    std::string to;
    bool gained = false; // true: reachable only after; false: reachable only before
};

// The rows of one routing table (cli.md CONTEXT: `VNET/SUBNET` or a speaker's id) that only
// one design shows, as `routes` prints them. A row whose next hop or active flag changed is
// one removed row and one added row.
struct ContextRouteChanges
{
    std::string context;
    std::vector<RouteView> added;   // only after; in `routes` order
    std::vector<RouteView> removed; // only before; in `routes` order
};

struct DesignDiff
{
    bool reachabilityCompared = true; // false when DiffOptions turned it off
    std::vector<ReachabilityChange> reachability; // sorted by from, then to
    std::vector<ContextRouteChanges> routes;      // only contexts with a change, sorted by name

    bool empty() const { return reachability.empty() && routes.empty(); }
};

struct DiffOptions
{
    // The matrix traces every endpoint to every other in both designs: seconds on a design
    // of 500 VNets, where the route diff takes a fraction of that. Callers may skip it.
    bool reachability = true;
};

// What changes when `before` becomes `after`: who reaches whom, and which routes every
// routing context gains and loses.
DesignDiff diffDesigns(const Analysis &before, const Analysis &after,
                       const DiffOptions &options = {});

// The two halves, for callers that already hold a matrix or want only routes.
std::vector<ReachabilityChange> diffReachability(const ReachabilityMatrix &before,
                                                 const ReachabilityMatrix &after);
std::vector<ContextRouteChanges> diffRoutes(const Analysis &before, const Analysis &after);

} // namespace avsnet::core
