// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Azure resources to avsnet nodes and links. The property paths are those of the REST API
// (https://learn.microsoft.com/rest/api/virtualnetwork/, .../expressroute/, .../vmware/),
// which Resource Graph, ARM exports and `az rest` share.
#include "importer.h"

#include "armtemplate.h"

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>

namespace avsnet::core::azure {

namespace {

// A node or link of the import before ids are given: it refers to other nodes by the key
// of their Azure id, turned into avsnet ids once every node is known.
struct PendingNode
{
    std::string key;
    Node node; // node.azureId set; id empty; reference fields hold keys
};

struct PendingLink
{
    std::string key;
    std::string fromKey;
    std::string toKey;
    Link link;
};

std::string slug(std::string_view name)
{
    std::string id;
    for (const char c : name) {
        const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                          || c == '_' || c == '.' || c == '-';
        id += keep ? c : '-';
    }
    return id.empty() ? std::string("resource") : id;
}

bool boolProperty(const AzureResource &resource, std::string_view name, bool fallback)
{
    const Json *value = property(resource.properties, name);
    if (!value)
        return fallback;
    if (value->is_boolean())
        return value->get<bool>();
    if (value->is_string())
        return equalsIgnoreCase(value->get<std::string>(), "true");
    return fallback;
}

bool boolMember(const Json &object, std::string_view name, bool fallback)
{
    const Json *value = property(object, name);
    if (!value)
        return fallback;
    if (value->is_boolean())
        return value->get<bool>();
    if (value->is_string())
        return equalsIgnoreCase(value->get<std::string>(), "true");
    return fallback;
}

std::optional<long long> numberOf(const Json *value)
{
    if (!value)
        return std::nullopt;
    if (value->is_number_integer() || value->is_number_unsigned())
        return value->get<long long>();
    if (value->is_number_float())
        return (long long)value->get<double>();
    if (value->is_string()) {
        try {
            std::size_t used = 0;
            const long long number = std::stoll(value->get<std::string>(), &used);
            if (used == value->get<std::string>().size())
                return number;
        } catch (...) {
        }
    }
    return std::nullopt;
}

class Importer
{
public:
    explicit Importer(const std::vector<AzureResource> &resources)
        : m_resources(resources)
    {}

    void run()
    {
        index();
        for (const AzureResource &resource : m_resources)
            mapResource(resource);
        linkBgpPeers();
        linkPeerings();
    }

    std::vector<PendingNode> nodes;
    std::vector<PendingLink> links;
    ImportSummary summary;
    // Another key a node answers to: an AVS private cloud for its circuit's id.
    std::unordered_map<std::string, std::string> aliases;

private:
    const Json *prop(const AzureResource &resource, std::string_view name) const
    {
        return property(resource.properties, name);
    }

    [[noreturn]] void missing(const AzureResource &resource, const std::string &field,
                              const std::string &what) const
    {
        throw ImportError{resource.file, resource.path + ".properties." + field,
                          resource.type + " " + resource.name + " has no " + field + ": " + what};
    }

    Ipv4Prefix prefixOf(const AzureResource &resource, const std::string &field,
                        const std::string &text) const
    {
        const auto prefix = Ipv4Prefix::parse(text);
        if (!prefix)
            throw ImportError{resource.file, resource.path + ".properties." + field,
                              resource.type + " " + resource.name + ": \"" + text
                                  + "\" is not an IPv4 prefix (10.1.0.0/16)"};
        return *prefix;
    }

    void index()
    {
        for (const AzureResource &resource : m_resources) {
            if (!resource.id.empty())
                m_byId[idKey(resource.id)] = &resource;
            const std::string &type = resource.type;
            const std::string key = idKey(resource.id);
            if (type == "microsoft.network/virtualnetworks/subnets")
                m_childSubnets[idKey(ancestorId(resource.id, "subnets"))].push_back(&resource);
            else if (type == "microsoft.network/virtualnetworks/virtualnetworkpeerings")
                m_childPeerings[idKey(ancestorId(resource.id, "virtualNetworkPeerings"))].push_back(
                    &resource);
            else if (type == "microsoft.network/routetables/routes")
                m_childRoutes[idKey(ancestorId(resource.id, "routes"))].push_back(&resource);
            else if (type == "microsoft.network/expressroutecircuits/peerings")
                m_circuitPeerings[idKey(ancestorId(resource.id, "peerings"))].push_back(&resource);
            else if (type == "microsoft.network/expressroutecircuits/peerings/connections")
                m_circuitConnections.push_back(&resource);
            else if (type == "microsoft.network/virtualhubs/ipconfigurations")
                m_hubIpConfigurations[idKey(ancestorId(resource.id, "ipConfigurations"))].push_back(
                    &resource);
            else if (type == "microsoft.network/virtualhubs/bgpconnections")
                m_bgpConnections.push_back(&resource);
            else if (type == "microsoft.network/virtualhubs/routingintent")
                m_routingIntents[idKey(ancestorId(resource.id, "routingIntent"))] = &resource;
            else if (type == "microsoft.network/expressroutegateways/expressrouteconnections")
                m_hubErConnections[idKey(ancestorId(resource.id, "expressRouteConnections"))]
                    .push_back(&resource);
            else if (type == "microsoft.avs/privateclouds/workloadnetworks/segments")
                m_segments[idKey(ancestorId(resource.id, "workloadNetworks"))].push_back(&resource);
            else if (type == "microsoft.network/networkinterfaces")
                indexNic(resource);
            else if (type == "microsoft.avs/privateclouds") {
                const Json *circuit = prop(resource, "circuit");
                const std::string circuitId = circuit ? stringMember(*circuit, "expressRouteID") : "";
                aliases[idKey(circuitId.empty() ? templateAvsCircuitId(resource.id) : circuitId)] = key;
            }
        }
    }

    void indexNic(const AzureResource &resource)
    {
        const Json *configurations = prop(resource, "ipConfigurations");
        if (!configurations || !configurations->is_array())
            return;
        for (const Json &configuration : *configurations) {
            const std::string ip = stringProperty(configuration, "privateIPAddress");
            if (!ip.empty())
                m_nicByIp[ip] = &resource;
        }
    }

    void addNode(const AzureResource &resource, NodeData data, std::string key = {},
                 std::string name = {}, std::string azureId = {})
    {
        PendingNode pending;
        pending.key = key.empty() ? idKey(resource.id) : key;
        setAzureId(pending.node, azureId.empty() ? resource.id : azureId);
        pending.node.name = name.empty() ? resource.name : name;
        pending.node.data = std::move(data);
        if (m_nodeKeys.insert(pending.key).second)
            nodes.push_back(std::move(pending));
    }

    void addLink(std::string azureId, std::string fromKey, std::string toKey, LinkData data,
                 std::string name)
    {
        PendingLink pending;
        pending.key = idKey(azureId);
        pending.fromKey = idKey(fromKey);
        pending.toKey = idKey(toKey);
        setAzureId(pending.link, azureId);
        pending.link.notes = {};
        pending.link.data = std::move(data);
        pending.link.id = std::move(name); // a name to make the id from
        if (m_linkKeys.insert(pending.key).second)
            links.push_back(std::move(pending));
    }

