// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipv4.h"

#include <charconv>

namespace avsnet::core {

namespace {

std::optional<std::uint32_t> parseDecimal(std::string_view text, std::uint32_t maximum)
{
    if (text.empty() || text.size() > 3 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Ipv4Address> Ipv4Address::parse(std::string_view text)
{
    std::uint32_t value = 0;
    for (int octet = 0; octet < 4; ++octet) {
        const auto dot = text.find('.');
        if ((octet < 3) == (dot == std::string_view::npos))
            return std::nullopt;
        const auto part = parseDecimal(text.substr(0, dot), 255);
        if (!part)
            return std::nullopt;
        value = (value << 8) | *part;
        text = octet < 3 ? text.substr(dot + 1) : std::string_view();
    }
    return Ipv4Address(value);
}

std::string Ipv4Address::toString() const
{
    return std::to_string(m_value >> 24) + '.' + std::to_string((m_value >> 16) & 0xff) + '.'
           + std::to_string((m_value >> 8) & 0xff) + '.' + std::to_string(m_value & 0xff);
}

bool Ipv4Address::isPublic() const
{
    // Ranges that are never reachable over the internet (RFC 6890 special-purpose registry).
    static constexpr struct
    {
        std::uint32_t network;
        int length;
    } nonPublic[] = {
        {0x00000000, 8},  // 0.0.0.0/8 this network
        {0x0a000000, 8},  // 10.0.0.0/8
        {0x64400000, 10}, // 100.64.0.0/10 shared address space
        {0x7f000000, 8},  // 127.0.0.0/8 loopback
        {0xa9fe0000, 16}, // 169.254.0.0/16 link local
        {0xac100000, 12}, // 172.16.0.0/12
        {0xc0a80000, 16}, // 192.168.0.0/16
        {0xe0000000, 3},  // multicast and reserved
    };
    for (const auto &range : nonPublic) {
        if ((m_value & Ipv4Prefix::maskFor(range.length)) == range.network)
            return false;
    }
    return true;
}

bool Ipv4Address::isRfc1918() const
{
    return (m_value & Ipv4Prefix::maskFor(8)) == 0x0a000000
           || (m_value & Ipv4Prefix::maskFor(12)) == 0xac100000
           || (m_value & Ipv4Prefix::maskFor(16)) == 0xc0a80000;
}

std::optional<Ipv4Prefix> Ipv4Prefix::parse(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const auto address = Ipv4Address::parse(text.substr(0, slash));
    const auto lengthText = text.substr(slash + 1);
    // A length of "0" is fine; "00" or "08" is not.
    const auto length = lengthText == "0" ? std::optional<std::uint32_t>(0)
                                          : parseDecimal(lengthText, 32);
    if (!address || !length)
        return std::nullopt;
    return Ipv4Prefix(*address, int(*length));
}

std::string Ipv4Prefix::toString() const
{
    return m_address.toString() + '/' + std::to_string(m_length);
}

} // namespace avsnet::core
