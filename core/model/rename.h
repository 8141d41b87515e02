// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology.h"

#include <string>
#include <string_view>

namespace avsnet::core {

// Why `id` cannot become the new id of an item (format.md: ids are unique and match
// [A-Za-z0-9_.-]+), or empty when it can. `current` is the item's present id, which may be
// kept.
std::string checkNewId(const Topology &topology, std::string_view current, std::string_view id);

// Renames a node or a link and every reference to it: the ends of links, the `vnet` of the
// gateways, Route Servers and NVAs it holds, the endpoints and `via` of intents ("hub" and
// "hub/workload" alike). Lesson goals name intents, not nodes, and stay. Returns false, and
// changes nothing, when no item has `from` or checkNewId refuses `to`.
bool renameItem(Topology &topology, const std::string &from, const std::string &to);

} // namespace avsnet::core
