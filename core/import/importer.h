// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azureresource.h"
#include "model/topology.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace avsnet::core::azure {

// What an import did, for the summary `avsnet import` prints and the designer shows.
struct ImportSummary
{
    std::vector<std::string> added;    // "vnet hub-vnet"
    std::vector<std::string> updated;  // nodes and links whose Azure fields changed
    std::vector<std::string> vanished; // imported before, not in this input: kept, listed
    int unchanged = 0;
    std::map<std::string, int> skippedTypes; // resource types avsnet does not model
    std::vector<std::string> notes;      // what was left out or guessed, one line each
    std::vector<std::string> incomplete; // what configuration cannot tell: the user fills in
    std::vector<std::string> fromObserved; // what observed routes filled in instead, one line each

    bool changed() const { return !added.empty() || !updated.empty(); }
};

struct ImportResult
{
    Topology design;
    ImportSummary summary;
};

// The `incomplete` lines of an on-premises site behind a circuit (the circuit's Azure name), of
// a site on a VPN connection (the local network gateway's name) and of an NVA that peers over
// BGP (its address): the import writes them, the fill from observed routes takes them out.
std::string circuitSiteIncomplete(std::string_view circuitName);
std::string vpnSiteIncomplete(std::string_view siteName);
std::string nvaIncomplete(std::string_view address);

// Maps Azure resources onto avsnet nodes and links (cli.md, `avsnet import`) and merges them
// into `existing`: a node or link whose `azureId` matches an imported resource keeps its id,
// name, position, notes and what-if switch and the fields Azure's configuration cannot tell
// (on-prem prefixes, NVA policy, AVS segments when none are listed), and gets the rest from
// Azure; the user's own nodes and links are kept; imported ones this input no longer holds
// are kept and listed as vanished. The one path the command line and the designer share.
// Throws ImportError when a resource of a type it maps lacks a property it needs.
ImportResult importInto(const Topology &existing, const std::vector<AzureResource> &resources);

} // namespace avsnet::core::azure
