// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticdesign.h"

#include "prefixallocator.h"

#include <array>
#include <stdexcept>

namespace avsnet::bench {

using Json = nlohmann::ordered_json;

namespace {

// The address plan. VNets, AVS, NVA supernets, Global Reach /29s and on-premises ranges each
// draw from their own pools, which are disjoint, so nothing can overlap across kinds.
constexpr std::string_view vnetPool = "10.0.0.0/10";      // 10.0 - 10.63
constexpr std::string_view avsPool = "10.64.0.0/11";      // 10.64 - 10.95
constexpr std::string_view supernetPool = "10.96.0.0/12"; // 10.96 - 10.111
constexpr std::string_view globalReachPool = "10.127.0.0/16";
constexpr std::array onPremPools = {"192.168.0.0/16", "172.16.0.0/12", "10.128.0.0/9"};

// On-premises prefixes come in runs of one /24 and twelve /26s: a run fills four /24s
// exactly, so sequential allocation wastes nothing inside a site.
constexpr int onPremRunLength = 13;

// A standard ExpressRoute gateway takes four circuit connections, AVS private clouds included
// (routing.md R4); the generator stays within it.
constexpr int maxAvsPerGateway = 4;
// A Virtual WAN hub takes 8 circuits, AVS private clouds included (vwan.md, vwan-limit).
constexpr int maxCircuitsPerHub = 8;

constexpr int gridStep = 200;
constexpr int spokeColumns = 20;
constexpr int hubBlockWidth = (spokeColumns + 1) * gridStep;

constexpr std::array peeringLocations = {
    "Amsterdam", "London", "Frankfurt",  "Paris",  "Dublin", "Zurich",   "Stockholm", "Madrid",
    "Milan",     "Oslo",   "Copenhagen", "Vienna", "Warsaw", "Brussels", "Marseille", "Berlin"};
constexpr std::array regions = {"West Europe",       "North Europe",         "UK South",
                                "France Central",    "Germany West Central", "Sweden Central",
                                "Switzerland North", "Italy North"};
constexpr std::array spokeSubnetNames = {"workload", "data", "app"};

AddressBlock block(std::string_view cidr)
{
    return AddressBlock::parse(std::string(cidr));
}

Json position(int x, int y)
{
    Json json;
    json["x"] = x;
    json["y"] = y;
    return json;
}

Json node(const std::string &id, std::string_view kind, int x, int y)
{
    Json json;
    json["id"] = id;
    json["kind"] = kind;
    json["name"] = id;
    json["position"] = position(x, y);
    return json;
}

Json link(const std::string &id, std::string_view kind, const std::string &from,
          const std::string &to)
{
    Json json;
    json["id"] = id;
    json["kind"] = kind;
    json["from"] = from;
    json["to"] = to;
    return json;
}

Json subnet(const std::string &name, const AddressBlock &prefix)
{
    Json json;
    json["name"] = name;
    json["prefix"] = prefix.toString();
    return json;
}

Json intent(const std::string &name, const std::string &from, const std::string &to)
{
    Json json;
    json["name"] = name;
    json["from"] = from;
    json["to"] = to;
    json["expect"] = "reachable";
    return json;
}

int hubBlockX(int hub)
{
    return (hub - 1) * hubBlockWidth;
}

// Builds one document; each add* function appends one family of nodes and their links.
class DesignBuilder
{
public:
    explicit DesignBuilder(const DesignScale &scale)
        : m_scale(scale)
        , m_vnets({block(vnetPool)})
        , m_avs({block(avsPool)})
        , m_supernets({block(supernetPool)})
        , m_globalReach({block(globalReachPool)})
        , m_onPrem({block(onPremPools[0]), block(onPremPools[1]), block(onPremPools[2])})
    {
    }

