// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology.h"

#include <string>
#include <vector>

namespace avsnet::core {

// The part of a design an export of a selection shows: the listed nodes, everything inside
// a listed VNet, Virtual WAN hub or Virtual WAN, and the links whose both ends stay. Intents, annotations and the lesson are
// left out (they may name what is gone). An empty list keeps the whole design.
Topology subsetOf(const Topology &topology, const std::vector<std::string> &ids);

} // namespace avsnet::core