    void note(std::string line) { summary.notes.push_back(std::move(line)); }

    void mapResource(const AzureResource &resource)
    {
        const std::string &type = resource.type;
        if (type == "microsoft.network/virtualnetworks")
            mapVnet(resource);
        else if (type == "microsoft.network/virtualnetworkgateways")
            mapGateway(resource);
        else if (type == "microsoft.network/localnetworkgateways")
            mapLocalGateway(resource);
        else if (type == "microsoft.network/connections")
            mapConnection(resource);
        else if (type == "microsoft.network/expressroutecircuits")
            mapCircuit(resource);
        else if (type == "microsoft.network/expressroutecircuits/peerings/connections")
            mapGlobalReach(resource, idKey(ancestorId(resource.id, "peerings")));
        else if (type == "microsoft.network/virtualhubs")
            mapVirtualHub(resource);
        else if (type == "microsoft.network/virtualwans")
            addNode(resource, VirtualWan{boolProperty(resource, "allowBranchToBranchTraffic", true)});
        else if (type == "microsoft.network/expressroutegateways")
            mapHubErGateway(resource);
        else if (type == "microsoft.network/vpngateways")
            mapHubVpnGateway(resource);
        else if (type == "microsoft.network/vpnsites")
            mapVpnSite(resource);
        else if (type == "microsoft.network/azurefirewalls")
            mapFirewall(resource);
        else if (type == "microsoft.network/networkinterfaces")
            mapNic(resource);
        else if (type == "microsoft.network/virtualhubs/hubvirtualnetworkconnections")
            mapHubConnection(resource);
        else if (type == "microsoft.avs/privateclouds")
            mapPrivateCloud(resource);
        else if (type == "microsoft.avs/privateclouds/globalreachconnections")
            mapAvsGlobalReach(resource);
        else if (isMappedType(type))
            return; // a child resource, read with its parent
        else
            ++summary.skippedTypes[type];
    }

    // ---- virtual networks ---------------------------------------------------------------

    void mapVnet(const AzureResource &resource)
    {
        VirtualNetwork vnet;
        vnet.location = resource.location;
        const Json *space = prop(resource, "addressSpace");
        const Json *prefixes = space ? member(*space, "addressPrefixes") : nullptr;
        if (!prefixes || !prefixes->is_array() || prefixes->empty())
            missing(resource, "addressSpace.addressPrefixes", "a virtual network needs its address space");
        for (std::size_t i = 0; i < prefixes->size(); ++i)
            vnet.addressSpace.push_back(prefixOf(resource,
                                                 "addressSpace.addressPrefixes[" + std::to_string(i) + "]",
                                                 (*prefixes)[i].is_string() ? (*prefixes)[i].get<std::string>() : (*prefixes)[i].dump()));
        std::vector<std::pair<Json, std::string>> subnets; // object, JSON path
        if (const Json *inline_ = prop(resource, "subnets"); inline_ && inline_->is_array()) {
            for (std::size_t i = 0; i < inline_->size(); ++i)
                subnets.emplace_back((*inline_)[i], "subnets[" + std::to_string(i) + "]");
        }
        for (const AzureResource *child : m_childSubnets[idKey(resource.id)]) {
            Json object = {{"name", child->name}, {"properties", child->properties}};
            subnets.emplace_back(object, child->path);
        }
        std::set<std::string> seen;
        for (const auto &[subnetJson, path] : subnets) {
            const std::string name = stringMember(subnetJson, "name");
            if (name.empty() || !seen.insert(lower(name)).second)
                continue;
            Subnet subnet;
            subnet.name = name;
            std::string text;
            if (const Json *one = property(subnetJson, "addressPrefix"); one && one->is_string())
                text = one->get<std::string>();
            else if (const Json *many = property(subnetJson, "addressPrefixes");
                     many && many->is_array() && !many->empty()) {
                text = (*many)[0].get<std::string>();
                if (many->size() > 1)
                    note("subnet " + resource.name + "/" + name + " has "
                         + std::to_string(many->size())
                         + " prefixes; avsnet models the first, " + text);
            }
            if (text.empty())
                missing(resource, path + ".properties.addressPrefix",
                        "subnet " + name + " needs its address prefix");
            subnet.prefix = prefixOf(resource, path + ".properties.addressPrefix", text);
            const std::string tableId = referencedProperty(subnetJson, "routeTable");
            if (!tableId.empty())
                subnet.routeTable = attachRouteTable(resource, vnet, tableId, name);
            vnet.subnets.push_back(std::move(subnet));
        }
        collectPeerings(resource);
        addNode(resource, std::move(vnet));
    }

    // Copies the route table into the VNet (one table may serve several VNets; avsnet keeps
    // tables per VNet) and returns its name, or empty when the input does not hold it.
    std::string attachRouteTable(const AzureResource &vnetResource, VirtualNetwork &vnet,
                                 const std::string &tableId, const std::string &subnetName)
    {
        const auto found = m_byId.find(idKey(tableId));
        if (found == m_byId.end()) {
            note("subnet " + vnetResource.name + "/" + subnetName + " uses route table "
                 + lastSegment(tableId)
                 + ", which is not in the input: the subnet is imported without it");
            return {};
        }
        const AzureResource &table = *found->second;
        if (vnet.routeTable(table.name))
            return table.name;
        RouteTable result;
        result.name = table.name;
        result.disableBgpRoutePropagation = boolProperty(table, "disableBgpRoutePropagation", false);
        std::vector<std::pair<std::string, Json>> routes;
        if (const Json *inline_ = prop(table, "routes"); inline_ && inline_->is_array()) {
            for (const Json &route : *inline_)
                routes.emplace_back(stringMember(route, "name"), route);
        }
        for (const AzureResource *child : m_childRoutes[idKey(table.id)])
            routes.emplace_back(child->name, Json{{"properties", child->properties}});
        std::set<std::string> seen;
        for (const auto &[name, route] : routes) {
            if (!seen.insert(lower(name)).second)
                continue;
            const std::string prefixText = stringProperty(route, "addressPrefix");
            const auto prefix = Ipv4Prefix::parse(prefixText);
            if (!prefix) {
                note("route table " + table.name + ": route " + name + " to \"" + prefixText
                     + "\" (a service tag or not IPv4) is not modelled and left out");
                continue;
            }
            const Json *hopType = property(route, "nextHopType");
            const auto type = hopType && hopType->is_string()
                                  ? nextHopTypeFromString(hopType->get<std::string>())
                                  : std::nullopt;
            if (!type) {
                note("route table " + table.name + ": route " + name
                     + " has a next hop type avsnet does not know; left out");
                continue;
            }
            UserRoute user;
            user.name = name;
            user.prefix = *prefix;
            user.nextHopType = *type;
            if (const Json *ip = property(route, "nextHopIpAddress"); ip && ip->is_string())
                user.nextHopIp = Ipv4Address::parse(ip->get<std::string>());
            result.routes.push_back(std::move(user));
        }
        vnet.routeTables.push_back(std::move(result));
        return table.name;
    }

