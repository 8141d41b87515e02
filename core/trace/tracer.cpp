// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracer.h"

#include "routing/analysis.h"
#include "routing/hubtables.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace avsnet::core {

namespace {

// Where the packet is and which table decides next (R8).
enum class Stage {
    Subnet,             // a VM's subnet: its effective routes
    Nva,                // an NVA: the effective routes of its own subnet
    GatewayFromVnet,    // a gateway, packet from the VNet side: its BGP routes
    GatewayFromOutside, // a gateway, packet from a circuit or site: GatewaySubnet's routes
    Circuit,            // a circuit (MSEE): its BGP table
    Avs,                // an AVS private cloud
    OnPrem,             // an on-prem site
    Internet,
    Hub,                // a Virtual WAN hub router: its defaultRouteTable (R10.11)
    HubFirewall,        // a hub firewall: its own table (R10.11)
};

struct Position
{
    Stage stage = Stage::Subnet;
    int node = -1;
    int subnet = -1;
    bool forwardedByNva = false;
    bool fromManagementBlock = false; // AVS management traffic always breaks out itself
    int viaLink = -1;                 // a gateway from outside: the connection it came over
};

// R8 (revision 2): among equal-cost next hops a trace follows the lowest node id and lists
// the others. `key` gives the id of each candidate's next hop.
template<typename Route, typename Key>
std::pair<Route, std::vector<std::string>> lowestNextHop(std::vector<Route> candidates, Key key)
{
    const auto chosen = std::min_element(candidates.begin(), candidates.end(),
                                         [&](const Route &a, const Route &b) {
                                             return key(a) < key(b);
                                         });
    std::vector<std::string> others;
    const std::string chosenKey = key(*chosen);
    for (const Route &candidate : candidates) {
        std::string other = key(candidate);
        if (other != chosenKey && std::find(others.begin(), others.end(), other) == others.end())
            others.push_back(std::move(other));
    }
    std::sort(others.begin(), others.end());
    return {*chosen, std::move(others)};
}

constexpr std::size_t maximumHops = 64;

class Forwarder
{
public:
    Forwarder(const Analysis &analysis, Ipv4Address destination)
        : m_analysis(analysis)
        , m_topology(analysis.topology())
        , m_destination(destination)
    {}

    PathTrace run(const Endpoint &from)
    {
        std::optional<Position> position = start(from);
        while (position && !m_trace.dropped && !m_trace.delivered) {
            if (m_trace.hops.size() > maximumHops) {
                drop(*position, "", "the packet passed more than 64 hops");
                break;
            }
            position = step(*position);
        }
        for (const auto &hop : m_trace.hops) {
            if (m_trace.path.empty() || m_trace.path.back() != hop.node)
                m_trace.path.push_back(hop.node);
        }
        return std::move(m_trace);
    }

private:
    const Node &node(int index) const { return m_topology.nodes[std::size_t(index)]; }
    const std::string &id(int index) const { return node(index).id; }
    std::string destinationText() const { return m_destination.toString(); }

    std::optional<Position> start(const Endpoint &from)
    {
        const Place &place = from.place;
        switch (place.kind) {
        case PlaceKind::Subnet:
            return Position{Stage::Subnet, place.node, place.index};
        case PlaceKind::AvsSegment:
        case PlaceKind::AvsManagement:
            return Position{Stage::Avs, place.node, -1, false,
                            place.kind == PlaceKind::AvsManagement};
        case PlaceKind::OnPrem:
            return Position{Stage::OnPrem, place.node};
        case PlaceKind::Internet:
            return Position{Stage::Internet, place.node};
        case PlaceKind::Nowhere:
            break;
        }
        m_trace.dropped = TraceDrop{"", "", "no subnet, segment or on-prem prefix holds "
                                                + from.ip.toString()
                                                + ", so nothing can send from it"};
        return std::nullopt;
    }

