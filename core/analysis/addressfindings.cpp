// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingrules.h"

#include "routing/analysis.h"

#include <algorithm>
#include <map>

namespace avsnet::core {

namespace {

// An address range and who owns it, for the overlap sweep. A large design has 100,000 of
// them and few overlaps, so the words a finding uses for one come from labelOf(), on demand.
struct OwnedRange
{
    Ipv4Prefix prefix; // the network address of the range as written
    int owner = -1;    // node index
    int item = -1;     // which of the owner's ranges (see labelOf); -1: an AVS management block
    bool ownerMayRepeat = false; // on-prem sites may announce a summary and its specifics
    std::size_t order = 0;       // position in the design (node order, then the owner's list)
};

// R9 `bad-prefix`: host bits set, collected per node and field so a site with thousands of
// prefixes gives one finding, not thousands.
void checkHostBits(const Node &node, const std::string &field,
                   const std::vector<Ipv4Prefix> &prefixes, FindingList &findings)
{
    std::vector<std::string> bad;
    for (const auto &prefix : prefixes) {
        if (prefix.hasHostBits())
            bad.push_back(prefix.toString() + " (did you mean " + prefix.network().toString() + "?)");
    }
    if (!bad.empty())
        addFinding(findings, FindingCode::BadPrefix, Severity::Error,
                   node.id + "." + field + ": " + exampleList(bad)
                       + (bad.size() == 1 ? " has" : " have")
                       + " host bits set; write the network address",
                   {node.id});
}

// R8 (revision 2): disabled nodes and links take part in nothing, findings included.
bool takesPart(const Analysis &analysis, const Node &node)
{
    return analysis.isNodeActive(analysis.nodeIndex(node.id));
}

void checkPrefixes(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (const Node &node : topology.nodes) {
        if (!takesPart(analysis, node))
            continue;
        if (const auto *vnet = node.as<VirtualNetwork>()) {
            checkHostBits(node, "addressSpace", vnet->addressSpace, findings);
            std::vector<Ipv4Prefix> subnets;
            for (const auto &subnet : vnet->subnets)
                subnets.push_back(subnet.prefix);
            checkHostBits(node, "subnets", subnets, findings);
            for (const auto &table : vnet->routeTables) {
                std::vector<Ipv4Prefix> routes;
                for (const auto &route : table.routes)
                    routes.push_back(route.prefix);
                checkHostBits(node, "routeTables[" + table.name + "]", routes, findings);
            }
        } else if (const auto *cloud = node.as<AvsPrivateCloud>()) {
            checkHostBits(node, "managementBlock", {cloud->managementBlock}, findings);
            std::vector<Ipv4Prefix> segments;
            for (const auto &segment : cloud->segments)
                segments.push_back(segment.prefix);
            checkHostBits(node, "segments", segments, findings);
            // AVS takes its management networks from one /22
            // (articles/azure-vmware/tutorial-network-checklist.md).
            if (cloud->managementBlock.length() != 22)
                addFinding(findings, FindingCode::BadPrefix, Severity::Error,
                           node.id + ".managementBlock " + cloud->managementBlock.toString()
                               + " is a /" + std::to_string(cloud->managementBlock.length())
                               + "; AVS needs exactly a /22 for its management networks",
                           {node.id});
        } else if (const auto *site = node.as<OnPremSite>()) {
            checkHostBits(node, "prefixes", site->prefixes, findings);
            if (site->advertise)
                checkHostBits(node, "advertise", *site->advertise, findings);
        } else if (const auto *nva = node.as<Nva>()) {
            checkHostBits(node, "originate", nva->originate, findings);
        }
    }
}

// An upper bound of the ranges sortedOwnedRanges() collects (inactive nodes included).
std::size_t countOwnedRanges(const Topology &topology)
{
    std::size_t count = 0;
    for (const Node &node : topology.nodes) {
        if (const auto *vnet = node.as<VirtualNetwork>())
            count += vnet->addressSpace.size();
        else if (const auto *cloud = node.as<AvsPrivateCloud>())
            count += 1 + cloud->segments.size();
        else if (const auto *site = node.as<OnPremSite>())
            count += site->prefixes.size();
    }
    return count;
}

// Every range of the active VNets, AVS private clouds and on-prem sites, sorted by prefix
// (supernets first; ranges equal in prefix stay in design order).
std::vector<OwnedRange> sortedOwnedRanges(const Analysis &analysis)
{
    const Topology &topology = analysis.topology();
    std::vector<OwnedRange> ranges;
    ranges.reserve(countOwnedRanges(topology));
    const auto add = [&](const Ipv4Prefix &prefix, int owner, int item, bool ownerMayRepeat) {
        ranges.push_back({prefix.network(), owner, item, ownerMayRepeat, ranges.size()});
    };
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const Node &node = topology.nodes[i];
        if (!analysis.isNodeActive(int(i)))
            continue;
        if (const auto *vnet = node.as<VirtualNetwork>()) {
            for (std::size_t r = 0; r < vnet->addressSpace.size(); ++r)
                add(vnet->addressSpace[r], int(i), int(r), false);
        } else if (const auto *cloud = node.as<AvsPrivateCloud>()) {
            add(cloud->managementBlock, int(i), -1, false);
            for (std::size_t s = 0; s < cloud->segments.size(); ++s)
                add(cloud->segments[s].prefix, int(i), int(s), false);
        } else if (const auto *site = node.as<OnPremSite>()) {
            for (std::size_t p = 0; p < site->prefixes.size(); ++p)
                add(site->prefixes[p], int(i), int(p), true);
        }
    }
    std::stable_sort(ranges.begin(), ranges.end(), [](const OwnedRange &a, const OwnedRange &b) {
        return a.prefix < b.prefix;
    });
    return ranges;
}

// How a finding names a range: "hub-1 10.0.0.0/22", "avs-1 management block 10.9.0.0/22",
// "avs-1 segment web 10.9.4.0/24", "site-1 192.168.0.0/16", each prefix as written.
std::string labelOf(const Topology &topology, const OwnedRange &range)
{
    const Node &node = topology.nodes[std::size_t(range.owner)];
    const auto item = std::size_t(range.item);
    if (const auto *vnet = node.as<VirtualNetwork>())
        return node.id + " " + vnet->addressSpace[item].toString();
    if (const auto *cloud = node.as<AvsPrivateCloud>()) {
        if (range.item < 0)
            return node.id + " management block " + cloud->managementBlock.toString();
        const auto &segment = cloud->segments[item];
        return node.id + " segment " + segment.name + " " + segment.prefix.toString();
    }
    return node.id + " " + node.as<OnPremSite>()->prefixes[item].toString();
}

// R9 `overlap`. CIDR ranges either nest or are apart, so one sweep over the ranges sorted by
// address (supernets first) with a stack of the ranges that enclose the current one finds
// every overlapping pair in O(n log n).
void checkOverlaps(const Analysis &analysis, const std::vector<OwnedRange> &ranges,
                   FindingList &findings)
{
    const Topology &topology = analysis.topology();
    struct Clash
    {
        std::size_t count = 0;
        const OwnedRange *outer = nullptr; // the first pair found, for the message
        const OwnedRange *inner = nullptr;
    };
    std::map<std::pair<int, int>, Clash> clashes;
    std::vector<const OwnedRange *> enclosing;
    for (const auto &range : ranges) {
        while (!enclosing.empty() && enclosing.back()->prefix.last() < range.prefix.first())
            enclosing.pop_back();
        for (const OwnedRange *outer : enclosing) {
            if (outer->owner == range.owner && range.ownerMayRepeat)
                continue;
            if (outer->owner == range.owner && outer->prefix == range.prefix)
                continue; // the same range listed twice
            auto &clash = clashes[{outer->owner, range.owner}];
            if (clash.count++ == 0) {
                clash.outer = outer;
                clash.inner = &range;
            }
        }
        enclosing.push_back(&range);
    }
    for (const auto &[owners, clash] : clashes) {
        const std::string &a = topology.nodes[std::size_t(owners.first)].id;
        const std::string &b = topology.nodes[std::size_t(owners.second)].id;
        std::string message = labelOf(topology, *clash.outer) + " and "
                              + labelOf(topology, *clash.inner) + " overlap";
        if (clash.count > 1)
            message += " (and " + std::to_string(clash.count - 1) + " more pairs)";
        message += "; give each network its own address range";
        addFinding(findings, FindingCode::Overlap, Severity::Error, message,
                   a == b ? std::vector<std::string>{a} : std::vector<std::string>{a, b});
    }
}

// The range that comes first in the design among those overlapping `prefix`; null when none.
// In the sorted ranges, those overlapping a CIDR prefix are the ones starting inside it (a
// run) and the ones holding it (its supernets: one prefix per shorter length).
const OwnedRange *firstOverlapping(const std::vector<OwnedRange> &ranges, const Ipv4Prefix &prefix)
{
    const OwnedRange *first = nullptr;
    const auto consider = [&](const OwnedRange &range) {
        if (!first || range.order < first->order)
            first = &range;
    };
    const auto startingAt = [&](const Ipv4Prefix &start) {
        return std::lower_bound(ranges.begin(), ranges.end(), start,
                                [](const OwnedRange &range, const Ipv4Prefix &key) {
                                    return range.prefix < key;
                                });
    };
    for (auto range = startingAt(Ipv4Prefix(Ipv4Address(prefix.first()), 0));
         range != ranges.end() && range->prefix.first() <= prefix.last(); ++range)
        consider(*range);
    for (int length = 0; length < prefix.length(); ++length) {
        const Ipv4Prefix supernet = Ipv4Prefix(prefix.address(), length).network();
        if (supernet.first() == prefix.first())
            continue; // starts inside `prefix`: the run above has it
        for (auto range = startingAt(supernet); range != ranges.end() && range->prefix == supernet;
             ++range)
            consider(*range);
    }
    return first;
}

void checkSubnets(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (const Node &node : topology.nodes) {
        const auto *vnet = node.as<VirtualNetwork>();
        if (!vnet || !takesPart(analysis, node))
            continue;
        for (const auto &subnet : vnet->subnets) {
            const bool inside = std::any_of(vnet->addressSpace.begin(), vnet->addressSpace.end(),
                                            [&](const auto &range) { return range.contains(subnet.prefix); });
            if (!inside)
                addFinding(
                    findings, FindingCode::SubnetOutsideVnet, Severity::Error,
                    node.id + "/" + subnet.name + " (" + subnet.prefix.toString()
                        + ") is outside the VNet's address space; widen the address space or "
                          "move the subnet",
                    {node.id});
            if (!subnet.routeTable.empty() && !vnet->routeTable(subnet.routeTable))
                addFinding(findings, FindingCode::MissingRouteTable, Severity::Error,
                           node.id + "/" + subnet.name + " uses route table '" + subnet.routeTable
                               + "', which " + node.id
                               + " does not define; add it or clear the field",
                           {node.id});
        }
        for (std::size_t a = 0; a < vnet->subnets.size(); ++a) {
            for (std::size_t b = a + 1; b < vnet->subnets.size(); ++b) {
                if (vnet->subnets[a].prefix.overlaps(vnet->subnets[b].prefix))
                    addFinding(findings, FindingCode::Overlap, Severity::Error,
                               node.id + "/" + vnet->subnets[a].name + " and " + node.id + "/"
                                   + vnet->subnets[b].name
                                   + " overlap; subnets of one VNet must be apart",
                               {node.id});
            }
        }
    }
}

// R9 `missing-subnet`: gateways need GatewaySubnet, a Route Server RouteServerSubnet, an NVA
// a subnet that holds its address.
void checkRequiredSubnets(const Analysis &analysis, FindingList &findings)
{
    const Topology &topology = analysis.topology();
    for (const Node &node : topology.nodes) {
        const std::string &vnetId = node.parentVnet();
        const Node *vnetNode = vnetId.empty() ? nullptr : nodeById(analysis, vnetId);
        const auto *vnet = vnetNode ? vnetNode->as<VirtualNetwork>() : nullptr;
        if (!vnet || !takesPart(analysis, node))
            continue;
        std::string required;
        if (node.kind() == NodeKind::ErGateway || node.kind() == NodeKind::VpnGateway)
            required = "GatewaySubnet";
        else if (node.kind() == NodeKind::RouteServer)
            required = "RouteServerSubnet";
        if (!required.empty() && !vnet->subnet(required))
            addFinding(findings, FindingCode::MissingSubnet, Severity::Error,
                       node.id + " needs a subnet named " + required + " in " + vnetId
                           + "; add one",
                       {node.id, vnetId});
        if (const auto *nva = node.as<Nva>()) {
            const Subnet *subnet = vnet->subnet(nva->subnet);
            if (!subnet)
                addFinding(findings, FindingCode::MissingSubnet, Severity::Error,
                           node.id + " sits in subnet '" + nva->subnet + "', which " + vnetId
                               + " does not have; add the subnet or pick another",
                           {node.id, vnetId});
            else if (!subnet->prefix.contains(nva->ip))
                addFinding(findings, FindingCode::MissingSubnet, Severity::Error,
                           node.id + "'s address " + nva->ip.toString() + " is outside its subnet "
                               + vnetId + "/" + nva->subnet + " (" + subnet->prefix.toString()
                               + "); pick an address inside it",
                           {node.id, vnetId});
        }
    }
}

// R9 `global-reach`: circuits in the same location cannot be linked
// (articles/expressroute/expressroute-global-reach.md), and the link needs its own /29.
void checkGlobalReach(const Analysis &analysis, const std::vector<OwnedRange> &ranges,
                      FindingList &findings)
{
    const Topology &topology = analysis.topology();
    std::vector<const Link *> withSubnet; // earlier links with a /29, to catch a reused one
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        const auto *reach = link.as<GlobalReachLink>();
        if (!reach || !analysis.isLinkActive(int(i)))
            continue;
        const Node *from = nodeById(analysis, link.from);
        const Node *to = nodeById(analysis, link.to);
        if (!from || !to)
            continue;
        // R9 (revision 2, expressroute-global-reach.md): a Local circuit has no Global Reach.
        for (const Node *end : {from, to}) {
            const auto *circuit = end->as<ErCircuit>();
            if (circuit && circuit->sku == CircuitSku::Local)
                addFinding(findings, FindingCode::GlobalReach, Severity::Error,
                           "Global Reach link " + link.id + " uses " + end->id
                               + ", a Local circuit, which does not support Global Reach; "
                                 "make it standard or premium",
                           {link.id, end->id});
        }
        const auto locationOf = [](const Node &node) -> std::string {
            if (const auto *circuit = node.as<ErCircuit>())
                return circuit->location;
            if (const auto *cloud = node.as<AvsPrivateCloud>())
                return cloud->location;
            return {};
        };
        const std::string location = locationOf(*from);
        if (!location.empty() && location == locationOf(*to))
            addFinding(findings, FindingCode::GlobalReach, Severity::Error,
                       "Global Reach link " + link.id + " joins " + from->id + " and " + to->id
                           + ", both in " + location
                           + "; Global Reach connects circuits in different peering locations",
                       {link.id, from->id, to->id});
        if (!reach->subnet)
            continue;
        if (reach->subnet->length() != 29)
            addFinding(findings, FindingCode::GlobalReach, Severity::Error,
                       "Global Reach link " + link.id + " has subnet " + reach->subnet->toString()
                           + "; it needs a /29",
                       {link.id});
        for (const Link *earlier : withSubnet) {
            const auto &other = *earlier->as<GlobalReachLink>()->subnet;
            if (other.overlaps(*reach->subnet))
                addFinding(findings, FindingCode::GlobalReach, Severity::Error,
                           "Global Reach links " + earlier->id + " and " + link.id
                               + " use overlapping subnets " + other.toString() + " and "
                               + reach->subnet->toString() + "; each link needs its own /29",
                           {earlier->id, link.id});
        }
        withSubnet.push_back(&link);
        if (const OwnedRange *range = firstOverlapping(ranges, *reach->subnet))
            addFinding(findings, FindingCode::GlobalReach, Severity::Error,
                       "Global Reach link " + link.id + "'s subnet " + reach->subnet->toString()
                           + " overlaps " + labelOf(topology, *range) + "; pick an unused /29",
                       {link.id, topology.nodes[std::size_t(range->owner)].id});
    }
}

} // namespace

std::string exampleList(const std::vector<std::string> &items, std::size_t shown)
{
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < shown; ++i)
        text += (i == 0 ? "" : ", ") + items[i];
    if (items.size() > shown)
        text += " and " + std::to_string(items.size() - shown) + " more";
    return text;
}

void addAddressFindings(const Analysis &analysis, FindingList &findings)
{
    checkPrefixes(analysis, findings);
    const auto ranges = sortedOwnedRanges(analysis);
    checkOverlaps(analysis, ranges, findings);
    checkSubnets(analysis, findings);
    checkRequiredSubnets(analysis, findings);
    checkGlobalReach(analysis, ranges, findings);
}

} // namespace avsnet::core
