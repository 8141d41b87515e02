// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace avsnet::bench {

// An IPv4 block as the generator carves it: network address and length. Its own small
// arithmetic, independent of core's Ipv4Prefix, so the generator stays an outside witness
// of the designs it writes.
struct AddressBlock
{
    std::uint32_t network = 0;
    int length = 0;

    std::uint64_t size() const { return std::uint64_t(1) << (32 - length); }
    std::uint32_t last() const { return std::uint32_t(network + size() - 1); }
    // The block of `length` at `index` inside this one (a /24 split into /26s: 0..3).
    AddressBlock child(int childLength, std::uint32_t index) const;
    // "10.1.2.0/24", or the address alone when `withLength` is false.
    std::string toString(bool withLength = true) const;
    std::string addressString(std::uint32_t offset) const;

    static AddressBlock parse(const std::string &cidr);
};

// Hands out aligned, never overlapping blocks from a list of pools, in order: the next
// block starts at the first suitably aligned address after the previous one. Throws when
// the pools run dry, so a design never silently reuses an address.
class PrefixAllocator
{
public:
    explicit PrefixAllocator(std::vector<AddressBlock> pools);

    AddressBlock allocate(int length);

private:
    std::vector<AddressBlock> m_pools;
    std::size_t m_pool = 0;
    std::uint64_t m_cursor = 0; // next free address in the current pool
};

} // namespace avsnet::bench
