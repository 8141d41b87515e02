// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsession.h"

#include "observedfill.h"
#include "layout/autolayout.h"

#include <algorithm>
#include <limits>
#include <set>

namespace avsnet::core::azure {

ImportResult importFiles(const Topology &existing, const std::vector<std::string> &files,
                         const TemplateParameters &parameters)
{
    std::vector<AzureResource> resources;
    std::vector<std::string> notes;
    std::vector<ObservedTable> observed;
    for (const std::string &file : files) {
        AzureInput input = readAzureFile(file, parameters);
        resources.insert(resources.end(), std::make_move_iterator(input.resources.begin()),
                         std::make_move_iterator(input.resources.end()));
        notes.insert(notes.end(), input.notes.begin(), input.notes.end());
        // A capture bundle's routes tell what configuration cannot.
        if (!input.observed.is_null()) {
            auto tables = readObservedTables(input.observed, file);
            observed.insert(observed.end(), std::make_move_iterator(tables.begin()),
                            std::make_move_iterator(tables.end()));
        }
    }
    ImportResult result = importInto(existing, resources);
    result.summary.notes.insert(result.summary.notes.begin(), notes.begin(), notes.end());
    // Before the layout: a site's prefixes are a line of text under it.
    fillFromObserved(result.design, observed, resources, result.summary);
    placeUnpositioned(result.design);
    return result;
}

void placeUnpositioned(Topology &design)
{
    const bool anyUnplaced = std::any_of(design.nodes.begin(), design.nodes.end(),
                                         [](const Node &node) { return !node.position; });
    if (!anyUnplaced)
        return;
    double bottom = std::numeric_limits<double>::lowest();
    double left = std::numeric_limits<double>::max();
    for (const Node &node : design.nodes) {
        if (node.position) {
            bottom = std::max(bottom, node.position->y);
            left = std::min(left, node.position->x);
        }
    }
    const bool placedBefore = bottom > std::numeric_limits<double>::lowest();
    if (!placedBefore) {
        const auto positions = layeredLayout(design);
        for (Node &node : design.nodes)
            if (const auto found = positions.find(node.id); found != positions.end())
                node.position = found->second;
        return;
    }
    // Lay out the new part on its own (with the VNets its new children need) and put it
    // below what the user arranged.
    Topology part;
    std::set<std::string> taken;
    for (const Node &node : design.nodes) {
        if (!node.position) {
            part.nodes.push_back(node);
            taken.insert(node.id);
        }
    }
    for (const Link &link : design.links)
        if (taken.contains(link.from) && taken.contains(link.to))
            part.links.push_back(link);
    const auto positions = layeredLayout(part);
    constexpr double margin = 400; // below the lowest node's label
    for (Node &node : design.nodes) {
        if (node.position)
            continue;
        if (const auto found = positions.find(node.id); found != positions.end())
            node.position = Position{left + found->second.x, bottom + margin + found->second.y};
        // A child whose VNet was placed before: beside it, inside its container.
        else if (const Node *vnet = design.node(node.parentVnet()); vnet && vnet->position)
            node.position = Position{vnet->position->x + 120, vnet->position->y + 100};
    }
}

namespace {

void section(std::string &text, const std::string &title, const std::vector<std::string> &lines)
{
    if (lines.empty())
        return;
    text += title + ":\n";
    for (const std::string &line : lines)
        text += "  " + line + "\n";
}

} // namespace

std::string summaryText(const ImportSummary &summary)
{
    int skipped = 0;
    for (const auto &[type, count] : summary.skippedTypes)
        skipped += count;
    std::string text = std::to_string(summary.added.size()) + " added, "
                       + std::to_string(summary.updated.size()) + " updated, "
                       + std::to_string(summary.unchanged) + " unchanged, "
                       + std::to_string(summary.vanished.size()) + " vanished, "
                       + std::to_string(skipped) + " resources skipped\n";
    section(text, "added", summary.added);
    section(text, "updated", summary.updated);
    section(text, "vanished (imported before, not in this input; kept: delete them if Azure no "
                  "longer has them)",
            summary.vanished);
    std::vector<std::string> types;
    for (const auto &[type, count] : summary.skippedTypes)
        types.push_back(type + " (" + std::to_string(count) + ")");
    section(text, "skipped (resource types avsnet does not model)", types);
    section(text, "notes", summary.notes);
    section(text, "filled in from observed routes (what Azure learned, not the configuration "
                  "of the site or appliance: check it)",
            summary.fromObserved);
    section(text, "to fill in (configuration cannot tell; avsnet validate lists them as "
                  "import-incomplete)",
            summary.incomplete);
    return text;
}

Json summaryJson(const ImportSummary &summary)
{
    Json skipped = Json::object();
    for (const auto &[type, count] : summary.skippedTypes)
        skipped[type] = count;
    return Json{{"added", summary.added},
                {"updated", summary.updated},
                {"unchanged", summary.unchanged},
                {"vanished", summary.vanished},
                {"skipped", skipped},
                {"notes", summary.notes},
                {"fromObserved", summary.fromObserved},
                {"incomplete", summary.incomplete}};
}

} // namespace avsnet::core::azure