    struct PeeringRecord
    {
        std::string id;
        std::string localKey;
        std::string remoteKey;
        bool useRemoteGateways = false;
        bool allowGatewayTransit = false;
        bool allowForwardedTraffic = false;
        bool connected = true;
        bool completeVnets = true;
    };

    // A parent's sub-resources (id, object) as exports hold them: inline in the parent's
    // `property` array (an id made from the name where the export has none), and as child
    // resources listed on their own.
    std::vector<std::pair<std::string, Json>>
    subResources(const AzureResource &parent, const std::string &property,
                 const std::vector<const AzureResource *> &children) const
    {
        std::vector<std::pair<std::string, Json>> records;
        if (const Json *inline_ = prop(parent, property); inline_ && inline_->is_array()) {
            for (const Json &record : *inline_) {
                std::string id = stringMember(record, "id");
                if (id.empty())
                    id = parent.id + "/" + property + "/" + stringMember(record, "name");
                records.emplace_back(id, record);
            }
        }
        for (const AzureResource *child : children)
            records.emplace_back(child->id, Json{{"properties", child->properties}});
        return records;
    }

    void collectPeerings(const AzureResource &vnet)
    {
        const auto records =
            subResources(vnet, "virtualNetworkPeerings", m_childPeerings[idKey(vnet.id)]);
        for (const auto &[id, peering] : records) {
            if (m_peeringIds.contains(idKey(id)))
                continue;
            m_peeringIds.insert(idKey(id));
            PeeringRecord record;
            record.id = id;
            record.localKey = idKey(vnet.id);
            const Json *remote = property(peering, "remoteVirtualNetwork");
            record.remoteKey = idKey(remote ? stringMember(*remote, "id") : "");
            record.useRemoteGateways = boolMember(peering, "useRemoteGateways", false);
            record.allowGatewayTransit = boolMember(peering, "allowGatewayTransit", false);
            record.allowForwardedTraffic = boolMember(peering, "allowForwardedTraffic", false);
            const Json *state = property(peering, "peeringState");
            record.connected = !state || !state->is_string()
                               || equalsIgnoreCase(state->get<std::string>(), "Connected");
            record.completeVnets = boolMember(peering, "peerCompleteVnets", true);
            if (record.remoteKey.empty())
                continue;
            m_peerings.push_back(record);
        }
    }

    // One link per pair of VNets from the two one-way records (research §2.1).
    void linkPeerings()
    {
        std::map<std::pair<std::string, std::string>, std::vector<const PeeringRecord *>> pairs;
        for (const PeeringRecord &record : m_peerings)
            pairs[std::minmax(record.localKey, record.remoteKey)].push_back(&record);
        for (const auto &[ends, records] : pairs) {
            const PeeringRecord *spoke = records.front();
            for (const PeeringRecord *record : records) {
                if (record->useRemoteGateways)
                    spoke = record;
            }
            const PeeringRecord *other = nullptr;
            for (const PeeringRecord *record : records) {
                if (record != spoke)
                    other = record;
            }
            VnetPeeringLink link;
            link.allowForwardedTraffic = spoke->allowForwardedTraffic
                                         && (!other || other->allowForwardedTraffic);
            link.useRemoteGateways = spoke->useRemoteGateways;
            const std::string label = lastSegment(spoke->localKey) + " - "
                                      + lastSegment(spoke->remoteKey);
            if (!other)
                note("peering " + label + ": only one side is in the input; imported from it");
            if (spoke->useRemoteGateways && other && !other->allowGatewayTransit)
                note("peering " + label + ": useRemoteGateways without allowGatewayTransit on "
                     "the other side");
            if (!spoke->completeVnets || (other && !other->completeVnets))
                note("peering " + label + ": a subnet peering (peerCompleteVnets false); avsnet "
                     "models it as a peering of the whole VNets");
            addLink(spoke->id, spoke->localKey, spoke->remoteKey, link,
                    lastSegment(spoke->localKey) + "-" + lastSegment(spoke->remoteKey));
            if (!spoke->connected || (other && !other->connected)) {
                links.back().link.disabled = true;
                note("peering " + label + " is not Connected in Azure: imported switched off");
            }
        }
    }

    // ---- gateways and connections -------------------------------------------------------

    std::string gatewayVnet(const AzureResource &resource)
    {
        const Json *configurations = prop(resource, "ipConfigurations");
        if (configurations && configurations->is_array()) {
            for (const Json &configuration : *configurations) {
                const Json *subnet = property(configuration, "subnet");
                const std::string id = subnet ? stringMember(*subnet, "id") : "";
                if (!id.empty())
                    return ancestorId(id, "subnets");
            }
        }
        missing(resource, "ipConfigurations[0].properties.subnet.id",
                "the gateway's subnet tells its virtual network");
    }

    void mapGateway(const AzureResource &resource)
    {
        const std::string type = lower(stringMember(resource.properties, "gatewayType"));
        const std::string vnet = idKey(gatewayVnet(resource));
        std::string sku;
        if (const Json *skuObject = prop(resource, "sku"))
            sku = stringMember(*skuObject, "name");
        if (sku.empty() && resource.sku.is_object())
            sku = stringMember(resource.sku, "name");
        if (type == "expressroute") {
            ErGateway gateway;
            gateway.vnet = vnet;
            if (!sku.empty()) {
                if (const auto known = erGatewaySkuFromString(sku))
                    gateway.sku = *known;
                else
                    note("ExpressRoute gateway " + resource.name + ": SKU " + sku
                         + " is not one avsnet models; imported as standard");
            }
            gateway.allowRemoteVnetTraffic = boolProperty(resource, "allowRemoteVnetTraffic", false);
            gateway.allowVirtualWanTraffic = boolProperty(resource, "allowVirtualWanTraffic", false);
            addNode(resource, gateway);
        } else if (type == "vpn") {
            VpnGateway gateway;
            gateway.vnet = vnet;
            gateway.bgp = boolProperty(resource, "enableBgp", false);
            gateway.activeActive = boolProperty(resource, "activeActive", false);
            if (const Json *bgp = prop(resource, "bgpSettings"))
                if (const auto asn = numberOf(member(*bgp, "asn")))
                    gateway.asn = Asn(*asn);
            addNode(resource, gateway);
        } else {
            missing(resource, "gatewayType", "ExpressRoute or Vpn");
        }
    }

    void mapLocalGateway(const AzureResource &resource)
    {
        OnPremSite site;
        site.asn = 65000; // DECISION: a static site's ASN is not used; BGP sites give theirs
        if (const Json *bgp = prop(resource, "bgpSettings"))
            if (const auto asn = numberOf(member(*bgp, "asn")))
                site.asn = Asn(*asn);
        if (const Json *space = prop(resource, "localNetworkAddressSpace")) {
            if (const Json *prefixes = member(*space, "addressPrefixes"); prefixes && prefixes->is_array())
                for (std::size_t i = 0; i < prefixes->size(); ++i)
                    site.prefixes.push_back(prefixOf(resource, "localNetworkAddressSpace.addressPrefixes["
                                                                   + std::to_string(i) + "]",
                                                     (*prefixes)[i].get<std::string>()));
        }
        // A BGP site may list no address space: it announces its prefixes instead.
        if (site.prefixes.empty())
            summary.incomplete.push_back(vpnSiteIncomplete(resource.name));
        addNode(resource, site);
    }