    Json build()
    {
        checkScale();
        if (m_scale.virtualWan)
            addVirtualWanHubs();
        else
            addHubs();
        addSpokes();
        addSites();
        addAvs();
        m_nodes.push_back(node("internet", "internet", -2 * gridStep, 0));

        Json document;
        document["format"] = "avsnet";
        document["version"] = m_scale.virtualWan ? 2 : 1;
        document["name"] = "Synthetic design " + m_scale.label;
        document["description"] = description();
        document["nodes"] = std::move(m_nodes);
        document["links"] = std::move(m_links);
        document["intents"] = intents();
        document["annotations"] = Json::array();
        return document;
    }

private:
    void checkScale() const
    {
        if (m_scale.hubs < 1 || m_scale.spokes() < m_scale.hubs || m_scale.circuits < 1 ||
            m_scale.avsClouds < 0 || m_scale.onPremPrefixes < m_scale.circuits) {
            throw std::invalid_argument("synthetic design scale " + m_scale.label +
                                        " is not a hub-and-spoke network");
        }
        const int avsPerHub = (m_scale.avsClouds + m_scale.hubs - 1) / m_scale.hubs;
        const int circuitsPerHub = (m_scale.circuits + m_scale.hubs - 1) / m_scale.hubs;
        if (m_scale.virtualWan && avsPerHub + circuitsPerHub > maxCircuitsPerHub)
            throw std::invalid_argument("more than eight circuits per Virtual WAN hub");
        if (!m_scale.virtualWan && avsPerHub > maxAvsPerGateway)
            throw std::invalid_argument("more than four AVS private clouds per gateway");
    }

    std::string description() const
    {
        return "A generated hub-and-spoke network for benchmarks: " +
               std::to_string(m_scale.vnets) + " VNets in " + std::to_string(m_scale.hubs) +
               " hubs, " + std::to_string(m_scale.circuits) + " ExpressRoute circuits with " +
               std::to_string(m_scale.onPremPrefixes) + " on-premises prefixes, " +
               std::to_string(m_scale.avsClouds) +
               " AVS private clouds joined to circuits with Global Reach" +
               (m_scale.routeServers ? ", and a Route Server with an NVA in every hub." : ".");
    }

    void addHubs()
    {
        for (int hub = 1; hub <= m_scale.hubs; ++hub) {
            const int x = hubBlockX(hub);
            const AddressBlock range = m_vnets.allocate(22);
            Json vnet = node(hubId(hub), "vnet", x + 2 * gridStep, 4 * gridStep);
            vnet["addressSpace"] = Json::array({range.toString()});
            Json subnets = Json::array();
            subnets.push_back(subnet("GatewaySubnet", range.child(27, 0)));
            if (m_scale.routeServers)
                subnets.push_back(subnet("RouteServerSubnet", range.child(26, 1)));
            Json routeTables = Json::array();
            if (m_scale.routeServers) {
                Json nvaSubnet = subnet("nva", range.child(24, 1));
                nvaSubnet["routeTable"] = "rt-nva";
                subnets.push_back(std::move(nvaSubnet));
                routeTables.push_back(nvaRouteTable());
            }
            subnets.push_back(subnet("shared", range.child(24, 2)));
            vnet["subnets"] = std::move(subnets);
            vnet["routeTables"] = std::move(routeTables);
            vnet["location"] = regions[(hub - 1) % regions.size()];
            m_nodes.push_back(std::move(vnet));

            Json gateway = node(erGatewayId(hub), "er-gateway", x, 4 * gridStep);
            gateway["vnet"] = hubId(hub);
            gateway["sku"] = "ErGw3AZ";
            m_nodes.push_back(std::move(gateway));

            if (m_scale.routeServers)
                addRouteServer(hub, range);
        }
    }

