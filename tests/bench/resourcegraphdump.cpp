// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The property paths are those of the REST API (learn.microsoft.com/rest/api/virtualnetwork,
// .../expressroute, .../vmware) as shared/azure-import/README.md §2 quotes them from real
// output; the envelope is what scripts/avsnet-capture's Resource Graph query projects.
#include "resourcegraphdump.h"

#include "prefixallocator.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace avsnet::bench {

using Json = nlohmann::ordered_json;

namespace {

// Invented, fixed: the customer's subscription and the Microsoft-managed one that holds the
// AVS circuits (their resource groups are named tntNN-..., research §2.9).
constexpr const char *subscription = "6b2f4a8e-3c1d-4e5f-9a7b-1c2d3e4f5a6b";
constexpr const char *avsSubscription = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
constexpr const char *connectivityGroup = "rg-connectivity";
constexpr const char *avsGroup = "rg-avs";
// The private peerings' /30s when the design gives none: RFC 2544's benchmarking range, which
// no synthetic design uses.
constexpr const char *peeringPool = "198.18.0.0/15";

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    return text;
}

// "West Europe" -> "westeurope", as Azure spells a resource's location.
std::string azureLocation(const std::string &region)
{
    std::string location;
    for (const unsigned char c : region)
        if (c != ' ')
            location += char(std::tolower(c));
    return location.empty() ? std::string("westeurope") : location;
}

std::string resourceId(const std::string &group, const std::string &type, const std::string &name,
                       const std::string &inSubscription = subscription)
{
    return "/subscriptions/" + inSubscription + "/resourceGroups/" + group + "/providers/" + type
           + "/" + name;
}

Json reference(const std::string &id)
{
    return Json{{"id", id}};
}

// One row as the capture's query projects it: id, name, type (Resource Graph lower-cases it),
// location, resourceGroup, subscriptionId, kind, sku, properties.
Json row(const std::string &id, const std::string &name, const std::string &type,
         const std::string &location, const std::string &group, Json properties, Json sku = nullptr,
         const std::string &kind = "")
{
    Json json;
    json["id"] = id;
    json["name"] = name;
    json["type"] = type;
    json["location"] = location;
    json["resourceGroup"] = group;
    json["subscriptionId"] = subscription;
    json["kind"] = kind;
    json["sku"] = std::move(sku);
    properties["provisioningState"] = "Succeeded";
    json["properties"] = std::move(properties);
    return json;
}

std::string text(const Json &object, const char *key, const std::string &fallback = {})
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : fallback;
}

// A list member, or an empty list: by reference, so pointers into it stay valid.
const Json &listOf(const Json &object, const char *key)
{
    static const Json empty = Json::array();
    const auto found = object.find(key);
    return found != object.end() && found->is_array() ? *found : empty;
}

class DumpBuilder
{
public:
    explicit DumpBuilder(const Json &design)
    {
        for (const Json &node : design.at("nodes")) {
            const std::string kind = node.at("kind");
            if (kind == "internet")
                continue; // the Internet is no Azure resource
            m_nodes.push_back(&node);
            m_byId[node.at("id")] = &node;
            if (kind == "avs")
                m_avsIndex[node.at("id")] = int(m_avsIndex.size()) + 1;
        }
        for (const Json &link : design.at("links")) {
            m_links.push_back(&link);
            const std::string kind = link.at("kind");
            if (kind != "vnet-peering" && kind != "er-peering" && kind != "er-connection"
                && kind != "global-reach" && kind != "bgp-session" && kind != "hub-connection")
                throw std::invalid_argument("resource graph dump: link kind " + kind
                                            + " is not written");
        }
        // The private peerings' /30s, in node order, so the configuration and the routes
        // agree on the customer edge's address however they are asked for.
        PrefixAllocator pool({AddressBlock::parse(peeringPool)});
        for (const Json *node : m_nodes) {
            if (node->at("kind") != "er-circuit")
                continue;
            if (const Json *link = siteLink(node->at("id"))) {
                std::string primary = text(*link, "primarySubnet");
                std::string secondary = text(*link, "secondarySubnet");
                m_edges[node->at("id")]
                    = {primary.empty() ? pool.allocate(30).toString() : primary,
                       secondary.empty() ? pool.allocate(30).toString() : secondary};
            }
        }
    }

    Json rows() const
    {
        Json rows = Json::array();
        for (const Json *node : m_nodes) {
            const std::string kind = node->at("kind");
            if (kind == "vnet")
                addVnet(*node, rows);
            else if (kind == "er-gateway" && node->contains("hub"))
                rows.push_back(hubErGateway(*node));
            else if (kind == "er-gateway")
                rows.push_back(erGateway(*node));
            else if (kind == "vwan")
                rows.push_back(virtualWan(*node));
            else if (kind == "vwan-hub")
                addVirtualHub(*node, rows);
            else if (kind == "hub-firewall")
                rows.push_back(hubFirewall(*node));
            else if (kind == "route-server")
                addRouteServer(*node, rows);
            else if (kind == "nva")
                rows.push_back(nvaInterface(*node));
            else if (kind == "er-circuit")
                rows.push_back(circuit(*node));
            else if (kind == "avs")
                rows.push_back(privateCloud(*node));
            else if (kind == "onprem")
                checkSite(*node); // Azure holds it as its circuit's private peering
            else
                throw std::invalid_argument("resource graph dump: node kind " + kind
                                            + " is not written");
        }
        for (const Json *link : m_links)
            if (link->at("kind") == "er-connection" && !endsAtHub(*link))
                rows.push_back(erConnection(*link));
        return rows;
    }