    void mapConnection(const AzureResource &resource)
    {
        const std::string type = lower(stringMember(resource.properties, "connectionType"));
        const std::string gateway = referencedId(resource.properties, "virtualNetworkGateway1");
        if (type == "expressroute") {
            const std::string peer = referencedId(resource.properties, "peer");
            if (gateway.empty())
                missing(resource, "virtualNetworkGateway1.id", "the gateway it connects");
            if (peer.empty())
                missing(resource, "peer.id", "the circuit it connects");
            ErConnectionLink link;
            link.weight = int(numberOf(prop(resource, "routingWeight")).value_or(0));
            link.fastPath = boolProperty(resource, "expressRouteGatewayBypass", false);
            addLink(resource.id, peer, gateway, link, resource.name);
        } else if (type == "ipsec") {
            const std::string site = referencedId(resource.properties, "localNetworkGateway2");
            if (gateway.empty())
                missing(resource, "virtualNetworkGateway1.id", "the gateway it connects");
            if (site.empty())
                missing(resource, "localNetworkGateway2.id", "the site it connects");
            VpnConnectionLink link;
            link.bgp = boolProperty(resource, "enableBgp", false);
            link.weight = int(numberOf(prop(resource, "routingWeight")).value_or(0));
            addLink(resource.id, gateway, site, link, resource.name);
        } else {
            note("connection " + resource.name + " (" + stringMember(resource.properties, "connectionType")
                 + ") has no avsnet link kind; skipped");
        }
    }

    // ---- ExpressRoute circuits and Global Reach -----------------------------------------

    void mapCircuit(const AzureResource &resource)
    {
        ErCircuit circuit;
        std::string tier;
        if (resource.sku.is_object()) {
            tier = stringMember(resource.sku, "tier");
            if (tier.empty())
                tier = stringMember(resource.sku, "name").substr(0, stringMember(resource.sku, "name").find('_'));
        }
        if (!tier.empty()) {
            if (const auto sku = circuitSkuFromString(lower(tier)))
                circuit.sku = *sku;
            else
                note("circuit " + resource.name + ": SKU tier " + tier + " is unknown; imported as standard");
        }
        if (const Json *provider = prop(resource, "serviceProviderProperties")) {
            circuit.location = stringMember(*provider, "peeringLocation");
            if (const auto mbps = numberOf(member(*provider, "bandwidthInMbps")))
                circuit.bandwidthMbps = int(*mbps);
        }
        if (const Json *gbps = prop(resource, "bandwidthInGbps"); gbps && gbps->is_number())
            circuit.bandwidthMbps = int(gbps->get<double>() * 1000);
        addNode(resource, circuit);

        const auto peerings =
            subResources(resource, "peerings", m_circuitPeerings[idKey(resource.id)]);
        std::set<std::string> seen;
        for (const auto &[id, peering] : peerings) {
            const std::string type = stringProperty(peering, "peeringType");
            const bool isPrivate = equalsIgnoreCase(type, "AzurePrivatePeering")
                                   || equalsIgnoreCase(lastSegment(id), "AzurePrivatePeering");
            if (!isPrivate || !seen.insert(idKey(id)).second)
                continue;
            const auto asn = numberOf(property(peering, "peerASN"));
            if (!asn)
                missing(resource, "peerings[AzurePrivatePeering].properties.peerASN",
                        "the private peering's peer ASN is the on-premises router's");
            OnPremSite site;
            site.asn = Asn(*asn);
            addNode(resource, site, idKey(id), resource.name + " on-premises", id);
            ErPeeringLink link;
            if (const Json *primary = property(peering, "primaryPeerAddressPrefix"); primary && primary->is_string())
                link.primarySubnet = Ipv4Prefix::parse(primary->get<std::string>());
            if (const Json *secondary = property(peering, "secondaryPeerAddressPrefix"); secondary && secondary->is_string())
                link.secondarySubnet = Ipv4Prefix::parse(secondary->get<std::string>());
            addLink(id, id, resource.id, link, resource.name + "-peering");
            summary.incomplete.push_back(circuitSiteIncomplete(resource.name));
            if (const Json *connections = property(peering, "connections"); connections && connections->is_array())
                for (const Json &connection : *connections)
                    mapGlobalReachObject(connection, idKey(resource.id), resource);
        }
    }

    void mapGlobalReach(const AzureResource &resource, const std::string &circuitKey)
    {
        mapGlobalReachObject(Json{{"id", resource.id}, {"name", resource.name},
                                  {"properties", resource.properties}},
                             circuitKey, resource);
    }

    void mapGlobalReachObject(const Json &connection, const std::string &circuitKey,
                              const AzureResource &owner)
    {
        const Json *peer = property(connection, "peerExpressRouteCircuitPeering");
        const std::string peerId = peer ? stringMember(*peer, "id") : "";
        if (peerId.empty())
            return;
        const std::string other = idKey(ancestorId(peerId, "peerings"));
        GlobalReachLink link;
        if (const Json *prefix = property(connection, "addressPrefix"); prefix && prefix->is_string())
            link.subnet = Ipv4Prefix::parse(prefix->get<std::string>());
        std::string id = stringMember(connection, "id");
        if (id.empty())
            id = owner.id + "/globalReach/" + lastSegment(other);
        addGlobalReach(id, circuitKey, other, link);
    }

    void addGlobalReach(const std::string &id, std::string a, std::string b, GlobalReachLink link)
    {
        a = resolveKey(a);
        b = resolveKey(b);
        if (!m_globalReachPairs.insert(std::minmax(a, b)).second)
            return; // the other circuit's peeredConnections, or the AVS side, listed it too
        addLink(id, a, b, link, "global-reach-" + lastSegment(a) + "-" + lastSegment(b));
    }

    std::string resolveKey(const std::string &key) const
    {
        const auto alias = aliases.find(key);
        return alias == aliases.end() ? key : alias->second;
    }

    // ---- Route Server, Virtual WAN ------------------------------------------------------

    bool isRouteServer(const AzureResource &resource) const
    {
        if (equalsIgnoreCase(resource.kind, "RouteServer")
            || equalsIgnoreCase(stringMember(resource.properties, "kind"), "RouteServer"))
            return true;
        // Older objects lack `kind`: a hub without a Virtual WAN and without an address prefix
        // (research §2.7).
        return referencedId(resource.properties, "virtualWan").empty()
               && stringMember(resource.properties, "addressPrefix").empty();
    }

