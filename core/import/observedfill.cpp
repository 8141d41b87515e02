// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What configuration cannot tell, from the routes Azure reported (research §3.2 to §3.4, §4:
// "onprem prefixes: circuit list-route-tables routes whose first AS is peerASN, or ER gateway
// learned routes asPath 12076-peerASN"; "nva originate: RS list-learned-routes of that peer").
#include "observedfill.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace avsnet::core::azure {

namespace {

// The ASN of Microsoft's edge routers (MSEE): first in every AS path an ExpressRoute gateway
// learns from a circuit (research §3.2, "12076-65001").
constexpr Asn microsoftEdgeAsn = 12076;
// Prefixes a summary line shows before "and N more".
constexpr std::size_t shownPrefixes = 4;

struct Found
{
    // In address order, as a person reads a list of networks; a site has thousands.
    std::set<std::pair<std::uint32_t, int>> prefixes;
    bool defaultRoute = false;
    std::string source; // "circuit ckt-ams's route table (...)"

    bool empty() const { return prefixes.empty() && !defaultRoute; }
    std::size_t size() const { return prefixes.size() + (defaultRoute ? 1 : 0); }

    void add(const ObservedRoute &route)
    {
        const auto prefix = Ipv4Prefix::parse(route.prefix);
        if (!prefix)
            return;
        if (prefix->length() == 0)
            defaultRoute = true;
        else
            prefixes.emplace(prefix->first(), prefix->length());
    }

    std::vector<Ipv4Prefix> list() const
    {
        std::vector<Ipv4Prefix> result;
        result.reserve(prefixes.size());
        for (const auto &[first, length] : prefixes)
            result.emplace_back(Ipv4Address(first), length);
        return result;
    }
};

// "2 prefixes (10.1.0.0/16, 10.2.0.0/16)", the first few of a long list and how many more.
std::string counted(const std::vector<Ipv4Prefix> &prefixes)
{
    if (prefixes.empty())
        return {};
    std::string text
        = std::to_string(prefixes.size()) + (prefixes.size() == 1 ? " prefix (" : " prefixes (");
    for (std::size_t i = 0; i < prefixes.size() && i < shownPrefixes; ++i)
        text += (i ? ", " : "") + prefixes[i].toString();
    if (prefixes.size() > shownPrefixes)
        text += " and " + std::to_string(prefixes.size() - shownPrefixes) + " more";
    return text + ")";
}

std::string pathText(const std::vector<Asn> &path)
{
    std::string text;
    for (const Asn asn : path)
        text += (text.empty() ? "" : " ") + std::to_string(asn);
    return text;
}

class ObservedFill
{
public:
    ObservedFill(Topology &design, const std::vector<ObservedTable> &tables,
                 const std::vector<AzureResource> &resources, ImportSummary &summary)
        : m_design(design)
        , m_summary(summary)
    {
        std::unordered_map<std::string, std::string> idOfKey;
        for (const Node &node : design.nodes) {
            if (const std::string id = azureIdOf(node); !id.empty())
                idOfKey[idKey(id)] = node.id;
            if (const auto *site = node.as<OnPremSite>())
                ++m_sitesWithAsn[site->asn]; // the user's own sites count too
        }
        for (const ObservedTable &table : tables) {
            std::string id;
            if (!table.azureId.empty()) {
                if (const auto found = idOfKey.find(idKey(table.azureId)); found != idOfKey.end())
                    id = found->second;
            } else if (design.node(table.context)) {
                id = table.context;
            }
            if (!id.empty())
                m_tables[id].push_back(&table);
        }
        for (const Link &link : design.links) {
            m_links[link.from].push_back(&link);
            m_links[link.to].push_back(&link);
        }
        // A local network gateway's BGP peer: the address its routes come from.
        for (const AzureResource &resource : resources) {
            if (resource.type != "microsoft.network/localnetworkgateways")
                continue;
            if (const Json *bgp = property(resource.properties, "bgpSettings"))
                if (const std::string address = stringMember(*bgp, "bgpPeeringAddress");
                    !address.empty())
                    m_peerAddress[idKey(resource.id)] = address;
        }
    }

