// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `import-incomplete` (docs/routing.md): what an Azure import cannot know and the user must
// fill in. Read from the design, so it goes away once the field is filled in.
#include "findingrules.h"

#include "import/azureresource.h"
#include "routing/analysis.h"

namespace avsnet::core {

void addImportFindings(const Analysis &analysis, FindingList &findings)
{
    for (const Node &node : analysis.topology().nodes) {
        if (azure::azureIdOf(node).empty() || node.disabled)
            continue;
        std::string missing;
        if (const auto *site = node.as<OnPremSite>()) {
            if (site->prefixes.empty() && !site->advertiseDefaultRoute)
                missing = "the prefixes it advertises (prefixes)";
        } else if (const auto *nva = node.as<Nva>()) {
            if (nva->asn && nva->originate.empty() && !nva->readvertise)
                missing = "what it announces over BGP (originate, readvertise)";
        } else if (const auto *cloud = node.as<AvsPrivateCloud>()) {
            if (cloud->segments.empty())
                missing = "its NSX workload segments (segments)";
        }
        if (missing.empty())
            continue;
        addFinding(findings, FindingCode::ImportIncomplete, Severity::Info,
                   node.displayName() + " was imported from Azure, whose configuration does not "
                                        "hold "
                       + missing + ": fill it in so its routes are complete",
                   {node.id});
    }
}

} // namespace avsnet::core
