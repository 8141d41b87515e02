// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipv4.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace avsnet::core {

// Fields a reader did not recognise, kept in their original order so a save writes them back
// unchanged (format.md: forward compatibility).
using UnknownFields = nlohmann::ordered_json;

using Asn = std::uint32_t;

struct Position
{
    double x = 0;
    double y = 0;
    bool operator==(const Position &) const = default;
};

struct Size
{
    double width = 0;
    double height = 0;
    bool operator==(const Size &) const = default;
};

// ---- node kinds --------------------------------------------------------------------------

struct OnPremSite
{
    Asn asn = 0;
    std::vector<Ipv4Prefix> prefixes;
    std::optional<std::vector<Ipv4Prefix>> advertise; // absent: advertise `prefixes`
    bool advertiseDefaultRoute = false;

    const std::vector<Ipv4Prefix> &advertisedPrefixes() const
    {
        return advertise ? *advertise : prefixes;
    }
    bool operator==(const OnPremSite &) const = default;
};

// `local` (routing.md revision 2): a circuit in one metro, no Global Reach.
enum class CircuitSku { Standard, Premium, Local };

struct ErCircuit
{
    CircuitSku sku = CircuitSku::Standard;
    std::string location;
    int bandwidthMbps = 1000;
    bool operator==(const ErCircuit &) const = default;
};

struct Segment
{
    std::string name;
    Ipv4Prefix prefix;
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const Segment &) const = default;
};

enum class AvsInternet { None, ManagedSnat, PublicIp, DefaultRoute };

struct AvsPrivateCloud
{
    Ipv4Prefix managementBlock;
    std::vector<Segment> segments;
    AvsInternet internet = AvsInternet::None;
    std::string location;
    bool operator==(const AvsPrivateCloud &) const = default;
};

struct Subnet
{
    std::string name;
    Ipv4Prefix prefix;
    std::string routeTable; // empty: none
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const Subnet &) const = default;
};

enum class NextHopType { VirtualAppliance, VirtualNetworkGateway, VnetLocal, Internet, None };

struct UserRoute
{
    std::string name;
    Ipv4Prefix prefix;
    NextHopType nextHopType = NextHopType::None;
    std::optional<Ipv4Address> nextHopIp;
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const UserRoute &) const = default;
};

struct RouteTable
{
    std::string name;
    bool disableBgpRoutePropagation = false;
    std::vector<UserRoute> routes;
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const RouteTable &) const = default;
};

struct VirtualNetwork
{
    std::vector<Ipv4Prefix> addressSpace;
    std::vector<Subnet> subnets;
    std::vector<RouteTable> routeTables;
    std::string location;

    const Subnet *subnet(std::string_view name) const;
    const RouteTable *routeTable(std::string_view name) const;
    bool operator==(const VirtualNetwork &) const = default;
};

// ExpressRoute gateway SKUs (articles/expressroute/expressroute-about-virtual-network-gateways.md);
// the SKU decides how many circuit connections the gateway takes (routing.md R4).
enum class ErGatewaySku { Standard, HighPerformance, Ultra, ErGw1Az, ErGw2Az, ErGw3Az };

struct ErGateway
{
    std::string vnet; // exactly one of `vnet` and `hub` (vwan.md, format additions)
    std::string hub;  // a Virtual WAN hub's ExpressRoute gateway
    ErGatewaySku sku = ErGatewaySku::Standard;
    // R4 (revision 2): accept routes another VNet's gateway put on a shared circuit
    // ("Allow traffic from remote virtual networks"); Azure's default is off.
    bool allowRemoteVnetTraffic = false;
    // The same for routes from Virtual WAN hubs ("Allow traffic from remote Virtual WAN
    // networks"); default off.
    bool allowVirtualWanTraffic = false;
    // R10.8, hub gateway only: accept routes classic VNet gateways put on a shared circuit
    // ("Allow traffic from non Virtual WAN networks"); default off.
    bool allowNonVirtualWanTraffic = false;
    bool operator==(const ErGateway &) const = default;
};

struct VpnGateway
{
    std::string vnet;
    std::string hub; // a Virtual WAN hub's S2S VPN gateway: asn, bgp, activeActive are fixed
    Asn asn = 65515;
    bool bgp = true;
    bool activeActive = false;
    bool operator==(const VpnGateway &) const = default;
};

// How the Route Server ranks routes of one prefix from different sources in the subnets it
// programs (articles/route-server/hub-routing-preference.md).
enum class HubRoutingPreference { ExpressRoute, Vpn, AsPath };

struct RouteServer
{
    std::string vnet;
    bool branchToBranch = false;
    HubRoutingPreference hubRoutingPreference = HubRoutingPreference::ExpressRoute;
    bool operator==(const RouteServer &) const = default;
};

struct AsPathPolicy
{
    int prepend = 0;
    bool replacePrivate = false;
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const AsPathPolicy &) const = default;
};