    void run()
    {
        for (Node &node : m_design.nodes) {
            if (azureIdOf(node).empty())
                continue;
            if (auto *site = node.as<OnPremSite>())
                fillSite(node, *site);
            else if (auto *nva = node.as<Nva>())
                fillNva(node, *nva);
        }
        settleIncomplete();
    }

private:
    const Node *other(const Link &link, const Node &node) const
    {
        return m_design.node(link.from == node.id ? link.to : link.from);
    }

    std::vector<const ObservedTable *> tablesOf(const Node &node, ObservedKind kind) const
    {
        std::vector<const ObservedTable *> result;
        if (const auto found = m_tables.find(node.id); found != m_tables.end())
            for (const ObservedTable *table : found->second)
                if (table->kind == kind)
                    result.push_back(table);
        return result;
    }

    const std::vector<const Link *> &linksOf(const Node &node) const
    {
        static const std::vector<const Link *> none;
        const auto found = m_links.find(node.id);
        return found == m_links.end() ? none : found->second;
    }

    std::string azureName(const Node &node) const { return lastSegment(azureIdOf(node)); }

    // ---- on-premises sites ------------------------------------------------------------

    void fillSite(Node &node, OnPremSite &site)
    {
        if (!site.prefixes.empty() || site.advertiseDefaultRoute)
            return; // the user's, or kept from an earlier import: never replaced
        Found found;
        std::vector<std::pair<const ErPeeringLink *, const Node *>> circuits;
        for (const Link *link : linksOf(node)) {
            const Node *end = other(*link, node);
            if (!end)
                continue;
            if (const auto *peering = link->as<ErPeeringLink>(); peering && end->as<ErCircuit>())
                circuits.emplace_back(peering, end);
            else if (const auto *vpn = link->as<VpnConnectionLink>();
                     vpn && vpn->bgp && end->as<VpnGateway>())
                fromVpnGateway(node, site, *end, found);
        }
        for (const auto &[peering, circuit] : circuits)
            fromCircuit(node, site, *peering, *circuit, found);
        // (decision) The circuit's own table is the nearer witness; the gateways' tables are
        // read only when it gave nothing (not captured, or another path).
        if (found.empty())
            for (const auto &[peering, circuit] : circuits)
                fromGateways(node, site, *circuit, found);
        if (found.empty())
            return;
        countAsUpdated(node);
        site.prefixes = found.list();
        site.advertiseDefaultRoute = found.defaultRoute;
        std::string what = counted(site.prefixes);
        if (found.defaultRoute)
            what += std::string(what.empty() ? "" : " and ")
                    + "the default route (advertiseDefaultRoute)";
        m_summary.fromObserved.push_back("onprem \"" + node.displayName() + "\": advertises " + what
                                         + ", from " + found.source);
    }

    // The MSEE's table of the circuit's private peering (research §3.4). (decision) The site
    // is the only customer edge of that peering, so what arrived from an address of its /30s
    // is what the site advertises, whatever the AS path says (a layer-3 provider's circuit
    // names the provider's ASN as peerASN). Routes from Global Reach and from VNets have
    // other next hops.
    void fromCircuit(const Node &node, const OnPremSite &site, const ErPeeringLink &peering,
                     const Node &circuit, Found &found)
    {
        std::vector<Ipv4Prefix> edges;
        for (const auto &subnet : {peering.primarySubnet, peering.secondarySubnet})
            if (subnet)
                edges.push_back(*subnet);
        for (const ObservedTable *table : tablesOf(circuit, ObservedKind::CircuitRoutes)) {
            const std::size_t before = found.size();
            for (const ObservedRoute &route : table->routes) {
                if (!edges.empty()) {
                    const auto hop = Ipv4Address::parse(route.nextHop);
                    if (hop && std::any_of(edges.begin(), edges.end(), [&](const Ipv4Prefix &edge) {
                            return edge.contains(*hop);
                        }))
                        found.add(route);
                } else if (!route.asPath.empty() && route.asPath.front() == site.asn
                           && route.asPath.back() == site.asn && uniqueAsn(node, site, circuit)) {
                    // (decision) Without the /30s, a route is the site's when the site both
                    // sent it and originated it: another site with the same ASN behind a
                    // Global Reach link would look the same, so a shared ASN takes nothing.
                    found.add(route);
                }
            }
            if (found.size() > before && found.source.empty())
                found.source
                    = "circuit " + circuit.displayName() + "'s route table ("
                      + (edges.empty() ? "AS path " + std::to_string(site.asn)
                                       : std::string("next hop in the private peering's /30s"))
                      + ")";
        }
    }