    // vwan.md: one Virtual WAN; each hub secured by a firewall for private and internet
    // traffic, as the CAF AVS landing zones build it, with as-path preference.
    void addVirtualWanHubs()
    {
        m_nodes.push_back(node("vwan", "vwan", 0, 5 * gridStep));
        for (int hub = 1; hub <= m_scale.hubs; ++hub) {
            const int x = hubBlockX(hub);
            Json virtualHub = node(hubId(hub), "vwan-hub", x + 2 * gridStep, 4 * gridStep);
            virtualHub["vwan"] = "vwan";
            virtualHub["addressPrefix"] = m_vnets.allocate(23).toString();
            virtualHub["location"] = regions[(hub - 1) % regions.size()];
            virtualHub["hubRoutingPreference"] = "as-path";
            Json intent;
            intent["privateTraffic"] = firewallId(hub);
            intent["internetTraffic"] = firewallId(hub);
            virtualHub["routingIntent"] = std::move(intent);
            m_nodes.push_back(std::move(virtualHub));

            Json gateway = node(erGatewayId(hub), "er-gateway", x, 4 * gridStep);
            gateway["hub"] = hubId(hub);
            m_nodes.push_back(std::move(gateway));
            Json firewall = node(firewallId(hub), "hub-firewall", x + 4 * gridStep, 4 * gridStep);
            firewall["hub"] = hubId(hub);
            m_nodes.push_back(std::move(firewall));
        }
    }

    // The NVA announces a supernet for the ranges it fronts. Its own subnet would learn that
    // supernet back from the Route Server and send it to the NVA again (an nva-loop), so the
    // subnet discards it, as a router discards an aggregate it originates.
    Json nvaRouteTable()
    {
        m_hubSupernets.push_back(m_supernets.allocate(16));
        Json route;
        route["name"] = "discard-supernet";
        route["prefix"] = m_hubSupernets.back().toString();
        route["nextHopType"] = "None";
        Json table;
        table["name"] = "rt-nva";
        table["disableBgpRoutePropagation"] = false;
        table["routes"] = Json::array({std::move(route)});
        return table;
    }

    void addRouteServer(int hub, const AddressBlock &range)
    {
        const int x = hubBlockX(hub);
        Json routeServer = node(routeServerId(hub), "route-server", x + 2 * gridStep, 3 * gridStep);
        routeServer["vnet"] = hubId(hub);
        routeServer["branchToBranch"] = true;
        m_nodes.push_back(std::move(routeServer));

        // Private ASNs outside the ranges Azure and AVS reserve (routing.md R9).
        Json nva = node(nvaId(hub), "nva", x + 4 * gridStep, 3 * gridStep);
        nva["vnet"] = hubId(hub);
        nva["subnet"] = "nva";
        nva["ip"] = range.child(24, 1).addressString(4);
        nva["asn"] = 65420 + hub;
        nva["originate"] = Json::array({m_hubSupernets.back().toString()});
        nva["readvertise"] = false;
        m_nodes.push_back(std::move(nva));

        m_links.push_back(link("bgp-" + nvaId(hub), "bgp-session", nvaId(hub), routeServerId(hub)));
    }

    void addSpokes()
    {
        std::vector<int> column(m_scale.hubs + 1, 0);
        for (int spoke = 1; spoke <= m_scale.spokes(); ++spoke) {
            const int hub = hubOfSpoke(m_scale, spoke);
            const int slot = column[hub]++;
            const bool large = spoke % 5 == 0;
            const AddressBlock range = m_vnets.allocate(large ? 22 : 24);
            const int subnetLength = large ? 24 : 26;

            Json vnet =
                node(spokeId(spoke), "vnet", hubBlockX(hub) + (slot % spokeColumns) * gridStep,
                     (6 + slot / spokeColumns) * gridStep);
            vnet["addressSpace"] = Json::array({range.toString()});
            Json subnets = Json::array();
            const int subnetCount = 2 + spoke % 2;
            for (int index = 0; index < subnetCount; ++index)
                subnets.push_back(
                    subnet(spokeSubnetNames[index], range.child(subnetLength, index)));
            vnet["subnets"] = std::move(subnets);
            vnet["routeTables"] = Json::array();
            vnet["location"] = regions[(hub - 1) % regions.size()];
            m_nodes.push_back(std::move(vnet));

            if (m_scale.virtualWan) {
                m_links.push_back(link("connection-" + spokeId(spoke), "hub-connection",
                                       spokeId(spoke), hubId(hub)));
                continue;
            }
            Json peering =
                link("peering-" + spokeId(spoke), "vnet-peering", spokeId(spoke), hubId(hub));
            peering["useRemoteGateways"] = true;
            m_links.push_back(std::move(peering));
        }
    }