    Json avsChildren() const
    {
        Json list = Json::array();
        for (const Json *link : m_links) {
            if (link->at("kind") != "global-reach")
                continue;
            const Json &from = node(link->at("from"));
            const Json &to = node(link->at("to"));
            const Json *cloud = from.at("kind") == "avs" ? &from
                                : to.at("kind") == "avs" ? &to
                                                         : nullptr;
            if (!cloud)
                continue; // two customer circuits: inline in the circuit's peering
            const Json &other = cloud == &from ? to : from;
            const std::string cloudId = privateCloudId(*cloud);
            const std::string name = link->at("id");
            // `az vmware global-reach-connection list`: the CLI shape, properties on top.
            Json connection;
            connection["id"] = cloudId + "/globalReachConnections/" + name;
            connection["name"] = name;
            connection["type"] = "Microsoft.AVS/privateClouds/globalReachConnections";
            connection["resourceGroup"] = avsGroup;
            connection["addressPrefix"] = text(*link, "subnet");
            connection["circuitConnectionStatus"] = "Connected";
            connection["expressRouteId"] = avsCircuitId(*cloud);
            connection["peerExpressRouteCircuit"] = circuitIdOf(other);
            connection["provisioningState"] = "Succeeded";
            list.push_back(std::move(connection));
        }
        for (const Json *cloud : m_nodes) {
            if (cloud->at("kind") != "avs")
                continue;
            const std::string tier1 = "/infra/tier-1s/TNT" + std::to_string(tenant(*cloud)) + "-T1";
            for (const Json &segment : listOf(*cloud, "segments")) {
                const AddressBlock prefix = AddressBlock::parse(segment.at("prefix"));
                const std::string name = segment.at("name");
                // `az vmware workload-network segment list`: the gateway's address with the
                // segment's mask (research §2.9).
                Json item;
                item["id"]
                    = privateCloudId(*cloud) + "/workloadNetworks/default/segments/seg-" + name;
                item["name"] = "seg-" + name;
                item["type"] = "Microsoft.AVS/privateClouds/workloadNetworks/segments";
                item["resourceGroup"] = avsGroup;
                item["displayName"] = name;
                item["connectedGateway"] = tier1;
                item["provisioningState"] = "Succeeded";
                item["status"] = "SUCCESS";
                item["subnet"] = Json{{"dhcpRanges", Json::array()},
                                      {"gatewayAddress", prefix.addressString(1) + "/"
                                                             + std::to_string(prefix.length)}};
                list.push_back(std::move(item));
            }
        }
        return list;
    }

    // What Azure reports when every site advertises its prefixes and every NVA its
    // originate, in the bundle's `observed` shape (scripts/avsnet-capture).
    Json observed() const
    {
        Json circuits = Json::array();
        Json routeServers = Json::array();
        for (const Json *node : m_nodes) {
            if (node->at("kind") == "er-circuit")
                circuits.push_back(circuitRouteTable(*node));
        }
        for (const Json *link : m_links)
            if (link->at("kind") == "bgp-session")
                routeServers.push_back(routeServerLearned(*link));
        return Json{{"circuitRouteTables", std::move(circuits)},
                    {"routeServerLearned", std::move(routeServers)}};
    }

private:
    // `az network express-route list-route-tables --path primary` (research §3.4): the site's
    // prefixes from the customer edge (the first address of the primary /30), the VNets from
    // the gateways it connects to, AVS over Global Reach.
    Json circuitRouteTable(const Json &circuit) const
    {
        const std::string name = circuit.at("id");
        Json rows = Json::array();
        auto add = [&](const std::string &network, const std::string &nextHop,
                       const std::string &path, const char *preference) {
            rows.push_back(Json{{"locPrf", preference},
                                {"network", network},
                                {"nextHop", nextHop},
                                {"path", path},
                                {"weight", 0}});
        };
        if (const Json *link = siteLink(name)) {
            const Json &site = node(link->at("from") == name ? link->at("to") : link->at("from"));
            const std::string edge = AddressBlock::parse(m_edges.at(name).first).addressString(1);
            const std::string path = std::to_string(site.at("asn").get<long long>()) + " I";
            for (const Json &prefix : listOf(site, "prefixes"))
                add(prefix, edge, path, "100");
        }
        for (const Json *link : m_links) {
            const std::string kind = link->at("kind");
            if ((kind != "er-connection" && kind != "global-reach")
                || (link->at("from") != name && link->at("to") != name))
                continue;
            const Json &other = node(link->at("from") == name ? link->at("to") : link->at("from"));
            if (kind == "er-connection") {
                const std::string vnet = text(other, "vnet");
                if (vnet.empty())
                    continue; // a hub's gateway: its hub's prefixes are not written
                const Json *gatewaySubnet = subnetOf(node(vnet), "GatewaySubnet");
                const std::string hop
                    = gatewaySubnet
                          ? AddressBlock::parse(gatewaySubnet->at("prefix")).addressString(4)
                          : "";
                for (const std::string &network : vnetsBehind(vnet))
                    add(network, hop, "65515", "");
            } else if (other.at("kind") == "avs") {
                const std::string hop = AddressBlock::parse(text(*link, "subnet")).addressString(1);
                add(other.at("managementBlock"), hop, "398656 I", "");
                for (const Json &segment : listOf(other, "segments"))
                    add(segment.at("prefix"), hop, "398656 I", "");
            }
        }
        return Json{{"circuit", circuitIdOf(circuit)},
                    {"path", "primary"},
                    {"routes", {{"nextLink", nullptr}, {"value", std::move(rows)}}}};
    }