    // An ExpressRoute gateway's learned routes (research §3.2). (decision) A path 12076 ...
    // ASN whose origin is the site is the site's; the gateway does not say which circuit a
    // route came over, so this is read only for an ASN no other site has.
    void fromGateways(const Node &node, const OnPremSite &site, const Node &circuit, Found &found)
    {
        for (const Link *link : linksOf(circuit)) {
            const Node *gateway = other(*link, circuit);
            if (!link->as<ErConnectionLink>() || !gateway || !gateway->as<ErGateway>())
                continue;
            const auto tables = tablesOf(*gateway, ObservedKind::GatewayLearned);
            if (tables.empty() || !uniqueAsn(node, site, *gateway))
                continue;
            for (const ObservedTable *table : tables) {
                bool any = false;
                for (const ObservedRoute &route : table->routes) {
                    if (route.asPath.size() >= 2 && route.asPath.front() == microsoftEdgeAsn
                        && route.asPath.back() == site.asn) {
                        found.add(route);
                        any = true;
                    }
                }
                if (any && found.source.empty())
                    found.source = "gateway " + gateway->displayName()
                                   + "'s learned routes (AS path 12076 ... "
                                   + std::to_string(site.asn) + ")";
            }
        }
    }

    // A VPN gateway's learned routes from the site's BGP peer (research §3.2: sourcePeer).
    void fromVpnGateway(const Node &node, const OnPremSite &site, const Node &gateway, Found &found)
    {
        const auto tables = tablesOf(gateway, ObservedKind::GatewayLearned);
        if (tables.empty())
            return;
        const auto peer = m_peerAddress.find(idKey(azureIdOf(node)));
        // (decision) Without the peer's address (the local network gateway is not in this
        // input), the first AS of the path names the neighbour; it must be this site's alone.
        if (peer == m_peerAddress.end() && !uniqueAsn(node, site, gateway))
            return;
        for (const ObservedTable *table : tables) {
            bool any = false;
            for (const ObservedRoute &route : table->routes) {
                if (route.asPath.empty())
                    continue; // the gateway's own VNet and peerings (origin Network)
                const std::string &from
                    = route.sourcePeer.empty() ? route.nextHop : route.sourcePeer;
                if (peer != m_peerAddress.end() ? from == peer->second
                                                : route.asPath.front() == site.asn) {
                    found.add(route);
                    any = true;
                }
            }
            if (any && found.source.empty())
                found.source = "gateway " + gateway.displayName() + "'s learned routes from "
                               + (peer != m_peerAddress.end() ? "BGP peer " + peer->second
                                                              : "AS " + std::to_string(site.asn));
        }
    }

    bool uniqueAsn(const Node &node, const OnPremSite &site, const Node &where)
    {
        if (m_sitesWithAsn[site.asn] <= 1)
            return true;
        if (m_sharedAsnNoted.insert(node.id).second)
            m_summary.notes.push_back("onprem \"" + node.displayName()
                                      + "\": another site has its "
                                        "ASN "
                                      + std::to_string(site.asn) + ", so the routes "
                                      + where.displayName()
                                      + " learned do not tell whose they "
                                        "are; its prefixes are not taken from them");
        return false;
    }

    // ---- NVAs -------------------------------------------------------------------------

