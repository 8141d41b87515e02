// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspathpool.h"

#include <algorithm>

namespace avsnet::core {

AsPathPool::AsPathPool()
{
    intern({});
}

std::size_t AsPathPool::Hash::operator()(const std::vector<Asn> &path) const
{
    std::size_t hash = path.size();
    for (const Asn asn : path)
        hash = hash * 1000003u ^ asn;
    return hash;
}

AsPathId AsPathPool::intern(std::span<const Asn> path)
{
    std::vector<Asn> key(path.begin(), path.end());
    const auto found = m_ids.find(key);
    if (found != m_ids.end())
        return found->second;
    const auto id = AsPathId(m_paths.size());
    m_paths.push_back(key);
    m_ids.emplace(std::move(key), id);
    return id;
}

std::span<const Asn> AsPathPool::path(AsPathId id) const
{
    return m_paths[id];
}

bool AsPathPool::contains(AsPathId id, Asn asn) const
{
    const auto &stored = m_paths[id];
    return std::find(stored.begin(), stored.end(), asn) != stored.end();
}

std::vector<Asn> AsPathPool::toVector(AsPathId id) const
{
    return m_paths[id];
}

} // namespace avsnet::core
