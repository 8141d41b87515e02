// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the engine: how an incremental analysis puts kept and recomputed rows together.

#include "model/ipv4.h"

#include <algorithm>
#include <span>
#include <vector>

namespace avsnet::core {

struct IgnoreRow
{
    template<typename Row> void operator()(const Row &) const {}
};

// `old`'s rows except those of the `replaced` prefixes (sorted), with `fresh`'s rows (all of
// replaced prefixes), in prefix order. Both lists are sorted by prefix and the two sets of
// prefixes are disjoint, so the order is the one a full run gives. `dropped` sees each old
// row left out.
template<typename Row, typename PrefixOf, typename Dropped = IgnoreRow>
std::vector<Row> mergeByPrefix(std::span<const Row> old, const std::vector<Ipv4Prefix> &replaced,
                               std::span<const Row> fresh, PrefixOf prefixOf,
                               Dropped dropped = {})
{
    std::vector<Row> merged;
    merged.reserve(old.size() + fresh.size());
    std::size_t next = 0;
    auto replacedAt = replaced.begin();
    for (const Row &row : old) {
        const Ipv4Prefix &prefix = prefixOf(row);
        replacedAt = std::lower_bound(replacedAt, replaced.end(), prefix);
        if (replacedAt != replaced.end() && *replacedAt == prefix) {
            dropped(row);
            continue;
        }
        while (next < fresh.size() && prefixOf(fresh[next]) < prefix)
            merged.push_back(fresh[next++]);
        merged.push_back(row);
    }
    merged.insert(merged.end(), fresh.begin() + std::ptrdiff_t(next), fresh.end());
    return merged;
}

} // namespace avsnet::core
