// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingrules.h"

#include "routing/analysis.h"
#include "routing/azurelimits.h"
#include "trace/endpoint.h"
#include "trace/tracer.h"

#include <algorithm>
#include <map>
#include <set>

namespace avsnet::core {

namespace {

std::string pathText(const Analysis &analysis, AsPathId path)
{
    std::string text = "[";
    for (const Asn asn : analysis.asPaths().path(path))
        text += (text.size() > 1 ? ", " : "") + std::to_string(asn);
    return text + "]";
}

// Sessions a limit or rule took down: route-limit (R2 prefix limit, R4 1,000 routes from a
// gateway, R5 and R6 4,000 routes from a VPN site or an NVA) and peer-limit (R6: 8 peers).
void checkSessions(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (const SessionState &session : analysis.sessions()) {
        if (session.up)
            continue;
        const Link &link = topology.links[std::size_t(session.link)];
        if (session.cause == SessionState::DownCause::AsnRule)
            continue; // reported as reserved-asn
        if (session.cause == SessionState::DownCause::BgpOff)
            continue; // the gateway's own setting; the session is drawn down with the reason
        if (session.cause == SessionState::DownCause::HubRouteLimit)
            continue; // reported as vwan-limit
        const bool peers = session.cause == SessionState::DownCause::PeerLimit;
        addFinding(
            findings, peers ? FindingCode::PeerLimit : FindingCode::RouteLimit, Severity::Error,
            "session " + link.id + " between " + link.from + " and " + link.to + " is down: "
                + session.downReason + (peers ? "; remove a peer" : "; summarise the prefixes"),
            {link.id, link.from, link.to});
    }
}

// R9 `as-path-loop`: one finding per speaker and neighbour, with an example.
void checkDroppedRoutes(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    std::map<std::pair<int, int>, std::vector<const RouteDrop *>> byPair;
    for (const RouteDrop &drop : analysis.drops()) {
        // A drop matters when it leaves the speaker without the prefix; a gateway refusing
        // its own default route back over Global Reach while it holds it anyway does not.
        if (drop.reason.find("65515") != std::string::npos
            && analysis.bgpTable(drop.node).routesFor(drop.prefix).empty())
            byPair[{drop.node, drop.from}].push_back(&drop);
    }
    for (const auto &[pair, drops] : byPair) {
        const Node &speaker = topology.nodes[std::size_t(pair.first)];
        const Node &neighbour = topology.nodes[std::size_t(pair.second)];
        const RouteDrop &example = *drops.front();
        std::string message = speaker.id + " drops " + std::to_string(drops.size()) + " route"
                              + (drops.size() == 1 ? "" : "s") + " from " + neighbour.id
                              + " (e.g. " + example.prefix.toString() + " "
                              + pathText(analysis, example.asPath) + "): " + example.reason;
        if (neighbour.kind() == NodeKind::Nva)
            message += ". Let " + neighbour.id + " rewrite the path (asPath.replacePrivate)";
        addFinding(findings, FindingCode::AsPathLoop, Severity::Warning, message,
                   {speaker.id, neighbour.id});
    }
}


// Whether a packet from `from` reaches `to` one way (routing.md R8).
bool oneWayDelivers(const Analysis &analysis, RepresentativeEndpoints &endpointOf, int from,
                    int to)
{
    const auto &source = endpointOf(from);
    const auto &destination = endpointOf(to);
    return source && destination && traceOneWay(analysis, *source, destination->ip).delivered;
}

// R9 `no-transit`: on-prem and AVS on one ER gateway, and no packet gets from one to the
// other (CAF azure-vmware-solution-network-basics.md: the gateway does not transit). A trace,
// not a route count, decides: another site's 0.0.0.0/0 is a route, but not towards this site.
void checkNoTransit(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    RepresentativeEndpoints endpointOf(analysis);
    for (std::size_t gateway = 0; gateway < topology.nodes.size(); ++gateway) {
        // A hub gateway: R10.12's vwan-no-er-transit replaces this finding.
        if (topology.nodes[gateway].kind() != NodeKind::ErGateway
            || !analysis.isNodeActive(int(gateway)) || !topology.nodes[gateway].parentHub().empty())
            continue;
        std::vector<int> clouds;
        std::vector<std::pair<int, int>> sites; // site, circuit
        for (const int end : neighboursOver(analysis, int(gateway), LinkKind::ErConnection)) {
            if (topology.nodes[std::size_t(end)].kind() == NodeKind::Avs) {
                clouds.push_back(end);
                continue;
            }
            for (const int site : neighboursOver(analysis, end, LinkKind::ErPeering))
                sites.push_back({site, end});
        }
        for (const auto &[site, circuit] : sites) {
            for (const int cloud : clouds) {
                if (oneWayDelivers(analysis, endpointOf, site, cloud)
                    || oneWayDelivers(analysis, endpointOf, cloud, site))
                    continue;
                const std::string &gatewayId = topology.nodes[gateway].id;
                const std::string &siteId = topology.nodes[std::size_t(site)].id;
                const std::string &cloudId = topology.nodes[std::size_t(cloud)].id;
                const std::string &circuitId = topology.nodes[std::size_t(circuit)].id;
                addFinding(
                    findings, FindingCode::NoTransit, Severity::Info,
                    siteId + " and " + cloudId + " both connect to " + gatewayId
                        + ", but an ExpressRoute gateway does not pass routes from one circuit "
                          "to another, so they cannot reach each other. Add Global Reach "
                          "between "
                        + circuitId + " and " + cloudId
                        + ", or a Route Server with branch-to-branch and an NVA",
                    {siteId, cloudId, gatewayId});
            }
        }
    }
}

// R9 `nva-forwarding`: a route points at an NVA that does not forward.
void checkNvaForwarding(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    std::map<std::string, const Node *> nvaByIp;
    for (const Node &node : topology.nodes) {
        if (const auto *nva = node.as<Nva>(); nva && !nva->ipForwarding)
            nvaByIp[nva->ip.toString()] = &node;
    }
    if (nvaByIp.empty())
        return;
    std::set<std::pair<std::string, std::string>> reported;
    // `where` says it in words; `owner` is the id of the VNet whose routes point at the NVA.
    const auto report = [&](const std::string &where, const std::string &owner, const Node &nva) {
        if (!reported.insert({where, nva.id}).second)
            return;
        addFinding(
            findings, FindingCode::NvaForwarding, Severity::Error,
            where + " sends traffic to " + nva.id + " (" + nva.as<Nva>()->ip.toString()
                + "), whose IP forwarding is off, so it drops the packets. Turn ipForwarding on",
            {nva.id, owner});
    };
    for (const Node &node : topology.nodes) {
        const auto *vnet = node.as<VirtualNetwork>();
        if (!vnet)
            continue;
        for (const auto &table : vnet->routeTables) {
            for (const auto &route : table.routes) {
                if (route.nextHopIp) {
                    if (const auto found = nvaByIp.find(route.nextHopIp->toString());
                        found != nvaByIp.end())
                        report(node.id + " route table " + table.name, node.id, *found->second);
                }
            }
        }
        const int index = analysis.nodeIndex(node.id);
        if (const auto set = analysis.programmedRoutes(index); set && analysis.gatewayVnet(index) == index) {
            for (const auto &route : set->routes) {
                if (route.nextHopIp) {
                    if (const auto found = nvaByIp.find(route.nextHopIp->toString());
                        found != nvaByIp.end())
                        report(node.id + " (routes from its Route Server)", node.id, *found->second);
                }
            }
        }
    }
}

// Every prefix an NVA announces: what its BGP peers learned from it, its `originate` and
// what it re-advertises (with `readvertise`).
std::vector<Ipv4Prefix> announcedBy(const Analysis &analysis, int nva)
{
    std::vector<Ipv4Prefix> prefixes;
    for (const auto &prefix : analysis.topology().nodes[std::size_t(nva)].as<Nva>()->originate)
        prefixes.push_back(prefix.network());
    for (const int peer : neighboursOver(analysis, nva, LinkKind::BgpSession)) {
        for (const BgpRoute &route : analysis.bgpTable(peer).routes()) {
            if (route.learnedFrom == nva)
                prefixes.push_back(route.prefix);
        }
    }
    std::sort(prefixes.begin(), prefixes.end());
    prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
    return prefixes;
}

// R9 `nva-loop`: the NVA's own subnet sends a prefix it announces back to the NVA (R8).
void checkNvaLoops(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const auto *nva = topology.nodes[i].as<Nva>();
        if (!nva || !analysis.isNodeActive(int(i)))
            continue;
        const int vnet = analysis.nodeIndex(nva->vnet);
        const auto &subnets = topology.nodes[std::size_t(vnet)].as<VirtualNetwork>()->subnets;
        const auto subnet = std::find_if(subnets.begin(), subnets.end(),
                                         [&](const Subnet &s) { return s.name == nva->subnet; });
        if (subnet == subnets.end())
            continue;
        const auto table = analysis.effectiveRoutes(vnet, int(subnet - subnets.begin()));
        std::vector<std::string> looping;
        for (const auto &prefix : announcedBy(analysis, int(i))) {
            for (const auto &route : table.routesFor(prefix)) {
                if (route.active
                    && (route.nextHopIp == nva->ip || route.nextHopIp == nva->announcedNextHop())) {
                    looping.push_back(prefix.toString());
                    break;
                }
            }
        }
        if (!looping.empty())
            addFinding(
                findings, FindingCode::NvaLoop, Severity::Warning,
                topology.nodes[i].id + " announces " + exampleList(looping)
                    + ", and its own subnet " + nva->vnet + "/" + nva->subnet
                    + " learns it back pointing at the NVA, so its traffic loops. Add a user "
                      "route on that subnet (for 0.0.0.0/0: next hop Internet)",
                {topology.nodes[i].id, nva->vnet});
    }
}

// R9 `default-route-leak`: a default route from Azure reaches an on-prem site.
void checkDefaultRouteLeaks(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    const Ipv4Prefix anywhere(Ipv4Address(0), 0);
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (topology.nodes[i].kind() != NodeKind::OnPrem)
            continue;
        for (const auto &route : analysis.bgpTable(int(i)).routesFor(anywhere)) {
            if (route.isLocal() || route.origin < 0
                || topology.nodes[std::size_t(route.origin)].kind() == NodeKind::OnPrem)
                continue;
            const std::string &origin = topology.nodes[std::size_t(route.origin)].id;
            addFinding(findings, FindingCode::DefaultRouteLeak, Severity::Warning,
                       topology.nodes[i].id + " learns 0.0.0.0/0 from Azure (originated by "
                           + origin
                           + "), so its internet traffic may go to Azure. Filter it on the on-prem "
                             "router or stop advertising it towards the circuit",
                       {topology.nodes[i].id, origin});
            break;
        }
    }
}

