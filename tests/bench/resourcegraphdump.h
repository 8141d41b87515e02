// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

namespace avsnet::bench {

// What Azure would hold for an estate built as a synthetic design says: the resources in the
// REST shape Azure Resource Graph returns them (docs/cli.md, "avsnet import"; research
// shared/azure-import §2), written from the `.avsnet` document alone. Like the design
// generator it uses std and nlohmann_json only and none of the importer's code, so importing
// the dump checks the importer against an outside witness of Azure's property paths.
//
// It writes hub-and-spoke designs: VNets (subnets, inline peerings, route tables), ExpressRoute
// gateways, Route Servers (with their ipConfigurations and bgpConnections rows), NVAs (a
// network interface with IP forwarding, on a VM named after the NVA), circuits with their
// private peering (the on-premises site's ASN), ExpressRoute connections, AVS private clouds
// (their circuit in a Microsoft-managed subscription), Global Reach, and one workload VM's
// network interface per VNet without an NVA, as a real estate has; and Virtual WAN: the
// vwan, its hubs with their routing intent and VNet connections, hub ExpressRoute gateways
// with their connections inline, hub firewalls. The `internet` node is not an Azure resource
// and is left out. Throws std::invalid_argument for a node or link kind it does not write
// (VPN), or an on-premises site behind more than one circuit (Azure knows only each circuit's
// peer ASN, so the import would make one site per circuit). Deterministic: the same design
// gives the same bytes.

// The rows of the two Resource Graph queries scripts/avsnet-capture makes (resources and the
// virtualHubs children), as `az graph query` lists them under `data`.
nlohmann::ordered_json resourceGraphRows(const nlohmann::ordered_json &design);

// What Resource Graph lacks, in the CLI shape `az vmware global-reach-connection list` and
// `az vmware workload-network segment list` print it: each private cloud's Global Reach
// connections and NSX segments.
nlohmann::ordered_json avsChildResources(const nlohmann::ordered_json &design);

// The routes Azure would report for that estate when every site advertises its `prefixes` and
// every NVA its `originate`, as the bundle's `observed` object: each circuit's route table
// (the site's prefixes from its customer edge, the address of its private peering's primary
// /30; the VNets behind the gateways it connects to; AVS over Global Reach) and each Route
// Server's learned routes from each NVA. Only what the import fills from: no effective routes,
// no gateway tables.
nlohmann::ordered_json observedRoutes(const nlohmann::ordered_json &design);

// The file `avsnet-capture` would write: format, version, graph, resources, and with
// `withRoutes` the observed routes (else as with --no-routes).
nlohmann::ordered_json captureBundle(const nlohmann::ordered_json &design, bool withRoutes = false);

} // namespace avsnet::bench