    // The address spaces a VNet's gateway announces: its own and its peers' that use it.
    std::vector<std::string> vnetsBehind(const std::string &vnet) const
    {
        std::vector<std::string> spaces;
        for (const Json &prefix : node(vnet).at("addressSpace"))
            spaces.push_back(prefix);
        for (const Json *link : m_links)
            if (link->at("kind") == "vnet-peering" && link->at("to") == vnet
                && link->value("useRemoteGateways", false))
                for (const Json &prefix : node(link->at("from")).at("addressSpace"))
                    spaces.push_back(prefix);
        return spaces;
    }

    // `az network routeserver peering list-learned-routes` (research §3.3): both instances
    // learned the NVA's originate.
    Json routeServerLearned(const Json &session) const
    {
        const Json &from = node(session.at("from"));
        const Json &nva = from.at("kind") == "nva" ? from : node(session.at("to"));
        const Json &server = &nva == &from ? node(session.at("to")) : from;
        const std::string vnet = server.at("vnet");
        const std::string address = nva.at("ip");
        Json instances;
        for (int instance = 0; instance < 2; ++instance) {
            std::string local;
            if (const Json *subnet = subnetOf(node(vnet), "RouteServerSubnet"))
                local = AddressBlock::parse(subnet->at("prefix")).addressString(4 + instance);
            Json rows = Json::array();
            for (const Json &prefix : listOf(nva, "originate"))
                rows.push_back(Json{{"asPath", std::to_string(nva.at("asn").get<long long>())},
                                    {"localAddress", local},
                                    {"network", prefix},
                                    {"nextHop", address},
                                    {"origin", "EBgp"},
                                    {"sourcePeer", address},
                                    {"weight", 32768}});
            instances["RouteServiceRole_IN_" + std::to_string(instance)] = std::move(rows);
        }
        instances["value"] = nullptr;
        return Json{{"routeServer", resourceId(groupOfVnet(vnet), "Microsoft.Network/virtualHubs",
                                               server.at("id"))},
                    {"peer", address},
                    {"routes", std::move(instances)}};
    }

    const Json &node(const std::string &id) const
    {
        const auto found = m_byId.find(id);
        if (found == m_byId.end())
            throw std::invalid_argument("resource graph dump: no node " + id);
        return *found->second;
    }

    // Every VNet in a resource group of its own, with what it holds (gateways, Route Server,
    // NVA, route tables): names are unique per group, and every hub has an `rt-nva`.
    static std::string groupOfVnet(const std::string &vnet) { return "rg-" + vnet; }

    std::string vnetId(const std::string &vnet) const
    {
        return resourceId(groupOfVnet(vnet), "Microsoft.Network/virtualNetworks", vnet);
    }

    std::string subnetId(const std::string &vnet, const std::string &subnet) const
    {
        return vnetId(vnet) + "/subnets/" + subnet;
    }

    std::string locationOfVnet(const std::string &vnet) const
    {
        return azureLocation(text(node(vnet), "location"));
    }

    const Json *subnetOf(const Json &vnet, const std::string &name) const
    {
        for (const Json &subnet : listOf(vnet, "subnets"))
            if (subnet.at("name") == name)
                return &subnet;
        return nullptr;
    }

    // ---- virtual networks -------------------------------------------------------------

    void addVnet(const Json &vnet, Json &rows) const
    {
        const std::string id = vnet.at("id");
        const std::string group = groupOfVnet(id);
        Json subnets = Json::array();
        for (const Json &subnet : listOf(vnet, "subnets")) {
            Json properties;
            properties["addressPrefix"] = subnet.at("prefix");
            if (const std::string table = text(subnet, "routeTable"); !table.empty())
                properties["routeTable"]
                    = reference(resourceId(group, "Microsoft.Network/routeTables", table));
            properties["provisioningState"] = "Succeeded";
            subnets.push_back(Json{{"id", subnetId(id, subnet.at("name"))},
                                   {"name", subnet.at("name")},
                                   {"properties", std::move(properties)}});
        }
        Json properties;
        properties["addressSpace"] = Json{{"addressPrefixes", vnet.at("addressSpace")}};
        properties["subnets"] = std::move(subnets);
        properties["virtualNetworkPeerings"] = peeringsOf(id);
        properties["enableDdosProtection"] = false;
        rows.push_back(row(vnetId(id), id, "microsoft.network/virtualnetworks", locationOfVnet(id),
                           group, std::move(properties)));

        for (const Json &table : listOf(vnet, "routeTables"))
            rows.push_back(routeTable(vnet, table));
        if (!holdsAnything(id))
            addWorkloadInterface(vnet, rows);
    }

