// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingcatalog.h"
#include "model/topology.h"

#include <string>
#include <vector>

namespace avsnet::core {

class Analysis;

using FindingList = std::vector<Finding>;

// The rules of R9 (docs/routing.md), grouped by what they read. Each appends its findings.

// overlap, bad-prefix, missing-subnet, missing-route-table, subnet-outside-vnet, global-reach
void addAddressFindings(const Analysis &analysis, FindingList &findings);
// link-mismatch, duplicate-link, remote-gateway, reserved-asn, vpn-route-server, gateway-subnet-route,
// route-limit (route tables, AVS per gateway)
void addTopologyFindings(const Analysis &analysis, FindingList &findings);
// route-limit (sessions), peer-limit, as-path-loop, no-transit, nva-forwarding, nva-loop,
// default-route-leak, no-convergence
void addRoutingFindings(const Analysis &analysis, FindingList &findings);
// ignored-prepend, avs-default-only, avs-unsupported-prefix (revision 2, AVS)
void addAvsFindings(const Analysis &analysis, FindingList &findings);
// udr-gateway-coexist, fastpath-udr, gateway-hairpin (revision 2, gateways)
void addGatewayFindings(const Analysis &analysis, FindingList &findings);

// import-incomplete: imported nodes (with an azureId) that still lack what only the user knows.
void addImportFindings(const Analysis &analysis, FindingList &findings);

// Virtual WAN (R10.12): every vwan-* code.
void addVirtualWanFindings(const Analysis &analysis, FindingList &findings);

// Appends one finding. Rules name their code through FindingCode, so every code they emit has
// a catalog row (and a section in docs/routing.md).
void addFinding(FindingList &findings, FindingCode code, Severity severity, std::string message,
                std::vector<std::string> subjects);

// The node with `id`, null when none: Topology::node() with the analysis's hash index, since
// rules look up the ends of every link and Topology::node() scans the nodes.
const Node *nodeById(const Analysis &analysis, std::string_view id);

// The nodes joined to `node` by active links of `kind`.
std::vector<int> neighboursOver(const Analysis &analysis, int node, LinkKind kind);

// "a, b and 3 more": a short list of examples for a message.
std::string exampleList(const std::vector<std::string> &items, std::size_t shown = 3);

} // namespace avsnet::core
