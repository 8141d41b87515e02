// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Virtual WAN findings of docs/routing.md, R10.12.
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

const Node &nodeAt(const Analysis &analysis, int index)
{
    return analysis.topology().nodes[std::size_t(index)];
}

void addUnique(std::vector<std::string> &items, const std::string &item)
{
    if (std::find(items.begin(), items.end(), item) == items.end())
        items.push_back(item);
}

// `vwan-hub-prefix` (virtual-wan-faq.md: "minimum size of /24, the recommended hub address
// space ... is /23").
void checkHubPrefixes(const Analysis &analysis, FindingList &findings)
{
    for (const HubInfo &hub : analysis.virtualWan().hubs()) {
        const Node &node = nodeAt(analysis, hub.node);
        const Ipv4Prefix &prefix = node.as<VirtualHub>()->addressPrefix;
        if (prefix.length() > 24)
            addFinding(findings, FindingCode::VwanHubPrefix, Severity::Error,
                       "hub " + node.id + " has the address prefix " + prefix.toString()
                           + "; a virtual hub needs at least a /24 (a /23 is recommended)",
                       {node.id});
        else if (prefix.length() == 24)
            addFinding(findings, FindingCode::VwanHubPrefix, Severity::Info,
                       "hub " + node.id
                           + " has a /24; Microsoft recommends a /23 so the hub "
                             "can grow (gateways, firewall, NVAs)",
                       {node.id});
    }
}

// `vwan-spoke-gateway` (R10.9).
void checkSpokes(const Analysis &analysis, FindingList &findings)
{
    const VirtualWanLayout &layout = analysis.virtualWan();
    const Topology &topology = analysis.topology();
    for (const int ignored : layout.ignoredSpokeNodes()) {
        const Node &node = nodeAt(analysis, ignored);
        addFinding(findings, FindingCode::VwanSpokeGateway, Severity::Error,
                   node.parentVnet() + " is connected to a virtual hub and cannot have its own "
                       + std::string(toString(node.kind())) + " " + node.id
                       + "; it is ignored. Remove it, or the VNet's hub-connection",
                   {node.id, node.parentVnet()});
    }
    for (const int ignored : layout.ignoredConnections()) {
        const Link &link = topology.links[std::size_t(ignored)];
        addFinding(findings, FindingCode::VwanSpokeGateway, Severity::Error,
                   "hub-connection " + link.id
                       + " connects a VNet to a second hub; a VNet "
                         "connects to one hub only, so it is ignored",
                   {link.id, link.from, link.to});
    }
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        const auto *peering = link.as<VnetPeeringLink>();
        if (!peering || !peering->useRemoteGateways || !analysis.isLinkActive(int(i)))
            continue;
        if (layout.hubOfVnet(analysis.nodeIndex(link.from)))
            addFinding(findings, FindingCode::VwanSpokeGateway, Severity::Error,
                       link.from
                           + " is connected to a virtual hub and cannot use remote "
                             "gateways over "
                           + link.id + "; useRemoteGateways is ignored",
                       {link.id, link.from});
    }
}

// `vwan-ri-invalid` (R10.6).
void checkIntentTargets(const Analysis &analysis, FindingList &findings)
{
    for (const HubInfo &hub : analysis.virtualWan().hubs()) {
        const Node &node = nodeAt(analysis, hub.node);
        const auto &intent = node.as<VirtualHub>()->routingIntent;
        if (!intent)
            continue;
        const auto check = [&](const std::string &firewall, int valid, const char *policy) {
            if (firewall.empty() || valid >= 0)
                return;
            addFinding(findings, FindingCode::VwanRiInvalid, Severity::Error,
                       "the " + std::string(policy) + " policy of hub " + node.id + " names "
                           + firewall + ", which is not a hub-firewall of " + node.id
                           + "; the policy is ignored. Name a firewall in the hub",
                       {node.id});
        };
        check(intent->privateTraffic, hub.privateFirewall, "privateTraffic");
        check(intent->internetTraffic, hub.internetFirewall, "internetTraffic");
    }
}

