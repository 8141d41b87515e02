// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingrules.h"

#include "model/linkrules.h"
#include "routing/analysis.h"
#include "routing/azurelimits.h"

#include <algorithm>
#include <map>

namespace avsnet::core {

namespace {

void checkLinkKinds(const Analysis &analysis, FindingList &findings)
{
    for (const Link &link : analysis.topology().links) {
        const Node *from = nodeById(analysis, link.from);
        const Node *to = nodeById(analysis, link.to);
        if (!from || !to)
            continue;
        if (link.from == link.to) {
            addFinding(findings, FindingCode::LinkMismatch, Severity::Error,
                       "link " + link.id + " joins " + link.from + " to itself; connect two nodes",
                       {link.id, link.from});
            continue;
        }
        if (linkFits(link.kind(), from->kind(), to->kind()))
            continue;
        std::string fitting;
        for (const LinkKind kind : fittingLinkKinds(from->kind(), to->kind()))
            fitting += (fitting.empty() ? "" : ", ") + std::string(toString(kind));
        addFinding(findings, FindingCode::LinkMismatch, Severity::Error,
                   "link " + link.id + " is a " + std::string(toString(link.kind())) + " between "
                       + link.from + " (" + std::string(toString(from->kind())) + ") and " + link.to
                       + " (" + std::string(toString(to->kind())) + "); "
                       + (fitting.empty() ? "no link kind joins these two"
                                          : "these two can be joined by " + fitting),
                   {link.id, link.from, link.to});
    }
}

// `duplicate-link`: the same kind twice between one pair (linkrules.h says why that is one
// resource). Both copies stay in the analysis, so the design still routes as the file says.
void checkDuplicateLinks(const Topology &topology, FindingList &findings)
{
    for (const auto &[first, repeat] : duplicateLinks(topology)) {
        const Link &original = topology.links[first];
        const Link &copy = topology.links[repeat];
        addFinding(findings, FindingCode::DuplicateLink, Severity::Error,
                   std::string(toString(copy.kind())) + " link " + copy.id + " repeats "
                       + original.id + " between " + original.from + " and " + original.to
                       + "; Azure has one per pair, and disabling one leaves the other carrying "
                         "traffic. Delete "
                       + copy.id,
                   {copy.id, original.id, original.from, original.to});
    }
}

// R9 `remote-gateway` (articles/virtual-network/virtual-network-peering-overview.md,
// "Gateways and on-premises connectivity").
void checkRemoteGateways(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    const auto withOwnGateway = vnetsWithOwnGateway(topology); // hasOwnGateway(), once
    std::map<std::string, std::vector<std::string>> peeringsUsingRemote;
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        const auto *peering = link.as<VnetPeeringLink>();
        if (!peering || !peering->useRemoteGateways || !analysis.isLinkActive(int(i)))
            continue;
        peeringsUsingRemote[link.from].push_back(link.id);
        if (!withOwnGateway.contains(link.to))
            addFinding(findings, FindingCode::RemoteGateway, Severity::Error,
                       "peering " + link.id + " lets " + link.from + " use the gateways of "
                           + link.to + ", which has no gateway or Route Server; add one to "
                           + link.to + " or turn useRemoteGateways off",
                       {link.id, link.from, link.to});
        if (withOwnGateway.contains(link.from))
            addFinding(findings, FindingCode::RemoteGateway, Severity::Error,
                       "peering " + link.id + " lets " + link.from + " use remote gateways, but "
                           + link.from + " has its own gateway; a VNet uses one or the other",
                       {link.id, link.from});
    }
    for (const auto &[vnet, links] : peeringsUsingRemote) {
        if (links.size() > 1) {
            std::vector<std::string> subjects(links);
            subjects.insert(subjects.begin(), vnet);
            addFinding(findings, FindingCode::RemoteGateway, Severity::Error,
                       vnet + " uses remote gateways on " + std::to_string(links.size())
                           + " peerings (" + exampleList(links, 8)
                           + "); Azure allows it on one peering only",
                       subjects);
        }
    }
}

bool isAzureReservedAsn(Asn asn)
{
    // articles/expressroute/expressroute-routing.md, articles/route-server/route-server-faq.md.
    return asn == 8074 || asn == 8075 || asn == 12076 || (asn >= 65515 && asn <= 65520)
           || asn == 23456 || (asn >= 64496 && asn <= 64511) || (asn >= 65535 && asn <= 65551)
           || asn == 4294967295u;
}

bool isAvsReservedAsn(Asn asn)
{
    // articles/azure-vmware/concepts-network-design-considerations.md, "AVS ASN ranges".
    return (asn >= 65000 && asn <= 65412) || asn == 64513 || (asn >= 64600 && asn <= 64940)
           || (asn >= 65200 && asn <= 65240) || (asn >= 65300 && asn <= 65340);
}

void checkAsns(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const Node &node = topology.nodes[i];
        if (!analysis.isNodeActive(int(i)))
            continue; // R8 (revision 2): no findings about disabled nodes
        std::optional<Asn> asn;
        if (const auto *site = node.as<OnPremSite>())
            asn = site->asn;
        else if (const auto *nva = node.as<Nva>())
            asn = nva->asn;
        if (!asn)
            continue;
        const std::string text = std::to_string(*asn);
        if (isAzureReservedAsn(*asn))
            addFinding(findings, FindingCode::ReservedAsn, Severity::Error,
                       node.id + " uses ASN " + text
                           + ", which Azure reserves; pick a private ASN such as 65001-65514",
                       {node.id});
        else if (isAvsReservedAsn(*asn))
            addFinding(findings, FindingCode::ReservedAsn, Severity::Warning,
                       node.id + " uses ASN " + text
                           + ", inside a range AVS uses internally; pick one outside 64513, "
                             "64600-64940 and 65000-65412 if it will peer with AVS",
                       {node.id});
        if (node.kind() == NodeKind::Nva && *asn > 65535) {
            for (const Link &link : topology.links) {
                if (link.kind() != LinkKind::BgpSession
                    || (link.from != node.id && link.to != node.id))
                    continue;
                const Node *peer = topology.node(link.otherEnd(node.id));
                // R6, and R10.2 for a Virtual WAN hub's router (scenario-bgp-peering-hub.md).
                if (peer
                    && (peer->kind() == NodeKind::RouteServer || peer->kind() == NodeKind::VwanHub))
                    addFinding(findings, FindingCode::ReservedAsn, Severity::Error,
                               node.id + " uses the 4-byte ASN " + text + " towards "
                                   + (peer->kind() == NodeKind::RouteServer ? "Route Server "
                                                                            : "virtual hub ")
                                   + peer->id + ", which supports 16-bit ASNs only",
                               {node.id, peer->id, link.id});
            }
        }
    }
}

