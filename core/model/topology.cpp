// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace avsnet::core {

namespace {

// One table per enum: the spelling in the file format, in enum order.
using namespace std::string_view_literals;
constexpr std::array nodeKindNames = {"onprem"sv,      "er-circuit"sv, "avs"sv,
                                      "vnet"sv,        "er-gateway"sv, "vpn-gateway"sv,
                                      "route-server"sv, "nva"sv,       "internet"sv,
                                      "vwan"sv,        "vwan-hub"sv,   "hub-firewall"sv};
constexpr std::array linkKindNames = {"er-peering"sv,   "er-connection"sv, "global-reach"sv,
                                      "vnet-peering"sv, "vpn-connection"sv, "bgp-session"sv,
                                      "hub-connection"sv};
constexpr std::array nextHopTypeNames = {"VirtualAppliance"sv, "VirtualNetworkGateway"sv,
                                         "VnetLocal"sv, "Internet"sv, "None"sv};
constexpr std::array avsInternetNames = {"none"sv, "managed-snat"sv, "public-ip"sv,
                                         "default-route"sv};
constexpr std::array circuitSkuNames = {"standard"sv, "premium"sv, "local"sv};
constexpr std::array erGatewaySkuNames = {"standard"sv, "high-performance"sv, "ultra"sv,
                                          "ergw1az"sv,  "ergw2az"sv,          "ergw3az"sv};
// Azure's own names for the non-AZ SKUs, as the portal and ARM write them.
constexpr std::array erGatewaySkuAzureNames = {"standard"sv, "highperformance"sv,
                                               "ultraperformance"sv};
constexpr std::array hubRoutingPreferenceNames = {"expressroute"sv, "vpn"sv, "as-path"sv};
constexpr std::array firewallVendorNames = {"azure-firewall"sv, "nva"sv};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::string_view, N> &names, std::string_view text)
{
    const auto found = std::find(names.begin(), names.end(), text);
    if (found == names.end())
        return std::nullopt;
    return Enum(found - names.begin());
}

template<typename Container>
auto findByName(Container &items, std::string_view name) -> decltype(&items.front())
{
    const auto found = std::find_if(items.begin(), items.end(),
                                    [&](const auto &item) { return item.name == name; });
    return found == items.end() ? nullptr : &*found;
}

} // namespace

const Subnet *VirtualNetwork::subnet(std::string_view name) const
{
    return findByName(subnets, name);
}

const RouteTable *VirtualNetwork::routeTable(std::string_view name) const
{
    return findByName(routeTables, name);
}

const std::string &Node::parentVnet() const
{
    static const std::string none;
    if (const auto *gateway = as<ErGateway>())
        return gateway->vnet;
    if (const auto *gateway = as<VpnGateway>())
        return gateway->vnet;
    if (const auto *server = as<RouteServer>())
        return server->vnet;
    if (const auto *nva = as<Nva>())
        return nva->vnet;
    return none;
}

const std::string &Node::parentHub() const
{
    static const std::string none;
    if (const auto *gateway = as<ErGateway>())
        return gateway->hub;
    if (const auto *gateway = as<VpnGateway>())
        return gateway->hub;
    if (const auto *firewall = as<HubFirewall>())
        return firewall->hub;
    return none;
}

int Topology::requiredFormatVersion() const
{
    const bool virtualWan = std::any_of(nodes.begin(), nodes.end(), [](const Node &node) {
        const NodeKind kind = node.kind();
        return kind == NodeKind::Vwan || kind == NodeKind::VwanHub
               || kind == NodeKind::HubFirewall;
    });
    return virtualWan ? 2 : 1;
}

int Topology::nodeIndex(std::string_view id) const
{
    const auto found = std::find_if(nodes.begin(), nodes.end(),
                                    [&](const Node &node) { return node.id == id; });
    return found == nodes.end() ? -1 : int(found - nodes.begin());
}

const Node *Topology::node(std::string_view id) const
{
    const int index = nodeIndex(id);
    return index < 0 ? nullptr : &nodes[std::size_t(index)];
}

Node *Topology::node(std::string_view id)
{
    return const_cast<Node *>(std::as_const(*this).node(id));
}

const Link *Topology::link(std::string_view id) const
{
    const auto found = std::find_if(links.begin(), links.end(),
                                    [&](const Link &link) { return link.id == id; });
    return found == links.end() ? nullptr : &*found;
}

std::string_view toString(NodeKind kind) { return nodeKindNames[std::size_t(kind)]; }
std::string_view toString(LinkKind kind) { return linkKindNames[std::size_t(kind)]; }
std::string_view toString(NextHopType type) { return nextHopTypeNames[std::size_t(type)]; }
std::string_view toString(AvsInternet internet) { return avsInternetNames[std::size_t(internet)]; }
std::string_view toString(CircuitSku sku) { return circuitSkuNames[std::size_t(sku)]; }
std::string_view toString(ErGatewaySku sku) { return erGatewaySkuNames[std::size_t(sku)]; }
std::string_view toString(HubRoutingPreference preference)
{
    return hubRoutingPreferenceNames[std::size_t(preference)];
}

std::string_view toString(FirewallVendor vendor)
{
    return firewallVendorNames[std::size_t(vendor)];
}

std::optional<NodeKind> nodeKindFromString(std::string_view text)
{
    return lookup<NodeKind>(nodeKindNames, text);
}
std::optional<LinkKind> linkKindFromString(std::string_view text)
{
    return lookup<LinkKind>(linkKindNames, text);
}
std::optional<NextHopType> nextHopTypeFromString(std::string_view text)
{
    return lookup<NextHopType>(nextHopTypeNames, text);
}
std::optional<AvsInternet> avsInternetFromString(std::string_view text)
{
    return lookup<AvsInternet>(avsInternetNames, text);
}
std::optional<CircuitSku> circuitSkuFromString(std::string_view text)
{
    return lookup<CircuitSku>(circuitSkuNames, text);
}
std::optional<ErGatewaySku> erGatewaySkuFromString(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (const auto sku = lookup<ErGatewaySku>(erGatewaySkuNames, lower))
        return sku;
    return lookup<ErGatewaySku>(erGatewaySkuAzureNames, lower);
}
std::optional<HubRoutingPreference> hubRoutingPreferenceFromString(std::string_view text)
{
    return lookup<HubRoutingPreference>(hubRoutingPreferenceNames, text);
}

std::optional<FirewallVendor> firewallVendorFromString(std::string_view text)
{
    return lookup<FirewallVendor>(firewallVendorNames, text);
}

} // namespace avsnet::core