// `vwan-ri-exact-prefix`, `vwan-coexist-filtered`: from the routes the engine refused.
void checkRefusedRoutes(const Analysis &analysis, FindingList &findings)
{
    std::map<int, std::set<std::string>> exact;           // hub -> prefixes
    std::map<std::string, std::set<std::string>> coexist; // missing switch -> gateways
    for (const RouteDrop &drop : analysis.drops()) {
        if (drop.reason.find("private-traffic prefix") != std::string::npos)
            exact[drop.node].insert(drop.prefix.toString());
        else if (drop.reason.find("allowVirtualWanTraffic is off") != std::string::npos)
            coexist["allowVirtualWanTraffic on " + nodeAt(analysis, drop.node).id].insert(
                nodeAt(analysis, drop.node).id);
        else if (drop.reason.find("allowNonVirtualWanTraffic is off") != std::string::npos) {
            const HubInfo *hub = analysis.virtualWan().hubOf(drop.node);
            const std::string gateway = hub && hub->erGateway >= 0
                                            ? nodeAt(analysis, hub->erGateway).id
                                            : nodeAt(analysis, drop.node).id;
            coexist["allowNonVirtualWanTraffic on " + gateway].insert(gateway);
        }
    }
    for (const auto &[hub, prefixes] : exact) {
        const std::vector<std::string> list(prefixes.begin(), prefixes.end());
        addFinding(findings, FindingCode::VwanRiExactPrefix, Severity::Error,
                   "hub " + nodeAt(analysis, hub).id + " ignores " + exampleList(list)
                       + ": under private routing intent a branch may not advertise exactly an "
                         "aggregate or additional prefix; advertise its halves (10.0.0.0/9 and "
                         "10.128.0.0/9, 172.16.0.0/13 and 172.24.0.0/13, 192.168.0.0/17 and "
                         "192.168.128.0/17)",
                   {nodeAt(analysis, hub).id});
    }
    for (const auto &[what, gateways] : coexist) {
        std::vector<std::string> subjects(gateways.begin(), gateways.end());
        addFinding(findings, FindingCode::VwanCoexistFiltered, Severity::Info,
                   "a circuit is shared by a classic ExpressRoute gateway and a Virtual WAN hub, "
                   "and routes between them are filtered because "
                       + what
                       + " is off; turn it on (both switches for two-way traffic), or move the "
                         "classic VNet to a hub-connection",
                   subjects);
    }
}

// The hubs a site reaches over ExpressRoute, and its circuits (R10.12, vwan-no-er-transit).
struct ErSite
{
    int node = -1;
    std::vector<int> circuits;
    std::vector<const HubInfo *> hubs;
};

std::vector<ErSite> erSitesOnHubs(const Analysis &analysis)
{
    const Topology &topology = analysis.topology();
    const VirtualWanLayout &layout = analysis.virtualWan();
    std::vector<ErSite> sites;
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const NodeKind kind = topology.nodes[i].kind();
        if ((kind != NodeKind::OnPrem && kind != NodeKind::Avs) || !analysis.isNodeActive(int(i)))
            continue;
        ErSite site{int(i), {}, {}};
        site.circuits = kind == NodeKind::Avs
                            ? std::vector<int>{int(i)}
                            : neighboursOver(analysis, int(i), LinkKind::ErPeering);
        for (const int circuit : site.circuits) {
            for (const int gateway : neighboursOver(analysis, circuit, LinkKind::ErConnection)) {
                const HubInfo *hub = topology.nodes[std::size_t(gateway)].parentHub().empty()
                                         ? nullptr
                                         : layout.hubOf(gateway);
                if (hub && std::find(site.hubs.begin(), site.hubs.end(), hub) == site.hubs.end())
                    site.hubs.push_back(hub);
            }
        }
        if (!site.hubs.empty())
            sites.push_back(std::move(site));
    }
    return sites;
}

