// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azureresource.h"
#include "model/topology.h"

#include <optional>
#include <string>
#include <vector>

namespace avsnet::core::azure {

// What kind of table Azure reported (research §3).
enum class ObservedKind {
    EffectiveRoutes,    // az network nic show-effective-route-table
    GatewayLearned,     // az network vnet-gateway list-learned-routes
    RouteServerLearned, // az network routeserver peering list-learned-routes
    CircuitRoutes,      // az network express-route list-route-tables
};

std::string_view toString(ObservedKind kind);

// One route as Azure reported it, in avsnet's words: Azure's notations normalised
// (VNetGlobalPeering is VNetPeering, "12076-65001" and "12076 65001 i" are [12076, 65001],
// a circuit next hop's "*" dropped).
struct ObservedRoute
{
    std::string prefix;
    std::string nextHopType; // effective routes only
    std::string nextHop;     // an IP address, or empty
    std::string sourcePeer;  // a learned route: the BGP neighbour it came from, or empty
    std::string source;
    std::vector<Asn> asPath;
    bool active = true;
};

struct ObservedTable
{
    ObservedKind kind = ObservedKind::EffectiveRoutes;
    std::string azureId;  // the NIC's subnet, the gateway, the Route Server or the circuit
    std::string peer;     // a Route Server table: the BGP connection's peer address or id
    std::string context;  // an avsnet context given by the user (--at), else resolved later
    std::string label;    // where it came from, for messages: "bundle effectiveRoutes[2]"
    std::vector<ObservedRoute> routes;
    std::vector<std::string> notModelled; // "10.0.0.0/8 ConnectedGroup"
};

// "12076-65001", "12076 65001 i", "65515 I\n  ": the AS numbers, without the origin code.
std::vector<Asn> parseAsPath(std::string_view text);

// Every table of an observed-state file: the `observed` object of an avsnet-capture bundle,
// or one bare az output (then `context` names its avsnet context and the kind is guessed
// from the shape). Throws ImportError naming the file and the JSON path.
std::vector<ObservedTable> readObservedFile(const std::string &file, const std::string &context);
std::vector<ObservedTable> readObservedText(std::string_view text, const std::string &file,
                                            const std::string &context);
// The tables of a bundle's `observed` object (AzureInput::observed), paths as in the file.
std::vector<ObservedTable> readObservedTables(const Json &observed, const std::string &file);

} // namespace avsnet::core::azure
