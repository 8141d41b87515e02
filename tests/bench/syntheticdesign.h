// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace avsnet::bench {

// The shape of a synthetic design: how many of each thing. The VNet count includes the hubs;
// every circuit has its own on-premises site, and the on-premises prefixes are spread evenly
// over the sites (each stays under the 4,000-route limit of a standard circuit).
struct DesignScale
{
    std::string label;
    int hubs = 0;
    int vnets = 0;
    int circuits = 0;
    int avsClouds = 0;
    int onPremPrefixes = 0;
    int globalReachPerAvs = 2;
    bool routeServers = false; // a Route Server with branch-to-branch and one NVA in every hub
    // Virtual WAN instead of hub VNets: one vwan, its hubs secured (private and internet
    // routing intent to a firewall in each), spokes on hub-connections, premium circuits.
    bool virtualWan = false;

    int spokes() const { return vnets - hubs; }
};

// M: 500 VNets in 2 hubs, 10 circuits, 5 AVS private clouds, 10,000 on-premises prefixes.
DesignScale mediumScale();
// L: 2,000 VNets in 5 hubs with Route Servers and NVAs, 50 circuits, 20 AVS private clouds,
// 100,000 on-premises prefixes.
DesignScale largeScale();
// V: Virtual WAN with 4 secured hubs, 2,000 hub connections (500 per hub), 12 circuits, 20 AVS
// private clouds, 100,000 on-premises prefixes.
DesignScale virtualWanScale();
// "M", "L" or "V".
std::optional<DesignScale> scaleByLabel(std::string_view label);

// A valid `.avsnet` document of that scale (docs/format.md). Deterministic: it uses no
// randomness, so the same scale gives the same bytes on every machine. Every address range
// is distinct and overlaps no other.
nlohmann::ordered_json syntheticDesign(const DesignScale &scale);
// The same document as text, indented by two spaces.
std::string syntheticDesignText(const DesignScale &scale);

// The ids the generator gives, all 1-based, so tools can name places without searching.
std::string hubId(int hub);
std::string erGatewayId(int hub);
std::string firewallId(int hub);
std::string routeServerId(int hub);
std::string nvaId(int hub);
std::string spokeId(int spoke);
std::string circuitId(int circuit);
std::string onPremSiteId(int site);
std::string avsId(int avs);
std::string globalReachLinkId(int avs, int circuit);
// The hub (1-based) a spoke is peered with, and the circuit (1-based) an AVS private cloud's
// n-th (0-based) Global Reach link goes to.
int hubOfSpoke(const DesignScale &scale, int spoke);
int globalReachCircuit(const DesignScale &scale, int avs, int n);

} // namespace avsnet::bench
