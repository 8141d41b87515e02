// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <string>
#include <vector>

namespace avsnet::core {

class Analysis;

using FindingList = std::vector<Finding>;

// The rules of routing.md R9, grouped by what they read. Each appends its findings.

// overlap, bad-prefix, missing-subnet, missing-route-table, subnet-outside-vnet, global-reach
void addAddressFindings(const Analysis &analysis, FindingList &findings);
// link-mismatch, remote-gateway, reserved-asn, vpn-route-server, gateway-subnet-route,
// route-limit (route tables, AVS per gateway)
void addTopologyFindings(const Analysis &analysis, FindingList &findings);
// route-limit (sessions), peer-limit, as-path-loop, no-transit, nva-forwarding, nva-loop,
// default-route-leak, no-convergence
void addRoutingFindings(const Analysis &analysis, FindingList &findings);

// "a, b and 3 more": a short list of examples for a message.
std::string exampleList(const std::vector<std::string> &items, std::size_t shown = 3);

} // namespace avsnet::core
