// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefixallocator.h"

#include <cstdio>
#include <stdexcept>

namespace avsnet::bench {

AddressBlock AddressBlock::child(int childLength, std::uint32_t index) const
{
    const std::uint64_t childSize = std::uint64_t(1) << (32 - childLength);
    if (childLength < length || (index + 1) * childSize > size())
        throw std::out_of_range("child block outside " + toString());
    return {std::uint32_t(network + index * childSize), childLength};
}

std::string AddressBlock::toString(bool withLength) const
{
    std::string text = addressString(0);
    if (withLength)
        text += '/' + std::to_string(length);
    return text;
}

std::string AddressBlock::addressString(std::uint32_t offset) const
{
    const std::uint32_t address = network + offset;
    char text[16];
    std::snprintf(text, sizeof text, "%u.%u.%u.%u", address >> 24, (address >> 16) & 0xff,
                  (address >> 8) & 0xff, address & 0xff);
    return text;
}

AddressBlock AddressBlock::parse(const std::string &cidr)
{
    unsigned octets[4] = {};
    int length = -1;
    if (std::sscanf(cidr.c_str(), "%u.%u.%u.%u/%d", &octets[0], &octets[1], &octets[2], &octets[3],
                    &length) != 5 ||
        length < 0 || length > 32) {
        throw std::invalid_argument("not a prefix: " + cidr);
    }
    std::uint32_t network = 0;
    for (const unsigned octet : octets) {
        if (octet > 255)
            throw std::invalid_argument("not a prefix: " + cidr);
        network = (network << 8) | octet;
    }
    return {network, length};
}

PrefixAllocator::PrefixAllocator(std::vector<AddressBlock> pools)
    : m_pools(std::move(pools))
{
    if (!m_pools.empty())
        m_cursor = m_pools.front().network;
}

AddressBlock PrefixAllocator::allocate(int length)
{
    const std::uint64_t size = std::uint64_t(1) << (32 - length);
    while (m_pool < m_pools.size()) {
        const AddressBlock &pool = m_pools[m_pool];
        const std::uint64_t start = (m_cursor + size - 1) / size * size;
        if (length >= pool.length && start + size <= pool.network + pool.size()) {
            m_cursor = start + size;
            return {std::uint32_t(start), length};
        }
        if (++m_pool < m_pools.size())
            m_cursor = m_pools[m_pool].network;
    }
    throw std::length_error("address pools exhausted allocating a /" + std::to_string(length));
}

} // namespace avsnet::bench