    // Each VNet's side of its peerings (research §2.1): `useRemoteGateways` on the side that
    // is the link's `from`, `allowGatewayTransit` on the other.
    Json peeringsOf(const std::string &vnet) const
    {
        Json list = Json::array();
        for (const Json *link : m_links) {
            if (link->at("kind") != "vnet-peering")
                continue;
            const std::string from = link->at("from");
            const std::string to = link->at("to");
            if (from != vnet && to != vnet)
                continue;
            const bool isFrom = from == vnet;
            const std::string remote = isFrom ? to : from;
            const bool remoteGateways = link->value("useRemoteGateways", false);
            const std::string name = vnet + "-to-" + remote;
            // The spoke's record names the hub's resource group in capitals: Azure's ids
            // differ in case between resources (research §1.1), and the import must not care.
            const std::string remoteId
                = isFrom ? resourceId(upper(groupOfVnet(remote)),
                                      "Microsoft.Network/virtualNetworks", remote)
                         : vnetId(remote);
            Json properties;
            properties["peeringState"]
                = link->value("disabled", false) ? "Disconnected" : "Connected";
            properties["peeringSyncLevel"] = "FullyInSync";
            properties["remoteVirtualNetwork"] = reference(remoteId);
            properties["allowVirtualNetworkAccess"] = true;
            properties["allowForwardedTraffic"] = link->value("allowForwardedTraffic", true);
            properties["allowGatewayTransit"] = !isFrom && remoteGateways;
            properties["useRemoteGateways"] = isFrom && remoteGateways;
            properties["doNotVerifyRemoteGateways"] = false;
            properties["peerCompleteVnets"] = true;
            properties["remoteAddressSpace"]
                = Json{{"addressPrefixes", node(remote).at("addressSpace")}};
            properties["provisioningState"] = "Succeeded";
            list.push_back(Json{{"id", vnetId(vnet) + "/virtualNetworkPeerings/" + name},
                                {"name", name},
                                {"properties", std::move(properties)}});
        }
        return list;
    }

    Json routeTable(const Json &vnet, const Json &table) const
    {
        const std::string vnetName = vnet.at("id");
        const std::string group = groupOfVnet(vnetName);
        const std::string name = table.at("name");
        const std::string id = resourceId(group, "Microsoft.Network/routeTables", name);
        Json routes = Json::array();
        for (const Json &route : listOf(table, "routes")) {
            Json properties;
            properties["addressPrefix"] = route.at("prefix");
            properties["nextHopType"] = route.at("nextHopType");
            if (const std::string hop = text(route, "nextHopIp"); !hop.empty())
                properties["nextHopIpAddress"] = hop;
            properties["hasBgpOverride"] = false;
            properties["provisioningState"] = "Succeeded";
            routes.push_back(Json{{"id", id + "/routes/" + route.at("name").get<std::string>()},
                                  {"name", route.at("name")},
                                  {"properties", std::move(properties)}});
        }
        Json subnets = Json::array();
        for (const Json &subnet : listOf(vnet, "subnets"))
            if (text(subnet, "routeTable") == name)
                subnets.push_back(reference(subnetId(vnetName, subnet.at("name"))));
        Json properties;
        properties["disableBgpRoutePropagation"] = table.value("disableBgpRoutePropagation", false);
        properties["routes"] = std::move(routes);
        properties["subnets"] = std::move(subnets);
        return row(id, name, "microsoft.network/routetables", locationOfVnet(vnetName), group,
                   std::move(properties));
    }

    bool holdsAnything(const std::string &vnet) const
    {
        return std::any_of(m_nodes.begin(), m_nodes.end(),
                           [&](const Json *node) { return text(*node, "vnet") == vnet; });
    }

    // A workload VM in the VNet's first subnet that is not Azure's own: a real estate has
    // them, and avsnet-capture reads their effective routes. Not a node of the design.
    void addWorkloadInterface(const Json &vnet, Json &rows) const
    {
        const std::string vnetName = vnet.at("id");
        for (const Json &subnet : listOf(vnet, "subnets")) {
            const std::string name = subnet.at("name");
            if (name == "GatewaySubnet" || name == "RouteServerSubnet"
                || name == "AzureFirewallSubnet")
                continue;
            // .4: Azure keeps the first four addresses of a subnet for itself.
            const std::string address = AddressBlock::parse(subnet.at("prefix")).addressString(4);
            rows.push_back(networkInterface(vnetName, "vm-" + vnetName, name, address, false));
            return;
        }
    }

    Json networkInterface(const std::string &vnet, const std::string &machine,
                          const std::string &subnet, const std::string &address,
                          bool forwarding) const
    {
        const std::string group = groupOfVnet(vnet);
        const std::string name = machine + "-nic";
        const std::string id = resourceId(group, "Microsoft.Network/networkInterfaces", name);
        Json configuration;
        configuration["privateIPAddress"] = address;
        configuration["privateIPAllocationMethod"] = "Static";
        configuration["privateIPAddressVersion"] = "IPv4";
        configuration["primary"] = true;
        configuration["subnet"] = reference(subnetId(vnet, subnet));
        configuration["provisioningState"] = "Succeeded";
        Json properties;
        properties["enableIPForwarding"] = forwarding;
        properties["enableAcceleratedNetworking"] = true;
        properties["virtualMachine"]
            = reference(resourceId(group, "Microsoft.Compute/virtualMachines", machine));
        properties["ipConfigurations"]
            = Json::array({Json{{"id", id + "/ipConfigurations/ipconfig1"},
                                {"name", "ipconfig1"},
                                {"properties", std::move(configuration)}}});
        return row(id, name, "microsoft.network/networkinterfaces", locationOfVnet(vnet), group,
                   std::move(properties));
    }

