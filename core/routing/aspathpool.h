// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace avsnet::core {

using AsPathId = std::uint32_t;

// Interns AS paths: every distinct path is stored once and routes carry a 4-byte id. The
// thousands of prefixes of one site travel with the same few paths, so this keeps the tables
// of a large design small and makes path transforms cacheable by id.
class AsPathPool
{
public:
    static constexpr AsPathId emptyPath = 0;

    AsPathPool();

    AsPathId intern(std::span<const Asn> path);
    std::span<const Asn> path(AsPathId id) const;
    std::size_t length(AsPathId id) const { return path(id).size(); }
    bool contains(AsPathId id, Asn asn) const;
    std::vector<Asn> toVector(AsPathId id) const;

private:
    struct Hash
    {
        std::size_t operator()(const std::vector<Asn> &path) const;
    };
    std::vector<std::vector<Asn>> m_paths;
    std::unordered_map<std::vector<Asn>, AsPathId, Hash> m_ids;
};

} // namespace avsnet::core