// `vwan-no-er-transit`, `vwan-er-transit-ineffective` (R10.5).
void checkErTransit(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (const HubInfo &hub : analysis.virtualWan().hubs()) {
        const Node &node = nodeAt(analysis, hub.node);
        if (node.as<VirtualHub>()->erToErTransit && !hub.secured())
            addFinding(findings, FindingCode::VwanErTransitIneffective, Severity::Warning,
                       "hub " + node.id
                           + " has erToErTransit but no private routing intent, so "
                             "circuits still do not reach each other through it; add "
                             "a privateTraffic policy",
                       {node.id});
    }
    std::set<std::pair<int, int>> globalReach;
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        if (link.kind() != LinkKind::GlobalReach || !analysis.isLinkActive(int(i)))
            continue;
        const int a = analysis.nodeIndex(link.from);
        const int b = analysis.nodeIndex(link.to);
        globalReach.insert({a, b});
        globalReach.insert({b, a});
    }
    const auto sites = erSitesOnHubs(analysis);
    for (std::size_t x = 0; x < sites.size(); ++x) {
        for (std::size_t y = x + 1; y < sites.size(); ++y) {
            const ErSite &a = sites[x];
            const ErSite &b = sites[y];
            const bool bothOnPrem = nodeAt(analysis, a.node).kind() == NodeKind::OnPrem
                                    && nodeAt(analysis, b.node).kind() == NodeKind::OnPrem;
            if (bothOnPrem)
                continue; // (decision, vwan.md) on-prem and AVS, or two AVS
            bool sameVwan = false;
            bool transit = false;
            bool halfTransit = false;
            for (const HubInfo *ha : a.hubs) {
                for (const HubInfo *hb : b.hubs) {
                    if (ha->vwan != hb->vwan)
                        continue;
                    sameVwan = true;
                    transit = transit || (ha->erToErTransit && hb->erToErTransit);
                    halfTransit = halfTransit || (ha->erToErTransit != hb->erToErTransit);
                }
            }
            if (!sameVwan)
                continue;
            bool reach = false;
            for (const int ca : a.circuits) {
                for (const int cb : b.circuits)
                    reach = reach || globalReach.contains({ca, cb});
            }
            const std::string &ida = nodeAt(analysis, a.node).id;
            const std::string &idb = nodeAt(analysis, b.node).id;
            if (!reach && !transit && halfTransit)
                addFinding(findings, FindingCode::VwanErTransitIneffective, Severity::Warning,
                           ida + " and " + idb
                               + " sit on two hubs of which only one has "
                                 "effective erToErTransit; it needs the flag and "
                                 "private intent on both",
                           {ida, idb});
            if (!reach && !transit) {
                std::vector<std::string> subjects{ida, idb};
                for (const HubInfo *hub : a.hubs)
                    addUnique(subjects, nodeAt(analysis, hub->node).id);
                addFinding(findings, FindingCode::VwanNoErTransit, Severity::Warning,
                           ida + " and " + idb
                               + " reach Virtual WAN over ExpressRoute, but a hub "
                                 "never passes routes from one circuit to another: "
                                 "they do not reach each other. Add Global Reach "
                                 "between their circuits",
                           subjects);
            }
        }
    }
}

// `vwan-gr-bypasses-firewall` (CAF: "Global Reach connections don't transit the hub firewall").
void checkGlobalReachBypass(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    const auto securedHubOf = [&](int circuit) -> const HubInfo * {
        for (const int gateway : neighboursOver(analysis, circuit, LinkKind::ErConnection)) {
            const HubInfo *hub = analysis.virtualWan().hubOf(gateway);
            if (hub && hub->secured() && !nodeAt(analysis, gateway).parentHub().empty())
                return hub;
        }
        return nullptr;
    };
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        if (link.kind() != LinkKind::GlobalReach || !analysis.isLinkActive(int(i)))
            continue;
        if (securedHubOf(analysis.nodeIndex(link.from))
            && securedHubOf(analysis.nodeIndex(link.to)))
            addFinding(findings, FindingCode::VwanGrBypassesFirewall, Severity::Info,
                       "Global Reach " + link.id + " joins " + link.from + " and " + link.to
                           + ", both behind secured hubs: traffic between them goes over Global "
                             "Reach and is not inspected by a hub firewall",
                       {link.id, link.from, link.to});
    }
}