    // ---- what a VNet holds ------------------------------------------------------------

    std::string gatewayId(const Json &gateway) const
    {
        return resourceId(groupOfVnet(gateway.at("vnet")),
                          "Microsoft.Network/virtualNetworkGateways", gateway.at("id"));
    }

    Json erGateway(const Json &gateway) const
    {
        const std::string vnet = text(gateway, "vnet");
        if (vnet.empty())
            throw std::invalid_argument("resource graph dump: gateway "
                                        + gateway.at("id").get<std::string>()
                                        + " is not in a VNet (Virtual WAN is not written)");
        const std::string sku = text(gateway, "sku", "Standard");
        const std::string id = gatewayId(gateway);
        Json configuration;
        configuration["privateIPAllocationMethod"] = "Dynamic";
        configuration["subnet"] = reference(subnetId(vnet, "GatewaySubnet"));
        Json properties;
        properties["gatewayType"] = "ExpressRoute";
        properties["vpnType"] = "RouteBased";
        properties["sku"] = Json{{"name", sku}, {"tier", sku}};
        properties["ipConfigurations"]
            = Json::array({Json{{"id", id + "/ipConfigurations/default"},
                                {"name", "default"},
                                {"properties", std::move(configuration)}}});
        properties["activeActive"] = false;
        properties["enableBgp"] = false;
        properties["allowRemoteVnetTraffic"] = gateway.value("allowRemoteVnetTraffic", false);
        properties["allowVirtualWanTraffic"] = gateway.value("allowVirtualWanTraffic", false);
        return row(id, gateway.at("id"), "microsoft.network/virtualnetworkgateways",
                   locationOfVnet(vnet), groupOfVnet(vnet), std::move(properties));
    }

    // A Route Server is a virtualHubs resource of kind RouteServer; its subnet and its BGP
    // peers are child rows of their own (research §2.7).
    void addRouteServer(const Json &server, Json &rows) const
    {
        const std::string vnet = text(server, "vnet");
        const std::string name = server.at("id");
        const std::string group = groupOfVnet(vnet);
        const std::string id = resourceId(group, "Microsoft.Network/virtualHubs", name);
        const std::string location = locationOfVnet(vnet);
        Json routerIps = Json::array();
        if (const Json *subnet = subnetOf(node(vnet), "RouteServerSubnet")) {
            const AddressBlock block = AddressBlock::parse(subnet->at("prefix"));
            routerIps = Json::array({block.addressString(4), block.addressString(5)});
        }
        Json connections = Json::array();
        Json children = Json::array();
        Json configuration;
        configuration["privateIPAllocationMethod"] = "Dynamic";
        configuration["subnet"] = reference(subnetId(vnet, "RouteServerSubnet"));
        children.push_back(row(id + "/ipConfigurations/ipconfig1", "ipconfig1",
                               "microsoft.network/virtualhubs/ipconfigurations", "", group,
                               std::move(configuration)));
        for (const Json *link : m_links) {
            if (link->at("kind") != "bgp-session")
                continue;
            std::string peer;
            if (link->at("to") == name)
                peer = link->at("from");
            else if (link->at("from") == name)
                peer = link->at("to");
            if (peer.empty())
                continue;
            const Json &nva = node(peer);
            if (nva.at("kind") != "nva" || !nva.contains("asn"))
                throw std::invalid_argument("resource graph dump: BGP peer " + peer + " of " + name
                                            + " is not an NVA with an ASN");
            const std::string connection
                = id + "/bgpConnections/" + link->at("id").get<std::string>();
            connections.push_back(reference(connection));
            Json properties;
            properties["peerAsn"] = nva.at("asn");
            properties["peerIp"] = nva.at("ip");
            properties["connectionState"] = "Connected";
            children.push_back(row(connection, link->at("id"),
                                   "microsoft.network/virtualhubs/bgpconnections", "", group,
                                   std::move(properties)));
        }
        static const std::map<std::string, std::string> preferences
            = {{"expressroute", "ExpressRoute"}, {"vpn", "VpnGateway"}, {"as-path", "ASPath"}};
        Json properties;
        properties["allowBranchToBranchTraffic"] = server.value("branchToBranch", false);
        properties["hubRoutingPreference"]
            = preferences.at(text(server, "hubRoutingPreference", "expressroute"));
        properties["virtualRouterAsn"] = 65515;
        properties["virtualRouterIps"] = std::move(routerIps);
        properties["sku"] = "Standard";
        properties["virtualWan"] = nullptr;
        properties["ipConfigurations"]
            = Json::array({reference(id + "/ipConfigurations/ipconfig1")});
        properties["bgpConnections"] = std::move(connections);
        rows.push_back(row(id, name, "microsoft.network/virtualhubs", location, group,
                           std::move(properties), nullptr, "RouteServer"));
        for (Json &child : children)
            rows.push_back(std::move(child));
    }

    // The NVA's network interface, with IP forwarding, on a VM named after the NVA.
    Json nvaInterface(const Json &nva) const
    {
        return networkInterface(nva.at("vnet"), nva.at("id"), nva.at("subnet"), nva.at("ip"),
                                nva.value("ipForwarding", true));
    }

    // ---- ExpressRoute -----------------------------------------------------------------

