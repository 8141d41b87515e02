// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentwriter.h"

#include "atomicfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>


namespace avsnet::core {

namespace {

using Json = nlohmann::ordered_json;
using Members = Json::object_t::Container;

// Builds one JSON object in the order fields are added. Known fields go first; unknown ones
// follow in their original order, except a key a known field already wrote (an unknown field
// cannot override the model).
class ObjectWriter
{
public:
    template<typename Value> ObjectWriter &add(const char *key, Value &&value)
    {
        members().emplace_back(key, Json(std::forward<Value>(value)));
        return *this;
    }
    template<typename Value> ObjectWriter &addUnless(bool isDefault, const char *key, Value &&value)
    {
        if (!isDefault)
            add(key, std::forward<Value>(value));
        return *this;
    }
    ObjectWriter &addString(const char *key, const std::string &value)
    {
        return addUnless(value.empty(), key, value);
    }

    Json finish(const UnknownFields &unknown)
    {
        if (unknown.is_object()) {
            const std::size_t knownCount = members().size();
            const auto &extra
                = static_cast<const Members &>(unknown.get_ref<const Json::object_t &>());
            for (const auto &field : extra) {
                const auto begin = members().begin();
                const auto end = begin + std::ptrdiff_t(knownCount);
                const auto sameKey = [&field](const auto &known) {
                    return known.first == field.first;
                };
                if (std::find_if(begin, end, sameKey) == end)
                    members().push_back(field);
            }
        }
        return std::move(m_object);
    }
    Json finish() { return std::move(m_object); }

private:
    Members &members() { return static_cast<Members &>(m_object.get_ref<Json::object_t &>()); }