    std::optional<Position> step(const Position &position)
    {
        if (position.node >= 0 && !m_analysis.isNodeActive(position.node)) {
            drop(position, "", id(position.node) + " is disabled, so it forwards nothing");
            return std::nullopt;
        }
        if (!firstVisit(position))
            return std::nullopt;
        switch (position.stage) {
        case Stage::Subnet:
        case Stage::Nva:
            return atSubnet(position);
        case Stage::GatewayFromOutside:
            // R10.11: a hub gateway hands a packet from its circuit or site to the hub's table.
            if (isHubGateway(position.node))
                return atHub(position);
            return atSubnet(position);
        case Stage::GatewayFromVnet:
            if (isHubGateway(position.node))
                return atHubGatewayFromHub(position);
            return atGatewayFromVnet(position);
        case Stage::Hub:
        case Stage::HubFirewall:
            return atHub(position);
        case Stage::Circuit:
            return atCircuit(position);
        case Stage::Avs:
            return atAvs(position);
        case Stage::OnPrem:
            return atOnPrem(position);
        case Stage::Internet:
            return atInternet(position);
        }
        return std::nullopt;
    }

    // R8: the same node deciding with the same table twice in one direction is a loop.
    bool firstVisit(const Position &position)
    {
        const auto key = std::tuple(int(position.stage), position.node, position.subnet);
        const auto found = std::find(m_visited.begin(), m_visited.end(), key);
        if (found == m_visited.end()) {
            m_visited.push_back(key);
            m_visitedNodes.push_back(position.node);
            return true;
        }
        std::vector<std::string> loop;
        for (auto it = m_visitedNodes.begin() + (found - m_visited.begin());
             it != m_visitedNodes.end(); ++it) {
            if (std::find(loop.begin(), loop.end(), id(*it)) == loop.end())
                loop.push_back(id(*it));
        }
        std::string names;
        for (std::size_t i = 0; i < loop.size(); ++i)
            names += (i == 0 ? "" : i + 1 == loop.size() ? " and " : ", ") + loop[i];
        drop(position, "",
             loop.size() > 1 ? "forwarding loop between " + names
                             : "forwarding loop: " + names + " sends the packet back to itself");
        return false;
    }

    void drop(const Position &position, const std::string &at, const std::string &reason)
    {
        m_trace.dropped = TraceDrop{position.node >= 0 ? id(position.node) : "internet", at,
                                    reason};
    }

    void deliver(const std::string &nodeId, const std::string &at)
    {
        m_trace.hops.push_back({nodeId, at, std::nullopt, {}});
        m_trace.delivered = true;
    }

    void deliverToInternet()
    {
        int internet = -1;
        for (std::size_t i = 0; i < m_topology.nodes.size() && internet < 0; ++i) {
            if (m_topology.nodes[i].kind() == NodeKind::Internet)
                internet = int(i);
        }
        deliver(internet >= 0 ? id(internet) : "internet", "");
    }

    // The subnet of `vnet` holding the destination, or -1.
    int subnetHolding(int vnet) const
    {
        const auto &subnets = node(vnet).as<VirtualNetwork>()->subnets;
        int best = -1;
        for (std::size_t i = 0; i < subnets.size(); ++i) {
            if (subnets[i].prefix.contains(m_destination)
                && (best < 0 || subnets[i].prefix.length() > subnets[std::size_t(best)].prefix.length()))
                best = int(i);
        }
        return best;
    }

    std::string subnetLabel(int vnet, int subnet) const
    {
        return id(vnet) + '/' + node(vnet).as<VirtualNetwork>()->subnets[std::size_t(subnet)].name;
    }

    // The NVA with this IP in `vnet` or a VNet peered with it.
    int nvaWithIp(int vnet, Ipv4Address ip) const
    {
        std::vector<int> vnets{vnet};
        for (const auto &peer : m_analysis.peers(vnet))
            vnets.push_back(peer.vnet);
        for (std::size_t i = 0; i < m_topology.nodes.size(); ++i) {
            const auto *nva = m_topology.nodes[i].as<Nva>();
            if (nva && nva->ip == ip && m_analysis.isNodeActive(int(i))
                && std::find(vnets.begin(), vnets.end(), m_analysis.nodeIndex(nva->vnet))
                       != vnets.end())
                return int(i);
        }
        return -1;
    }