    std::string circuitIdOf(const Json &endpoint) const
    {
        if (endpoint.at("kind") == "avs")
            return avsCircuitId(endpoint);
        return resourceId(connectivityGroup, "Microsoft.Network/expressRouteCircuits",
                          endpoint.at("id"));
    }

    std::string privatePeeringId(const Json &endpoint) const
    {
        return circuitIdOf(endpoint) + "/peerings/AzurePrivatePeering";
    }

    const Json *siteLink(const std::string &circuit) const
    {
        for (const Json *link : m_links)
            if (link->at("kind") == "er-peering"
                && (link->at("to") == circuit || link->at("from") == circuit))
                return link;
        return nullptr;
    }

    void checkSite(const Json &site) const
    {
        int circuits = 0;
        for (const Json *link : m_links)
            if (link->at("kind") == "er-peering"
                && (link->at("from") == site.at("id") || link->at("to") == site.at("id")))
                ++circuits;
        if (circuits != 1)
            throw std::invalid_argument(
                "resource graph dump: site " + site.at("id").get<std::string>() + " is behind "
                + std::to_string(circuits) + " circuits; a dump can only tell one");
    }

    Json circuit(const Json &circuit) const
    {
        const std::string name = circuit.at("id");
        const std::string sku = text(circuit, "sku", "standard");
        const std::string tier
            = std::string(1, char(std::toupper((unsigned char)sku[0]))) + sku.substr(1);
        const std::string id = circuitIdOf(circuit);
        Json properties;
        properties["serviceProviderProperties"]
            = Json{{"serviceProviderName", "Equinix"},
                   {"peeringLocation", text(circuit, "location", "Amsterdam")},
                   {"bandwidthInMbps", circuit.value("bandwidthMbps", 1000)}};
        properties["circuitProvisioningState"] = "Enabled";
        properties["serviceProviderProvisioningState"] = "Provisioned";
        properties["allowClassicOperations"] = false;
        properties["globalReachEnabled"] = false;
        Json peerings = Json::array();
        if (const Json *link = siteLink(name))
            peerings.push_back(privatePeering(circuit, *link));
        else if (hasGlobalReach(name))
            throw std::invalid_argument("resource graph dump: circuit " + name
                                        + " has Global Reach but no private peering (no site)");
        properties["peerings"] = std::move(peerings);
        return row(
            id, name, "microsoft.network/expressroutecircuits", "westeurope", connectivityGroup,
            std::move(properties),
            Json{{"name", tier + "_MeteredData"}, {"tier", tier}, {"family", "MeteredData"}});
    }

    bool hasGlobalReach(const std::string &circuit) const
    {
        return std::any_of(m_links.begin(), m_links.end(), [&](const Json *link) {
            return link->at("kind") == "global-reach"
                   && (link->at("from") == circuit || link->at("to") == circuit);
        });
    }

    // The private peering carries the site's ASN and, under `connections`, the Global Reach
    // this circuit made to another customer circuit; `peeredConnections` lists the ones the
    // other side made (an AVS private cloud, another circuit), read-only (research §2.6).
    Json privatePeering(const Json &circuit, const Json &link) const
    {
        const std::string name = circuit.at("id");
        const Json &site = node(link.at("from") == name ? link.at("to") : link.at("from"));
        const std::string peeringId = privatePeeringId(circuit);
        const auto &[primary, secondary] = m_edges.at(name);
        Json connections = Json::array();
        Json peered = Json::array();
        for (const Json *reach : m_links) {
            if (reach->at("kind") != "global-reach")
                continue;
            const std::string from = reach->at("from");
            const std::string to = reach->at("to");
            if (from != name && to != name)
                continue;
            const Json &other = node(from == name ? to : from);
            const std::string linkName = reach->at("id");
            Json properties;
            properties["expressRouteCircuitPeering"] = reference(peeringId);
            properties["peerExpressRouteCircuitPeering"] = reference(privatePeeringId(other));
            properties["addressPrefix"] = text(*reach, "subnet");
            properties["circuitConnectionStatus"] = "Connected";
            properties["provisioningState"] = "Succeeded";
            // A circuit-to-circuit link is made on its `from` circuit.
            if (other.at("kind") == "er-circuit" && from == name) {
                connections.push_back(Json{{"id", peeringId + "/connections/" + linkName},
                                           {"name", linkName},
                                           {"properties", std::move(properties)}});
            } else {
                properties["connectionName"] = linkName;
                peered.push_back(Json{{"id", peeringId + "/peerConnections/" + linkName},
                                      {"name", linkName},
                                      {"properties", std::move(properties)}});
            }
        }
        Json properties;
        properties["peeringType"] = "AzurePrivatePeering";
        properties["state"] = "Enabled";
        properties["azureASN"] = 12076;
        properties["peerASN"] = site.at("asn");
        properties["primaryPeerAddressPrefix"] = primary;
        properties["secondaryPeerAddressPrefix"] = secondary;
        properties["vlanId"] = 100;
        properties["connections"] = std::move(connections);
        properties["peeredConnections"] = std::move(peered);
        properties["provisioningState"] = "Succeeded";
        return Json{{"id", peeringId},
                    {"name", "AzurePrivatePeering"},
                    {"properties", std::move(properties)}};
    }