struct Nva
{
    std::string vnet;
    std::string subnet;
    Ipv4Address ip;
    std::optional<Asn> asn;
    bool ipForwarding = true;
    std::vector<Ipv4Prefix> originate;
    bool readvertise = false;
    AsPathPolicy asPath;
    // The BGP next hop it sets on what it announces (a load balancer or firewall in front of
    // it, articles/route-server/next-hop-ip.md); absent: its own `ip`.
    std::optional<Ipv4Address> nextHop;

    Ipv4Address announcedNextHop() const { return nextHop.value_or(ip); }
    bool operator==(const Nva &) const = default;
};

struct InternetBreakout
{
    bool operator==(const InternetBreakout &) const = default;
};

// ---- Virtual WAN (vwan.md, R10) ----------------------------------------------------------

// One Standard Virtual WAN; its hubs mesh over the Microsoft backbone.
struct VirtualWan
{
    bool branchToBranch = true; // Azure's allowBranchToBranchTraffic
    bool operator==(const VirtualWan &) const = default;
};

// Routing intent of a hub (articles/virtual-wan/how-to-routing-policies.md). An empty
// firewall id is null: no such policy.
struct RoutingIntent
{
    std::string privateTraffic;
    std::string internetTraffic;
    std::vector<Ipv4Prefix> additionalPrefixes;
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const RoutingIntent &) const = default;
};

struct VirtualHub
{
    std::string vwan;
    Ipv4Prefix addressPrefix;
    std::string location;
    HubRoutingPreference hubRoutingPreference = HubRoutingPreference::ExpressRoute;
    std::optional<RoutingIntent> routingIntent;
    bool erToErTransit = false; // R10.5: the support-case flag
    bool operator==(const VirtualHub &) const = default;
};

enum class FirewallVendor { AzureFirewall, Nva };

// The appliance routing intent points to: Azure Firewall, or an NGFW NVA in the hub.
struct HubFirewall
{
    std::string hub;
    std::optional<Ipv4Address> ip; // shown as the next hop IP only
    FirewallVendor vendor = FirewallVendor::AzureFirewall;
    bool operator==(const HubFirewall &) const = default;
};

// The order of the alternatives is the order of NodeKind.
using NodeData = std::variant<OnPremSite, ErCircuit, AvsPrivateCloud, VirtualNetwork, ErGateway,
                              VpnGateway, RouteServer, Nva, InternetBreakout, VirtualWan,
                              VirtualHub, HubFirewall>;

enum class NodeKind {
    OnPrem,
    ErCircuit,
    Avs,
    Vnet,
    ErGateway,
    VpnGateway,
    RouteServer,
    Nva,
    Internet,
    Vwan,
    VwanHub,
    HubFirewall
};

struct Node
{
    std::string id;
    std::string name; // empty: shown as the id
    std::optional<Position> position;
    bool disabled = false;
    std::string notes;
    NodeData data;
    UnknownFields unknown = UnknownFields::object();

    NodeKind kind() const { return NodeKind(data.index()); }
    const std::string &displayName() const { return name.empty() ? id : name; }
    template<typename T> const T *as() const { return std::get_if<T>(&data); }
    template<typename T> T *as() { return std::get_if<T>(&data); }
    // The VNet a gateway, Route Server or NVA lives in; empty for other kinds.
    const std::string &parentVnet() const;
    // The Virtual WAN hub a hub gateway or hub firewall lives in; empty for other kinds.
    const std::string &parentHub() const;
    bool operator==(const Node &) const = default;
};

// ---- link kinds --------------------------------------------------------------------------

struct ErPeeringLink
{
    std::optional<Ipv4Prefix> primarySubnet;
    std::optional<Ipv4Prefix> secondarySubnet;
    bool operator==(const ErPeeringLink &) const = default;
};

struct ErConnectionLink
{
    int weight = 0;
    // FastPath: traffic from the circuit bypasses the gateway, and with it the GatewaySubnet's
    // user routes (articles/expressroute/about-fastpath.md).
    bool fastPath = false;
    // R10.7: a hub sends 0.0.0.0/0 over the connection (Azure's enableInternetSecurity);
    // only towards a hub gateway.
    bool propagateDefaultRoute = false;
    bool operator==(const ErConnectionLink &) const = default;
};

struct GlobalReachLink
{
    std::optional<Ipv4Prefix> subnet;
    bool operator==(const GlobalReachLink &) const = default;
};

struct VnetPeeringLink
{
    bool useRemoteGateways = false; // `from` uses the gateways of `to`
    bool allowForwardedTraffic = true;
    bool operator==(const VnetPeeringLink &) const = default;
};

struct VpnConnectionLink
{
    bool bgp = true;
    int weight = 0;
    bool propagateDefaultRoute = false; // R10.7, only on a hub gateway
    bool operator==(const VpnConnectionLink &) const = default;
};

