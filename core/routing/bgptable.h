// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aspathpool.h"
#include "model/ipv4.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace avsnet::core {

// One route in a BGP speaker's table: a candidate learned from one neighbour (or originated
// by the speaker itself), with the AS path as the speaker received it.
struct BgpRoute
{
    Ipv4Prefix prefix;
    AsPathId asPath = AsPathPool::emptyPath;
    int learnedFrom = -1; // node index of the neighbour; -1 for the speaker's own prefix
    int link = -1;        // index of the link the route came over; -1 for its own prefix
    int origin = -1;      // node index of the speaker that originated it
    bool active = false;  // won the selection (several are active under ECMP)

    bool isLocal() const { return learnedFrom < 0; }
};

// The routes of one speaker, sorted by prefix (network, then length). Lookups are binary
// searches per prefix length present, so a table of 100,000 routes needs no extra index.
class BgpTable
{
public:
    BgpTable() = default;
    explicit BgpTable(std::vector<BgpRoute> sortedRoutes);

    std::span<const BgpRoute> routes() const { return m_routes; }
    std::span<const BgpRoute> routesFor(const Ipv4Prefix &prefix) const;
    bool empty() const { return m_routes.empty(); }
    std::size_t size() const { return m_routes.size(); }

    // The active route of the longest prefix holding `address` among routes `accept` takes;
    // nullptr when none. The first active route of that prefix wins an ECMP tie.
    const BgpRoute *bestMatch(Ipv4Address address,
                              const std::function<bool(const BgpRoute &)> &accept = {}) const;
    // Every active route `accept` takes for the longest prefix holding `address` (several
    // under ECMP); empty when none.
    std::vector<const BgpRoute *>
    bestMatches(Ipv4Address address,
                const std::function<bool(const BgpRoute &)> &accept = {}) const;

private:
    std::vector<BgpRoute> m_routes;
    std::uint64_t m_lengths = 0; // bit n set: some route has a /n prefix
};

} // namespace avsnet::core
