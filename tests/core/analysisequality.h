// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/analysis.h"

#include <optional>
#include <string>

namespace avsnet::core {

// The first way two analyses of the same design differ, in words; nothing when they agree
// on everything a user or a command can read: every BGP table, drop, session, announcement
// count, unconverged prefix, finding and programmed route set, and the effective routes of
// every `subnetStride`-th VNet's subnets (1: all). AS paths are compared as ASNs, since the
// two analyses may number them differently.
std::optional<std::string> firstDifference(const Analysis &expected, const Analysis &actual,
                                           int subnetStride = 1);

} // namespace avsnet::core