    void addSites()
    {
        int allocated = 0;
        for (int site = 1; site <= m_scale.circuits; ++site) {
            const int until = int(std::int64_t(m_scale.onPremPrefixes) * site / m_scale.circuits);
            Json prefixes = Json::array();
            for (int run = 0; allocated < until; ++allocated, ++run)
                prefixes.push_back(
                    m_onPrem.allocate(run % onPremRunLength == 0 ? 24 : 26).toString());

            const int x = (site - 1) * gridStep;
            Json onPrem = node(onPremSiteId(site), "onprem", x, 0);
            onPrem["asn"] = 64513 + site; // 64514 onwards: private, reserved by nobody
            onPrem["prefixes"] = std::move(prefixes);
            m_nodes.push_back(std::move(onPrem));

            Json circuit = node(circuitId(site), "er-circuit", x, gridStep);
            // A Virtual WAN design spreads its prefixes over fewer circuits: premium (10,000).
            circuit["sku"] = site % 2 == 1 || m_scale.virtualWan ? "premium" : "standard";
            circuit["location"] = peeringLocations[(site - 1) % peeringLocations.size()];
            circuit["bandwidthMbps"] = std::array{1000, 2000, 10000}[(site - 1) % 3];
            m_nodes.push_back(std::move(circuit));

            m_links.push_back(link("peering-" + onPremSiteId(site), "er-peering",
                                   onPremSiteId(site), circuitId(site)));
            const int hub = (site - 1) % m_scale.hubs + 1;
            m_links.push_back(link("connection-" + circuitId(site), "er-connection",
                                   circuitId(site), erGatewayId(hub)));
        }
    }

    void addAvs()
    {
        std::vector<int> slots(m_scale.hubs + 1, 0);
        for (int avs = 1; avs <= m_scale.avsClouds; ++avs) {
            const int hub = (avs - 1) % m_scale.hubs + 1;
            const AddressBlock range = m_avs.allocate(21);
            Json cloud = node(avsId(avs), "avs", hubBlockX(hub) + (6 + slots[hub]++) * gridStep,
                              3 * gridStep);
            cloud["managementBlock"] = range.child(22, 0).toString();
            Json segments = Json::array();
            for (const auto &[index, name] : {std::pair{4, "web"}, {5, "app"}, {6, "db"}})
                segments.push_back(subnet(name, range.child(24, index)));
            cloud["segments"] = std::move(segments);
            cloud["internet"] = avs % 2 == 1 ? "managed-snat" : "none";
            cloud["location"] = regions[(hub - 1) % regions.size()];
            m_nodes.push_back(std::move(cloud));

            m_links.push_back(
                link("connection-" + avsId(avs), "er-connection", avsId(avs), erGatewayId(hub)));
            for (int n = 0; n < m_scale.globalReachPerAvs; ++n) {
                const int circuit = globalReachCircuit(m_scale, avs, n);
                Json globalReach = link(globalReachLinkId(avs, circuit), "global-reach", avsId(avs),
                                        circuitId(circuit));
                globalReach["subnet"] = m_globalReach.allocate(29).toString();
                m_links.push_back(std::move(globalReach));
            }
        }
    }