    // R8 (revision 2, expressroute/about-fastpath.md): a packet from a circuit over a
    // FastPath connection skips the GatewaySubnet's user routes.
    bool arrivedOverFastPath(const Position &position) const
    {
        if (position.stage != Stage::GatewayFromOutside || position.viaLink < 0)
            return false;
        const auto *connection
            = m_topology.links[std::size_t(position.viaLink)].as<ErConnectionLink>();
        return connection && connection->fastPath;
    }

    std::string nextHopKey(const EffectiveRoute &route) const
    {
        if (route.nextHopNode >= 0)
            return id(route.nextHopNode);
        return route.nextHopIp ? route.nextHopIp->toString() : std::string();
    }

    // Decisions made by a subnet's effective routes: a VM, an NVA, or a gateway's ingress
    // from a circuit or site (the GatewaySubnet; R8).
    std::optional<Position> atSubnet(const Position &position)
    {
        int vnet = position.node;
        int subnet = position.subnet;
        std::string subnetName;
        if (position.stage == Stage::Nva) {
            const auto &nva = *node(position.node).as<Nva>();
            vnet = m_analysis.nodeIndex(nva.vnet);
            subnetName = nva.subnet;
        } else if (position.stage == Stage::GatewayFromOutside) {
            vnet = m_analysis.nodeIndex(node(position.node).parentVnet());
            subnetName = "GatewaySubnet";
        }
        if (!subnetName.empty()) {
            const auto &subnets = node(vnet).as<VirtualNetwork>()->subnets;
            const auto found = std::find_if(subnets.begin(), subnets.end(),
                                            [&](const Subnet &s) { return s.name == subnetName; });
            if (found == subnets.end()) {
                drop(position, "", id(vnet) + " has no subnet " + subnetName + " for "
                                       + id(position.node) + " to decide with");
                return std::nullopt;
            }
            subnet = int(found - subnets.begin());
        }
        const std::string at = subnetLabel(vnet, subnet);
        EffectiveRouteTable table = m_analysis.effectiveRoutes(vnet, subnet);
        if (arrivedOverFastPath(position))
            table = table.withoutUserRoutes();
        auto matches = table.lookupAll(m_destination);
        if (matches.empty()) {
            drop(position, at, "no route to " + destinationText() + " in the effective routes of " + at);
            return std::nullopt;
        }
        auto [chosen, alternatives] = lowestNextHop(
            std::move(matches), [&](const EffectiveRoute &r) { return nextHopKey(r); });
        const std::optional<EffectiveRoute> route = std::move(chosen);
        m_trace.hops.push_back(
            {id(position.node), at, viewOf(m_analysis, *route), std::move(alternatives)});
        const bool forwarded = position.stage == Stage::Nva || position.forwardedByNva;

        switch (route->nextHopType) {
        case EffectiveNextHop::VnetLocal: {
            const int holding = subnetHolding(vnet);
            if (holding < 0) {
                drop(position, at, "no subnet of " + id(vnet) + " holds " + destinationText());
                return std::nullopt;
            }
            deliver(id(vnet), subnetLabel(vnet, holding));
            return std::nullopt;
        }
        case EffectiveNextHop::VNetPeering: {
            const int peer = route->nextHopNode;
            if (node(peer).kind() == NodeKind::VwanHub) {
                drop(position, at, destinationText() + " is in the address space of hub " + id(peer)
                                       + ", which holds no VMs");
                return std::nullopt;
            }
            const Link &link = m_topology.links[std::size_t(route->peeringLink)];
            if (forwarded && !link.as<VnetPeeringLink>()->allowForwardedTraffic) {
                drop(position, at, "peering " + link.id + " does not allow forwarded traffic, "
                                       "so " + id(peer) + " refuses what an NVA forwards");
                return std::nullopt;
            }
            const int holding = subnetHolding(peer);
            if (holding < 0) {
                drop(position, at, "no subnet of " + id(peer) + " holds " + destinationText());
                return std::nullopt;
            }
            deliver(id(peer), subnetLabel(peer, holding));
            return std::nullopt;
        }
        case EffectiveNextHop::VirtualNetworkGateway:
            if (route->nextHopIp)
                return toAppliance(position, at, vnet, *route->nextHopIp);
            if (route->nextHopNode < 0) {
                if (m_analysis.gatewaysUsedBy(vnet).expressRoute >= 0
                    && m_analysis.gatewaysUsedBy(vnet).vpn >= 0) {
                    drop(position, at, "the user route for " + route->prefix.toString()
                                           + " names a virtual network gateway, which Azure "
                                             "cannot use where ExpressRoute and VPN gateways "
                                             "coexist");
                    return std::nullopt;
                }
                drop(position, at, "the route for " + route->prefix.toString()
                                       + " names a virtual network gateway, but only a VPN "
                                         "gateway can be a user route's next hop and there is none");
                return std::nullopt;
            }
            return towardsGateway(route->nextHopNode);
        case EffectiveNextHop::VirtualAppliance:
            return toAppliance(position, at, vnet, *route->nextHopIp);
        case EffectiveNextHop::Internet:
            if (!m_destination.isPublic()) {
                drop(position, at, "the route for " + route->prefix.toString()
                                       + " sends " + destinationText()
                                       + " to the internet, which does not route private addresses");
                return std::nullopt;
            }
            deliverToInternet();
            return std::nullopt;
        case EffectiveNextHop::None:
            drop(position, at, "the route for " + route->prefix.toString() + " in " + at
                                   + " has next hop None, so Azure drops the packet");
            return std::nullopt;
        }
        return std::nullopt;
    }