void checkConvergence(const Analysis &analysis, FindingList &findings)
{
    if (analysis.unconverged().empty())
        return;
    std::vector<std::string> prefixes;
    for (const auto &prefix : analysis.unconverged())
        prefixes.push_back(prefix.toString());
    addFinding(
        findings, FindingCode::NoConvergence, Severity::Error,
        "routes for " + exampleList(prefixes)
            + " never settle: appliances keep passing them around with ever longer AS paths. "
              "Stop re-advertising between the NVAs or drop asPath.replacePrivate",
        {});
}

} // namespace

std::vector<int> neighboursOver(const Analysis &analysis, int node, LinkKind kind)
{
    const Topology &topology = analysis.topology();
    std::vector<int> result;
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        if (link.kind() != kind || !analysis.isLinkActive(int(i)))
            continue;
        const std::string &id = topology.nodes[std::size_t(node)].id;
        if (link.from == id || link.to == id)
            result.push_back(analysis.nodeIndex(link.otherEnd(id)));
    }
    return result;
}

void addRoutingFindings(const Analysis &analysis, FindingList &findings)
{
    checkSessions(analysis, findings);
    checkDroppedRoutes(analysis, findings);
    checkNoTransit(analysis, findings);
    checkNvaForwarding(analysis, findings);
    checkNvaLoops(analysis, findings);
    checkDefaultRouteLeaks(analysis, findings);
    checkConvergence(analysis, findings);
}

} // namespace avsnet::core