// `vwan-avs-no-default` (CAF: "you must enable default-route propagation on your Azure VMware
// Solution ExpressRoute circuits").
void checkAvsDefaultRoute(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        const auto *connection = link.as<ErConnectionLink>();
        if (!connection || connection->propagateDefaultRoute || !analysis.isLinkActive(int(i)))
            continue;
        for (const auto &[avsId, gatewayId] :
             {std::pair(link.from, link.to), std::pair(link.to, link.from)}) {
            const Node *avs = topology.node(avsId);
            const int gateway = analysis.nodeIndex(gatewayId);
            const HubInfo *hub = analysis.virtualWan().hubOf(gateway);
            if (!avs || !avs->as<AvsPrivateCloud>() || !hub || hub->internetFirewall < 0
                || avs->as<AvsPrivateCloud>()->internet != AvsInternet::DefaultRoute)
                continue;
            addFinding(findings, FindingCode::VwanAvsNoDefault, Severity::Warning,
                       avsId + " expects its internet from a default route, and hub "
                           + nodeAt(analysis, hub->node).id
                           + " has internet intent, but connection " + link.id
                           + " does not propagate 0.0.0.0/0; set propagateDefaultRoute on it",
                       {avsId, link.id});
        }
    }
}

// `vwan-private-prefix-gap` (R10.6).
void checkPrivatePrefixGap(const Analysis &analysis, FindingList &findings)
{
    for (const HubInfo &hub : analysis.virtualWan().hubs()) {
        if (!hub.secured())
            continue;
        // The firewall's table is the hub's BGP table; its own prefix and the intent statics
        // (covered, or 0.0.0.0/0) aside, every active route counts.
        const Ipv4Prefix hubPrefix
            = nodeAt(analysis, hub.node).as<VirtualHub>()->addressPrefix.network();
        std::set<std::string> gaps;
        for (const BgpRoute &route : analysis.bgpTable(hub.node).routes()) {
            if (!route.active || route.prefix.isDefaultRoute()
                || (route.isLocal() && route.prefix == hubPrefix))
                continue;
            const bool covered = std::any_of(
                hub.privatePrefixes.begin(), hub.privatePrefixes.end(),
                [&](const Ipv4Prefix &p) { return p.contains(route.prefix); });
            if (!covered)
                gaps.insert(route.prefix.toString());
        }
        if (gaps.empty())
            continue;
        const std::string &id = nodeAt(analysis, hub.node).id;
        addFinding(findings, FindingCode::VwanPrivatePrefixGap, Severity::Warning,
                   "hub " + id + " reaches " + exampleList({gaps.begin(), gaps.end()})
                       + " outside RFC 1918 and its additional prefixes, so its VNets have no "
                         "route there; add them to routingIntent.additionalPrefixes",
                   {id});
    }
}

// `vwan-remote-hub` (CAF connects each private cloud to its local hub).
void checkRemoteHubs(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const auto *avs = topology.nodes[i].as<AvsPrivateCloud>();
        if (!avs || avs->location.empty() || !analysis.isNodeActive(int(i)))
            continue;
        for (const int gateway : neighboursOver(analysis, int(i), LinkKind::ErConnection)) {
            const HubInfo *hub = nodeAt(analysis, gateway).parentHub().empty()
                                     ? nullptr
                                     : analysis.virtualWan().hubOf(gateway);
            if (!hub)
                continue;
            const std::string &location = nodeAt(analysis, hub->node).as<VirtualHub>()->location;
            if (!location.empty() && location != avs->location)
                addFinding(findings, FindingCode::VwanRemoteHub, Severity::Info,
                           topology.nodes[i].id + " (" + avs->location + ") connects to hub "
                               + nodeAt(analysis, hub->node).id + " in " + location
                               + "; connect each private cloud to the hub of its own region",
                           {topology.nodes[i].id, nodeAt(analysis, hub->node).id});
        }
    }
}