    std::optional<Position> toAppliance(const Position &position, const std::string &at,
                                        int vnet, Ipv4Address ip)
    {
        const int nva = nvaWithIp(vnet, ip);
        if (nva < 0) {
            drop(position, at, "next hop " + ip.toString() + " is not an NVA in " + id(vnet)
                                   + " or a VNet peered with it");
            return std::nullopt;
        }
        if (!node(nva).as<Nva>()->ipForwarding) {
            drop(position, at, "next hop " + ip.toString() + " is not an NVA with IP forwarding ("
                                   + id(nva) + " has it off)");
            return std::nullopt;
        }
        return Position{Stage::Nva, nva, -1, true};
    }

    // The route among a speaker's equal best that the trace follows (R8: the lowest
    // neighbour id), and the neighbours it could also have taken.
    std::pair<const BgpRoute *, std::vector<std::string>>
    chooseBgpRoute(std::vector<const BgpRoute *> matches) const
    {
        if (matches.empty())
            return {nullptr, {}};
        return lowestNextHop(std::move(matches), [&](const BgpRoute *route) {
            return route->isLocal() ? std::string() : id(route->learnedFrom);
        });
    }

    // Follows a speaker's BGP route to the neighbour it names.
    std::optional<Position> toNeighbour(const Position &position, const BgpRoute &route,
                                        std::vector<std::string> alternatives = {})
    {
        m_trace.hops.push_back({id(position.node), "", viewOf(m_analysis, position.node, route),
                                std::move(alternatives)});
        const int next = route.learnedFrom;
        const bool fromCircuit = node(position.node).kind() == NodeKind::ErCircuit
                                 || node(position.node).kind() == NodeKind::Avs;
        switch (node(next).kind()) {
        case NodeKind::ErCircuit:
        case NodeKind::Avs:
            // R8 (revision 2): circuit to circuit through one ExpressRoute gateway.
            // R10.11 (decision): through a hub firewall it is the supported R10.5 path.
            if (position.stage == Stage::GatewayFromVnet && !m_passedHubFirewall
                && std::find(m_enteredFromCircuit.begin(), m_enteredFromCircuit.end(),
                             position.node)
                       != m_enteredFromCircuit.end()
                && std::find(m_trace.hairpins.begin(), m_trace.hairpins.end(), id(position.node))
                       == m_trace.hairpins.end())
                m_trace.hairpins.push_back(id(position.node));
            return Position{node(next).kind() == NodeKind::Avs ? Stage::Avs : Stage::Circuit,
                            next};
        case NodeKind::OnPrem:
            return Position{Stage::OnPrem, next};
        case NodeKind::ErGateway:
        case NodeKind::VpnGateway:
            if (fromCircuit && node(next).kind() == NodeKind::ErGateway)
                m_enteredFromCircuit.push_back(next);
            return Position{Stage::GatewayFromOutside, next, -1, false, false, route.link};
        case NodeKind::Nva:
            return Position{Stage::Nva, next, -1, true};
        case NodeKind::VwanHub: {
            // R10.1: a hub speaks through the gateway at the other end of the connection.
            if (route.link < 0)
                break;
            const int gateway = m_analysis.nodeIndex(
                m_topology.links[std::size_t(route.link)].otherEnd(id(position.node)));
            if (fromCircuit)
                m_enteredFromCircuit.push_back(gateway);
            return Position{Stage::GatewayFromOutside, gateway, -1, false, false, route.link};
        }
        case NodeKind::RouteServer:
        case NodeKind::Vnet:
        case NodeKind::Internet:
        case NodeKind::Vwan:
        case NodeKind::HubFirewall:
            break;
        }
        drop(position, "", id(position.node) + " cannot forward to " + id(next));
        return std::nullopt;
    }