    Json intents() const
    {
        Json list = Json::array();
        const std::string site = onPremSiteId(1);
        const std::string spoke = spokeId(1) + "/workload";
        list.push_back(intent(site + " reaches " + spokeId(1), site, spoke));
        if (m_scale.avsClouds > 0) {
            const std::string web = avsId(1) + "/web";
            list.push_back(intent(spokeId(1) + " reaches " + avsId(1) + " web", spoke, web));
            if (m_scale.globalReachPerAvs > 0 && globalReachCircuit(m_scale, 1, 0) == 1)
                list.push_back(intent(site + " reaches " + avsId(1) + " web", site, web));
        }
        return list;
    }

    const DesignScale m_scale;
    PrefixAllocator m_vnets;
    PrefixAllocator m_avs;
    PrefixAllocator m_supernets;
    PrefixAllocator m_globalReach;
    PrefixAllocator m_onPrem;
    std::vector<AddressBlock> m_hubSupernets;
    Json m_nodes = Json::array();
    Json m_links = Json::array();
};

} // namespace

DesignScale mediumScale()
{
    DesignScale scale;
    scale.label = "M";
    scale.hubs = 2;
    scale.vnets = 500;
    scale.circuits = 10;
    scale.avsClouds = 5;
    scale.onPremPrefixes = 10'000;
    return scale;
}

DesignScale largeScale()
{
    DesignScale scale;
    scale.label = "L";
    scale.hubs = 5;
    scale.vnets = 2'000;
    scale.circuits = 50;
    scale.avsClouds = 20;
    scale.onPremPrefixes = 100'000;
    scale.routeServers = true;
    return scale;
}

DesignScale virtualWanScale()
{
    DesignScale scale;
    scale.label = "V";
    scale.hubs = 4;
    scale.vnets = 2'004; // 2,000 spokes on hub-connections; the hubs count as VNets here
    scale.circuits = 12;
    scale.avsClouds = 20;
    scale.onPremPrefixes = 100'000;
    scale.virtualWan = true;
    return scale;
}

std::optional<DesignScale> scaleByLabel(std::string_view label)
{
    if (label == "V")
        return virtualWanScale();
    if (label == "M")
        return mediumScale();
    if (label == "L")
        return largeScale();
    return std::nullopt;
}

Json syntheticDesign(const DesignScale &scale)
{
    return DesignBuilder(scale).build();
}

std::string syntheticDesignText(const DesignScale &scale)
{
    return syntheticDesign(scale).dump(2) + '\n';
}

std::string hubId(int hub)
{
    return "hub-" + std::to_string(hub);
}

std::string erGatewayId(int hub)
{
    return "ergw-" + std::to_string(hub);
}

std::string firewallId(int hub)
{
    return "fw-" + std::to_string(hub);
}

std::string routeServerId(int hub)
{
    return "ars-" + std::to_string(hub);
}

std::string nvaId(int hub)
{
    return "nva-" + std::to_string(hub);
}

std::string spokeId(int spoke)
{
    return "spoke-" + std::to_string(spoke);
}

std::string circuitId(int circuit)
{
    return "er-circuit-" + std::to_string(circuit);
}

std::string onPremSiteId(int site)
{
    return "onprem-site-" + std::to_string(site);
}

std::string avsId(int avs)
{
    return "avs-" + std::to_string(avs);
}

std::string globalReachLinkId(int avs, int circuit)
{
    return "gr-" + avsId(avs) + "-" + circuitId(circuit);
}

int hubOfSpoke(const DesignScale &scale, int spoke)
{
    // Contiguous runs, so a hub's spokes sit together on the canvas and in the file.
    return int(std::int64_t(spoke - 1) * scale.hubs / scale.spokes()) + 1;
}

int globalReachCircuit(const DesignScale &scale, int avs, int n)
{
    return ((avs - 1) * scale.globalReachPerAvs + n) % scale.circuits + 1;
}

} // namespace avsnet::bench