// `vwan-limit` (azure-subscription-service-limits, Virtual WAN limits;
// virtual-wan-expressroute-about.md).
void checkLimits(const Analysis &analysis, FindingList &findings)
{
    const auto &hubs = analysis.virtualWan().hubs();
    for (const HubInfo &hub : hubs) {
        const std::string &id = nodeAt(analysis, hub.node).id;
        const auto over = [&](const std::string &what) {
            addFinding(findings, FindingCode::VwanLimit, Severity::Error,
                       "hub " + id + " " + what + "; the design cannot be deployed as drawn", {id});
        };
        const auto hubsInVwan = std::count_if(hubs.begin(), hubs.end(),
                                              [&](const HubInfo &h) { return h.vwan == hub.vwan; });
        const std::size_t connectionLimit = limits::virtualHubConnections - std::size_t(hubsInVwan);
        if (!hub.secured() && hub.connections.size() > connectionLimit)
            over("has " + std::to_string(hub.connections.size())
                 + " VNet connections, above 500 minus the hubs of its Virtual WAN ("
                 + std::to_string(connectionLimit) + ")");
        if (hub.secured()) {
            std::size_t ranges = 0;
            for (const auto &connection : hub.connections)
                ranges
                    += nodeAt(analysis, connection.vnet).as<VirtualNetwork>()->addressSpace.size();
            if (ranges > limits::virtualHubRangesUnderPrivateIntent)
                over("has " + std::to_string(ranges)
                     + " VNet address ranges under private routing intent, above 600");
        }
        if (hub.erGateway >= 0) {
            const auto circuits = neighboursOver(analysis, hub.erGateway, LinkKind::ErConnection);
            if (circuits.size() > limits::virtualHubCircuits)
                over("has " + std::to_string(circuits.size())
                     + " ExpressRoute circuits (AVS counts), above 8");
            std::map<std::string, int> perLocation;
            for (const int circuit : circuits) {
                if (const auto *er = nodeAt(analysis, circuit).as<ErCircuit>();
                    er && !er->location.empty())
                    ++perLocation[er->location];
            }
            for (const auto &[location, count] : perLocation) {
                if (std::size_t(count) > limits::virtualHubCircuitsPerLocation)
                    over("has " + std::to_string(count) + " circuits from " + location
                         + ", above 4 per peering location");
            }
        }
        std::size_t prefixes = 0;
        Ipv4Prefix last;
        for (const BgpRoute &route : analysis.bgpTable(hub.node).routes()) {
            if (prefixes == 0 || route.prefix != last)
                ++prefixes;
            last = route.prefix;
        }
        if (prefixes > limits::virtualHubRoutes)
            over("holds " + std::to_string(prefixes) + " routes, above 10,000");
        for (const SessionState &session : analysis.sessions()) {
            if (session.cause == SessionState::DownCause::HubRouteLimit
                && session.downReason.starts_with("hub " + id + " "))
                over("dropped NVA session " + analysis.topology().links[std::size_t(session.link)].id
                     + " to fit its route limit");
        }
    }
}