    // What a Route Server learned from this NVA (research §3.3). (decision) Its prefixes whose
    // AS path is the NVA's ASN alone (prepended or not) are what the NVA originates.
    void fillNva(Node &node, Nva &nva)
    {
        if (!nva.asn || !nva.originate.empty() || nva.readvertise)
            return;
        Found found;
        std::set<std::string> relayed; // "10.9.0.0/16 (65020 65001)"
        for (const Link *link : linksOf(node)) {
            const Node *server = other(*link, node);
            if (!link->as<BgpSessionLink>() || !server || !server->as<RouteServer>())
                continue;
            for (const ObservedTable *table : tablesOf(*server, ObservedKind::RouteServerLearned)) {
                const bool fromThis = table->peer == nva.ip.toString()
                                      || (!azureIdOf(*link).empty()
                                          && idKey(table->peer) == idKey(azureIdOf(*link)));
                if (!fromThis)
                    continue;
                bool any = false;
                for (const ObservedRoute &route : table->routes) {
                    const bool own = !route.asPath.empty()
                                     && std::all_of(route.asPath.begin(), route.asPath.end(),
                                                    [&](Asn asn) { return asn == *nva.asn; });
                    if (own) {
                        found.add(route);
                        any = true;
                    } else if (!route.asPath.empty()) {
                        relayed.insert(route.prefix + " (" + pathText(route.asPath) + ")");
                    }
                }
                if (any && found.source.empty())
                    found.source = "Route Server " + server->displayName()
                                   + "'s learned routes from " + nva.ip.toString();
            }
        }
        // (decision) Routes the NVA relays from other ASes are not `originate`, and whether
        // that is `readvertise` (routes from the Route Server) or routes from its own other
        // peers (an SD-WAN) the routes do not tell: they stay for the user, with a note.
        if (!relayed.empty())
            m_summary.notes.push_back("nva \"" + node.displayName() + "\" announces "
                                      + std::to_string(relayed.size())
                                      + " prefixes from other ASes, such as " + *relayed.begin()
                                      + ": not taken as what it originates; set readvertise or "
                                        "originate by hand");
        if (found.empty())
            return;
        countAsUpdated(node);
        // An NVA announces a default route as a prefix of its own (format.md, originate).
        nva.originate = found.list();
        if (found.defaultRoute)
            nva.originate.insert(nva.originate.begin(), Ipv4Prefix(Ipv4Address(0), 0));
        m_summary.fromObserved.push_back("nva \"" + node.displayName() + "\": originates "
                                         + counted(nva.originate) + ", from " + found.source);
    }

    // ---- the summary ------------------------------------------------------------------

    // A node the merge found unchanged is changed now: the summary (and whoever applies the
    // import only when it changed something) must say so. A new node stays "added".
    void countAsUpdated(const Node &node)
    {
        const std::string line = std::string(toString(node.kind())) + " " + node.id;
        auto listed = [&](const std::vector<std::string> &lines) {
            return std::find(lines.begin(), lines.end(), line) != lines.end();
        };
        if (listed(m_summary.added) || listed(m_summary.updated))
            return;
        m_summary.updated.push_back(line);
        // A node this input does not hold (vanished) was not counted as unchanged.
        if (!listed(m_summary.vanished))
            m_summary.unchanged = std::max(0, m_summary.unchanged - 1);
    }

    // Takes out the `incomplete` line of every node that now has what the line asked for.
    void settleIncomplete()
    {
        std::set<std::string> settled;
        for (const Node &node : m_design.nodes) {
            if (azureIdOf(node).empty())
                continue;
            if (const auto *site = node.as<OnPremSite>()) {
                if (site->prefixes.empty() && !site->advertiseDefaultRoute)
                    continue;
                settled.insert(vpnSiteIncomplete(azureName(node)));
                for (const Link *link : linksOf(node))
                    if (const Node *circuit = other(*link, node);
                        link->as<ErPeeringLink>() && circuit && !azureIdOf(*circuit).empty())
                        settled.insert(circuitSiteIncomplete(azureName(*circuit)));
            } else if (const auto *nva = node.as<Nva>()) {
                if (!nva->originate.empty() || nva->readvertise)
                    settled.insert(nvaIncomplete(nva->ip.toString()));
            }
        }
        std::erase_if(m_summary.incomplete,
                      [&](const std::string &line) { return settled.contains(line); });
    }

    Topology &m_design;
    ImportSummary &m_summary;
    std::unordered_map<std::string, std::vector<const ObservedTable *>> m_tables; // node id
    std::unordered_map<std::string, std::vector<const Link *>> m_links;           // node id
    std::unordered_map<std::string, std::string> m_peerAddress; // site's Azure key
    std::map<Asn, int> m_sitesWithAsn;
    std::set<std::string> m_sharedAsnNoted;
};

} // namespace

void fillFromObserved(Topology &design, const std::vector<ObservedTable> &tables,
                      const std::vector<AzureResource> &resources, ImportSummary &summary)
{
    ObservedFill(design, tables, resources, summary).run();
}

} // namespace avsnet::core::azure