struct BgpSessionLink
{
    bool operator==(const BgpSessionLink &) const = default;
};

// A VNet connected to a Virtual WAN hub (R10.2).
struct HubConnectionLink
{
    bool propagateDefaultRoute = true; // Azure's enableInternetSecurity
    bool operator==(const HubConnectionLink &) const = default;
};

using LinkData = std::variant<ErPeeringLink, ErConnectionLink, GlobalReachLink, VnetPeeringLink,
                              VpnConnectionLink, BgpSessionLink, HubConnectionLink>;

enum class LinkKind {
    ErPeering,
    ErConnection,
    GlobalReach,
    VnetPeering,
    VpnConnection,
    BgpSession,
    HubConnection
};

struct Link
{
    std::string id;
    std::string from;
    std::string to;
    bool disabled = false;
    std::string notes;
    LinkData data;
    UnknownFields unknown = UnknownFields::object();

    LinkKind kind() const { return LinkKind(data.index()); }
    template<typename T> const T *as() const { return std::get_if<T>(&data); }
    template<typename T> T *as() { return std::get_if<T>(&data); }
    const std::string &otherEnd(const std::string &nodeId) const
    {
        return nodeId == from ? to : from;
    }
    bool operator==(const Link &) const = default;
};

// ---- intents, annotations, lessons -------------------------------------------------------

enum class Expectation { Reachable, Unreachable };

struct Intent
{
    std::string name;
    std::string from; // endpoints, see cli.md
    std::string to;
    Expectation expect = Expectation::Reachable;
    std::vector<std::string> via;
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const Intent &) const = default;
};

struct Annotation
{
    std::string id;
    std::string text;
    std::optional<Position> position;
    std::optional<Size> size;
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const Annotation &) const = default;
};

struct LessonStep
{
    std::string text; // Markdown
    std::vector<std::string> goals; // intent names
    std::string hint; // a nudge for a learner who is stuck (our extension of format.md)
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const LessonStep &) const = default;
};

struct Lesson
{
    std::string title;
    std::vector<LessonStep> steps;
    UnknownFields unknown = UnknownFields::object();
    bool operator==(const Lesson &) const = default;
};

// ---- the document ------------------------------------------------------------------------

// One design: everything a `.avsnet` file holds. Plain data with value semantics, so the
// engine can analyse a copy on another thread and an undo command can keep a snapshot.
// It does not check itself; validation and the route engine read it.
struct Topology
{
    // The newest version this program reads and writes. A file is written as version 2 only
    // when it needs it (requiredFormatVersion()), so older programs still read the others.
    static constexpr int formatVersion = 2;

    std::string name;
    std::string description;
    std::vector<Node> nodes;
    std::vector<Link> links;
    std::vector<Intent> intents;
    std::vector<Annotation> annotations;
    std::optional<Lesson> lesson;
    UnknownFields unknown = UnknownFields::object();

    const Node *node(std::string_view id) const;
    Node *node(std::string_view id);
    const Link *link(std::string_view id) const;
    // Index into `nodes`, or -1.
    int nodeIndex(std::string_view id) const;
    // (decision, vwan.md) 2 when the design holds a `vwan`, `vwan-hub` or `hub-firewall`
    // node (every other Virtual WAN addition needs a hub), else 1.
    int requiredFormatVersion() const;
    bool operator==(const Topology &) const = default;
};

std::string_view toString(NodeKind kind);
std::string_view toString(LinkKind kind);
std::string_view toString(NextHopType type);
std::string_view toString(AvsInternet internet);
std::string_view toString(CircuitSku sku);
std::string_view toString(ErGatewaySku sku);
std::string_view toString(HubRoutingPreference preference);
std::string_view toString(FirewallVendor vendor);
std::optional<NodeKind> nodeKindFromString(std::string_view text);
std::optional<LinkKind> linkKindFromString(std::string_view text);
std::optional<NextHopType> nextHopTypeFromString(std::string_view text);
std::optional<AvsInternet> avsInternetFromString(std::string_view text);
std::optional<CircuitSku> circuitSkuFromString(std::string_view text);
// Also takes Azure's spellings ("ErGw1AZ", "HighPerformance", "UltraPerformance"), any case.
std::optional<ErGatewaySku> erGatewaySkuFromString(std::string_view text);
std::optional<HubRoutingPreference> hubRoutingPreferenceFromString(std::string_view text);
std::optional<FirewallVendor> firewallVendorFromString(std::string_view text);

// True when an ASN is in the private ranges BGP speakers strip (64512-65534,
// 4200000000-4294967294; RFC 6996).
constexpr bool isPrivateAsn(Asn asn)
{
    return (asn >= 64512 && asn <= 65534) || (asn >= 4200000000u && asn <= 4294967294u);
}

} // namespace avsnet::core