    void mapVirtualHub(const AzureResource &resource)
    {
        const std::string key = idKey(resource.id);
        const std::string preference = lower(stringMember(resource.properties, "hubRoutingPreference"));
        HubRoutingPreference routingPreference = HubRoutingPreference::ExpressRoute;
        if (preference == "vpngateway")
            routingPreference = HubRoutingPreference::Vpn;
        else if (preference == "aspath")
            routingPreference = HubRoutingPreference::AsPath;
        if (isRouteServer(resource)) {
            std::string vnet;
            for (const AzureResource *configuration : m_hubIpConfigurations[key]) {
                const Json *subnet = prop(*configuration, "subnet");
                if (subnet && !stringMember(*subnet, "id").empty())
                    vnet = ancestorId(stringMember(*subnet, "id"), "subnets");
            }
            if (const Json *configurations = prop(resource, "ipConfigurations");
                vnet.empty() && configurations && configurations->is_array()) {
                for (const Json &configuration : *configurations) {
                    const Json *subnet = property(configuration, "subnet");
                    if (subnet && !stringMember(*subnet, "id").empty())
                        vnet = ancestorId(stringMember(*subnet, "id"), "subnets");
                }
            }
            if (vnet.empty()) {
                note("Route Server " + resource.name + ": its virtual network is unknown (add its "
                     "virtualHubs/ipConfigurations to the input); skipped");
                return;
            }
            RouteServer server;
            server.vnet = idKey(vnet);
            server.branchToBranch = boolProperty(resource, "allowBranchToBranchTraffic", false);
            server.hubRoutingPreference = routingPreference;
            addNode(resource, server);
            m_routeServerVnet[key] = idKey(vnet);
            return;
        }
        VirtualHub hub;
        hub.vwan = idKey(referencedId(resource.properties, "virtualWan"));
        const std::string prefix = stringMember(resource.properties, "addressPrefix");
        if (prefix.empty())
            missing(resource, "addressPrefix", "a Virtual WAN hub needs its address prefix");
        hub.addressPrefix = prefixOf(resource, "addressPrefix", prefix);
        hub.location = resource.location;
        hub.hubRoutingPreference = routingPreference;
        if (const auto intent = m_routingIntents.find(key); intent != m_routingIntents.end()) {
            RoutingIntent routing;
            if (const Json *policies = prop(*intent->second, "routingPolicies"); policies && policies->is_array()) {
                for (const Json &policy : *policies) {
                    const std::string hop = idKey(referencedProperty(policy, "nextHop"));
                    if (const Json *destinations = property(policy, "destinations"); destinations && destinations->is_array()) {
                        for (const Json &destination : *destinations) {
                            if (destination == "PrivateTraffic")
                                routing.privateTraffic = hop;
                            else if (destination == "Internet")
                                routing.internetTraffic = hop;
                        }
                    }
                }
            }
            hub.routingIntent = routing;
        }
        addNode(resource, hub);
    }

    void mapHubConnection(const AzureResource &resource)
    {
        const std::string vnet = referencedId(resource.properties, "remoteVirtualNetwork");
        if (vnet.empty())
            missing(resource, "remoteVirtualNetwork.id", "the VNet the hub connects");
        HubConnectionLink link;
        link.propagateDefaultRoute = boolProperty(resource, "enableInternetSecurity", true);
        addLink(resource.id, vnet, ancestorId(resource.id, "hubVirtualNetworkConnections"), link,
                resource.name);
    }

    void mapHubErGateway(const AzureResource &resource)
    {
        const std::string hub = referencedId(resource.properties, "virtualHub");
        if (hub.empty())
            missing(resource, "virtualHub.id", "the hub the gateway is in");
        ErGateway gateway;
        gateway.hub = idKey(hub);
        gateway.allowNonVirtualWanTraffic = boolProperty(resource, "allowNonVirtualWanTraffic", false);
        addNode(resource, gateway);
        std::vector<std::pair<std::string, Json>> connections;
        if (const Json *inline_ = prop(resource, "expressRouteConnections"); inline_ && inline_->is_array())
            for (const Json &connection : *inline_)
                connections.emplace_back(stringMember(connection, "id"), connection);
        for (const AzureResource *child : m_hubErConnections[idKey(resource.id)])
            connections.emplace_back(child->id, Json{{"name", child->name}, {"properties", child->properties}});
        for (const auto &[id, connection] : connections) {
            const Json *peering = property(connection, "expressRouteCircuitPeering");
            const std::string circuit = peering ? ancestorId(stringMember(*peering, "id"), "peerings") : "";
            if (circuit.empty() || id.empty())
                continue;
            ErConnectionLink link;
            link.weight = int(numberOf(property(connection, "routingWeight")).value_or(0));
            link.propagateDefaultRoute = boolMember(connection, "enableInternetSecurity", false);
            link.fastPath = boolMember(connection, "expressRouteGatewayBypass", false);
            addLink(id, circuit, resource.id, link, stringMember(connection, "name"));
        }
    }

    void mapHubVpnGateway(const AzureResource &resource)
    {
        const std::string hub = referencedId(resource.properties, "virtualHub");
        if (hub.empty())
            missing(resource, "virtualHub.id", "the hub the gateway is in");
        VpnGateway gateway;
        gateway.hub = idKey(hub);
        gateway.activeActive = true;
        addNode(resource, gateway);
        if (const Json *connections = prop(resource, "connections"); connections && connections->is_array()) {
            for (const Json &connection : *connections) {
                const std::string site = referencedProperty(connection, "remoteVpnSite");
                const std::string id = stringMember(connection, "id");
                if (site.empty() || id.empty())
                    continue;
                VpnConnectionLink link;
                link.bgp = boolMember(connection, "enableBgp", false);
                link.weight = int(numberOf(property(connection, "routingWeight")).value_or(0));
                link.propagateDefaultRoute = boolMember(connection, "enableInternetSecurity", false);
                addLink(id, resource.id, site, link, stringMember(connection, "name"));
            }
        }
    }

    void mapVpnSite(const AzureResource &resource)
    {
        OnPremSite site;
        site.asn = 65000; // DECISION, as for a local network gateway
        if (const Json *bgp = prop(resource, "bgpProperties"))
            if (const auto asn = numberOf(member(*bgp, "asn")))
                site.asn = Asn(*asn);
        if (const Json *links = prop(resource, "vpnSiteLinks"); links && links->is_array()) {
            for (const Json &siteLink : *links)
                if (const Json *bgp = property(siteLink, "bgpProperties"))
                    if (const auto asn = numberOf(member(*bgp, "asn")))
                        site.asn = Asn(*asn);
        }
        if (const Json *space = prop(resource, "addressSpace"))
            if (const Json *prefixes = member(*space, "addressPrefixes"); prefixes && prefixes->is_array())
                for (std::size_t i = 0; i < prefixes->size(); ++i)
                    site.prefixes.push_back(prefixOf(resource, "addressSpace.addressPrefixes[" + std::to_string(i) + "]",
                                                     (*prefixes)[i].get<std::string>()));
        addNode(resource, site);
    }

