// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/designdiff.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace avsnet::core {

// {"reachability": {"gained": [{"from", "to"}], "lost": [...]} (null when not compared),
//  "routes": [{"context", "added": [rows as routes --json], "removed": [...]}]}
nlohmann::ordered_json designDiffToJson(const DesignDiff &diff);

// For people: a summary, then "+" (gained, added) and "-" (lost, removed) rows in aligned
// tables; "No differences." when there are none.
void writeDesignDiff(std::ostream &out, const DesignDiff &diff, bool useColour);

} // namespace avsnet::core