    Json m_object = Json::object();
};

// A whole number is written without a decimal point (`"x": 120`, not `120.0`), as people
// write coordinates; below 2^53 the double reads back exactly.
Json number(double value)
{
    if (std::trunc(value) == value && std::fabs(value) <= 9007199254740992.0)
        return Json(std::int64_t(value));
    return Json(value);
}

Json toJson(const Position &position)
{
    return ObjectWriter().add("x", number(position.x)).add("y", number(position.y)).finish();
}

Json toJson(const Size &size)
{
    return ObjectWriter()
        .add("width", number(size.width))
        .add("height", number(size.height))
        .finish();
}

Json toJson(const std::vector<Ipv4Prefix> &prefixes)
{
    Json array = Json::array();
    auto &items = array.get_ref<Json::array_t &>();
    items.reserve(prefixes.size());
    for (const Ipv4Prefix &prefix : prefixes)
        items.emplace_back(prefix.toString());
    return array;
}

Json toJson(const std::vector<std::string> &strings)
{
    return Json(strings);
}

template<typename Item, typename Write>
Json toJsonArray(const std::vector<Item> &items, Write write)
{
    Json array = Json::array();
    auto &elements = array.get_ref<Json::array_t &>();
    elements.reserve(items.size());
    for (const Item &item : items)
        elements.push_back(write(item));
    return array;
}

void writeKindFields(ObjectWriter &out, const OnPremSite &site)
{
    out.add("asn", site.asn);
    out.addUnless(site.prefixes.empty(), "prefixes", toJson(site.prefixes));
    if (site.advertise)
        out.add("advertise", toJson(*site.advertise));
    out.addUnless(!site.advertiseDefaultRoute, "advertiseDefaultRoute", true);
}

void writeKindFields(ObjectWriter &out, const ErCircuit &circuit)
{
    out.addUnless(circuit.sku == CircuitSku::Standard, "sku", toString(circuit.sku));
    out.addString("location", circuit.location);
    out.addUnless(circuit.bandwidthMbps == 1000, "bandwidthMbps", circuit.bandwidthMbps);
}

void writeKindFields(ObjectWriter &out, const AvsPrivateCloud &cloud)
{
    out.add("managementBlock", cloud.managementBlock.toString());
    out.addUnless(cloud.segments.empty(), "segments",
                  toJsonArray(cloud.segments, [](const Segment &segment) {
                      return ObjectWriter()
                          .add("name", segment.name)
                          .add("prefix", segment.prefix.toString())
                          .finish(segment.unknown);
                  }));
    out.addUnless(cloud.internet == AvsInternet::None, "internet", toString(cloud.internet));
    out.addString("location", cloud.location);
}

Json toJson(const UserRoute &route)
{
    ObjectWriter out;
    out.add("name", route.name)
        .add("prefix", route.prefix.toString())
        .add("nextHopType", toString(route.nextHopType));
    if (route.nextHopIp)
        out.add("nextHopIp", route.nextHopIp->toString());
    return out.finish(route.unknown);
}

void writeKindFields(ObjectWriter &out, const VirtualNetwork &vnet)
{
    out.add("addressSpace", toJson(vnet.addressSpace));
    out.addUnless(vnet.subnets.empty(), "subnets",
                  toJsonArray(vnet.subnets, [](const Subnet &subnet) {
                      return ObjectWriter()
                          .add("name", subnet.name)
                          .add("prefix", subnet.prefix.toString())
                          .addString("routeTable", subnet.routeTable)
                          .finish(subnet.unknown);
                  }));
    out.addUnless(
        vnet.routeTables.empty(), "routeTables",
        toJsonArray(vnet.routeTables, [](const RouteTable &table) {
            return ObjectWriter()
                .add("name", table.name)
                .addUnless(!table.disableBgpRoutePropagation, "disableBgpRoutePropagation", true)
                .addUnless(
                    table.routes.empty(), "routes",
                    toJsonArray(table.routes, [](const UserRoute &route) { return toJson(route); }))
                .finish(table.unknown);
        }));
    out.addString("location", vnet.location);
}

void writeKindFields(ObjectWriter &out, const ErGateway &gateway)
{
    out.addUnless(!gateway.hub.empty() && gateway.vnet.empty(), "vnet", gateway.vnet)
        .addString("hub", gateway.hub)
        .addUnless(gateway.sku == ErGatewaySku::Standard, "sku", toString(gateway.sku))
        .addUnless(!gateway.allowRemoteVnetTraffic, "allowRemoteVnetTraffic", true)
        .addUnless(!gateway.allowVirtualWanTraffic, "allowVirtualWanTraffic", true)
        .addUnless(!gateway.allowNonVirtualWanTraffic, "allowNonVirtualWanTraffic", true);
}

void writeKindFields(ObjectWriter &out, const VpnGateway &gateway)
{
    out.addUnless(!gateway.hub.empty() && gateway.vnet.empty(), "vnet", gateway.vnet)
        .addString("hub", gateway.hub)
        .addUnless(gateway.asn == 65515, "asn", gateway.asn)
        .addUnless(gateway.bgp, "bgp", false)
        .addUnless(!gateway.activeActive, "activeActive", true);
}

void writeKindFields(ObjectWriter &out, const RouteServer &server)
{
    out.add("vnet", server.vnet)
        .addUnless(!server.branchToBranch, "branchToBranch", true)
        .addUnless(server.hubRoutingPreference == HubRoutingPreference::ExpressRoute,
                   "hubRoutingPreference", toString(server.hubRoutingPreference));
}

void writeKindFields(ObjectWriter &out, const Nva &nva)
{
    out.add("vnet", nva.vnet).add("subnet", nva.subnet).add("ip", nva.ip.toString());
    if (nva.asn)
        out.add("asn", *nva.asn);
    out.addUnless(nva.ipForwarding, "ipForwarding", false)
        .addUnless(nva.originate.empty(), "originate", toJson(nva.originate))
        .addUnless(!nva.readvertise, "readvertise", true);
    if (nva.nextHop)
        out.add("nextHop", nva.nextHop->toString());
    if (nva.asPath != AsPathPolicy()) {
        out.add("asPath", ObjectWriter()
                              .addUnless(nva.asPath.prepend == 0, "prepend", nva.asPath.prepend)
                              .addUnless(!nva.asPath.replacePrivate, "replacePrivate", true)
                              .finish(nva.asPath.unknown));
    }
}

void writeKindFields(ObjectWriter &, const InternetBreakout &) {}

void writeKindFields(ObjectWriter &out, const VirtualWan &vwan)
{
    out.addUnless(vwan.branchToBranch, "branchToBranch", false);
}

Json firewallOrNull(const std::string &firewall)
{
    return firewall.empty() ? Json(nullptr) : Json(firewall);
}

void writeKindFields(ObjectWriter &out, const VirtualHub &hub)
{
    out.add("vwan", hub.vwan)
        .add("addressPrefix", hub.addressPrefix.toString())
        .addString("location", hub.location)
        .addUnless(hub.hubRoutingPreference == HubRoutingPreference::ExpressRoute,
                   "hubRoutingPreference", toString(hub.hubRoutingPreference));
    if (hub.routingIntent) {
        const RoutingIntent &intent = *hub.routingIntent;
        out.add("routingIntent",
                ObjectWriter()
                    .add("privateTraffic", firewallOrNull(intent.privateTraffic))
                    .add("internetTraffic", firewallOrNull(intent.internetTraffic))
                    .addUnless(intent.additionalPrefixes.empty(), "additionalPrefixes",
                               toJson(intent.additionalPrefixes))
                    .finish(intent.unknown));
    }
    out.addUnless(!hub.erToErTransit, "erToErTransit", true);
}

void writeKindFields(ObjectWriter &out, const HubFirewall &firewall)
{
    out.add("hub", firewall.hub);
    if (firewall.ip)
        out.add("ip", firewall.ip->toString());
    out.addUnless(firewall.vendor == FirewallVendor::AzureFirewall, "vendor",
                  toString(firewall.vendor));
}

void writeKindFields(ObjectWriter &out, const ErPeeringLink &peering)
{
    if (peering.primarySubnet)
        out.add("primarySubnet", peering.primarySubnet->toString());
    if (peering.secondarySubnet)
        out.add("secondarySubnet", peering.secondarySubnet->toString());
}

void writeKindFields(ObjectWriter &out, const ErConnectionLink &connection)
{
    out.addUnless(connection.weight == 0, "weight", connection.weight)
        .addUnless(!connection.fastPath, "fastPath", true)
        .addUnless(!connection.propagateDefaultRoute, "propagateDefaultRoute", true);
}

void writeKindFields(ObjectWriter &out, const GlobalReachLink &reach)
{
    if (reach.subnet)
        out.add("subnet", reach.subnet->toString());
}

void writeKindFields(ObjectWriter &out, const VnetPeeringLink &peering)
{
    out.addUnless(!peering.useRemoteGateways, "useRemoteGateways", true)
        .addUnless(peering.allowForwardedTraffic, "allowForwardedTraffic", false);
}

void writeKindFields(ObjectWriter &out, const VpnConnectionLink &connection)
{
    out.addUnless(connection.bgp, "bgp", false)
        .addUnless(connection.weight == 0, "weight", connection.weight)
        .addUnless(!connection.propagateDefaultRoute, "propagateDefaultRoute", true);
}

void writeKindFields(ObjectWriter &, const BgpSessionLink &) {}

void writeKindFields(ObjectWriter &out, const HubConnectionLink &connection)
{
    out.addUnless(connection.propagateDefaultRoute, "propagateDefaultRoute", false);
}

Json toJson(const Node &node)
{
    ObjectWriter out;
    out.add("id", node.id).add("kind", toString(node.kind())).addString("name", node.name);
    if (node.position)
        out.add("position", toJson(*node.position));
    out.addUnless(!node.disabled, "disabled", true).addString("notes", node.notes);
    std::visit([&out](const auto &data) { writeKindFields(out, data); }, node.data);
    return out.finish(node.unknown);
}

Json toJson(const Link &link)
{
    ObjectWriter out;
    out.add("id", link.id).add("kind", toString(link.kind())).add("from", link.from);
    out.add("to", link.to).addUnless(!link.disabled, "disabled", true);
    out.addString("notes", link.notes);
    std::visit([&out](const auto &data) { writeKindFields(out, data); }, link.data);
    return out.finish(link.unknown);
}

Json toJson(const Intent &intent)
{
    return ObjectWriter()
        .add("name", intent.name)
        .add("from", intent.from)
        .add("to", intent.to)
        .add("expect", intent.expect == Expectation::Reachable ? "reachable" : "unreachable")
        .addUnless(intent.via.empty(), "via", toJson(intent.via))
        .finish(intent.unknown);
}

Json toJson(const Annotation &annotation)
{
    ObjectWriter out;
    out.add("id", annotation.id).add("text", annotation.text);
    if (annotation.position)
        out.add("position", toJson(*annotation.position));
    if (annotation.size)
        out.add("size", toJson(*annotation.size));
    return out.finish(annotation.unknown);
}

Json toJson(const Lesson &lesson)
{
    return ObjectWriter()
        .add("title", lesson.title)
        .add("steps", toJsonArray(lesson.steps,
                                  [](const LessonStep &step) {
                                      return ObjectWriter()
                                          .add("text", step.text)
                                          .addUnless(step.goals.empty(), "goals",
                                                     toJson(step.goals))
                                          .addString("hint", step.hint)
                                          .finish(step.unknown);
                                  }))
        .finish(lesson.unknown);
}

Json toJson(const Topology &topology)
{
    const auto write = [](const auto &item) {
        return toJson(item);
    };
    ObjectWriter out;
    out.add("format", "avsnet")
        .add("version", topology.requiredFormatVersion())
        .addString("name", topology.name)
        .addString("description", topology.description)
        .add("nodes", toJsonArray(topology.nodes, write))
        .add("links", toJsonArray(topology.links, write))
        .add("intents", toJsonArray(topology.intents, write))
        .addUnless(topology.annotations.empty(), "annotations",
                   toJsonArray(topology.annotations, write));
    if (topology.lesson)
        out.add("lesson", toJson(*topology.lesson));
    return out.finish(topology.unknown);
}

} // namespace

std::string DocumentWriter::toText(const Topology &topology)
{
    // `replace` keeps a string that is not valid UTF-8 (only possible from code, never from a
    // file the reader accepted) from turning a save into an exception.
    return toJson(topology).dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string DocumentWriter::writeFile(const Topology &topology, const std::string &fileName)
{
    try {
        return writeFileAtomically(fileName, toText(topology));
    } catch (const std::exception &exception) {
        return "cannot save " + fileName + " (" + exception.what() + ")";
    }
}

} // namespace avsnet::core
