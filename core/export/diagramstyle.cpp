// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramstyle.h"

namespace avsnet::core {

std::string_view kindLabel(NodeKind kind)
{
    switch (kind) {
    case NodeKind::OnPrem:
        return "on-premises site";
    case NodeKind::ErCircuit:
        return "ExpressRoute circuit";
    case NodeKind::Avs:
        return "AVS private cloud";
    case NodeKind::Vnet:
        return "virtual network";
    case NodeKind::ErGateway:
        return "ExpressRoute gateway";
    case NodeKind::VpnGateway:
        return "VPN gateway";
    case NodeKind::RouteServer:
        return "Route Server";
    case NodeKind::Nva:
        return "NVA";
    case NodeKind::Internet:
        return "internet";
    }
    return "node";
}

std::string_view kindLabel(LinkKind kind)
{
    switch (kind) {
    case LinkKind::ErPeering:
        return "ER private peering";
    case LinkKind::ErConnection:
        return "ER connection";
    case LinkKind::GlobalReach:
        return "Global Reach";
    case LinkKind::VnetPeering:
        return "VNet peering";
    case LinkKind::VpnConnection:
        return "VPN connection";
    case LinkKind::BgpSession:
        return "BGP session";
    }
    return "link";
}

KindColours kindColours(NodeKind kind)
{
    // The canvas's accent colour of each kind (its icon's colour) as the stroke, a pale tint
    // of it as the fill.
    switch (kind) {
    case NodeKind::OnPrem:
        return {"#eef0f3", "#5a6b7e"};
    case NodeKind::ErCircuit:
    case NodeKind::ErGateway:
        return {"#f1eaf9", "#7a45b5"};
    case NodeKind::Avs:
        return {"#e3f4f4", "#00838a"};
    case NodeKind::Vnet:
        return {"#eef4fb", "#0078d4"};
    case NodeKind::VpnGateway:
        return {"#e8f3e8", "#2f7d32"};
    case NodeKind::RouteServer:
        return {"#ececf9", "#4a4fb8"};
    case NodeKind::Nva:
        return {"#f9ebe8", "#b8432f"};
    case NodeKind::Internet:
        return {"#e8f2fb", "#1c7ac4"};
    }
    return {"#ffffff", "#605e5c"};
}

std::string_view linkColour(LinkKind kind)
{
    // As the canvas draws them: ExpressRoute purple, VNet blue, VPN green, BGP indigo.
    switch (kind) {
    case LinkKind::ErPeering:
    case LinkKind::ErConnection:
    case LinkKind::GlobalReach:
        return "#6b3aa8";
    case LinkKind::VnetPeering:
        return "#0078d4";
    case LinkKind::VpnConnection:
        return "#2f7d32";
    case LinkKind::BgpSession:
        return "#4a4fb8";
    }
    return "#605e5c";
}

LinePattern linePattern(LinkKind kind)
{
    switch (kind) {
    case LinkKind::ErPeering:
        return LinePattern::Double;
    case LinkKind::ErConnection:
        return LinePattern::Bold;
    case LinkKind::GlobalReach:
        return LinePattern::Dashed;
    case LinkKind::VnetPeering:
        return LinePattern::Solid;
    case LinkKind::VpnConnection:
        return LinePattern::DashDot;
    case LinkKind::BgpSession:
        return LinePattern::Dotted;
    }
    return LinePattern::Solid;
}

std::string linkDetails(const Link &link)
{
    std::vector<std::string> details;
    if (const auto *connection = link.as<ErConnectionLink>(); connection && connection->weight)
        details.push_back("weight " + std::to_string(connection->weight));
    if (const auto *peering = link.as<VnetPeeringLink>(); peering && peering->useRemoteGateways)
        details.push_back("uses remote gateways");
    if (const auto *vpn = link.as<VpnConnectionLink>()) {
        if (!vpn->bgp)
            details.push_back("static");
        if (vpn->weight)
            details.push_back("weight " + std::to_string(vpn->weight));
    }
    std::string text;
    for (const std::string &detail : details)
        text += (text.empty() ? "" : ", ") + detail;
    return text;
}

std::string linkCaption(const Link &link)
{
    const std::string details = linkDetails(link);
    return std::string(kindLabel(link.kind())) + (details.empty() ? "" : ", " + details);
}

std::string summarised(const std::vector<std::string> &items, std::size_t listed)
{
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < listed; ++i)
        text += (i ? ", " : "") + items[i];
    if (items.size() > listed)
        text += " +" + std::to_string(items.size() - listed) + " more";
    return text;
}

