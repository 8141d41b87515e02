// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <span>
#include <string>
#include <string_view>

namespace avsnet::core {

// Every finding code the engine can emit (docs/routing.md, R9). The rules name a code through
// this enum, so a code without a catalog row does not compile. Append new codes anywhere and
// give each a row in findingcatalog.cpp, in the enum's order.
enum class FindingCode {
    Overlap,
    BadPrefix,
    MissingSubnet,
    MissingRouteTable,
    SubnetOutsideVnet,
    GlobalReach,
    LinkMismatch,
    DuplicateLink,
    RemoteGateway,
    ReservedAsn,
    VpnRouteServer,
    GatewaySubnetRoute,
    RouteLimit,
    PeerLimit,
    AsPathLoop,
    NoTransit,
    NvaForwarding,
    NvaLoop,
    DefaultRouteLeak,
    NoConvergence,
    // Revision 2 of the routing model.
    ConnectionLimit,
    GatewayHairpin,
    IgnoredPrepend,
    AvsDefaultOnly,
    AvsUnsupportedPrefix,
    UdrGatewayCoexist,
    FastpathUdr,
    // Virtual WAN (R10.12).
    VwanHubPrefix,
    VwanSpokeGateway,
    VwanLimit,
    VwanRiInvalid,
    VwanRiExactPrefix,
    VwanPrivatePrefixGap,
    VwanNoErTransit,
    VwanErTransitIneffective,
    VwanGrBypassesFirewall,
    VwanAvsNoDefault,
    VwanAsymmetric,
    VwanRemoteHub,
    VwanCoexistFiltered,
    VwanBowtie,
    VwanHrpVpnPreferred,
    VwanUnmodelled,
    // Azure import (cli.md, avsnet import).
    ImportIncomplete,
};

// One bit per Severity, for the severities a code can have.
constexpr unsigned severityBit(Severity severity)
{
    return 1u << unsigned(severity);
}

// What a finding code means and where it is explained: one row per FindingCode.
struct FindingCodeInfo
{
    FindingCode code;
    std::string_view name;     // kebab-case, as `avsnet validate --json` prints it
    unsigned severities;       // severityBit() of each severity it can have
    std::string_view summary;  // one line: when the engine reports it
    std::string_view learnUrl; // the Microsoft Learn page that states the rule; empty when
                               // the rule is avsnet's own (docs/routing.md says why)

    bool allows(Severity severity) const { return (severities & severityBit(severity)) != 0; }
    // The section of docs/routing.md that explains the code: "docs/routing.md#overlap".
    // Its heading is the code itself, so the fragment is `name`.
    std::string docsAnchor() const;
};

// Every row, in the order of FindingCode.
std::span<const FindingCodeInfo> findingCatalog();
const FindingCodeInfo &findingInfo(FindingCode code);
// The row of a code as printed ("overlap"), or nullptr for a code the engine does not know.
const FindingCodeInfo *findingInfo(std::string_view name);
std::string_view toString(FindingCode code);

} // namespace avsnet::core