// R5 and R9 `vpn-route-server` (articles/route-server/expressroute-vpn-support.md).
void checkVpnBesideRouteServer(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (const Node &node : topology.nodes) {
        const auto *vpn = node.as<VpnGateway>();
        if (!vpn || node.disabled)
            continue;
        for (const Node &other : topology.nodes) {
            if (other.kind() != NodeKind::RouteServer || other.disabled
                || other.parentVnet() != vpn->vnet)
                continue;
            if (!vpn->activeActive || vpn->asn != 65515)
                addFinding(findings, FindingCode::VpnRouteServer, Severity::Error,
                           node.id + " sits beside Route Server " + other.id
                               + " but is not active-active with ASN 65515, so they exchange no "
                                 "routes; make it active-active and set its ASN to 65515",
                           {node.id, other.id});
        }
    }
}

void checkRouteTables(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const Node &node = topology.nodes[i];
        const auto *vnet = node.as<VirtualNetwork>();
        if (!vnet || !analysis.isNodeActive(int(i)))
            continue;
        for (const auto &table : vnet->routeTables) {
            if (table.routes.size() > limits::routesPerRouteTable)
                addFinding(findings, FindingCode::RouteLimit, Severity::Error,
                           node.id + " route table " + table.name + " has "
                               + std::to_string(table.routes.size()) + " routes; Azure allows "
                               + std::to_string(limits::routesPerRouteTable),
                           {node.id});
        }
        // R9 `gateway-subnet-route` (articles/vpn-gateway/vpn-gateway-about-vpn-gateway-settings.md,
        // "Gateway subnet"; articles/expressroute/expressroute-howto-add-gateway-portal-resource-manager.md).
        const Subnet *gatewaySubnet = vnet->subnet("GatewaySubnet");
        const RouteTable *table = gatewaySubnet && !gatewaySubnet->routeTable.empty()
                                      ? vnet->routeTable(gatewaySubnet->routeTable)
                                      : nullptr;
        if (!table)
            continue;
        if (table->disableBgpRoutePropagation)
            addFinding(findings, FindingCode::GatewaySubnetRoute, Severity::Error,
                       node.id + "/GatewaySubnet uses route table " + table->name
                           + " with BGP route propagation disabled; the gateway then cannot work. "
                             "Turn disableBgpRoutePropagation off",
                       {node.id});
        for (const auto &route : table->routes) {
            if (route.prefix.length() == 0)
                addFinding(
                    findings, FindingCode::GatewaySubnetRoute, Severity::Error,
                    node.id + "/GatewaySubnet route " + route.name
                        + " sends 0.0.0.0/0 elsewhere; Azure refuses to create a gateway "
                          "with such a route on GatewaySubnet (revision 2). Use specific "
                          "prefixes",
                    {node.id});
        }
    }
}

