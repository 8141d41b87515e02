// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

#include <string>
#include <vector>

namespace avsnet::core {

// A route as people and scripts see it (cli.md, `routes --json`): the same shape for a
// subnet's effective route and for a BGP speaker's route.
struct RouteView
{
    std::string prefix;
    std::string nextHopType;
    std::string nextHop; // a node id or an IP address; empty means null
    std::string source;
    std::vector<Asn> asPath;
    bool active = false;
};

RouteView viewOf(const Analysis &analysis, const EffectiveRoute &route);
// `speaker` is the node whose table holds the route; AVS shows its Tier-0 view.
RouteView viewOf(const Analysis &analysis, int speaker, const BgpRoute &route);

// "12076 65515": an AS path as the CLI, the report and the designer print it.
std::string asPathText(const std::vector<Asn> &path);

// Sorted as cli.md asks: longest prefix first, then by address.
void sortForDisplay(std::vector<RouteView> &routes);

std::string_view toString(EffectiveNextHop type);
std::string_view toString(RouteSource source);

} // namespace avsnet::core
