// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcatalog.h"

#include <array>

namespace avsnet::core {

namespace {

constexpr unsigned error = severityBit(Severity::Error);
constexpr unsigned warning = severityBit(Severity::Warning);
constexpr unsigned info = severityBit(Severity::Info);

// A rule of avsnet's model or engine that no Microsoft page states (docs/routing.md says why).
constexpr std::string_view avsnetOwnRule{};
// Microsoft Learn pages behind the rules (MicrosoftDocs/azure-docs `articles/<service>/<page>.md`
// is published as https://learn.microsoft.com/azure/<service>/<page>).
constexpr std::string_view avsNetworkChecklist
    = "https://learn.microsoft.com/azure/azure-vmware/tutorial-network-checklist";
constexpr std::string_view avsNetworkDesign
    = "https://learn.microsoft.com/azure/azure-vmware/architecture-network-design-considerations";
constexpr std::string_view routeServerFaq
    = "https://learn.microsoft.com/azure/route-server/route-server-faq";
constexpr std::string_view udrOverview
    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview";
constexpr std::string_view vwanFaq = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-faq";
constexpr std::string_view vwanRoutingPolicies
    = "https://learn.microsoft.com/azure/virtual-wan/how-to-routing-policies";
constexpr std::string_view vwanHubRoutingPreference
    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing-preference";
constexpr std::string_view vwanExpressRoutePortal
    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-portal";
constexpr std::string_view cafAvsVwan
    = "https://learn.microsoft.com/azure/cloud-adoption-framework/scenarios/azure-vmware/"
      "single-region-secure-virtual-wan-global-reach";
constexpr std::string_view vpnGatewaySettings
    = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings";

// The row of each code. A code without a case here stops the build (-Wswitch as an error);
// a value past the last code gets a row without a name, which is how codeCount() counts them.
#pragma GCC diagnostic push
#pragma GCC diagnostic error "-Wswitch"
constexpr FindingCodeInfo describe(FindingCode code)
{
    switch (code) {
    case FindingCode::Overlap:
        return {code, "overlap", error,
                "two address ranges of different networks overlap (VNets, AVS blocks and segments,"
                " on-prem prefixes), or two subnets of one VNet do",
                avsNetworkChecklist};
    case FindingCode::BadPrefix:
        return {code, "bad-prefix", error,
                "a prefix has host bits set, or an AVS management block is not a /22",
                avsNetworkChecklist};
    case FindingCode::MissingSubnet:
        return {code, "missing-subnet", error,
                "a gateway without GatewaySubnet, a Route Server without RouteServerSubnet, or an "
                "NVA whose subnet is missing or does not hold its address",
                vpnGatewaySettings};
    case FindingCode::MissingRouteTable:
        return {code, "missing-route-table", error,
                "a subnet names a route table its VNet does not define", udrOverview};
    case FindingCode::SubnetOutsideVnet:
        return {code, "subnet-outside-vnet", error,
                "a subnet lies outside its VNet's address space",
                "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet"};
    case FindingCode::GlobalReach:
        return {code, "global-reach", error,
                "a Global Reach link joins circuits in the same peering location or a local "
                "circuit, or its subnet is not an unused /29",
                "https://learn.microsoft.com/azure/expressroute/expressroute-global-reach"};
    case FindingCode::LinkMismatch:
        return {
            code, "link-mismatch", error,
            "a link's kind does not fit the kinds of its two ends, or it joins a node to itself",
            avsnetOwnRule};
    case FindingCode::DuplicateLink:
        return {code, "duplicate-link", error,
                "a second link of one kind joins the same two nodes (either way round); Azure has "
                "one such resource per pair",
                avsnetOwnRule};
    case FindingCode::RemoteGateway:
        return {
            code, "remote-gateway", error,
            "useRemoteGateways towards a VNet without gateways, from a VNet with its own, or on "
            "more than one peering of a VNet",
            "https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview"};
    case FindingCode::ReservedAsn:
        return {code, "reserved-asn", error | warning,
                "an on-prem or NVA ASN that Azure reserves (error) or that AVS uses inside "
                "(warning), or a 4-byte NVA ASN towards a Route Server",
                routeServerFaq};
    case FindingCode::VpnRouteServer:
        return {code, "vpn-route-server", error,
                "a VPN gateway beside a Route Server is not active-active with ASN 65515",
                "https://learn.microsoft.com/azure/route-server/expressroute-vpn-support"};
    case FindingCode::GatewaySubnetRoute:
        return {code, "gateway-subnet-route", error,
                "GatewaySubnet's route table disables BGP propagation, or sends 0.0.0.0/0 "
                "elsewhere",
                vpnGatewaySettings};
    case FindingCode::RouteLimit:
        return {code, "route-limit", error,
                "a route limit of Azure is exceeded: a session or connection is down, or a route "
                "table or gateway holds too much",
                "https://learn.microsoft.com/azure/azure-resource-manager/management/"
                "azure-subscription-service-limits"};
    case FindingCode::PeerLimit:
        return {code, "peer-limit", error,
                "a Route Server has more BGP peers than it takes; the extra sessions are down",
                routeServerFaq};
    case FindingCode::AsPathLoop:
        return {code, "as-path-loop", warning,
                "routes are dropped because their AS path holds 65515, Azure's own ASN",
                routeServerFaq};
    case FindingCode::NoTransit:
        return {
            code, "no-transit", info,
            "on-prem and AVS share an ExpressRoute gateway but learn no route towards each other",
            avsNetworkDesign};
    case FindingCode::NvaForwarding:
        return {code, "nva-forwarding", error,
                "a route sends traffic to an NVA whose IP forwarding is off", udrOverview};
    case FindingCode::NvaLoop:
        return {code, "nva-loop", warning,
                "an NVA's own subnet learns a prefix the NVA announces pointing back at the NVA",
                avsNetworkDesign};
    case FindingCode::DefaultRouteLeak:
        return {code, "default-route-leak", warning,
                "a 0.0.0.0/0 originated in Azure reaches an on-prem site", avsNetworkDesign};
    case FindingCode::ConnectionLimit:
        return {code, "connection-limit", error,
                "an ExpressRoute gateway has more circuit connections than its SKU takes, or a "
                "standard or local circuit more than 10 gateway connections and Global Reach links",
                "https://learn.microsoft.com/azure/expressroute/"
                "expressroute-about-virtual-network-gateways"};
    case FindingCode::GatewayHairpin:
        return {code, "gateway-hairpin", warning,
                "traffic passes from one circuit to another through one ExpressRoute gateway",
                avsNetworkDesign};
    case FindingCode::IgnoredPrepend:
        return {code, "ignored-prepend", warning,
                "AVS learns a prefix over two circuits whose paths differ only in private-ASN "
                "prepends, which it ignores, so it splits the traffic over both",
                avsNetworkDesign};
    case FindingCode::AvsDefaultOnly:
        return {code, "avs-default-only", warning,
                "an on-prem site's private prefixes reach AVS only through 0.0.0.0/0, which AVS "
                "management (vCenter, NSX) does not use",
                avsNetworkDesign};
    case FindingCode::AvsUnsupportedPrefix:
        return {code, "avs-unsupported-prefix", warning,
                "a prefix inside 100.64.0.0/10, or a bogon shorter than /8, reaches AVS",
                avsNetworkDesign};
    case FindingCode::UdrGatewayCoexist:
        return {code, "udr-gateway-coexist", error,
                "a user route names VirtualNetworkGateway where ExpressRoute and VPN gateways "
                "coexist, so Azure cannot use it",
                udrOverview};
    case FindingCode::FastpathUdr:
        return {code, "fastpath-udr", warning,
                "GatewaySubnet has user routes and a connection of its gateway uses FastPath, "
                "which bypasses them",
                "https://learn.microsoft.com/azure/expressroute/about-fastpath"};
    case FindingCode::VwanHubPrefix:
        return {code, "vwan-hub-prefix", error | info,
                "a virtual hub's address prefix is longer than /24 (error) or exactly /24 (/23 is "
                "recommended)",
                vwanFaq};
    case FindingCode::VwanSpokeGateway:
        return {code, "vwan-spoke-gateway", error,
                "a VNet connected to a virtual hub has its own gateway or Route Server, uses "
                "remote gateways, or connects to a second hub",
                vwanFaq};
    case FindingCode::VwanLimit:
        return {code, "vwan-limit", error,
                "a virtual hub is over a Virtual WAN limit (VNet connections, VNet ranges under "
                "private intent, circuits, routes)",
                "https://learn.microsoft.com/azure/azure-resource-manager/management/"
                "azure-subscription-service-limits"};
    case FindingCode::VwanRiInvalid:
        return {code, "vwan-ri-invalid", error,
                "a routing-intent policy names a next hop that is not a firewall of its own hub",
                vwanRoutingPolicies};
    case FindingCode::VwanRiExactPrefix:
        return {code, "vwan-ri-exact-prefix", error,
                "under private routing intent a branch advertises exactly an RFC 1918 aggregate "
                "or an additional prefix, which the hub ignores",
                vwanRoutingPolicies};
    case FindingCode::VwanPrivatePrefixGap:
        return {code, "vwan-private-prefix-gap", warning,
                "under private routing intent a range reachable through the hub lies outside "
                "RFC 1918 and the additional prefixes, so VNets have no route to it",
                vwanRoutingPolicies};
    case FindingCode::VwanNoErTransit:
        return {code, "vwan-no-er-transit", warning,
                "an on-prem site and an AVS private cloud (or two clouds) on ExpressRoute to hubs "
                "of one Virtual WAN have no Global Reach between them and no ExpressRoute transit",
                vwanFaq};
    case FindingCode::VwanErTransitIneffective:
        return {code, "vwan-er-transit-ineffective", warning,
                "erToErTransit is set on a hub without private routing intent, or on only one of "
                "two hubs concerned",
                vwanRoutingPolicies};
    case FindingCode::VwanGrBypassesFirewall:
        return {code, "vwan-gr-bypasses-firewall", info,
                "a Global Reach link joins branches of secured hubs; that traffic is not inspected",
                cafAvsVwan};
    case FindingCode::VwanAvsNoDefault:
        return {code, "vwan-avs-no-default", warning,
                "an AVS private cloud expects a default route from a hub with internet intent, "
                "but its connection does not propagate it",
                cafAvsVwan};
    case FindingCode::VwanAsymmetric:
        return {code, "vwan-asymmetric", warning,
                "forward and return paths cross different hub firewalls, or a site splits traffic "
                "over two secured hubs",
                "https://learn.microsoft.com/azure/cloud-adoption-framework/scenarios/azure-vmware/"
                "dual-region-secure-virtual-wan-without-global-reach"};
    case FindingCode::VwanRemoteHub:
        return {code, "vwan-remote-hub", info,
                "an AVS private cloud connects to a hub in another region", cafAvsVwan};
    case FindingCode::VwanCoexistFiltered:
        return {code, "vwan-coexist-filtered", info,
                "a circuit shared by a classic ExpressRoute gateway and a hub gateway filters "
                "routes between them; a switch is off",
                vwanExpressRoutePortal};
    case FindingCode::VwanBowtie:
        return {code, "vwan-bowtie", info,
                "a hub prefers an ExpressRoute path to another hub's VNet over the hub-to-hub path",
                vwanFaq};
    case FindingCode::VwanHrpVpnPreferred:
        return {code, "vwan-hrp-vpn-preferred", info,
                "under hub routing preference as-path a VPN route wins over an ExpressRoute route "
                "for the same prefix",
                vwanHubRoutingPreference};
    case FindingCode::VwanUnmodelled:
        return {code, "vwan-unmodelled", info,
                "a Virtual WAN node or link has fields avsnet does not model; they are kept and "
                "ignored",
                avsnetOwnRule};
    case FindingCode::ImportIncomplete:
        return {code, "import-incomplete", info,
                "a node imported from Azure lacks what Azure's configuration cannot tell (an "
                "on-prem site's prefixes, what an NVA originates, an AVS cloud's segments)",
                avsnetOwnRule};
    case FindingCode::NoConvergence:
        return {code, "no-convergence", error,
                "BGP propagation does not settle: appliances keep passing routes with ever longer "
                "paths",
                avsnetOwnRule};
    }
    return {code, {}, 0, {}, {}};
}
#pragma GCC diagnostic pop

constexpr std::size_t codeCount()
{
    std::size_t count = 0;
    while (!describe(FindingCode(count)).name.empty())
        ++count;
    return count;
}

constexpr auto rows = [] {
    std::array<FindingCodeInfo, codeCount()> table{};
    for (std::size_t i = 0; i < table.size(); ++i)
        table[i] = describe(FindingCode(i));
    return table;
}();

} // namespace

std::string FindingCodeInfo::docsAnchor() const
{
    return "docs/routing.md#" + std::string(name);
}

std::span<const FindingCodeInfo> findingCatalog()
{
    return rows;
}

const FindingCodeInfo &findingInfo(FindingCode code)
{
    return rows[std::size_t(code)];
}

const FindingCodeInfo *findingInfo(std::string_view name)
{
    for (const FindingCodeInfo &row : rows) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

std::string_view toString(FindingCode code)
{
    return findingInfo(code).name;
}

} // namespace avsnet::core
