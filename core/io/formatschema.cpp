// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatschema.h"

#include <array>
#include <vector>

namespace avsnet::core {

namespace {

// Words shared by many fields.
constexpr std::string_view required = "required";
constexpr std::string_view none = "none";
constexpr std::string_view empty = "empty";
constexpr std::string_view text = "string";
constexpr std::string_view boolean = "boolean";
constexpr std::string_view prefixList = "list of prefixes";
constexpr std::string_view objectList = "list of objects";

// Children first: a field points at the schema of the objects it holds.

constexpr FieldSpec positionFields[] = {
    {"x", "number", required},
    {"y", "number", required},
};
constexpr ObjectSchema positionSchema{"Position", "position", positionFields};

constexpr FieldSpec sizeFields[] = {
    {"width", "number", required},
    {"height", "number", required},
};
constexpr ObjectSchema sizeSchema{"Size", "size", sizeFields};

constexpr FieldSpec segmentFields[] = {
    {"name", text, required},
    {"prefix", "prefix", required},
};
constexpr ObjectSchema segmentSchema{"Segment", "segment", segmentFields};

constexpr FieldSpec subnetFields[] = {
    {"name", text, required},
    {"prefix", "prefix", required},
    {"routeTable", "route table name", none},
};
constexpr ObjectSchema subnetSchema{"Subnet", "subnet", subnetFields};

constexpr FieldSpec routeFields[] = {
    {"name", text, required},
    {"prefix", "prefix", required},
    {"nextHopType",
     "one of `VirtualAppliance`, `VirtualNetworkGateway`, `VnetLocal`, `Internet`, "
     "`None`",
     required},
    {"nextHopIp", "address", "none (required with `VirtualAppliance`)"},
};
constexpr ObjectSchema routeSchema{"Route", "route", routeFields};

constexpr FieldSpec routeTableFields[] = {
    {"name", text, required},
    {"disableBgpRoutePropagation", boolean, "false"},
    {"routes", objectList, empty, &routeSchema},
};
constexpr ObjectSchema routeTableSchema{"Route table", "route table", routeTableFields};

constexpr FieldSpec asPathFields[] = {
    {"prepend", "integer (0 to 10)", "0"},
    {"replacePrivate", boolean, "false"},
};
constexpr ObjectSchema asPathSchema{"AS path policy", "asPath", asPathFields};

// ---- nodes -------------------------------------------------------------------------------

constexpr FieldSpec nodeFields[] = {
    {"id", "id", required},         {"kind", "node kind", required},
    {"name", text, "the id"},       {"position", "object", none, &positionSchema},
    {"disabled", boolean, "false"}, {"notes", text, empty},
};
constexpr ObjectSchema nodeSchema{"Every node", "node", nodeFields};

constexpr FieldSpec onPremFields[] = {
    {"asn", "ASN", required},
    {"prefixes", prefixList, empty},
    {"advertise", prefixList, "`prefixes`"},
    {"advertiseDefaultRoute", boolean, "false"},
};
constexpr FieldSpec erCircuitFields[] = {
    {"sku", "one of `standard`, `premium`, `local`", "standard"},
    {"location", text, empty},
    {"bandwidthMbps", "integer (1 or more)", "1000"},
};
constexpr FieldSpec avsFields[] = {
    {"managementBlock", "prefix", required},
    {"segments", objectList, empty, &segmentSchema},
    {"internet", "one of `none`, `managed-snat`, `public-ip`, `default-route`", "none"},
    {"location", text, empty},
};
constexpr FieldSpec vnetFields[] = {
    {"addressSpace", prefixList, required},
    {"subnets", objectList, empty, &subnetSchema},
    {"routeTables", objectList, empty, &routeTableSchema},
    {"location", text, empty},
};
// vwan.md: a gateway lives in exactly one of a VNet and a Virtual WAN hub.
constexpr std::string_view vnetOrHub = "none (exactly one of `vnet` and `hub`)";

constexpr FieldSpec erGatewayFields[] = {
    {"vnet", "vnet node id", vnetOrHub},
    {"hub", "vwan-hub node id", vnetOrHub},
    {"sku",
     "one of `standard`, `high-performance`, `ultra`, `ergw1az`, `ergw2az`, `ergw3az` (Azure's "
     "spellings such as `ErGw1AZ` are read too)",
     "standard"},
    {"allowRemoteVnetTraffic", boolean, "false"},
    {"allowVirtualWanTraffic", boolean, "false"},
    {"allowNonVirtualWanTraffic", boolean, "false"},
};
constexpr FieldSpec vpnGatewayFields[] = {
    {"vnet", "vnet node id", vnetOrHub},
    {"hub", "vwan-hub node id", vnetOrHub},
    {"asn", "ASN", "65515"},
    {"bgp", boolean, "true"},
    {"activeActive", boolean, "false"},
};
constexpr FieldSpec routeServerFields[] = {
    {"vnet", "vnet node id", required},
    {"branchToBranch", boolean, "false"},
    {"hubRoutingPreference", "one of `expressroute`, `vpn`, `as-path`", "expressroute"},
};
constexpr FieldSpec nvaFields[] = {
    {"vnet", "vnet node id", required}, {"subnet", "subnet name", required},
    {"ip", "address", required},        {"asn", "ASN", "none (required with a `bgp-session`)"},
    {"ipForwarding", boolean, "true"},  {"originate", prefixList, empty},
    {"readvertise", boolean, "false"},  {"asPath", "object", none, &asPathSchema},
    {"nextHop", "address", "its `ip`"},
};

constexpr FieldSpec vwanFields[] = {
    {"branchToBranch", boolean, "true"},
};
constexpr FieldSpec routingIntentFields[] = {
    {"privateTraffic", "hub-firewall node id or null", none},
    {"internetTraffic", "hub-firewall node id or null", none},
    {"additionalPrefixes", prefixList, empty},
};
constexpr ObjectSchema routingIntentSchema{"Routing intent", "routingIntent",
                                           routingIntentFields};
constexpr FieldSpec vwanHubFields[] = {
    {"vwan", "vwan node id", required},
    {"addressPrefix", "prefix", required},
    {"location", text, empty},
    {"hubRoutingPreference", "one of `expressroute`, `vpn`, `as-path`", "expressroute"},
    {"routingIntent", "object or null", none, &routingIntentSchema},
    {"erToErTransit", boolean, "false"},
};
constexpr FieldSpec hubFirewallFields[] = {
    {"hub", "vwan-hub node id", required},
    {"ip", "address", none},
    {"vendor", "one of `azure-firewall`, `nva`", "azure-firewall"},
};

// In the order of NodeKind.
constexpr std::array<ObjectSchema, std::variant_size_v<NodeData>> nodeKindSchemas = {{
    {"`onprem`", "onprem node", onPremFields},
    {"`er-circuit`", "er-circuit node", erCircuitFields},
    {"`avs`", "avs node", avsFields},
    {"`vnet`", "vnet node", vnetFields},
    {"`er-gateway`", "er-gateway node", erGatewayFields},
    {"`vpn-gateway`", "vpn-gateway node", vpnGatewayFields},
    {"`route-server`", "route-server node", routeServerFields},
    {"`nva`", "nva node", nvaFields},
    {"`internet`", "internet node", {}},
    {"`vwan`", "vwan node", vwanFields},
    {"`vwan-hub`", "vwan-hub node", vwanHubFields},
    {"`hub-firewall`", "hub-firewall node", hubFirewallFields},
}};

// ---- links -------------------------------------------------------------------------------

constexpr FieldSpec linkFields[] = {
    {"id", "id", required},      {"kind", "link kind", required}, {"from", "node id", required},
    {"to", "node id", required}, {"disabled", boolean, "false"},  {"notes", text, empty},
};
constexpr ObjectSchema linkSchema{"Every link", "link", linkFields};

constexpr FieldSpec erPeeringFields[] = {
    {"primarySubnet", "prefix", none},
    {"secondarySubnet", "prefix", none},
};
constexpr FieldSpec erConnectionFields[] = {
    {"weight", "integer (0 or more)", "0"},
    {"fastPath", boolean, "false"},
    {"propagateDefaultRoute", boolean, "false"},
};
constexpr FieldSpec globalReachFields[] = {
    {"subnet", "prefix", none},
};
constexpr FieldSpec vnetPeeringFields[] = {
    {"useRemoteGateways", boolean, "false"},
    {"allowForwardedTraffic", boolean, "true"},
};
constexpr FieldSpec vpnConnectionFields[] = {
    {"bgp", boolean, "true"},
    {"weight", "integer (0 or more)", "0"},
    {"propagateDefaultRoute", boolean, "false"},
};
constexpr FieldSpec hubConnectionFields[] = {
    {"propagateDefaultRoute", boolean, "true"},
};

// In the order of LinkKind.
constexpr std::array<ObjectSchema, std::variant_size_v<LinkData>> linkKindSchemas = {{
    {"`er-peering`", "er-peering link", erPeeringFields},
    {"`er-connection`", "er-connection link", erConnectionFields},
    {"`global-reach`", "global-reach link", globalReachFields},
    {"`vnet-peering`", "vnet-peering link", vnetPeeringFields},
    {"`vpn-connection`", "vpn-connection link", vpnConnectionFields},
    {"`bgp-session`", "bgp-session link", {}},
    {"`hub-connection`", "hub-connection link", hubConnectionFields},
}};

// ---- intents, annotations, lessons, the design -------------------------------------------

constexpr FieldSpec intentFields[] = {
    {"name", text, empty},
    {"from", "endpoint", required},
    {"to", "endpoint", required},
    {"expect", "one of `reachable`, `unreachable`", "reachable"},
    {"via", "list of node ids", empty},
};
constexpr ObjectSchema intentSchema{"Intent", "intent", intentFields};

constexpr FieldSpec annotationFields[] = {
    {"id", "id", required},
    {"text", text, empty},
    {"position", "object", none, &positionSchema},
    {"size", "object", none, &sizeSchema},
};
constexpr ObjectSchema annotationSchema{"Annotation", "annotation", annotationFields};

constexpr FieldSpec lessonStepFields[] = {
    {"text", "Markdown", empty},
    {"goals", "list of intent names", empty},
    {"hint", text, empty},
};
constexpr ObjectSchema lessonStepSchema{"Lesson step", "lesson step", lessonStepFields};

constexpr FieldSpec lessonFields[] = {
    {"title", text, empty},
    {"steps", objectList, empty, &lessonStepSchema},
};
constexpr ObjectSchema lessonSchema{"Lesson", "lesson", lessonFields};

constexpr FieldSpec designFields[] = {
    {"format", "`avsnet`", required},
    {"version", "integer", required},
    {"name", text, empty},
    {"description", text, empty},
    {"nodes", objectList, empty, &nodeSchema},
    {"links", objectList, empty, &linkSchema},
    {"intents", objectList, empty, &intentSchema},
    {"annotations", objectList, empty, &annotationSchema},
    {"lesson", "object or null", none, &lessonSchema},
};
constexpr ObjectSchema designSchema{"Top level", "design", designFields};

} // namespace

const FieldSpec *ObjectSchema::field(std::string_view name) const
{
    for (const FieldSpec &spec : fields) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

namespace formatschema {

const ObjectSchema &design()
{
    return designSchema;
}

const ObjectSchema &node()
{
    return nodeSchema;
}

const ObjectSchema &link()
{
    return linkSchema;
}

const ObjectSchema &nodeKind(NodeKind kind)
{
    return nodeKindSchemas[std::size_t(kind)];
}

const ObjectSchema &linkKind(LinkKind kind)
{
    return linkKindSchemas[std::size_t(kind)];
}

const ObjectSchema &position()
{
    return positionSchema;
}

const ObjectSchema &size()
{
    return sizeSchema;
}

const ObjectSchema &segment()
{
    return segmentSchema;
}

const ObjectSchema &subnet()
{
    return subnetSchema;
}

const ObjectSchema &routeTable()
{
    return routeTableSchema;
}

const ObjectSchema &route()
{
    return routeSchema;
}

const ObjectSchema &asPathPolicy()
{
    return asPathSchema;
}

const ObjectSchema &routingIntent()
{
    return routingIntentSchema;
}

const ObjectSchema &intent()
{
    return intentSchema;
}

const ObjectSchema &annotation()
{
    return annotationSchema;
}

const ObjectSchema &lesson()
{
    return lessonSchema;
}

const ObjectSchema &lessonStep()
{
    return lessonStepSchema;
}

std::span<const ObjectSchema *const> all()
{
    static const auto schemas = [] {
        std::vector<const ObjectSchema *> list{&designSchema, &nodeSchema};
        for (const ObjectSchema &kind : nodeKindSchemas)
            list.push_back(&kind);
        list.insert(list.end(), {&segmentSchema, &subnetSchema, &routeTableSchema, &routeSchema,
                                 &asPathSchema, &routingIntentSchema, &linkSchema});
        for (const ObjectSchema &kind : linkKindSchemas)
            list.push_back(&kind);
        list.insert(list.end(), {&intentSchema, &annotationSchema, &positionSchema, &sizeSchema,
                                 &lessonSchema, &lessonStepSchema});
        return list;
    }();
    return schemas;
}

} // namespace formatschema

} // namespace avsnet::core
