// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace avsnet::core {

// How every text diagram (DOT, Mermaid, draw.io) shows a kind: its words, its colours and the
// addresses worth printing on it, so the three exports of one design look alike. Colours are
// "#rrggbb" strings; nothing here knows a diagram syntax or escapes anything.
struct KindColours
{
    std::string_view fill;
    std::string_view stroke;
};

// The line pattern of a link kind, in words each exporter maps to its own syntax. Double is
// two thin parallel lines: ExpressRoute private peering (its primary and secondary
// sessions), told apart from the thick single ExpressRoute connection. LongDashed, long
// dashes with short gaps, is a Virtual WAN hub connection: set apart from the thick short
// dashes of Global Reach and the solid VNet peering even in grey print.
enum class LinePattern { Double, Bold, Solid, Dashed, DashDot, Dotted, LongDashed };

// The designer's canvas colours (its light theme, ui/scene/nodestyle.cpp reads them from
// here): a diagram exported from avsnet looks like the window it came from. Forward blue and
// return orange are Okabe and Ito's colour-blind safe pair; a drop is red and always marked
// by a cross too.
inline constexpr std::string_view disabledStroke = "#a3a9b1";
inline constexpr std::string_view disabledFill = "#f3f2f1";
inline constexpr std::string_view traceForwardColour = "#0072b2";
inline constexpr std::string_view traceReturnColour = "#e07b00";
inline constexpr std::string_view traceDroppedColour = "#d1242f";
// A link whose BGP session is down (a route limit, a refused ASN): the canvas's dropped red.
inline constexpr std::string_view droppedStroke = traceDroppedColour;

// "ExpressRoute circuit", "Route Server", ...: the kind as a reader of the diagram says it.
std::string_view kindLabel(NodeKind kind);
std::string_view kindLabel(LinkKind kind);
KindColours kindColours(NodeKind kind);
std::string_view linkColour(LinkKind kind);
LinePattern linePattern(LinkKind kind);

// The short text on a link: its kind in words and the fields that change routing (weight,
// gateway transit, static VPN, a hub's default route sent or held back).
std::string linkCaption(const Topology &topology, const Link &link);
// Only those fields ("weight 10, uses remote gateways"), or empty: for a diagram whose
// legend already says what each line is. The design tells whether a connection ends at a
// hub gateway, the only place its `propagateDefaultRoute` counts.
std::string linkDetails(const Topology &topology, const Link &link);

// The lines under a node's name: ASN, SKU and location, management block and segments, IP,
// for a VNet its address space and subnets, for a Virtual WAN hub its prefix, routing intent
// and routing preference, and the coexistence switches of ExpressRoute gateways. Every list stops after `listed` entries and
// says how many it left out, so a site with 5,000 prefixes stays a readable box.
std::vector<std::string> nodeDetailLines(const Node &node, std::size_t listed = 4);

// "ExpressRoute", "VPN", "AS path": a hub's or Route Server's routing preference in words.
std::string_view routingPreferenceLabel(HubRoutingPreference preference);
// "Azure Firewall", "NVA in the hub".
std::string_view firewallVendorLabel(FirewallVendor vendor);
// "routing intent: private, internet", or "no routing intent": the policies a hub sets.
std::string routingIntentText(const VirtualHub &hub);

// "a, b, c +12 more": the first `listed` texts of a list and a count of the rest.
std::string summarised(const std::vector<std::string> &items, std::size_t listed);
std::string summarised(const std::vector<Ipv4Prefix> &prefixes, std::size_t listed);

// Diagrams nest: a VNet holds its gateways, Route Servers and NVAs; a Virtual WAN hub its
// gateways and firewalls; a Virtual WAN its hubs. A container kind is drawn as a box around
// what it holds.
bool isContainer(NodeKind kind);
// The id of the node that holds `node` on a diagram (a VNet, a hub or a Virtual WAN of the
// design, of the kind the field names), or empty at top level.
const std::string &containerOf(const Topology &topology, const Node &node);

// One hop of a traced path between two nodes of the design, with the link that joins them
// directly when there is one (an enabled link preferred), else -1: a spoke reaches its hub's
// gateway through a peering and the VNet, not through a link of its own.
struct TraceStep
{
    std::string from;
    std::string to;
    int link = -1;
};

// The hops of a path of node ids (a TraceResult's `path`). Ids the design does not hold
// (the implicit "internet") and repeats are skipped, so every step joins two real nodes.
std::vector<TraceStep> traceSteps(const Topology &topology, const std::vector<std::string> &path);

// The index of a link joining `a` and `b` in either direction, an enabled one first; -1.
int linkBetween(const Topology &topology, std::string_view a, std::string_view b);

} // namespace avsnet::core
