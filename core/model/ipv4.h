// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace avsnet::core {

// An IPv4 address as a 32-bit value. Parsing is strict: four decimal octets, no leading
// signs, no whitespace, no leading zeros that would read as octal elsewhere.
class Ipv4Address
{
public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(std::uint32_t value)
        : m_value(value)
    {}

    static std::optional<Ipv4Address> parse(std::string_view text);

    constexpr std::uint32_t value() const { return m_value; }
    std::string toString() const;

    // RFC 1918, shared address space (RFC 6598), loopback, link-local and similar ranges
    // that the public internet does not route.
    bool isPublic() const;
    // 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918).
    bool isRfc1918() const;

    constexpr auto operator<=>(const Ipv4Address &) const = default;

private:
    std::uint32_t m_value = 0;
};

// An IPv4 prefix in CIDR notation. The address keeps the bits as written, so a prefix
// with host bits set (10.1.0.1/16) survives a load and is reported as a finding rather
// than silently changed.
class Ipv4Prefix
{
public:
    constexpr Ipv4Prefix() = default;
    constexpr Ipv4Prefix(Ipv4Address address, int length)
        : m_address(address)
        , m_length(length)
    {}

    static std::optional<Ipv4Prefix> parse(std::string_view text);
    static constexpr std::uint32_t maskFor(int length)
    {
        return length <= 0 ? 0u : ~std::uint32_t(0) << (32 - length);
    }

    constexpr Ipv4Address address() const { return m_address; }
    constexpr int length() const { return m_length; }
    constexpr std::uint32_t mask() const { return maskFor(m_length); }
    constexpr std::uint32_t first() const { return m_address.value() & mask(); }
    constexpr std::uint32_t last() const { return first() | ~mask(); }

    constexpr bool hasHostBits() const { return (m_address.value() & ~mask()) != 0; }
    constexpr Ipv4Prefix network() const { return {Ipv4Address(first()), m_length}; }

    constexpr bool contains(Ipv4Address address) const
    {
        return (address.value() & mask()) == first();
    }
    // True when every address of `other` is inside this prefix (equal prefixes included).
    constexpr bool contains(const Ipv4Prefix &other) const
    {
        return other.m_length >= m_length && contains(Ipv4Address(other.first()));
    }
    constexpr bool overlaps(const Ipv4Prefix &other) const
    {
        return contains(other) || other.contains(*this);
    }
    constexpr bool isDefaultRoute() const { return m_length == 0; }

    std::string toString() const;

    // Orders by network address, then by length (shorter first), so a sorted list keeps
    // every route of one prefix together and a supernet just before its subnets.
    constexpr auto operator<=>(const Ipv4Prefix &) const = default;

private:
    Ipv4Address m_address;
    int m_length = 0;
};

} // namespace avsnet::core