// `vwan-hrp-vpn-preferred`, `vwan-bowtie`: what a hub chose for one prefix (R10.3, R10.8).
void checkHubChoices(const Analysis &analysis, FindingList &findings)
{
    const auto &hubs = analysis.virtualWan().hubs();
    for (const HubInfo &hub : hubs) {
        const Node &node = nodeAt(analysis, hub.node);
        const auto &table = analysis.bgpTable(hub.node);
        const bool asPath
            = node.as<VirtualHub>()->hubRoutingPreference == HubRoutingPreference::AsPath;
        // The ranges of the other hubs' VNets in this Virtual WAN (vwan-bowtie).
        std::set<Ipv4Prefix> otherHubsVnets;
        for (const HubInfo &other : hubs) {
            if (&other == &hub || other.vwan != hub.vwan)
                continue;
            for (const auto &connection : other.connections) {
                for (const auto &range :
                     nodeAt(analysis, connection.vnet).as<VirtualNetwork>()->addressSpace)
                    otherHubsVnets.insert(range.network());
            }
        }
        std::set<std::string> vpnOverEr;
        std::set<std::string> bowtie;
        const auto routes = table.routes();
        for (auto first = routes.begin(); first != routes.end();) {
            const auto last = std::find_if(first, routes.end(), [&](const BgpRoute &r) {
                return r.prefix != first->prefix;
            });
            bool vpnActive = false, erInactive = false, erActive = false;
            for (auto row = first; row != last; ++row) {
                const NodeKind from = row->isLocal() ? NodeKind::Vwan
                                                     : nodeAt(analysis, row->learnedFrom).kind();
                const bool er = from == NodeKind::ErCircuit || from == NodeKind::Avs;
                vpnActive = vpnActive || (row->active && from == NodeKind::OnPrem);
                erInactive = erInactive || (!row->active && er);
                erActive = erActive || (row->active && er);
            }
            if (asPath && vpnActive && erInactive)
                vpnOverEr.insert(first->prefix.toString());
            // A VNet of another hub of this Virtual WAN reached over ExpressRoute.
            if (erActive && otherHubsVnets.contains(first->prefix))
                bowtie.insert(first->prefix.toString());
            first = last;
        }
        if (!vpnOverEr.empty())
            addFinding(findings, FindingCode::VwanHrpVpnPreferred, Severity::Info,
                       "hub " + node.id + " (hubRoutingPreference as-path) prefers VPN over "
                                          "ExpressRoute for "
                           + exampleList({vpnOverEr.begin(), vpnOverEr.end()})
                           + " because the VPN path is shorter (12076 counts); prepend on the VPN "
                             "side to keep ExpressRoute first",
                       {node.id});
        if (!bowtie.empty())
            addFinding(findings, FindingCode::VwanBowtie, Severity::Info,
                       "hub " + node.id + " reaches another hub's VNets "
                           + exampleList({bowtie.begin(), bowtie.end()})
                           + " over ExpressRoute instead of hub to hub; set hubRoutingPreference "
                             "as-path",
                       {node.id});
    }
}

// `vwan-asymmetric` (R10.11): forward and return through different hub firewalls. Traced for
// pairs of sites and spokes around secured hubs, within a bound (decision: at most 40 places).
void checkAsymmetry(const Analysis &analysis, FindingList &findings)
{
    const VirtualWanLayout &layout = analysis.virtualWan();
    if (std::none_of(layout.hubs().begin(), layout.hubs().end(),
                     [](const HubInfo &hub) { return hub.secured(); }))
        return;
    const Topology &topology = analysis.topology();
    std::vector<Endpoint> places;
    RepresentativeEndpoints endpointOf(analysis);
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (!analysis.isNodeActive(int(i)))
            continue;
        const Node &node = topology.nodes[i];
        if (places.size() > 40)
            return; // (decision) too many places to trace every pair
        if (node.kind() == NodeKind::Vnet && layout.hubOfVnet(int(i))) {
            const auto &subnets = node.as<VirtualNetwork>()->subnets;
            if (!subnets.empty()) {
                const auto endpoint
                    = resolveEndpoint(analysis, node.id + "/" + subnets.front().name);
                if (endpoint.index() == 0)
                    places.push_back(std::get<0>(endpoint));
            }
        } else if (const auto &endpoint = endpointOf(int(i)); endpoint) {
            places.push_back(*endpoint);
        }
    }
    if (places.size() > 40)
        return;
    const auto firewallsOn = [&](const PathTrace &path) {
        std::set<std::string> firewalls;
        for (const auto &hop : path.hops) {
            const int index = analysis.nodeIndex(hop.node);
            if (index >= 0 && topology.nodes[std::size_t(index)].kind() == NodeKind::HubFirewall)
                firewalls.insert(hop.node);
        }
        return firewalls;
    };
    std::vector<std::string> pairs;
    std::vector<std::string> subjects;
    for (std::size_t a = 0; a < places.size(); ++a) {
        for (std::size_t b = a + 1; b < places.size(); ++b) {
            const TraceResult result = trace(analysis, places[a], places[b]);
            if (!result.reachable())
                continue;
            if (firewallsOn(result.forward) == firewallsOn(result.back))
                continue;
            pairs.push_back(places[a].place.label + " and " + places[b].place.label);
            for (const auto *hop : {&result.forward, &result.back}) {
                for (const auto &firewall : firewallsOn(*hop))
                    addUnique(subjects, firewall);
            }
        }
    }
    if (!pairs.empty())
        addFinding(findings, FindingCode::VwanAsymmetric, Severity::Warning,
                   "traffic between " + exampleList(pairs, 2)
                       + " crosses different hub firewalls one way and the other; stateful "
                         "firewalls drop such flows",
                   subjects);
}

