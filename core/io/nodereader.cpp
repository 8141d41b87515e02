// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodereader.h"

#include <limits>

namespace avsnet::core {

namespace {

constexpr std::int64_t maximumInt = std::numeric_limits<int>::max();
// Azure accepts at most ten prepends; a larger count is a typo, not a policy.
constexpr std::int64_t maximumPrepend = 10;

template<typename Enum, typename Parse>
Enum readEnum(ObjectReader &object, std::string_view key, Enum fallback, Parse parse,
              std::string_view choices)
{
    const Json *value = object.find(key);
    if (!value)
        return fallback;
    const JsonPath path = object.path().key(key);
    const std::string text = readString(*value, path);
    const std::optional<Enum> parsed = parse(text);
    if (!parsed)
        failAt(path, "unknown " + std::string(key) + " \"" + text + "\"; use one of "
                         + std::string(choices));
    return *parsed;
}

// Runs `read` on each object of the list under `key`, giving it the object's reader.
template<typename Item, typename Read>
std::vector<Item> readObjects(ObjectReader &owner, std::string_view key, Read read)
{
    std::vector<Item> items;
    Json *value = owner.find(key);
    if (!value)
        return items;
    const JsonPath path = owner.path().key(key);
    auto &array = readArray(*value, path);
    items.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        const JsonPath itemPath = path.index(i);
        ObjectReader object(array[i], itemPath, owner.schemaOf(key));
        Item item = read(object);
        item.unknown = object.takeUnknown();
        items.push_back(std::move(item));
    }
    return items;
}

OnPremSite readOnPrem(ObjectReader &object)
{
    OnPremSite site;
    site.asn = readAsn(object.require("asn"), object.path().key("asn"));
    site.prefixes = object.prefixes("prefixes");
    if (const Json *advertise = object.find("advertise"))
        site.advertise = readPrefixes(*advertise, object.path().key("advertise"));
    site.advertiseDefaultRoute = object.boolean("advertiseDefaultRoute", false);
    return site;
}

ErCircuit readErCircuit(ObjectReader &object)
{
    ErCircuit circuit;
    circuit.sku
        = readEnum(object, "sku", CircuitSku::Standard, circuitSkuFromString,
                   "standard, premium, local");
    circuit.location = object.string("location");
    circuit.bandwidthMbps = int(object.integer("bandwidthMbps", 1, maximumInt, 1000));
    return circuit;
}

AvsPrivateCloud readAvs(ObjectReader &object)
{
    AvsPrivateCloud cloud;
    cloud.managementBlock = object.requiredPrefix("managementBlock");
    cloud.segments = readObjects<Segment>(object, "segments", [](ObjectReader &item) {
        Segment segment;
        segment.name = item.requiredString("name");
        segment.prefix = item.requiredPrefix("prefix");
        return segment;
    });
    cloud.internet = readEnum(object, "internet", AvsInternet::None, avsInternetFromString,
                              "none, managed-snat, public-ip, default-route");
    cloud.location = object.string("location");
    return cloud;
}

UserRoute readRoute(ObjectReader &object)
{
    UserRoute route;
    route.name = object.requiredString("name");
    route.prefix = object.requiredPrefix("prefix");
    object.require("nextHopType");
    route.nextHopType = readEnum(object, "nextHopType", NextHopType::None, nextHopTypeFromString,
                                 "VirtualAppliance, VirtualNetworkGateway, VnetLocal, Internet,"
                                 " None");
    if (route.nextHopType == NextHopType::VirtualAppliance)
        object.setOwner("route with next hop VirtualAppliance");
    const Json *nextHopIp = route.nextHopType == NextHopType::VirtualAppliance
                                ? &object.require("nextHopIp")
                                : object.find("nextHopIp");
    if (nextHopIp)
        route.nextHopIp = readAddress(*nextHopIp, object.path().key("nextHopIp"));
    return route;
}

VirtualNetwork readVnet(ObjectReader &object)
{
    VirtualNetwork vnet;
    vnet.addressSpace
        = readPrefixes(object.require("addressSpace"), object.path().key("addressSpace"));
    vnet.subnets = readObjects<Subnet>(object, "subnets", [](ObjectReader &item) {
        Subnet subnet;
        subnet.name = item.requiredString("name");
        subnet.prefix = item.requiredPrefix("prefix");
        subnet.routeTable = item.string("routeTable");
        return subnet;
    });
    vnet.routeTables = readObjects<RouteTable>(object, "routeTables", [](ObjectReader &item) {
        RouteTable table;
        table.name = item.requiredString("name");
        table.disableBgpRoutePropagation = item.boolean("disableBgpRoutePropagation", false);
        table.routes = readObjects<UserRoute>(item, "routes", readRoute);
        return table;
    });
    vnet.location = object.string("location");
    return vnet;
}

Nva readNva(ObjectReader &object)
{
    Nva nva;
    nva.vnet = object.requiredString("vnet");
    nva.subnet = object.requiredString("subnet");
    nva.ip = readAddress(object.require("ip"), object.path().key("ip"));
    nva.asn = object.asn("asn");
    nva.ipForwarding = object.boolean("ipForwarding", true);
    nva.originate = object.prefixes("originate");
    nva.readvertise = object.boolean("readvertise", false);
    if (const Json *nextHop = object.find("nextHop"))
        nva.nextHop = readAddress(*nextHop, object.path().key("nextHop"));
    if (Json *asPath = object.find("asPath")) {
        const JsonPath path = object.path().key("asPath");
        ObjectReader policy(*asPath, path, object.schemaOf("asPath"));
        nva.asPath.prepend = int(policy.integer("prepend", 0, maximumPrepend, 0));
        nva.asPath.replacePrivate = policy.boolean("replacePrivate", false);
        nva.asPath.unknown = policy.takeUnknown();
    }
    return nva;
}

// vwan.md: a gateway lives in a VNet or in a Virtual WAN hub, never both, never neither.
void readGatewayHome(ObjectReader &object, std::string_view kind, std::string &vnet,
                     std::string &hub)
{
    const bool hasVnet = object.find("vnet") != nullptr;
    const bool hasHub = object.find("hub") != nullptr;
    if (hasVnet && hasHub)
        failAt(object.path().key("hub"), "a gateway lives in a VNet or in a Virtual WAN hub, not"
                                         " both; remove \"vnet\" or \"hub\"");
    if (!hasVnet && !hasHub)
        failAt(object.path().key("vnet"),
               "the field \"vnet\" is missing; add it to this " + std::string(kind)
                   + " node (or \"hub\" for a Virtual WAN hub's gateway)");
    vnet = object.string("vnet");
    hub = object.string("hub");
}

// A firewall id or null (no such routing policy).
std::string readOptionalId(ObjectReader &object, std::string_view key)
{
    const Json *value = object.find(key);
    if (!value || value->is_null())
        return {};
    return readString(*value, object.path().key(key));
}

VirtualHub readVwanHub(ObjectReader &object)
{
    VirtualHub hub;
    hub.vwan = object.requiredString("vwan");
    hub.addressPrefix = object.requiredPrefix("addressPrefix");
    hub.location = object.string("location");
    hub.hubRoutingPreference
        = readEnum(object, "hubRoutingPreference", HubRoutingPreference::ExpressRoute,
                   hubRoutingPreferenceFromString, "expressroute, vpn, as-path");
    if (Json *intent = object.find("routingIntent"); intent && !intent->is_null()) {
        ObjectReader policy(*intent, object.path().key("routingIntent"),
                            object.schemaOf("routingIntent"));
        RoutingIntent routing;
        routing.privateTraffic = readOptionalId(policy, "privateTraffic");
        routing.internetTraffic = readOptionalId(policy, "internetTraffic");
        routing.additionalPrefixes = policy.prefixes("additionalPrefixes");
        routing.unknown = policy.takeUnknown();
        hub.routingIntent = std::move(routing);
    }
    hub.erToErTransit = object.boolean("erToErTransit", false);
    return hub;
}

NodeData readNodeData(NodeKind kind, ObjectReader &object)
{
    switch (kind) {
    case NodeKind::OnPrem:
        return readOnPrem(object);
    case NodeKind::ErCircuit:
        return readErCircuit(object);
    case NodeKind::Avs:
        return readAvs(object);
    case NodeKind::Vnet:
        return readVnet(object);
    case NodeKind::ErGateway: {
        ErGateway gateway;
        readGatewayHome(object, "er-gateway", gateway.vnet, gateway.hub);
        gateway.sku = readEnum(object, "sku", ErGatewaySku::Standard, erGatewaySkuFromString,
                               "standard, high-performance, ultra, ergw1az, ergw2az, ergw3az");
        gateway.allowRemoteVnetTraffic = object.boolean("allowRemoteVnetTraffic", false);
        gateway.allowVirtualWanTraffic = object.boolean("allowVirtualWanTraffic", false);
        gateway.allowNonVirtualWanTraffic = object.boolean("allowNonVirtualWanTraffic", false);
        return gateway;
    }
    case NodeKind::VpnGateway: {
        VpnGateway gateway;
        readGatewayHome(object, "vpn-gateway", gateway.vnet, gateway.hub);
        gateway.asn = object.asn("asn").value_or(65515);
        gateway.bgp = object.boolean("bgp", true);
        gateway.activeActive = object.boolean("activeActive", false);
        return gateway;
    }
    case NodeKind::RouteServer: {
        RouteServer server;
        server.vnet = object.requiredString("vnet");
        server.branchToBranch = object.boolean("branchToBranch", false);
        server.hubRoutingPreference
            = readEnum(object, "hubRoutingPreference", HubRoutingPreference::ExpressRoute,
                       hubRoutingPreferenceFromString, "expressroute, vpn, as-path");
        return server;
    }
    case NodeKind::Nva:
        return readNva(object);
    case NodeKind::Internet:
        return InternetBreakout{};
    case NodeKind::Vwan:
        return VirtualWan{object.boolean("branchToBranch", true)};
    case NodeKind::VwanHub:
        return readVwanHub(object);
    case NodeKind::HubFirewall: {
        HubFirewall firewall;
        firewall.hub = object.requiredString("hub");
        if (const Json *ip = object.find("ip"))
            firewall.ip = readAddress(*ip, object.path().key("ip"));
        firewall.vendor = readEnum(object, "vendor", FirewallVendor::AzureFirewall,
                                   firewallVendorFromString, "azure-firewall, nva");
        return firewall;
    }
    }
    return InternetBreakout{};
}

LinkData readLinkData(LinkKind kind, ObjectReader &object)
{
    switch (kind) {
    case LinkKind::ErPeering:
        return ErPeeringLink{object.prefix("primarySubnet"), object.prefix("secondarySubnet")};
    case LinkKind::ErConnection:
        return ErConnectionLink{int(object.integer("weight", 0, maximumInt, 0)),
                                object.boolean("fastPath", false),
                                object.boolean("propagateDefaultRoute", false)};
    case LinkKind::GlobalReach:
        return GlobalReachLink{object.prefix("subnet")};
    case LinkKind::VnetPeering: {
        VnetPeeringLink peering;
        peering.useRemoteGateways = object.boolean("useRemoteGateways", false);
        peering.allowForwardedTraffic = object.boolean("allowForwardedTraffic", true);
        return peering;
    }
    case LinkKind::VpnConnection: {
        VpnConnectionLink connection;
        connection.bgp = object.boolean("bgp", true);
        connection.weight = int(object.integer("weight", 0, maximumInt, 0));
        connection.propagateDefaultRoute = object.boolean("propagateDefaultRoute", false);
        return connection;
    }
    case LinkKind::BgpSession:
        return BgpSessionLink{};
    case LinkKind::HubConnection:
        return HubConnectionLink{object.boolean("propagateDefaultRoute", true)};
    }
    return BgpSessionLink{};
}

} // namespace