// R4 (revision 2) `connection-limit`: circuit connections (AVS included) per ExpressRoute
// gateway by SKU, and VNet links plus Global Reach per standard or local circuit. The
// connections still carry routes: the design cannot be deployed as drawn.
void checkConnectionLimits(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    std::map<std::string, std::vector<std::string>> circuitsPerGateway;
    std::map<std::string, std::vector<std::string>> linksPerCircuit;
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        if (!analysis.isLinkActive(int(i)))
            continue;
        if (link.kind() == LinkKind::ErConnection) {
            const bool gatewayIsTo = nodeById(analysis, link.to)->kind() == NodeKind::ErGateway;
            const std::string &gateway = gatewayIsTo ? link.to : link.from;
            const std::string &circuit = gatewayIsTo ? link.from : link.to;
            circuitsPerGateway[gateway].push_back(circuit);
            linksPerCircuit[circuit].push_back(link.id);
        } else if (link.kind() == LinkKind::GlobalReach) {
            linksPerCircuit[link.from].push_back(link.id);
            linksPerCircuit[link.to].push_back(link.id);
        }
    }
    for (const auto &[gateway, circuits] : circuitsPerGateway) {
        // R10.12: a hub gateway's `sku` is ignored; vwan-limit counts its circuits.
        if (!nodeById(analysis, gateway)->parentHub().empty())
            continue;
        const ErGatewaySku sku = nodeById(analysis, gateway)->as<ErGateway>()->sku;
        const std::size_t limit = limits::circuitConnectionsPerGateway(sku);
        if (circuits.size() <= limit)
            continue;
        std::vector<std::string> subjects(circuits);
        subjects.insert(subjects.begin(), gateway);
        addFinding(findings, FindingCode::ConnectionLimit, Severity::Error,
            gateway + " connects " + std::to_string(circuits.size()) + " circuits ("
                + exampleList(circuits, 8) + "); an ExpressRoute gateway of SKU "
                + std::string(toString(sku)) + " takes at most " + std::to_string(limit)
                + ". Choose a larger SKU or spread the circuits over gateways",
            subjects);
    }
    for (const auto &[circuit, links] : linksPerCircuit) {
        const auto *model = nodeById(analysis, circuit)->as<ErCircuit>();
        if (!model || model->sku == CircuitSku::Premium
            || links.size() <= limits::linksPerStandardCircuit)
            continue;
        std::vector<std::string> subjects(links);
        subjects.insert(subjects.begin(), circuit);
        addFinding(findings, FindingCode::ConnectionLimit, Severity::Error,
            circuit + " has " + std::to_string(links.size())
                + " gateway connections and Global Reach links; a " + std::string(toString(model->sku))
                + " circuit takes at most " + std::to_string(limits::linksPerStandardCircuit)
                + ". Use a premium circuit",
            subjects);
    }
}

} // namespace

void addTopologyFindings(const Analysis &analysis, FindingList &findings)
{
    checkLinkKinds(analysis, findings);
    checkDuplicateLinks(analysis.topology(), findings);
    checkRemoteGateways(analysis, findings);
    checkAsns(analysis, findings);
    checkVpnBesideRouteServer(analysis, findings);
    checkRouteTables(analysis, findings);
    checkConnectionLimits(analysis, findings);
}

} // namespace avsnet::core