    void mapFirewall(const AzureResource &resource)
    {
        if (const std::string hub = referencedId(resource.properties, "virtualHub"); !hub.empty()) {
            HubFirewall firewall;
            firewall.hub = idKey(hub);
            if (const Json *addresses = prop(resource, "hubIPAddresses"))
                if (const Json *ip = member(*addresses, "privateIPAddress"); ip && ip->is_string())
                    firewall.ip = Ipv4Address::parse(ip->get<std::string>());
            addNode(resource, firewall);
            return;
        }
        // DECISION: an Azure Firewall in a VNet forwards like an NVA without BGP.
        const Json *configurations = prop(resource, "ipConfigurations");
        if (!configurations || !configurations->is_array() || configurations->empty()) {
            note("Azure Firewall " + resource.name + " has no ipConfigurations; skipped");
            return;
        }
        const Json &configuration = (*configurations)[0];
        const Json *subnet = property(configuration, "subnet");
        const Json *ip = property(configuration, "privateIPAddress");
        if (!subnet || !ip || !ip->is_string()) {
            note("Azure Firewall " + resource.name + ": no private address in the input; skipped");
            return;
        }
        Nva nva;
        nva.vnet = idKey(ancestorId(stringMember(*subnet, "id"), "subnets"));
        nva.subnet = lastSegment(stringMember(*subnet, "id"));
        nva.ip = Ipv4Address::parse(ip->get<std::string>()).value_or(Ipv4Address());
        addNode(resource, nva);
        m_nvaByIp[ip->get<std::string>()] = idKey(resource.id);
    }

    void mapNic(const AzureResource &resource)
    {
        if (!boolProperty(resource, "enableIPForwarding", false))
            return; // a plain VM's interface: only its address is used (BGP peers)
        addNicNva(resource, std::nullopt);
    }

    void addNicNva(const AzureResource &resource, std::optional<Asn> asn)
    {
        if (m_nodeKeys.contains(idKey(resource.id)))
            return;
        const Json *configurations = prop(resource, "ipConfigurations");
        if (!configurations || !configurations->is_array() || configurations->empty())
            missing(resource, "ipConfigurations", "a network interface needs its IP configuration");
        const Json &configuration = (*configurations)[0];
        const Json *subnet = property(configuration, "subnet");
        const Json *ip = property(configuration, "privateIPAddress");
        if (!subnet || stringMember(*subnet, "id").empty())
            missing(resource, "ipConfigurations[0].properties.subnet.id", "the NVA's subnet");
        if (!ip || !ip->is_string() || !Ipv4Address::parse(ip->get<std::string>()))
            missing(resource, "ipConfigurations[0].properties.privateIPAddress", "the NVA's address");
        Nva nva;
        const std::string subnetId = stringMember(*subnet, "id");
        nva.vnet = idKey(ancestorId(subnetId, "subnets"));
        nva.subnet = lastSegment(subnetId);
        nva.ip = *Ipv4Address::parse(ip->get<std::string>());
        nva.ipForwarding = boolProperty(resource, "enableIPForwarding", false);
        nva.asn = asn;
        std::string name = resource.name;
        if (const std::string vm = referencedId(resource.properties, "virtualMachine"); !vm.empty())
            name = lastSegment(vm);
        addNode(resource, nva, {}, name);
        m_nvaByIp[ip->get<std::string>()] = idKey(resource.id);
    }

    // BGP connections of Route Servers and hubs: the NVA is the NIC that holds the peer IP
    // (research §2.7: only peerIp ties them).
    void linkBgpPeers()
    {
        for (const AzureResource *connection : m_bgpConnections) {
            const std::string hubKey = idKey(ancestorId(connection->id, "bgpConnections"));
            const std::string peerIp = stringMember(connection->properties, "peerIp");
            const auto asn = numberOf(prop(*connection, "peerAsn"));
            if (peerIp.empty() || !asn)
                missing(*connection, peerIp.empty() ? "peerIp" : "peerAsn",
                        "a BGP connection needs the peer's address and ASN");
            std::string nvaKey;
            if (const auto nva = m_nvaByIp.find(peerIp); nva != m_nvaByIp.end()) {
                nvaKey = nva->second;
            } else if (const auto nic = m_nicByIp.find(peerIp); nic != m_nicByIp.end()) {
                addNicNva(*nic->second, Asn(*asn));
                nvaKey = idKey(nic->second->id);
            } else {
                nvaKey = nvaFromSubnet(*connection, hubKey, peerIp, Asn(*asn));
            }
            if (nvaKey.empty())
                continue;
            for (PendingNode &node : nodes) {
                if (node.key == nvaKey)
                    if (auto *nva = node.node.as<Nva>())
                        nva->asn = Asn(*asn);
            }
            addLink(connection->id, nvaKey, hubKey, BgpSessionLink{}, connection->name);
            summary.incomplete.push_back(nvaIncomplete(peerIp));
        }
    }

    // No NIC in the input holds the peer address: an NVA in the subnet of the Route Server's
    // VNet that does, or nothing.
    std::string nvaFromSubnet(const AzureResource &connection, const std::string &hubKey,
                              const std::string &peerIp, Asn asn)
    {
        const auto address = Ipv4Address::parse(peerIp);
        const auto vnetKey = m_routeServerVnet.find(hubKey);
        if (address && vnetKey != m_routeServerVnet.end()) {
            for (const PendingNode &node : nodes) {
                const auto *vnet = node.node.as<VirtualNetwork>();
                if (!vnet || node.key != vnetKey->second)
                    continue;
                for (const Subnet &subnet : vnet->subnets) {
                    if (!subnet.prefix.contains(*address) || subnet.name == "RouteServerSubnet")
                        continue;
                    Nva nva;
                    nva.vnet = node.key;
                    nva.subnet = subnet.name;
                    nva.ip = *address;
                    nva.asn = asn;
                    const std::string key = idKey(connection.id) + "/peer";
                    addNode(connection, nva, key, "nva-" + peerIp, connection.id + "/peer");
                    note("BGP peer " + peerIp + " of " + lastSegment(hubKey)
                         + ": no network interface in the input holds it; an NVA was added in "
                           "subnet "
                         + subnet.name);
                    return key;
                }
            }
        }
        note("BGP peer " + peerIp + " of " + lastSegment(hubKey)
             + ": no network interface or subnet of the input holds this address; add the NVA "
               "by hand");
        return {};
    }

    // ---- Azure VMware Solution ----------------------------------------------------------