Node readNode(Json &value, const JsonPath &path)
{
    ObjectReader object(value, path, formatschema::node());
    Node node;
    node.id = object.requiredId("id");
    const std::string kindText = object.requiredString("kind");
    const auto kind = nodeKindFromString(kindText);
    if (!kind)
        failAt(path.key("kind"), "unknown node kind \"" + kindText
                                     + "\"; use one of onprem, er-circuit, avs, vnet, er-gateway,"
                                       " vpn-gateway, route-server, nva, internet, vwan, vwan-hub,"
                                       " hub-firewall");
    object.extend(formatschema::nodeKind(*kind));
    node.name = object.string("name");
    node.position = object.position("position");
    node.disabled = object.boolean("disabled", false);
    node.notes = object.string("notes");
    node.data = readNodeData(*kind, object);
    node.unknown = object.takeUnknown();
    return node;
}

Link readLink(Json &value, const JsonPath &path)
{
    ObjectReader object(value, path, formatschema::link());
    Link link;
    link.id = object.requiredId("id");
    const std::string kindText = object.requiredString("kind");
    const auto kind = linkKindFromString(kindText);
    if (!kind)
        failAt(path.key("kind"), "unknown link kind \"" + kindText
                                     + "\"; use one of er-peering, er-connection, global-reach,"
                                       " vnet-peering, vpn-connection, bgp-session,"
                                       " hub-connection");
    object.extend(formatschema::linkKind(*kind));
    link.from = object.requiredString("from");
    link.to = object.requiredString("to");
    link.disabled = object.boolean("disabled", false);
    link.notes = object.string("notes");
    link.data = readLinkData(*kind, object);
    link.unknown = object.takeUnknown();
    return link;
}

} // namespace avsnet::core
