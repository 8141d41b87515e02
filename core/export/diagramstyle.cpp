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
    case NodeKind::Vwan:
        return "Virtual WAN";
    case NodeKind::VwanHub:
        return "Virtual WAN hub";
    case NodeKind::HubFirewall:
        return "hub firewall";
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
    case LinkKind::HubConnection:
        return "hub connection";
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
    // Virtual WAN: a navy hub, set apart from the VNet's blue, inside a slate frame for the
    // Virtual WAN; the firewall in Azure Firewall's red.
    case NodeKind::Vwan:
        return {"#f6f8fa", "#56687a"};
    case NodeKind::VwanHub:
        return {"#e8eef6", "#1f4e8c"};
    case NodeKind::HubFirewall:
        return {"#fbe9eb", "#c4314b"};
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
    case LinkKind::HubConnection:
        return "#1f4e8c"; // the hub's navy
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
    case LinkKind::HubConnection:
        return LinePattern::LongDashed;
    }
    return LinePattern::Solid;
}

namespace {

// Whether a connection ends at a Virtual WAN hub's gateway, where its propagateDefaultRoute
// counts (R10.7); elsewhere the field is kept and ignored.
bool hubGatewayEnd(const Topology &topology, const Link &link)
{
    for (const std::string *end : {&link.from, &link.to}) {
        if (const Node *node = topology.node(*end); node && !node->parentHub().empty())
            return true;
    }
    return false;
}

} // namespace

std::string linkDetails(const Topology &topology, const Link &link)
{
    std::vector<std::string> details;
    if (const auto *connection = link.as<ErConnectionLink>()) {
        if (connection->weight)
            details.push_back("weight " + std::to_string(connection->weight));
        // R10.7: only a hub gateway sends its 0.0.0.0/0 over the connection.
        if (connection->propagateDefaultRoute && hubGatewayEnd(topology, link))
            details.push_back("default route");
    }
    if (const auto *peering = link.as<VnetPeeringLink>(); peering && peering->useRemoteGateways)
        details.push_back("uses remote gateways");
    if (const auto *vpn = link.as<VpnConnectionLink>()) {
        if (!vpn->bgp)
            details.push_back("static");
        if (vpn->weight)
            details.push_back("weight " + std::to_string(vpn->weight));
        if (vpn->propagateDefaultRoute && hubGatewayEnd(topology, link))
            details.push_back("default route");
    }
    // A VNet connection propagates the hub's default route unless told not to.
    if (const auto *connection = link.as<HubConnectionLink>(); connection && !connection->propagateDefaultRoute)
        details.push_back("no default route");
    std::string text;
    for (const std::string &detail : details)
        text += (text.empty() ? "" : ", ") + detail;
    return text;
}

std::string linkCaption(const Topology &topology, const Link &link)
{
    const std::string details = linkDetails(topology, link);
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
        // A hub's gateway has no SKU that counts and only the one switch (R10.8).
        if (!gateway->hub.empty()) {
            if (gateway->allowNonVirtualWanTraffic)
                lines.push_back("non-Virtual WAN traffic allowed");
            return lines;
        }
        std::string line(toString(gateway->sku));
        if (gateway->allowRemoteVnetTraffic)
            line += " · remote VNets allowed";
        if (gateway->allowVirtualWanTraffic)
            line += " · Virtual WAN allowed";
        lines.push_back(line);
    } else if (const auto *vpn = node.as<VpnGateway>()) {
        if (!vpn->hub.empty()) {
            lines.push_back("AS 65515 · active-active"); // fixed in a hub (vwan.md)
            return lines;
        }
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
    } else if (const auto *wan = node.as<VirtualWan>()) {
        lines.push_back(wan->branchToBranch ? "branch-to-branch on" : "branch-to-branch off");
    } else if (const auto *hub = node.as<VirtualHub>()) {
        std::string line = hub->addressPrefix.toString();
        if (!hub->location.empty())
            line += " · " + hub->location;
        lines.push_back(line);
        lines.push_back(routingIntentText(*hub));
        if (hub->routingIntent && !hub->routingIntent->additionalPrefixes.empty())
            lines.push_back("additional prefixes: "
                            + summarised(hub->routingIntent->additionalPrefixes, listed));
        lines.push_back("routing preference: "
                        + std::string(routingPreferenceLabel(hub->hubRoutingPreference)));
        if (hub->erToErTransit)
            lines.push_back("ER-to-ER transit");
    } else if (const auto *firewall = node.as<HubFirewall>()) {
        std::string line = firewall->ip ? firewall->ip->toString() + " · " : std::string();
        lines.push_back(line + std::string(firewallVendorLabel(firewall->vendor)));
    }
    return lines;
}

std::string_view routingPreferenceLabel(HubRoutingPreference preference)
{
    switch (preference) {
    case HubRoutingPreference::ExpressRoute:
        return "ExpressRoute";
    case HubRoutingPreference::Vpn:
        return "VPN";
    case HubRoutingPreference::AsPath:
        return "AS path";
    }
    return "ExpressRoute";
}

std::string_view firewallVendorLabel(FirewallVendor vendor)
{
    return vendor == FirewallVendor::Nva ? "NVA in the hub" : "Azure Firewall";
}

std::string routingIntentText(const VirtualHub &hub)
{
    std::vector<std::string> policies;
    if (hub.routingIntent && !hub.routingIntent->privateTraffic.empty())
        policies.emplace_back("private");
    if (hub.routingIntent && !hub.routingIntent->internetTraffic.empty())
        policies.emplace_back("internet");
    return policies.empty() ? "no routing intent" : "routing intent: " + summarised(policies, 2);
}

bool isContainer(NodeKind kind)
{
    return kind == NodeKind::Vnet || kind == NodeKind::VwanHub || kind == NodeKind::Vwan;
}

const std::string &containerOf(const Topology &topology, const Node &node)
{
    static const std::string none;
    // Kinds nest in layers (a Virtual WAN holds hubs, which hold gateways and firewalls), so
    // following containers always ends.
    const auto holder = [&](const std::string &id, NodeKind kind) -> const std::string * {
        const Node *found = id.empty() ? nullptr : topology.node(id);
        return found && found->kind() == kind ? &found->id : nullptr;
    };
    if (const std::string *vnet = holder(node.parentVnet(), NodeKind::Vnet))
        return *vnet;
    if (const std::string *hub = holder(node.parentHub(), NodeKind::VwanHub))
        return *hub;
    if (const auto *hub = node.as<VirtualHub>()) {
        if (const std::string *wan = holder(hub->vwan, NodeKind::Vwan))
            return *wan;
    }
    return none;
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
