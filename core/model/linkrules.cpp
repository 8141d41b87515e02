// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrules.h"

namespace avsnet::core {

namespace {

bool isCircuitLike(NodeKind kind)
{
    // An AVS private cloud carries its own managed circuit (format.md, `avs`).
    return kind == NodeKind::ErCircuit || kind == NodeKind::Avs;
}

bool fitsOneWay(LinkKind link, NodeKind a, NodeKind b)
{
    switch (link) {
    case LinkKind::ErPeering:
        return a == NodeKind::OnPrem && b == NodeKind::ErCircuit;
    case LinkKind::ErConnection:
        return isCircuitLike(a) && b == NodeKind::ErGateway;
    case LinkKind::GlobalReach:
        return isCircuitLike(a) && isCircuitLike(b);
    case LinkKind::VnetPeering:
        return a == NodeKind::Vnet && b == NodeKind::Vnet;
    case LinkKind::VpnConnection:
        return a == NodeKind::VpnGateway && b == NodeKind::OnPrem;
    case LinkKind::BgpSession:
        return a == NodeKind::Nva
               && (b == NodeKind::RouteServer || b == NodeKind::VpnGateway || b == NodeKind::Nva
                   || b == NodeKind::VwanHub);
    case LinkKind::HubConnection:
        return a == NodeKind::Vnet && b == NodeKind::VwanHub;
    }
    return false;
}

} // namespace

bool linkFits(LinkKind link, NodeKind from, NodeKind to)
{
    // Links are undirected (format.md), so either order of the ends fits.
    return fitsOneWay(link, from, to) || fitsOneWay(link, to, from);
}

std::vector<LinkKind> fittingLinkKinds(NodeKind a, NodeKind b)
{
    std::vector<LinkKind> kinds;
    for (int kind = 0; kind <= int(LinkKind::HubConnection); ++kind) {
        if (linkFits(LinkKind(kind), a, b))
            kinds.push_back(LinkKind(kind));
    }
    return kinds;
}

} // namespace avsnet::core