    void mapPrivateCloud(const AzureResource &resource)
    {
        AvsPrivateCloud cloud;
        const std::string block = stringMember(resource.properties, "networkBlock");
        if (block.empty())
            missing(resource, "networkBlock", "the private cloud's /22 management block");
        cloud.managementBlock = prefixOf(resource, "networkBlock", block);
        cloud.location = resource.location;
        if (equalsIgnoreCase(stringMember(resource.properties, "internet"), "Enabled"))
            cloud.internet = AvsInternet::ManagedSnat;
        if (const Json *extended = prop(resource, "extendedNetworkBlocks");
            extended && extended->is_array() && !extended->empty())
            note("private cloud " + resource.name + ": extendedNetworkBlocks are not modelled");
        std::set<std::string> seen;
        for (const AzureResource *segmentResource : m_segments[idKey(resource.id)]) {
            const Json *subnet = prop(*segmentResource, "subnet");
            const std::string gateway = subnet ? stringMember(*subnet, "gatewayAddress") : "";
            const auto prefix = Ipv4Prefix::parse(gateway);
            if (!prefix) {
                note("segment " + segmentResource->name + " has no gateway address; left out");
                continue;
            }
            Segment segment;
            segment.name = stringMember(segmentResource->properties, "displayName");
            if (segment.name.empty())
                segment.name = segmentResource->name;
            // The gateway's address with the segment's mask: the network is the prefix
            // (research §2.9).
            segment.prefix = prefix->network();
            if (seen.insert(segment.name).second)
                cloud.segments.push_back(std::move(segment));
        }
        if (cloud.segments.empty())
            summary.incomplete.push_back("avs " + resource.name
                                         + ": its NSX segments (none in the input: add az "
                                           "vmware workload-network segment list)");
        if (const Json *links = prop(resource, "externalCloudLinks"); links && links->is_array() && !links->empty())
            note("private cloud " + resource.name + ": AVS Interconnect links are not modelled");
        addNode(resource, cloud);
    }

    void mapAvsGlobalReach(const AzureResource &resource)
    {
        const std::string cloud = idKey(ancestorId(resource.id, "globalReachConnections"));
        std::string peer = stringMember(resource.properties, "peerExpressRouteCircuit");
        if (peer.empty())
            peer = referencedId(resource.properties, "peerExpressRouteCircuit");
        if (peer.empty())
            missing(resource, "peerExpressRouteCircuit", "the circuit Global Reach joins");
        GlobalReachLink link;
        if (const std::string prefix = stringMember(resource.properties, "addressPrefix"); !prefix.empty())
            link.subnet = Ipv4Prefix::parse(prefix);
        addGlobalReach(resource.id, cloud, idKey(peer), link);
    }

    const std::vector<AzureResource> &m_resources;
    std::unordered_map<std::string, const AzureResource *> m_byId;
    std::unordered_map<std::string, std::vector<const AzureResource *>> m_childSubnets;
    std::unordered_map<std::string, std::vector<const AzureResource *>> m_childPeerings;
    std::unordered_map<std::string, std::vector<const AzureResource *>> m_childRoutes;
    std::unordered_map<std::string, std::vector<const AzureResource *>> m_circuitPeerings;
    std::vector<const AzureResource *> m_circuitConnections;
    std::unordered_map<std::string, std::vector<const AzureResource *>> m_hubIpConfigurations;
    std::vector<const AzureResource *> m_bgpConnections;
    std::unordered_map<std::string, const AzureResource *> m_routingIntents;
    std::unordered_map<std::string, std::vector<const AzureResource *>> m_hubErConnections;
    std::unordered_map<std::string, std::vector<const AzureResource *>> m_segments;
    std::unordered_map<std::string, const AzureResource *> m_nicByIp;
    std::unordered_map<std::string, std::string> m_nvaByIp;
    std::unordered_map<std::string, std::string> m_routeServerVnet;
    std::vector<PeeringRecord> m_peerings;
    std::set<std::string> m_peeringIds;
    std::set<std::pair<std::string, std::string>> m_globalReachPairs;
    std::set<std::string> m_nodeKeys;
    std::set<std::string> m_linkKeys;
};

// ---- merging into the existing design -----------------------------------------------------

// Fields Azure's configuration cannot tell keep what the design had (the user filled them in).
void keepUserKnowledge(const Node &existing, Node &imported)
{
    if (const auto *before = existing.as<OnPremSite>()) {
        auto *site = imported.as<OnPremSite>();
        if (site && site->prefixes.empty()) {
            site->prefixes = before->prefixes;
            site->advertise = before->advertise;
            site->advertiseDefaultRoute = before->advertiseDefaultRoute;
        }
    } else if (const auto *before = existing.as<Nva>()) {
        if (auto *nva = imported.as<Nva>()) {
            nva->originate = before->originate;
            nva->readvertise = before->readvertise;
            nva->asPath = before->asPath;
            nva->nextHop = before->nextHop;
            if (!nva->asn)
                nva->asn = before->asn;
        }
    } else if (const auto *before = existing.as<AvsPrivateCloud>()) {
        if (auto *cloud = imported.as<AvsPrivateCloud>()) {
            if (cloud->segments.empty())
                cloud->segments = before->segments;
            if (cloud->internet == AvsInternet::None && before->internet == AvsInternet::DefaultRoute)
                cloud->internet = before->internet;
        }
    } else if (const auto *before = existing.as<VirtualNetwork>()) {
        // Unknown fields of subnets and route tables the user added survive.
        if (auto *vnet = imported.as<VirtualNetwork>()) {
            for (Subnet &subnet : vnet->subnets)
                if (const Subnet *old = before->subnet(subnet.name))
                    subnet.unknown = old->unknown;
        }
    }
}

std::string describe(const Node &node)
{
    return std::string(toString(node.kind())) + " " + node.id;
}

std::string describe(const Link &link)
{
    return std::string(toString(link.kind())) + " " + link.id + " (" + link.from + " - " + link.to + ")";
}

class Merger
{
public:
    Merger(const Topology &existing, Importer &imported)
        : m_design(existing)
        , m_imported(imported)
    {}

    ImportResult run()
    {
        for (std::size_t i = 0; i < m_design.nodes.size(); ++i) {
            m_usedIds.insert(m_design.nodes[i].id);
            if (const std::string id = azureIdOf(m_design.nodes[i]); !id.empty())
                m_existingNodes[idKey(id)] = i;
        }
        for (std::size_t i = 0; i < m_design.links.size(); ++i) {
            m_usedIds.insert(m_design.links[i].id);
            if (const std::string id = azureIdOf(m_design.links[i]); !id.empty())
                m_existingLinks[idKey(id)] = i;
        }
        assignNodeIds();
        mergeNodes();
        mergeLinks();
        listVanished();
        return {std::move(m_design), std::move(m_imported.summary)};
    }

private:
    std::string uniqueId(const std::string &wanted)
    {
        std::string id = slug(wanted);
        for (int n = 2; m_usedIds.contains(id); ++n)
            id = slug(wanted) + "-" + std::to_string(n);
        m_usedIds.insert(id);
        return id;
    }

    void assignNodeIds()
    {
        for (PendingNode &pending : m_imported.nodes) {
            if (const auto found = m_existingNodes.find(pending.key); found != m_existingNodes.end())
                m_idOfKey[pending.key] = m_design.nodes[found->second].id;
            else
                m_idOfKey[pending.key] = uniqueId(pending.node.name);
        }
        // Ends the input names but does not hold may be in the design already.
        for (const auto &[key, index] : m_existingNodes)
            m_idOfKey.emplace(key, m_design.nodes[index].id);
        // A private cloud of the design answers to the circuit id a template stands in for it.
        for (const Node &node : m_design.nodes)
            if (node.as<AvsPrivateCloud>() && !azureIdOf(node).empty())
                m_idOfKey.emplace(idKey(templateAvsCircuitId(azureIdOf(node))), node.id);
        for (const auto &[alias, key] : m_imported.aliases) {
            if (const auto id = m_idOfKey.find(key); id != m_idOfKey.end())
                m_idOfKey.emplace(alias, id->second);
        }
    }

