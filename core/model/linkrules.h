// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology.h"

#include <vector>

namespace avsnet::core {

// Which link kinds may join which node kinds (format.md, "Link kinds"). The engine ignores a
// link that does not fit, validation reports it, and the designer offers only fitting kinds.
bool linkFits(LinkKind link, NodeKind from, NodeKind to);

// Every link kind that may join the two kinds, in either direction where the kind is
// undirected; for `vnet-peering` and the others the order does not matter either.
std::vector<LinkKind> fittingLinkKinds(NodeKind a, NodeKind b);

} // namespace avsnet::core
