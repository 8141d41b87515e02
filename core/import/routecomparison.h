// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observedroutes.h"
#include "routing/routeview.h"

#include <optional>
#include <string>
#include <vector>

namespace avsnet::core {
class Analysis;
}

namespace avsnet::core::azure {

enum class RouteMatch { Same, OnlyInAzure, OnlyInModel, Different };

std::string_view toString(RouteMatch match);

// One prefix of one table: what Azure reported and what the model computed.
struct PrefixComparison
{
    std::string prefix;
    RouteMatch match = RouteMatch::Same;
    std::vector<ObservedRoute> azure; // the active rows Azure reported for the prefix
    std::vector<RouteView> model;     // the model's active rows, each with its source
    std::vector<std::string> differences; // "next hop type: Azure VirtualAppliance, model ..."
};

struct TableComparison
{
    ObservedKind kind = ObservedKind::EffectiveRoutes;
    std::string context;  // the avsnet context compared, or empty when none matched
    std::string label;    // where the table came from
    std::string problem;  // why it could not be compared (no matching node), else empty
    std::vector<PrefixComparison> prefixes; // sorted as `routes` sorts
    std::vector<std::string> notModelled;

    bool equal() const;
};

struct RouteComparison
{
    std::vector<TableComparison> tables;
    bool equal() const;
};

// Compares every observed table with the model's table of the same place, prefix by prefix,
// active routes only (research §3.5): next hop types after normalisation, next hop addresses
// where the model has one (an appliance, an NVA behind a Route Server), and AS paths. The
// place comes from the table's context, or from the design's `azureId`s.
RouteComparison compareRoutes(const Analysis &analysis, const std::vector<ObservedTable> &tables);

Json comparisonJson(const RouteComparison &comparison);

} // namespace avsnet::core::azure