    std::optional<Position> noRoute(const Position &position, const std::string &where)
    {
        drop(position, "", "no route to " + destinationText() + " in " + id(position.node) + "'s "
                               + where);
        return std::nullopt;
    }

    bool isHubGateway(int index) const { return !node(index).parentHub().empty(); }

    // A spoke route's next hop (R10.10): a classic gateway, a hub, a hub gateway or firewall.
    std::optional<Position> towardsGateway(int next)
    {
        switch (node(next).kind()) {
        case NodeKind::VwanHub:
            return Position{Stage::Hub, next};
        case NodeKind::HubFirewall:
            return Position{Stage::HubFirewall, next};
        default:
            return Position{Stage::GatewayFromVnet, next};
        }
    }

    // R10.11: a hub router, a hub firewall, or a hub gateway receiving from its circuit or
    // site decides with the hub's defaultRouteTable (the firewall with its own table).
    std::optional<Position> atHub(const Position &position)
    {
        const HubInfo *hub = m_analysis.virtualWan().hubOf(position.node);
        if (!hub) {
            drop(position, "", id(position.node) + " belongs to no active hub");
            return std::nullopt;
        }
        const bool firewall = position.stage == Stage::HubFirewall;
        if (firewall)
            m_passedHubFirewall = true;
        const int table = firewall ? position.node : hub->node;
        const std::string at = firewall ? std::string() : id(hub->node);
        auto matches = hubLookup(m_analysis, table, m_destination);
        if (matches.empty()) {
            drop(position, at, "no route to " + destinationText() + " in "
                                   + (firewall ? id(position.node) + "'s table"
                                               : id(hub->node) + "'s defaultRouteTable"));
            return std::nullopt;
        }
        auto [route, alternatives] = lowestNextHop(std::move(matches), [&](const HubRoute &r) {
            return r.nextHop >= 0 ? id(r.nextHop) : std::string();
        });
        m_trace.hops.push_back(
            {id(position.node), at, viewOf(m_analysis, route), std::move(alternatives)});
        switch (route.type) {
        case HubNextHop::VirtualNetworkConnection: {
            // R10.11: delivered in that VNet (no ingress route table on a hub connection).
            const int holding = subnetHolding(route.nextHop);
            if (holding < 0) {
                drop(position, at, "no subnet of " + id(route.nextHop) + " holds " + destinationText());
                return std::nullopt;
            }
            deliver(id(route.nextHop), subnetLabel(route.nextHop, holding));
            return std::nullopt;
        }
        case HubNextHop::ExpressRouteGateway:
        case HubNextHop::VpnS2sGateway:
            if (route.nextHop < 0)
                break;
            return Position{Stage::GatewayFromVnet, route.nextHop};
        case HubNextHop::HubBgpConnection:
            return Position{Stage::Nva, route.nextHop, -1, true};
        case HubNextHop::RemoteHub:
            return Position{Stage::Hub, route.nextHop};
        case HubNextHop::Firewall:
            if (route.nextHop < 0)
                break;
            return Position{Stage::HubFirewall, route.nextHop};
        case HubNextHop::Internet:
            if (!m_destination.isPublic())
                break;
            deliverToInternet();
            return std::nullopt;
        case HubNextHop::Local:
            drop(position, at, destinationText() + " is in the address space of hub "
                                   + id(hub->node) + ", which holds no VMs");
            return std::nullopt;
        }
        drop(position, at, "the route for " + route.prefix.toString() + " leads nowhere from "
                               + id(position.node));
        return std::nullopt;
    }