    // The avsnet id of an Azure key, or empty.
    std::string idOf(const std::string &key) const
    {
        const auto found = m_idOfKey.find(key);
        return found == m_idOfKey.end() ? std::string() : found->second;
    }

    // Turns the keys in a node's reference fields into ids; false when one is unknown.
    bool resolveReferences(Node &node, std::string &missingWhat)
    {
        auto resolve = [&](std::string &field, const char *what) {
            if (field.empty())
                return true;
            const std::string id = idOf(field);
            if (id.empty()) {
                missingWhat = std::string(what) + " " + lastSegment(field);
                return false;
            }
            field = id;
            return true;
        };
        if (auto *gateway = node.as<ErGateway>())
            return resolve(gateway->vnet, "virtual network") && resolve(gateway->hub, "hub");
        if (auto *gateway = node.as<VpnGateway>())
            return resolve(gateway->vnet, "virtual network") && resolve(gateway->hub, "hub");
        if (auto *server = node.as<RouteServer>())
            return resolve(server->vnet, "virtual network");
        if (auto *nva = node.as<Nva>())
            return resolve(nva->vnet, "virtual network");
        if (auto *hub = node.as<VirtualHub>()) {
            if (hub->routingIntent) {
                std::string ignored;
                if (!resolve(hub->routingIntent->privateTraffic, "firewall"))
                    hub->routingIntent->privateTraffic.clear();
                if (!resolve(hub->routingIntent->internetTraffic, "firewall"))
                    hub->routingIntent->internetTraffic.clear();
                missingWhat.clear();
            }
            return resolve(hub->vwan, "Virtual WAN");
        }
        if (auto *firewall = node.as<HubFirewall>())
            return resolve(firewall->hub, "hub");
        return true;
    }

    void mergeNodes()
    {
        // Containers first, so a gateway's VNet is resolved and kept before the gateway.
        std::vector<PendingNode *> order;
        for (PendingNode &pending : m_imported.nodes)
            order.push_back(&pending);
        for (PendingNode *pending : order) {
            Node node = pending->node;
            node.id = m_idOfKey[pending->key];
            std::string missingWhat;
            if (!resolveReferences(node, missingWhat)) {
                m_imported.summary.notes.push_back(std::string(toString(node.kind())) + " " + node.name
                                                   + ": its " + missingWhat
                                                   + " is not in the input or the design; skipped");
                m_idOfKey.erase(pending->key);
                continue;
            }
            m_seenNodes.insert(pending->key);
            if (const auto found = m_existingNodes.find(pending->key); found != m_existingNodes.end()) {
                Node &before = m_design.nodes[found->second];
                keepUserKnowledge(before, node);
                node.name = before.name;
                node.position = before.position;
                node.notes = before.notes;
                node.disabled = before.disabled;
                node.unknown = before.unknown; // holds the same azureId
                if (node == before) {
                    ++m_imported.summary.unchanged;
                } else {
                    before = node;
                    m_imported.summary.updated.push_back(describe(node));
                }
            } else {
                if (node.name == node.id)
                    node.name.clear();
                m_imported.summary.added.push_back(describe(node));
                m_design.nodes.push_back(std::move(node));
            }
        }
    }

    void mergeLinks()
    {
        for (PendingLink &pending : m_imported.links) {
            Link link = pending.link;
            link.from = idOf(pending.fromKey);
            link.to = idOf(pending.toKey);
            if (link.from.empty() || link.to.empty()) {
                m_imported.summary.notes.push_back(
                    std::string(toString(link.kind())) + " " + link.id + ": "
                    + lastSegment(link.from.empty() ? pending.fromKey : pending.toKey)
                    + " is not in the input or the design; not linked");
                continue;
            }
            m_seenLinks.insert(pending.key);
            auto found = m_existingLinks.find(pending.key);
            if (found == m_existingLinks.end()) {
                // A link the user drew between the same nodes becomes the imported one.
                for (std::size_t i = 0; i < m_design.links.size(); ++i) {
                    const Link &user = m_design.links[i];
                    if (azureIdOf(user).empty() && user.kind() == link.kind()
                        && std::minmax(user.from, user.to) == std::minmax(link.from, link.to)) {
                        found = m_existingLinks.emplace(pending.key, i).first;
                        break;
                    }
                }
            }
            if (found != m_existingLinks.end()) {
                Link &before = m_design.links[found->second];
                link.id = before.id;
                link.notes = before.notes;
                const std::string importedId = azureIdOf(link);
                link.unknown = before.unknown;
                setAzureId(link, importedId);
                if (before.from == link.to && before.to == link.from
                    && link.kind() != LinkKind::VnetPeering)
                    std::swap(link.from, link.to); // an undirected link keeps its ends' order
                if (!link.disabled)
                    link.disabled = before.disabled;
                if (link == before) {
                    ++m_imported.summary.unchanged;
                } else {
                    before = link;
                    m_imported.summary.updated.push_back(describe(link));
                }
            } else {
                link.id = uniqueId(link.id.empty() ? link.from + "-" + link.to : link.id);
                m_imported.summary.added.push_back(describe(link));
                m_design.links.push_back(std::move(link));
            }
        }
    }

    void listVanished()
    {
        for (const auto &[key, index] : m_existingNodes)
            if (!m_seenNodes.contains(key))
                m_imported.summary.vanished.push_back(describe(m_design.nodes[index]));
        for (const auto &[key, index] : m_existingLinks)
            if (!m_seenLinks.contains(key) && idKey(azureIdOf(m_design.links[index])) == key)
                m_imported.summary.vanished.push_back(describe(m_design.links[index]));
        std::sort(m_imported.summary.vanished.begin(), m_imported.summary.vanished.end());
    }

    Topology m_design;
    Importer &m_imported;
    std::set<std::string> m_usedIds;
    std::map<std::string, std::size_t> m_existingNodes;
    std::map<std::string, std::size_t> m_existingLinks;
    std::unordered_map<std::string, std::string> m_idOfKey;
    std::set<std::string> m_seenNodes;
    std::set<std::string> m_seenLinks;
};

} // namespace

std::string circuitSiteIncomplete(std::string_view circuitName)
{
    return "onprem \"" + std::string(circuitName) + " on-premises\": the prefixes it advertises "
           "over circuit " + std::string(circuitName) + " (not in Azure's configuration)";
}

std::string vpnSiteIncomplete(std::string_view siteName)
{
    return "onprem \"" + std::string(siteName) + "\": the prefixes it advertises over BGP (not in "
           "Azure's configuration)";
}

std::string nvaIncomplete(std::string_view address)
{
    return "nva with address " + std::string(address) + ": what it originates and whether it "
           "readvertises (its own BGP configuration, not Azure's)";
}

ImportResult importInto(const Topology &existing, const std::vector<AzureResource> &resources)
{
    Importer importer(resources);
    importer.run();
    return Merger(existing, importer).run();
}

} // namespace avsnet::core::azure
