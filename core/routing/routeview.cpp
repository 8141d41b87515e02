// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeview.h"

#include "speakergraph.h"

#include <algorithm>

namespace avsnet::core {

std::string_view toString(EffectiveNextHop type)
{
    switch (type) {
    case EffectiveNextHop::VnetLocal:
        return "VnetLocal";
    case EffectiveNextHop::VNetPeering:
        return "VNetPeering";
    case EffectiveNextHop::VirtualNetworkGateway:
        return "VirtualNetworkGateway";
    case EffectiveNextHop::VirtualAppliance:
        return "VirtualAppliance";
    case EffectiveNextHop::Internet:
        return "Internet";
    case EffectiveNextHop::None:
        return "None";
    }
    return "None";
}

std::string_view toString(RouteSource source)
{
    switch (source) {
    case RouteSource::Default:
        return "Default";
    case RouteSource::User:
        return "User";
    case RouteSource::VirtualNetworkGateway:
        return "VirtualNetworkGateway";
    }
    return "Default";
}

RouteView viewOf(const Analysis &analysis, const EffectiveRoute &route)
{
    RouteView view;
    view.prefix = route.prefix.toString();
    view.nextHopType = toString(route.nextHopType);
    view.source = toString(route.source);
    view.active = route.active;
    const auto path = analysis.asPaths().path(route.asPath);
    view.asPath.assign(path.begin(), path.end());
    // cli.md: an IP address for appliances (and NVAs behind a Route Server), else the
    // gateway or peered VNet, else null.
    if (route.nextHopIp)
        view.nextHop = route.nextHopIp->toString();
    else if (route.nextHopNode >= 0)
        view.nextHop = analysis.topology().nodes[std::size_t(route.nextHopNode)].id;
    return view;
}

RouteView viewOf(const Analysis &analysis, int speaker, const BgpRoute &route)
{
    RouteView view;
    view.prefix = route.prefix.toString();
    view.active = route.active;
    if (route.isLocal()) {
        view.nextHopType = "Local";
        view.source = "Local";
        return view;
    }
    view.nextHopType = "Peer";
    view.source = "BGP";
    view.nextHop = analysis.topology().nodes[std::size_t(route.learnedFrom)].id;
    // R10.1: a hub speaks through its gateways; its circuits and sites name the gateway.
    if (analysis.topology().nodes[std::size_t(route.learnedFrom)].kind() == NodeKind::VwanHub
        && route.link >= 0) {
        const Link &link = analysis.topology().links[std::size_t(route.link)];
        view.nextHop = link.otherEnd(analysis.topology().nodes[std::size_t(speaker)].id);
    }
    const auto path = analysis.asPaths().path(route.asPath);
    if (analysis.topology().nodes[std::size_t(speaker)].kind() == NodeKind::Avs) {
        // cli.md: AVS shows its Tier-0 view: the managed circuit removed the leading private
        // ASNs (those before the first public one; revision 2) and put 12076 first, as it
        // does towards any customer edge (R2): three times for a route it learned over Global
        // Reach, as it ranks them (routingpolicy.cpp).
        const auto &links = analysis.topology().links;
        const bool overGlobalReach = route.link >= 0
                                     && links[std::size_t(route.link)].kind() == LinkKind::GlobalReach;
        view.asPath.assign(std::size_t(overGlobalReach ? globalReachEdgeCopies : 1),
                           microsoftEdgeAsn);
        const auto firstPublic = std::find_if_not(path.begin(), path.end(), isPrivateAsn);
        view.asPath.insert(view.asPath.end(), firstPublic, path.end());
    } else {
        view.asPath.assign(path.begin(), path.end());
    }
    return view;
}

void sortForDisplay(std::vector<RouteView> &routes)
{
    // Each prefix is parsed once, not in every comparison: a gateway's table of 100,000 routes
    // is sorted on the designer's thread after every edit.
    std::vector<std::pair<std::pair<int, std::uint32_t>, std::size_t>> keys;
    keys.reserve(routes.size());
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const auto prefix = Ipv4Prefix::parse(routes[i].prefix).value_or(Ipv4Prefix());
        keys.push_back({{-prefix.length(), prefix.first()}, i});
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<RouteView> sorted;
    sorted.reserve(routes.size());
    for (const auto &key : keys)
        sorted.push_back(std::move(routes[key.second]));
    routes = std::move(sorted);
}

std::string asPathText(const std::vector<Asn> &path)
{
    std::string text;
    for (const Asn asn : path) {
        if (!text.empty())
            text += ' ';
        text += std::to_string(asn);
    }
    return text;
}

} // namespace avsnet::core
