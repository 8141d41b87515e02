// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology.h"

#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace avsnet::core {

// Which link kinds may join which node kinds (format.md, "Link kinds"). The engine ignores a
// link that does not fit, validation reports it, and the designer offers only fitting kinds.
bool linkFits(LinkKind link, NodeKind from, NodeKind to);

// Every link kind that may join the two kinds, in either direction where the kind is
// undirected; for `vnet-peering` and the others the order does not matter either.
std::vector<LinkKind> fittingLinkKinds(NodeKind a, NodeKind b);

// Whether a VNet holds an enabled gateway or Route Server of its own: the end of a peering
// whose gateways the other end may use (useRemoteGateways).
bool hasOwnGateway(const Topology &topology, std::string_view vnet);
// Every VNet hasOwnGateway() holds for, in one pass over the nodes: for checks that ask about
// every peering of a large design. The views point into `topology`.
std::unordered_set<std::string_view> vnetsWithOwnGateway(const Topology &topology);

// Two links are duplicates when they have the same kind and join the same two nodes, in
// either order. *(decision)* Links are undirected (format.md) and each kind stands for one
// Azure resource per pair: a VNet peering is one link for both of its halves, and a circuit
// pair has one Global Reach connection, a circuit and a gateway one connection. A second
// copy is never a second path; it lies exactly on top of the first on the canvas, where a
// user cannot see it, and keeps carrying traffic when the visible one is disabled.

// The first link other than `ignoredId` of `kind` between `a` and `b`, or nullptr: what the
// designer asks before it draws a link.
const Link *duplicateLink(const Topology &topology, LinkKind kind, std::string_view a,
                          std::string_view b, std::string_view ignoredId = {});

// Every link that repeats an earlier one, with the index of that earlier link: (first,
// repeat) pairs of indexes into `topology.links`, in link order. Linear in links.
std::vector<std::pair<std::size_t, std::size_t>> duplicateLinks(const Topology &topology);

} // namespace avsnet::core