// `vwan-unmodelled` (vwan.md, "Left out"): fields kept and ignored.
void checkUnmodelled(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    const auto unknownKeys = [](const UnknownFields &unknown) {
        std::vector<std::string> keys;
        if (unknown.is_object()) {
            for (const auto &[key, value] : unknown.items()) {
                // azureId: the Azure resource an import made it from (format.md).
                if (!key.starts_with("x-") && key != "azureId")
                    keys.push_back(key);
            }
        }
        return keys;
    };
    const auto report = [&](const std::string &id, const std::vector<std::string> &keys) {
        if (!keys.empty())
            addFinding(findings, FindingCode::VwanUnmodelled, Severity::Info,
                       id + " has fields avsnet does not model (" + exampleList(keys)
                           + "); they are kept on save and ignored",
                       {id});
    };
    for (const Node &node : topology.nodes) {
        const NodeKind kind = node.kind();
        if (kind == NodeKind::Vwan || kind == NodeKind::VwanHub || kind == NodeKind::HubFirewall
            || !node.parentHub().empty()) {
            auto keys = unknownKeys(node.unknown);
            if (const auto *hub = node.as<VirtualHub>(); hub && hub->routingIntent) {
                for (const auto &key : unknownKeys(hub->routingIntent->unknown))
                    keys.push_back("routingIntent." + key);
            }
            report(node.id, keys);
        }
    }
    for (const Link &link : topology.links) {
        if (link.kind() == LinkKind::HubConnection)
            report(link.id, unknownKeys(link.unknown));
    }
}

// `link-mismatch` for an NVA's session with a hub its VNet is not connected to (vwan.md).
void checkHubPeerings(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (const SessionState &session : analysis.sessions()) {
        if (session.up || session.link < 0
            || session.downReason.find("has no hub-connection") == std::string::npos)
            continue;
        const Link &link = topology.links[std::size_t(session.link)];
        addFinding(findings, FindingCode::LinkMismatch, Severity::Error,
                   "bgp-session " + link.id + " is down: " + session.downReason
                       + "; connect the NVA's VNet to the hub",
                   {link.id, link.from, link.to});
    }
}

} // namespace

void addVirtualWanFindings(const Analysis &analysis, FindingList &findings)
{
    if (analysis.virtualWan().empty())
        return;
    checkHubPrefixes(analysis, findings);
    checkSpokes(analysis, findings);
    checkIntentTargets(analysis, findings);
    checkRefusedRoutes(analysis, findings);
    checkErTransit(analysis, findings);
    checkGlobalReachBypass(analysis, findings);
    checkAvsDefaultRoute(analysis, findings);
    checkPrivatePrefixGap(analysis, findings);
    checkRemoteHubs(analysis, findings);
    checkLimits(analysis, findings);
    checkHubChoices(analysis, findings);
    checkAsymmetry(analysis, findings);
    checkUnmodelled(analysis, findings);
    checkHubPeerings(analysis, findings);
}

} // namespace avsnet::core
