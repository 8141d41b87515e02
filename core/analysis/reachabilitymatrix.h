// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace avsnet::core {

class Analysis;

// Every endpoint against every endpoint (cli.md, `matrix`): every subnet but the gateway,
// Route Server and firewall subnets, every AVS segment and management block, every on-prem
// site, and `internet` when the design has it.
struct ReachabilityMatrix
{
    std::vector<std::string> endpoints;
    std::vector<std::vector<bool>> reachable; // [from][to]
};

std::vector<std::string> matrixEndpoints(const Analysis &analysis);
ReachabilityMatrix reachabilityMatrix(const Analysis &analysis);

} // namespace avsnet::core
