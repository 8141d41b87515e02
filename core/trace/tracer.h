// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "routing/routeview.h"

#include <optional>
#include <string>
#include <vector>

namespace avsnet::core {

class Analysis;

// A node where a forwarding decision was made, and the route that made it (none at the
// node that delivers).
struct TraceHop
{
    std::string node;
    std::string at; // the subnet whose routes decided ("hub/nva"), else empty
    std::optional<RouteView> route;
    // R8 (revision 2): equal-cost next hops the packet could also have taken (node ids, or
    // addresses no node owns); the trace follows the lowest id.
    std::vector<std::string> alternatives;
};

struct TraceDrop
{
    std::string node;
    std::string at;
    std::string reason; // one sentence a learner understands
};

struct PathTrace
{
    bool delivered = false;
    std::vector<TraceHop> hops;
    std::vector<std::string> path; // node ids, consecutive repeats merged
    std::optional<TraceDrop> dropped;
    // ExpressRoute gateways the packet crossed from one circuit to another (R8 revision 2,
    // `gateway-hairpin`).
    std::vector<std::string> hairpins;
};

struct TraceResult
{
    Endpoint from;
    Endpoint to;
    PathTrace forward;
    PathTrace back;
    bool reachable() const { return forward.delivered && back.delivered; }
};

// Forwards a packet hop by hop through an analysed design (routing.md R8), then the answer
// back from the destination to the source.
TraceResult trace(const Analysis &analysis, const Endpoint &from, const Endpoint &to);

// One direction only.
PathTrace traceOneWay(const Analysis &analysis, const Endpoint &from, Ipv4Address destination);

} // namespace avsnet::core
