// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings.h"

#include "findingrules.h"

#include "routing/analysis.h"

#include <algorithm>

namespace avsnet::core {

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

void addFinding(FindingList &findings, FindingCode code, Severity severity, std::string message,
                std::vector<std::string> subjects)
{
    findings.push_back(
        {severity, std::string(toString(code)), std::move(message), std::move(subjects)});
}

const Node *nodeById(const Analysis &analysis, std::string_view id)
{
    const int index = analysis.nodeIndex(id);
    return index < 0 ? nullptr : &analysis.topology().nodes[std::size_t(index)];
}

std::vector<Finding> collectFindings(const Analysis &analysis)
{
    FindingList findings;
    addAddressFindings(analysis, findings);
    addTopologyFindings(analysis, findings);
    addRoutingFindings(analysis, findings);
    addAvsFindings(analysis, findings);
    addGatewayFindings(analysis, findings);
    addVirtualWanFindings(analysis, findings);
    addImportFindings(analysis, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return a.severity < b.severity;
    });
    return findings;
}

} // namespace avsnet::core
