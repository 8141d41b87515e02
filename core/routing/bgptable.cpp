// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bgptable.h"

#include <algorithm>

namespace avsnet::core {

BgpTable::BgpTable(std::vector<BgpRoute> sortedRoutes)
    : m_routes(std::move(sortedRoutes))
{
    for (const auto &route : m_routes)
        m_lengths |= std::uint64_t(1) << route.prefix.length();
}

std::span<const BgpRoute> BgpTable::routesFor(const Ipv4Prefix &prefix) const
{
    const auto byPrefix = [](const BgpRoute &route) { return route.prefix; };
    const auto [first, last] = std::ranges::equal_range(m_routes, prefix, {}, byPrefix);
    return {first, last};
}

const BgpRoute *BgpTable::bestMatch(Ipv4Address address,
                                    const std::function<bool(const BgpRoute &)> &accept) const
{
    const auto matches = bestMatches(address, accept);
    return matches.empty() ? nullptr : matches.front();
}

std::vector<const BgpRoute *>
BgpTable::bestMatches(Ipv4Address address,
                      const std::function<bool(const BgpRoute &)> &accept) const
{
    std::vector<const BgpRoute *> matches;
    for (int length = 32; length >= 0 && matches.empty(); --length) {
        if (!(m_lengths & (std::uint64_t(1) << length)))
            continue;
        const Ipv4Prefix candidate(Ipv4Address(address.value() & Ipv4Prefix::maskFor(length)),
                                   length);
        for (const auto &route : routesFor(candidate)) {
            if (route.active && (!accept || accept(route)))
                matches.push_back(&route);
        }
    }
    return matches;
}

} // namespace avsnet::core
