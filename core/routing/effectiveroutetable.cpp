// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectiveroutetable.h"

#include <algorithm>

namespace avsnet::core {

namespace {

std::span<const EffectiveRoute> equalPrefix(std::span<const EffectiveRoute> sorted,
                                            const Ipv4Prefix &prefix)
{
    const auto byPrefix = [](const EffectiveRoute &route) { return route.prefix; };
    const auto [first, last] = std::ranges::equal_range(sorted, prefix, {}, byPrefix);
    return {first, last};
}

std::uint64_t lengthsOf(const std::vector<EffectiveRoute> &routes)
{
    std::uint64_t lengths = 0;
    for (const auto &route : routes)
        lengths |= std::uint64_t(1) << route.prefix.length();
    return lengths;
}

bool sendsToApplianceOrGateway(const EffectiveRoute &route)
{
    return route.nextHopType == EffectiveNextHop::VirtualAppliance
           || route.nextHopType == EffectiveNextHop::VirtualNetworkGateway;
}

void sortByPrefix(std::vector<EffectiveRoute> &routes)
{
    std::stable_sort(routes.begin(), routes.end(),
                     [](const auto &a, const auto &b) { return a.prefix < b.prefix; });
}

} // namespace

std::span<const EffectiveRoute> ProgrammedRouteSet::routesFor(const Ipv4Prefix &prefix) const
{
    return equalPrefix(routes, prefix);
}

EffectiveRouteTable::EffectiveRouteTable(std::vector<EffectiveRoute> systemRoutes,
                                         std::shared_ptr<const ProgrammedRouteSet> bgpRoutes,
                                         std::vector<EffectiveRoute> userRoutes)
    : m_system(std::move(systemRoutes))
    , m_bgp(std::move(bgpRoutes))
    , m_user(std::move(userRoutes))
{
    sortByPrefix(m_system);
    sortByPrefix(m_user);
    // CIDR ranges nest or are apart: in prefix order, a range inside an earlier one is
    // inside the last one kept, and any other is apart from every one kept.
    for (const EffectiveRoute &route : m_system) {
        if (route.nextHopType != EffectiveNextHop::VnetLocal
            && route.nextHopType != EffectiveNextHop::VNetPeering)
            continue;
        if (m_vnetRanges.empty() || !m_vnetRanges.back().contains(route.prefix))
            m_vnetRanges.push_back(route.prefix);
    }
    m_lengths = lengthsOf(m_system) | lengthsOf(m_user) | (m_bgp ? m_bgp->lengths : 0);

    // R7 (decision): a default route that wins and points at an appliance or a gateway turns
    // the None routes off, so private destinations follow it (forced tunnelling, hub NVAs).
    const Ipv4Prefix anywhere(Ipv4Address(0), 0);
    const auto userDefault = equalPrefix(m_user, anywhere);
    if (!userDefault.empty())
        m_defaultRouteToAppliance = sendsToApplianceOrGateway(userDefault.front());
    else if (m_bgp)
        m_defaultRouteToAppliance = !m_bgp->routesFor(anywhere).empty();
}

bool EffectiveRouteTable::insideVnetRange(const Ipv4Prefix &prefix) const
{
    // The only range that can hold `prefix` is the last one starting at or before it.
    const auto after = std::upper_bound(
        m_vnetRanges.begin(), m_vnetRanges.end(), prefix.first(),
        [](std::uint32_t first, const Ipv4Prefix &range) { return first < range.first(); });
    return after != m_vnetRanges.begin() && std::prev(after)->contains(prefix);
}

bool EffectiveRouteTable::omitted(const EffectiveRoute &bgpRoute) const
{
    return m_bgp->omitInsideVnetRanges
           && std::any_of(m_system.begin(), m_system.end(), [&](const EffectiveRoute &route) {
                  return route.nextHopType == EffectiveNextHop::VnetLocal
                         && route.prefix.contains(bgpRoute.prefix);
              });
}

void EffectiveRouteTable::decide(std::vector<EffectiveRoute> &candidates) const
{
    // R7 selection for one prefix (virtual-networks-udr-overview.md, "How Azure selects a
    // route"): User over BGP over Default.
    const bool hasUser = std::any_of(candidates.begin(), candidates.end(), [](const auto &r) {
        return r.source == RouteSource::User;
    });
    // A VNet or peered range beats every BGP route inside it, however specific.
    const bool bgpShadowed = !candidates.empty() && insideVnetRange(candidates.front().prefix);
    bool bgpWins = false;
    for (auto &route : candidates) {
        if (route.source == RouteSource::VirtualNetworkGateway) {
            // The programmed set already ranked ER over VPN and NVA, then path, then ECMP.
            route.active = route.active && !hasUser && !bgpShadowed;
            bgpWins = bgpWins || route.active;
        }
    }
    for (auto &route : candidates) {
        switch (route.source) {
        case RouteSource::User:
            route.active = true;
            break;
        case RouteSource::Default:
            route.active = !hasUser && !bgpWins
                           && !(route.nextHopType == EffectiveNextHop::None
                                && m_defaultRouteToAppliance);
            break;
        case RouteSource::VirtualNetworkGateway:
            break;
        }
    }
}

std::vector<EffectiveRoute> EffectiveRouteTable::routesFor(const Ipv4Prefix &prefix) const
{
    std::vector<EffectiveRoute> candidates;
    const auto append = [&](std::span<const EffectiveRoute> routes) {
        candidates.insert(candidates.end(), routes.begin(), routes.end());
    };
    append(equalPrefix(m_system, prefix));
    if (m_bgp) {
        for (const EffectiveRoute &route : m_bgp->routesFor(prefix)) {
            if (!omitted(route))
                candidates.push_back(route);
        }
    }
    append(equalPrefix(m_user, prefix));
    decide(candidates);
    return candidates;
}

std::vector<EffectiveRoute> EffectiveRouteTable::allRoutes() const
{
    std::vector<EffectiveRoute> all(m_system);
    if (m_bgp) {
        for (const EffectiveRoute &route : m_bgp->routes) {
            if (!omitted(route))
                all.push_back(route);
        }
    }
    all.insert(all.end(), m_user.begin(), m_user.end());
    sortByPrefix(all);

    std::vector<EffectiveRoute> group;
    for (auto first = all.begin(); first != all.end();) {
        auto last = std::find_if(first, all.end(),
                                 [&](const auto &r) { return r.prefix != first->prefix; });
        group.assign(first, last);
        decide(group);
        std::copy(group.begin(), group.end(), first);
        first = last;
    }
    return all;
}

std::optional<EffectiveRoute> EffectiveRouteTable::lookup(Ipv4Address address) const
{
    auto matches = lookupAll(address);
    if (matches.empty())
        return std::nullopt;
    return std::move(matches.front());
}

std::vector<EffectiveRoute> EffectiveRouteTable::lookupAll(Ipv4Address address) const
{
    std::vector<EffectiveRoute> matches;
    for (int length = 32; length >= 0 && matches.empty(); --length) {
        if (!(m_lengths & (std::uint64_t(1) << length)))
            continue;
        const Ipv4Prefix candidate(Ipv4Address(address.value() & Ipv4Prefix::maskFor(length)),
                                   length);
        for (auto &route : routesFor(candidate)) {
            if (route.active)
                matches.push_back(std::move(route));
        }
    }
    return matches;
}

EffectiveRouteTable EffectiveRouteTable::withoutUserRoutes() const
{
    return EffectiveRouteTable(m_system, m_bgp, {});
}

} // namespace avsnet::core
