// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <cstddef>
#include <string>
#include <vector>

namespace avsnet::core {

class Analysis;
class ReportWriter;
class RouteExcerpts;

// The Virtual WAN parts of the design report (designreport.cpp), which calls them only for a
// design with hubs. Like the rest of the report they read the analysis and write blocks; they
// decide nothing about routing.

bool hasVirtualWanHubs(const Topology &topology);

// The inventory's tables: Virtual WANs, hubs, hub gateways, hub firewalls. `listed` caps
// every list in a cell.
void writeVirtualWanInventory(const Analysis &analysis, std::size_t listed, ReportWriter &writer);

// The section's body, after its heading: per hub its routing settings (hubSettings), its
// defaultRouteTable and each of its firewalls' tables as `avsnet routes --at` prints them, at
// most `maxRouteRows` rows each.
void writeVirtualWanSection(const Analysis &analysis, RouteExcerpts &excerpts,
                            std::size_t maxRouteRows, ReportWriter &writer);

// A hub's routing settings in words, one item each: its Virtual WAN, address prefix, routing
// intent for private and internet traffic (through which firewall, or why a policy is
// ignored), additional prefixes, hub routing preference, ER-to-ER transit.
std::vector<std::string> hubSettings(const Analysis &analysis, int hub);

} // namespace avsnet::core