    // An ExpressRoute connection lives with its gateway. One to an AVS private cloud names
    // the cloud's circuit, spelled `expressRouteCircuits` where the cloud says
    // `expressroutecircuits` (research §2.4).
    Json erConnection(const Json &link) const
    {
        const Json &from = node(link.at("from"));
        const Json &to = node(link.at("to"));
        const Json &gateway = from.at("kind") == "er-gateway" ? from : to;
        const Json &peer = &gateway == &from ? to : from;
        if (gateway.at("kind") != "er-gateway" || text(gateway, "vnet").empty())
            throw std::invalid_argument("resource graph dump: connection "
                                        + link.at("id").get<std::string>()
                                        + " does not end at a VNet's ExpressRoute gateway");
        std::string peerId = circuitIdOf(peer);
        if (peer.at("kind") == "avs")
            peerId.replace(peerId.find("expressroutecircuits"), 20, "expressRouteCircuits");
        const std::string vnet = gateway.at("vnet");
        const std::string name = link.at("id");
        Json properties;
        properties["connectionType"] = "ExpressRoute";
        properties["routingWeight"] = link.value("weight", 0);
        properties["virtualNetworkGateway1"] = reference(gatewayId(gateway));
        properties["peer"] = reference(peerId);
        properties["expressRouteGatewayBypass"] = link.value("fastPath", false);
        properties["enableBgp"] = false;
        properties["connectionStatus"] = "Connected";
        return row(resourceId(groupOfVnet(vnet), "Microsoft.Network/connections", name), name,
                   "microsoft.network/connections", locationOfVnet(vnet), groupOfVnet(vnet),
                   std::move(properties));
    }

    // ---- Virtual WAN ------------------------------------------------------------------
    // One resource group for the Virtual WAN and everything in its hubs (research §2, the
    // landing zone's layout).

    static constexpr const char *vwanGroup = "rg-vwan";

    std::string hubResourceId(const std::string &hub) const
    {
        return resourceId(vwanGroup, "Microsoft.Network/virtualHubs", hub);
    }

    bool endsAtHub(const Json &link) const
    {
        for (const char *end : {"from", "to"}) {
            const Json &node = this->node(link.at(end));
            if (node.at("kind") == "er-gateway" && node.contains("hub"))
                return true;
        }
        return false;
    }

    Json virtualWan(const Json &wan) const
    {
        Json properties;
        properties["type"] = "Standard";
        properties["allowBranchToBranchTraffic"] = wan.value("branchToBranch", true);
        properties["disableVpnEncryption"] = false;
        return row(resourceId(vwanGroup, "Microsoft.Network/virtualWans", wan.at("id")),
                   wan.at("id"), "microsoft.network/virtualwans", "westeurope", vwanGroup,
                   std::move(properties));
    }

    // A hub, its routing intent and its VNet connections, children Resource Graph lists as
    // rows of their own (scripts/avsnet-capture's second query).
    void addVirtualHub(const Json &hub, Json &rows) const
    {
        static const std::map<std::string, std::string> preferences
            = {{"expressroute", "ExpressRoute"}, {"vpn", "VpnGateway"}, {"as-path", "ASPath"}};
        const std::string name = hub.at("id");
        const std::string id = hubResourceId(name);
        const std::string location = azureLocation(text(hub, "location"));
        Json properties;
        properties["virtualWan"]
            = reference(resourceId(vwanGroup, "Microsoft.Network/virtualWans", hub.at("vwan")));
        properties["addressPrefix"] = hub.at("addressPrefix");
        properties["hubRoutingPreference"]
            = preferences.at(text(hub, "hubRoutingPreference", "expressroute"));
        properties["sku"] = "Standard";
        properties["virtualRouterAsn"] = 65515;
        properties["routingState"] = "Provisioned";
        rows.push_back(row(id, name, "microsoft.network/virtualhubs", location, vwanGroup,
                           std::move(properties)));

        if (const auto intent = hub.find("routingIntent"); intent != hub.end()) {
            Json policies = Json::array();
            for (const auto &[field, destination] :
                 {std::pair{"privateTraffic", "PrivateTraffic"}, {"internetTraffic", "Internet"}}) {
                if (const std::string firewall = text(*intent, field); !firewall.empty())
                    policies.push_back(Json{{"name", std::string(destination) + "Policy"},
                                            {"destinations", Json::array({destination})},
                                            {"nextHop", firewallId(firewall)}});
            }
            rows.push_back(row(id + "/routingIntent/intent-" + name, "intent-" + name,
                               "microsoft.network/virtualhubs/routingintent", "", vwanGroup,
                               Json{{"routingPolicies", std::move(policies)}}));
        }
        for (const Json *link : m_links) {
            if (link->at("kind") != "hub-connection"
                || (link->at("to") != name && link->at("from") != name))
                continue;
            const std::string vnet = link->at("from") == name ? link->at("to") : link->at("from");
            Json connection;
            connection["remoteVirtualNetwork"] = reference(vnetId(vnet));
            connection["enableInternetSecurity"] = link->value("propagateDefaultRoute", true);
            connection["allowHubToRemoteVnetTransit"] = true;
            connection["allowRemoteVnetToUseHubVnetGateways"] = true;
            const std::string connectionName = link->at("id");
            rows.push_back(row(id + "/hubVirtualNetworkConnections/" + connectionName,
                               connectionName,
                               "microsoft.network/virtualhubs/hubvirtualnetworkconnections", "",
                               vwanGroup, std::move(connection)));
        }
    }

