// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "observedroutes.h"

#include <vector>

namespace avsnet::core::azure {

// Fills in an imported design what Azure's configuration cannot tell, from the routes Azure
// reported (an avsnet-capture bundle's `observed` tables; cli.md, "avsnet import"):
//
// - an ExpressRoute site's prefixes: from its circuit's route table, the routes its customer
//   edge sent (next hop in the private peering's /30s; without them, AS path from the site's
//   ASN to the site's ASN); else from the learned routes of the gateways the circuit connects
//   to, AS path 12076 ... site ASN. 0.0.0.0/0 among them is `advertiseDefaultRoute`.
// - a VPN site's prefixes: from its gateway's learned routes from the site's BGP peer address
//   (`resources` hold the local network gateway's bgpSettings).
// - an NVA's `originate`: from the Route Server's learned routes of that peer whose AS path is
//   the NVA's ASN alone.
//
// Only a node with an Azure id and an empty field is filled: what the user typed, or an
// earlier import kept, is never replaced. An ASN two sites share, or an NVA that relays other
// ASes' routes, is left to the user with a note. Each fill is a line of `fromObserved`, and the
// `incomplete` line of every node that is no longer incomplete is taken out.
void fillFromObserved(Topology &design, const std::vector<ObservedTable> &tables,
                      const std::vector<AzureResource> &resources, ImportSummary &summary);

} // namespace avsnet::core::azure
