// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodefactory.h"

#include <algorithm>
#include <set>

namespace avsnet::ui {

namespace {

using core::Ipv4Address;
using core::Ipv4Prefix;

// Every range the design already uses, to pick new ones beside them.
std::vector<Ipv4Prefix> usedRanges(const core::Topology &topology)
{
    std::vector<Ipv4Prefix> used;
    for (const auto &node : topology.nodes) {
        if (const auto *vnet = node.as<core::VirtualNetwork>())
            used.insert(used.end(), vnet->addressSpace.begin(), vnet->addressSpace.end());
        else if (const auto *cloud = node.as<core::AvsPrivateCloud>()) {
            used.push_back(cloud->managementBlock);
            for (const auto &segment : cloud->segments)
                used.push_back(segment.prefix);
        } else if (const auto *site = node.as<core::OnPremSite>()) {
            used.insert(used.end(), site->prefixes.begin(), site->prefixes.end());
        } else if (const auto *hub = node.as<core::VirtualHub>()) {
            used.push_back(hub->addressPrefix);
        }
    }
    return used;
}

// The first prefix of `length` inside `pool` that overlaps nothing used.
Ipv4Prefix freeRange(const core::Topology &topology, const Ipv4Prefix &pool, int length)
{
    const auto used = usedRanges(topology);
    const std::uint32_t step = std::uint32_t(1) << (32 - length);
    for (std::uint64_t address = pool.first(); address + step - 1 <= pool.last(); address += step) {
        const Ipv4Prefix candidate(Ipv4Address(std::uint32_t(address)), length);
        if (std::none_of(used.begin(), used.end(),
                         [&](const Ipv4Prefix &range) { return range.overlaps(candidate); }))
            return candidate;
    }
    return Ipv4Prefix(Ipv4Address(pool.first()), length);
}

Ipv4Prefix subnetOf(const Ipv4Prefix &range, std::uint32_t offset, int length)
{
    return Ipv4Prefix(Ipv4Address(range.first() + offset), length);
}

// The first /24 or /27 inside the VNet that no subnet uses yet.
Ipv4Prefix freeSubnet(const core::VirtualNetwork &vnet, int length)
{
    for (const auto &range : vnet.addressSpace) {
        const std::uint32_t step = std::uint32_t(1) << (32 - length);
        // Search from the top of the range: gateway subnets conventionally sit at the end.
        for (std::int64_t address = std::int64_t(range.last()) - step + 1;
             address >= std::int64_t(range.first()); address -= step) {
            const Ipv4Prefix candidate(Ipv4Address(std::uint32_t(address)), length);
            if (std::none_of(vnet.subnets.begin(), vnet.subnets.end(),
                             [&](const core::Subnet &s) { return s.prefix.overlaps(candidate); }))
                return candidate;
        }
    }
    return vnet.addressSpace.empty() ? Ipv4Prefix() : subnetOf(vnet.addressSpace.front(), 0, length);
}

const core::VirtualNetwork *vnetNamed(const core::Topology &topology, const std::string &id)
{
    const core::Node *node = topology.node(id);
    return node ? node->as<core::VirtualNetwork>() : nullptr;
}

} // namespace

std::string idStem(core::NodeKind kind)
{
    switch (kind) {
    case core::NodeKind::OnPrem:
        return "onprem";
    case core::NodeKind::ErCircuit:
        return "er";
    case core::NodeKind::Avs:
        return "avs";
    case core::NodeKind::Vnet:
        return "vnet";
    case core::NodeKind::ErGateway:
        return "ergw";
    case core::NodeKind::VpnGateway:
        return "vpngw";
    case core::NodeKind::RouteServer:
        return "ars";
    case core::NodeKind::Nva:
        return "nva";
    case core::NodeKind::Internet:
        return "internet";
    case core::NodeKind::Vwan:
        return "vwan";
    case core::NodeKind::VwanHub:
        return "hub";
    case core::NodeKind::HubFirewall:
        return "fw";
    }
    return "node";
}

std::string freeId(const core::Topology &topology, const std::string &stem)
{
    std::set<std::string> taken;
    for (const auto &node : topology.nodes)
        taken.insert(node.id);
    for (const auto &link : topology.links)
        taken.insert(link.id);
    for (int number = 1;; ++number) {
        const std::string candidate = stem + std::to_string(number);
        if (!taken.contains(candidate))
            return candidate;
    }
}

std::optional<core::Subnet> missingSubnetFor(const core::Topology &topology, core::NodeKind kind,
                                             const std::string &vnet)
{
    const core::VirtualNetwork *network = vnetNamed(topology, vnet);
    if (!network)
        return std::nullopt;
    std::string name;
    int length = 27;
    // Hub gateways and hub firewalls need no subnet (vwan.md): they never land on a VNet.
    switch (kind) {
    case core::NodeKind::ErGateway:
    case core::NodeKind::VpnGateway:
        name = "GatewaySubnet";
        break;
    case core::NodeKind::RouteServer:
        name = "RouteServerSubnet";
        length = 26; // Route Server needs a /26 (articles/route-server/quickstart-*.md)
        break;
    case core::NodeKind::Nva: {
        // An NVA gets a subnet of its own unless the VNet has one called "nva".
        name = "nva";
        length = 24;
        break;
    }
    default:
        return std::nullopt;
    }
    if (network->subnet(name))
        return std::nullopt;
    core::Subnet subnet;
    subnet.name = name;
    subnet.prefix = freeSubnet(*network, length);
    return subnet;
}

core::Node makeNode(const core::Topology &topology, core::NodeKind kind, core::Position position,
                    const std::string &container)
{
    core::Node node;
    node.id = freeId(topology, idStem(kind));
    node.position = position;
    const core::Node *holder = topology.node(container);
    const bool inHub = holder && holder->kind() == core::NodeKind::VwanHub;
    const std::string vnet = inHub ? std::string() : container;
    switch (kind) {
    case core::NodeKind::OnPrem: {
        core::OnPremSite site;
        // Private, and outside what Azure (65515-65520) and AVS (64513, 64600-64940,
        // 65000-65412) reserve, so a new site peers with AVS without a finding.
        site.asn = 65420;
        site.prefixes = {freeRange(topology, *Ipv4Prefix::parse("192.168.0.0/16"), 20)};
        node.data = site;
        break;
    }
    case core::NodeKind::ErCircuit:
        node.data = core::ErCircuit{};
        break;
    case core::NodeKind::Avs: {
        core::AvsPrivateCloud cloud;
        cloud.managementBlock = freeRange(topology, *Ipv4Prefix::parse("10.100.0.0/14"), 22);
        core::Segment segment;
        segment.name = "workload";
        segment.prefix = freeRange(topology, *Ipv4Prefix::parse("10.110.0.0/15"), 24);
        cloud.segments = {segment};
        node.data = cloud;
        break;
    }
    case core::NodeKind::Vnet: {
        core::VirtualNetwork network;
        network.addressSpace = {freeRange(topology, *Ipv4Prefix::parse("10.0.0.0/9"), 16)};
        core::Subnet workload;
        workload.name = "workload";
        workload.prefix = subnetOf(network.addressSpace.front(), 0x100, 24);
        network.subnets = {workload};
        node.data = network;
        break;
    }
    case core::NodeKind::ErGateway: {
        core::ErGateway gateway;
        gateway.vnet = vnet;
        if (inHub)
            gateway.hub = container;
        node.data = gateway;
        break;
    }
    case core::NodeKind::VpnGateway: {
        core::VpnGateway gateway;
        gateway.vnet = vnet;
        if (inHub)
            gateway.hub = container; // asn, bgp and activeActive are fixed in a hub
        node.data = gateway;
        break;
    }
    case core::NodeKind::RouteServer:
        node.data = core::RouteServer{vnet, false};
        break;
    case core::NodeKind::Nva: {
        core::Nva nva;
        nva.vnet = vnet;
        nva.subnet = "nva";
        nva.asn = 65430; // private and unreserved, like a new site's
        const core::VirtualNetwork *network = vnetNamed(topology, vnet);
        const core::Subnet *subnet = network ? network->subnet("nva") : nullptr;
        const auto planned = missingSubnetFor(topology, kind, vnet);
        const Ipv4Prefix prefix = subnet ? subnet->prefix : planned ? planned->prefix : Ipv4Prefix();
        // The first address Azure hands out in a subnet is .4; count the NVAs already there.
        std::uint32_t offset = 4;
        for (const auto &other : topology.nodes) {
            if (const auto *existing = other.as<core::Nva>();
                existing && existing->vnet == vnet && prefix.contains(existing->ip))
                offset = std::max(offset, existing->ip.value() - prefix.first() + 1);
        }
        nva.ip = Ipv4Address(prefix.first() + offset);
        node.data = nva;
        break;
    }
    case core::NodeKind::Internet:
        node.data = core::InternetBreakout{};
        break;
    case core::NodeKind::Vwan:
        node.data = core::VirtualWan{}; // branch-to-branch on, as Azure creates it
        break;
    case core::NodeKind::VwanHub: {
        core::VirtualHub hub;
        hub.vwan = container;
        // A /23, the size Microsoft recommends (a /24 is the minimum, vwan-hub-prefix), from a
        // range the other defaults leave free.
        hub.addressPrefix = freeRange(topology, *Ipv4Prefix::parse("10.240.0.0/12"), 23);
        node.data = hub;
        break;
    }
    case core::NodeKind::HubFirewall: {
        // An Azure Firewall with no address shown: the address is only displayed, and Azure
        // picks it when the firewall is deployed.
        core::HubFirewall firewall;
        firewall.hub = container;
        node.data = firewall;
        break;
    }
    }
    return node;
}

} // namespace avsnet::ui