    // R10.11: a hub gateway, packet from the hub side: the route its connections gave the hub
    // (R4: the circuit by weight and path, or the site).
    std::optional<Position> atHubGatewayFromHub(const Position &position)
    {
        const HubInfo *hub = m_analysis.virtualWan().hubOf(position.node);
        const std::string &gatewayId = id(position.node);
        const auto overThisGateway = [&](const BgpRoute &route) {
            if (route.link < 0)
                return false;
            const Link &link = m_topology.links[std::size_t(route.link)];
            return link.from == gatewayId || link.to == gatewayId;
        };
        auto [route, alternatives] = chooseBgpRoute(
            hub ? m_analysis.bgpTable(hub->node).bestMatches(m_destination, overThisGateway)
                : std::vector<const BgpRoute *>{});
        if (!route)
            return noRoute(position, "routes from its connections");
        return toNeighbour(position, *route, std::move(alternatives));
    }

    std::optional<Position> atGatewayFromVnet(const Position &position)
    {
        // R4/R5: from the VNet side a gateway forwards only along what its circuits (or its
        // sites) taught it, not along routes it received from the Route Server.
        const bool expressRoute = node(position.node).kind() == NodeKind::ErGateway;
        const auto fromOutside = [&](const BgpRoute &route) {
            if (route.isLocal())
                return false;
            const NodeKind kind = node(route.learnedFrom).kind();
            return expressRoute ? kind == NodeKind::ErCircuit || kind == NodeKind::Avs
                                : kind == NodeKind::OnPrem || kind == NodeKind::Nva;
        };
        auto [route, alternatives] = chooseBgpRoute(
            m_analysis.bgpTable(position.node).bestMatches(m_destination, fromOutside));
        if (!route)
            return noRoute(position, expressRoute ? "routes from its circuits"
                                                  : "routes from its VPN sites");
        return toNeighbour(position, *route, std::move(alternatives));
    }

    std::optional<Position> atCircuit(const Position &position)
    {
        auto [route, alternatives]
            = chooseBgpRoute(m_analysis.bgpTable(position.node).bestMatches(m_destination));
        if (!route || route->isLocal())
            return noRoute(position, "BGP table");
        return toNeighbour(position, *route, std::move(alternatives));
    }