std::string summarised(const std::vector<Ipv4Prefix> &prefixes, std::size_t listed)
{
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < prefixes.size() && i < listed; ++i)
        texts.push_back(prefixes[i].toString());
    std::string text = summarised(texts, listed);
    if (prefixes.size() > listed)
        text += " +" + std::to_string(prefixes.size() - listed) + " more";
    return text;
}

std::vector<std::string> nodeDetailLines(const Node &node, std::size_t listed)
{
    std::vector<std::string> lines;
    if (const auto *site = node.as<OnPremSite>()) {
        lines.push_back("AS " + std::to_string(site->asn));
        if (!site->prefixes.empty())
            lines.push_back(summarised(site->prefixes, listed));
    } else if (const auto *circuit = node.as<ErCircuit>()) {
        std::string line(toString(circuit->sku));
        if (!circuit->location.empty())
            line += " · " + circuit->location;
        lines.push_back(line + " · " + std::to_string(circuit->bandwidthMbps) + " Mbps");
    } else if (const auto *cloud = node.as<AvsPrivateCloud>()) {
        lines.push_back("management " + cloud->managementBlock.toString());
        for (std::size_t i = 0; i < cloud->segments.size() && i < listed; ++i)
            lines.push_back(cloud->segments[i].name + " " + cloud->segments[i].prefix.toString());
        if (cloud->segments.size() > listed)
            lines.push_back("+" + std::to_string(cloud->segments.size() - listed) + " segments");
    } else if (const auto *vnet = node.as<VirtualNetwork>()) {
        lines.push_back(summarised(vnet->addressSpace, listed));
        // Twice the usual list: the subnets are what a VNet box is for.
        const std::size_t subnets = listed * 2;
        for (std::size_t i = 0; i < vnet->subnets.size() && i < subnets; ++i) {
            const Subnet &subnet = vnet->subnets[i];
            std::string line = subnet.name + " " + subnet.prefix.toString();
            if (!subnet.routeTable.empty())
                line += " → " + subnet.routeTable;
            lines.push_back(line);
        }
        if (vnet->subnets.size() > subnets)
            lines.push_back("+" + std::to_string(vnet->subnets.size() - subnets) + " subnets");
    } else if (const auto *gateway = node.as<ErGateway>()) {
        std::string line(toString(gateway->sku));
        if (gateway->allowRemoteVnetTraffic)
            line += " · remote VNets allowed";
        lines.push_back(line);
    } else if (const auto *vpn = node.as<VpnGateway>()) {
        std::string line = "AS " + std::to_string(vpn->asn);
        if (!vpn->bgp)
            line += " · no BGP";
        if (vpn->activeActive)
            line += " · active-active";
        lines.push_back(line);
    } else if (const auto *server = node.as<RouteServer>()) {
        lines.push_back(server->branchToBranch ? "branch-to-branch on" : "branch-to-branch off");
    } else if (const auto *nva = node.as<Nva>()) {
        std::string line = nva->ip.toString();
        if (nva->asn)
            line += " · AS " + std::to_string(*nva->asn);
        lines.push_back(line);
        if (!nva->ipForwarding)
            lines.push_back("IP forwarding off");
        if (!nva->originate.empty())
            lines.push_back("originates " + summarised(nva->originate, listed));
    }
    return lines;
}

int linkBetween(const Topology &topology, std::string_view a, std::string_view b)
{
    int found = -1;
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        if (!((link.from == a && link.to == b) || (link.from == b && link.to == a)))
            continue;
        if (!link.disabled)
            return int(i);
        if (found < 0)
            found = int(i);
    }
    return found;
}

std::vector<TraceStep> traceSteps(const Topology &topology, const std::vector<std::string> &path)
{
    std::vector<std::string> nodes;
    for (const std::string &id : path) {
        if (topology.nodeIndex(id) >= 0 && (nodes.empty() || nodes.back() != id))
            nodes.push_back(id);
    }
    std::vector<TraceStep> steps;
    for (std::size_t i = 1; i < nodes.size(); ++i)
        steps.push_back({nodes[i - 1], nodes[i], linkBetween(topology, nodes[i - 1], nodes[i])});
    return steps;
}

} // namespace avsnet::core