    std::string firewallId(const std::string &firewall) const
    {
        return resourceId(vwanGroup, "Microsoft.Network/azureFirewalls", firewall);
    }

    Json hubFirewall(const Json &firewall) const
    {
        Json addresses;
        if (const std::string ip = text(firewall, "ip"); !ip.empty())
            addresses["privateIPAddress"] = ip; // else none: the design does not say it
        addresses["publicIPs"] = Json{{"count", 1}};
        Json properties;
        properties["virtualHub"] = reference(hubResourceId(firewall.at("hub")));
        properties["sku"] = Json{{"name", "AZFW_Hub"}, {"tier", "Standard"}};
        properties["hubIPAddresses"] = std::move(addresses);
        const Json &hub = node(firewall.at("hub"));
        return row(firewallId(firewall.at("id")), firewall.at("id"),
                   "microsoft.network/azurefirewalls", azureLocation(text(hub, "location")),
                   vwanGroup, std::move(properties));
    }

    // A hub's ExpressRoute gateway holds its circuit connections inline (research §2;
    // expressRouteGateways, not virtualNetworkGateways).
    Json hubErGateway(const Json &gateway) const
    {
        const std::string name = gateway.at("id");
        const std::string id
            = resourceId(vwanGroup, "Microsoft.Network/expressRouteGateways", name);
        Json connections = Json::array();
        for (const Json *link : m_links) {
            if (link->at("kind") != "er-connection"
                || (link->at("from") != name && link->at("to") != name))
                continue;
            const Json &peer = node(link->at("from") == name ? link->at("to") : link->at("from"));
            const std::string connectionName = link->at("id");
            Json properties;
            properties["expressRouteCircuitPeering"] = reference(privatePeeringId(peer));
            properties["routingWeight"] = link->value("weight", 0);
            properties["enableInternetSecurity"] = link->value("propagateDefaultRoute", false);
            properties["expressRouteGatewayBypass"] = link->value("fastPath", false);
            properties["provisioningState"] = "Succeeded";
            connections.push_back(Json{{"id", id + "/expressRouteConnections/" + connectionName},
                                       {"name", connectionName},
                                       {"properties", std::move(properties)}});
        }
        const Json &hub = node(gateway.at("hub"));
        Json properties;
        properties["virtualHub"] = reference(hubResourceId(gateway.at("hub")));
        properties["autoScaleConfiguration"] = Json{{"bounds", {{"min", 1}}}};
        properties["allowNonVirtualWanTraffic"] = gateway.value("allowNonVirtualWanTraffic", false);
        properties["expressRouteConnections"] = std::move(connections);
        return row(id, name, "microsoft.network/expressroutegateways",
                   azureLocation(text(hub, "location")), vwanGroup, std::move(properties));
    }

    // ---- Azure VMware Solution --------------------------------------------------------

    int tenant(const Json &cloud) const { return 10 + m_avsIndex.at(cloud.at("id")); }

    std::string privateCloudId(const Json &cloud) const
    {
        return resourceId(avsGroup, "Microsoft.AVS/privateClouds", cloud.at("id"));
    }

    // The circuit Microsoft runs for the private cloud, in its own subscription.
    std::string avsCircuitId(const Json &cloud) const
    {
        const std::string tenantName = "tnt" + std::to_string(tenant(cloud)) + "-cust-p01-"
                                       + azureLocation(text(cloud, "location"));
        return resourceId(tenantName, "Microsoft.Network/expressroutecircuits", tenantName + "-er",
                          avsSubscription);
    }

    Json privateCloud(const Json &cloud) const
    {
        const std::string circuitId = avsCircuitId(cloud);
        Json properties;
        properties["networkBlock"] = cloud.at("managementBlock");
        properties["internet"] = text(cloud, "internet") == "managed-snat" ? "Enabled" : "Disabled";
        properties["circuit"]
            = Json{{"expressRouteID", circuitId},
                   {"expressRoutePrivatePeeringID", circuitId + "/peerings/AzurePrivatePeering"}};
        properties["managementCluster"] = Json{{"clusterSize", 3}};
        return row(privateCloudId(cloud), cloud.at("id"), "microsoft.avs/privateclouds",
                   azureLocation(text(cloud, "location")), avsGroup, std::move(properties),
                   Json{{"name", "AV36P"}});
    }

    std::vector<const Json *> m_nodes;
    std::vector<const Json *> m_links;
    std::map<std::string, const Json *> m_byId;
    std::map<std::string, int> m_avsIndex;
    std::map<std::string, std::pair<std::string, std::string>> m_edges; // circuit: /30s
};

} // namespace

Json resourceGraphRows(const Json &design)
{
    return DumpBuilder(design).rows();
}

Json avsChildResources(const Json &design)
{
    return DumpBuilder(design).avsChildren();
}

Json observedRoutes(const Json &design)
{
    return DumpBuilder(design).observed();
}

Json captureBundle(const Json &design, bool withRoutes)
{
    const DumpBuilder builder(design);
    Json bundle;
    bundle["format"] = "avsnet-capture";
    bundle["version"] = 1;
    bundle["capturedAt"] = "2026-01-01T00:00:00Z";
    bundle["azVersion"] = "2.67.0";
    bundle["graph"] = builder.rows();
    bundle["resources"] = builder.avsChildren();
    if (withRoutes)
        bundle["observed"] = builder.observed();
    return bundle;
}

} // namespace avsnet::bench
