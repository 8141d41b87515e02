// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "effectiveroutetable.h"
#include "routeview.h"

#include <memory>
#include <vector>

namespace avsnet::core {

class Analysis;
class SpeakerGraph;
struct SessionState;
struct BgpRoute;

// Where a hub's or hub firewall's route leads, in Azure's words (docs/cli.md).
enum class HubNextHop {
    VirtualNetworkConnection,
    ExpressRouteGateway,
    VpnS2sGateway,
    HubBgpConnection,
    RemoteHub,
    Firewall,
    Local,
    Internet,
};

enum class HubRouteSource { Static, Local, Bgp };

// One route of a hub's defaultRouteTable or of a hub firewall's table (R10.3, R10.6).
struct HubRoute
{
    Ipv4Prefix prefix;
    HubNextHop type = HubNextHop::Local;
    int nextHop = -1; // node index: the VNet, gateway, NVA, remote hub or firewall
    HubRouteSource source = HubRouteSource::Bgp;
    AsPathId asPath = AsPathPool::emptyPath;
    bool active = false;
};

// Every route of a hub's defaultRouteTable (`node` a vwan-hub) or of a firewall's table
// (`node` a hub-firewall), inactive ones included, in prefix order.
std::vector<HubRoute> hubRoutes(const Analysis &analysis, int node);
// The active routes of the longest prefix holding `address` in that table (several under
// ECMP); empty when none.
std::vector<HubRoute> hubLookup(const Analysis &analysis, int node, Ipv4Address address);

// R10.10: what each hub programs into the VNets connected to it (shared per hub, one set with
// 0.0.0.0/0 and one without), stored at each connected VNet.
void programHubSpokes(const Analysis &analysis,
                      std::vector<std::shared_ptr<const ProgrammedRouteSet>> &programmed);
// R10.10: a connected VNet's system route to its hub's address prefix.
void addHubSystemRoutes(const Analysis &analysis, int vnet, std::vector<EffectiveRoute> &routes);

// R10.2 (decision on which sessions): a hub holding more than 10,000 routes (distinct
// prefixes) drops the NVA session last in file order; propagation runs again without it,
// until the hub fits or has no NVA session left. Appends one session per hub over the limit.
void appendHubRouteLimitSessions(const Topology &topology, const SpeakerGraph &graph,
                                 const std::vector<std::vector<BgpRoute>> &tables,
                                 std::vector<SessionState> &down);

// `Virtual Network Connection`, `Azure Firewall`, ... (`firewall` decides the vendor's name).
std::string hubNextHopText(const Analysis &analysis, const HubRoute &route);
RouteView viewOf(const Analysis &analysis, const HubRoute &route);

} // namespace avsnet::core