    std::optional<Position> atAvs(const Position &position)
    {
        const Node &cloudNode = node(position.node);
        const auto &cloud = *cloudNode.as<AvsPrivateCloud>();
        if (cloud.managementBlock.contains(m_destination)) {
            deliver(cloudNode.id, cloudNode.id + "/management");
            return std::nullopt;
        }
        for (const auto &segment : cloud.segments) {
            if (segment.prefix.contains(m_destination)) {
                deliver(cloudNode.id, cloudNode.id + '/' + segment.name);
                return std::nullopt;
            }
        }
        // R8 (architecture-design-public-internet-access.md): the management block always
        // breaks out itself; workloads use a learned default route first, then the private
        // cloud's own breakout when it has one.
        const bool ownBreakout = cloud.internet == AvsInternet::ManagedSnat
                                 || cloud.internet == AvsInternet::PublicIp;
        if (m_destination.isPublic() && position.fromManagementBlock) {
            m_trace.hops.push_back({cloudNode.id, "", std::nullopt, {}});
            deliverToInternet();
            return std::nullopt;
        }
        // R8 (revision 2, architecture-network-design-considerations.md: management VMs
        // "won't honor a default route from on-premises for RFC1918 destinations").
        const bool ignoreDefaultRoute = position.fromManagementBlock && m_destination.isRfc1918();
        auto [route, alternatives] = chooseBgpRoute(m_analysis.bgpTable(position.node).bestMatches(
            m_destination, [&](const BgpRoute &candidate) {
                return !(ignoreDefaultRoute && candidate.prefix.isDefaultRoute());
            }));
        if (route && !route->isLocal())
            return toNeighbour(position, *route, std::move(alternatives));
        if (ignoreDefaultRoute && m_analysis.bgpTable(position.node).bestMatch(m_destination)) {
            drop(position, "", cloudNode.id + "/management (vCenter, NSX) never sends to the "
                                             "private address " + destinationText()
                                   + " along a learned 0.0.0.0/0, and has no more specific "
                                     "route; advertise the site's own prefixes to AVS");
            return std::nullopt;
        }
        if (m_destination.isPublic()) {
            if (ownBreakout) {
                m_trace.hops.push_back({cloudNode.id, "", std::nullopt, {}});
                deliverToInternet();
                return std::nullopt;
            }
            drop(position, "", cloudNode.id + " has no route to " + destinationText()
                                   + " and its internet setting '"
                                   + std::string(toString(cloud.internet))
                                   + "' gives it no breakout of its own");
            return std::nullopt;
        }
        return noRoute(position, "routes (the Tier-0 learned none for it)");
    }

    std::optional<Position> atOnPrem(const Position &position)
    {
        const Node &siteNode = node(position.node);
        for (const auto &prefix : siteNode.as<OnPremSite>()->prefixes) {
            if (prefix.contains(m_destination)) {
                deliver(siteNode.id, siteNode.id);
                return std::nullopt;
            }
        }
        auto [route, alternatives]
            = chooseBgpRoute(m_analysis.bgpTable(position.node).bestMatches(m_destination));
        if (route && !route->isLocal())
            return toNeighbour(position, *route, std::move(alternatives));
        if (m_destination.isPublic()) {
            m_trace.hops.push_back({siteNode.id, "", std::nullopt, {}});
            deliverToInternet();
            return std::nullopt;
        }
        return noRoute(position, "BGP table");
    }

    std::optional<Position> atInternet(const Position &position)
    {
        if (m_destination.isPublic()) {
            deliverToInternet();
            return std::nullopt;
        }
        drop(position, "", "the internet does not route the private address " + destinationText());
        return std::nullopt;
    }

    const Analysis &m_analysis;
    const Topology &m_topology;
    Ipv4Address m_destination;
    PathTrace m_trace;
    std::vector<std::tuple<int, int, int>> m_visited;
    std::vector<int> m_visitedNodes;
    std::vector<int> m_enteredFromCircuit; // ER gateways the packet reached from a circuit
    bool m_passedHubFirewall = false;
};

} // namespace

PathTrace traceOneWay(const Analysis &analysis, const Endpoint &from, Ipv4Address destination)
{
    return Forwarder(analysis, destination).run(from);
}

TraceResult trace(const Analysis &analysis, const Endpoint &from, const Endpoint &to)
{
    TraceResult result{from, to, traceOneWay(analysis, from, to.ip), {}};
    if (to.place.kind == PlaceKind::Internet) {
        // R8: the egress point translates the source, so the answer retraces the way out.
        result.back.delivered = result.forward.delivered;
        result.back.path.assign(result.forward.path.rbegin(), result.forward.path.rend());
        for (auto hop = result.forward.hops.rbegin(); hop != result.forward.hops.rend(); ++hop)
            result.back.hops.push_back({hop->node, hop->at, std::nullopt, {}});
        result.back.dropped = result.forward.dropped;
        return result;
    }
    result.back = traceOneWay(analysis, to, from.ip);
    return result;
}

} // namespace avsnet::core
