// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "inputreader.h"

#include <string>
#include <vector>

namespace avsnet::core::azure {

// Reads every input file, imports them together into `existing` and gives every node that
// has no position one: a design without positions gets the layered layout, new nodes of a
// design that has some go below it. The command line and the designer both call this.
// Throws ImportError.
ImportResult importFiles(const Topology &existing, const std::vector<std::string> &files,
                         const TemplateParameters &parameters = {});

// Positions for the nodes that have none (as importFiles does).
void placeUnpositioned(Topology &design);

// The summary as people read it, one section per list.
std::string summaryText(const ImportSummary &summary);
// The summary as `avsnet import --json` prints it.
Json summaryJson(const ImportSummary &summary);

} // namespace avsnet::core::azure
