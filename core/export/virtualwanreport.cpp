// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualwanreport.h"

#include "diagramstyle.h"
#include "reportwriter.h"
#include "routeexcerpt.h"
#include "routing/analysis.h"
#include "routing/virtualwan.h"

#include <algorithm>

namespace avsnet::core {

namespace {

constexpr std::string_view none = "—";

std::string yesNo(bool value)
{
    return value ? "yes" : "no";
}

std::string nodeName(const Node &node)
{
    return node.displayName() + (node.disabled ? " (disabled)" : "");
}

// A table of the nodes holding `Data`, one row each; nothing when the design has none.
template<typename Data, typename RowOf>
void nodeTable(const Topology &topology, ReportWriter &writer, std::string_view title,
               const std::vector<std::string> &header, RowOf rowOf)
{
    bool started = false;
    for (const Node &node : topology.nodes) {
        const Data *data = node.as<Data>();
        if (!data)
            continue;
        if (!started) {
            writer.heading(3, title);
            writer.beginTable(header);
            started = true;
        }
        writer.row(rowOf(node, *data));
    }
    if (started)
        writer.endTable();
}

// A routing-intent policy's next hop as the report says it: the firewall and what it is, or
// why the policy is ignored (vwan-ri-invalid).
std::string intentFirewall(const Topology &topology, const std::string &named, int valid)
{
    if (valid < 0)
        return "ignored: " + named + " is not an active firewall of this hub (vwan-ri-invalid)";
    const Node &firewall = topology.nodes[std::size_t(valid)];
    std::string text = "via " + firewall.id + " (" + nodeName(firewall);
    if (const auto *data = firewall.as<HubFirewall>()) {
        text += ", " + std::string(firewallVendorLabel(data->vendor));
        if (data->ip)
            text += ", " + data->ip->toString();
    }
    return text + ")";
}

std::string_view preferenceMeaning(HubRoutingPreference preference)
{
    // R10.3, in a reviewer's words.
    switch (preference) {
    case HubRoutingPreference::ExpressRoute:
        return "local routes first, then ExpressRoute over VPN, then the shorter AS path";
    case HubRoutingPreference::Vpn:
        return "local routes first, then VPN over ExpressRoute, then the shorter AS path";
    case HubRoutingPreference::AsPath:
        return "the shorter AS path first, whatever its source";
    }
    return {};
}

} // namespace

bool hasVirtualWanHubs(const Topology &topology)
{
    return std::any_of(topology.nodes.begin(), topology.nodes.end(),
                       [](const Node &node) { return node.kind() == NodeKind::VwanHub; });
}

void writeVirtualWanInventory(const Analysis &analysis, std::size_t listed, ReportWriter &writer)
{
    const Topology &topology = analysis.topology();
    nodeTable<VirtualWan>(
        topology, writer, "Virtual WANs", {"Virtual WAN", "Name", "Branch-to-branch", "Hubs"},
        [&](const Node &node, const VirtualWan &wan) -> std::vector<ReportCell> {
            std::vector<std::string> hubs;
            for (const Node &other : topology.nodes) {
                if (const auto *hub = other.as<VirtualHub>(); hub && hub->vwan == node.id)
                    hubs.push_back(other.id);
            }
            return {node.id, nodeName(node), yesNo(wan.branchToBranch),
                    hubs.empty() ? std::string(none) : summarised(hubs, listed)};
        });
    nodeTable<VirtualHub>(
        topology, writer, "Virtual WAN hubs",
        {"Hub", "Name", "Virtual WAN", "Location", "Address prefix", "VNet connections"},
        [&](const Node &node, const VirtualHub &hub) -> std::vector<ReportCell> {
            const HubInfo *info = analysis.virtualWan().hubOf(analysis.nodeIndex(node.id));
            return {node.id,
                    nodeName(node),
                    hub.vwan,
                    hub.location.empty() ? std::string(none) : hub.location,
                    hub.addressPrefix.toString(),
                    std::to_string(info ? info->connections.size() : 0)};
        });
    bool started = false;
    for (const Node &node : topology.nodes) {
        const std::string &hub = node.parentHub();
        if (hub.empty() || node.kind() == NodeKind::HubFirewall)
            continue;
        if (!started) {
            writer.heading(3, "Hub gateways");
            writer.beginTable({"Gateway", "Name", "Hub", "Kind", "Non-Virtual WAN traffic"});
            started = true;
        }
        const auto *expressRoute = node.as<ErGateway>();
        writer.row({node.id, nodeName(node), hub, std::string(kindLabel(node.kind())),
                    expressRoute ? yesNo(expressRoute->allowNonVirtualWanTraffic)
                                 : std::string(none)});
    }
    if (started)
        writer.endTable();
    nodeTable<HubFirewall>(
        topology, writer, "Hub firewalls", {"Firewall", "Name", "Hub", "Vendor", "IP"},
        [&](const Node &node, const HubFirewall &firewall) -> std::vector<ReportCell> {
            return {node.id, nodeName(node), firewall.hub,
                    std::string(firewallVendorLabel(firewall.vendor)),
                    firewall.ip ? firewall.ip->toString() : std::string(none)};
        });
}

void writeVirtualWanSection(const Analysis &analysis, RouteExcerpts &excerpts,
                            std::size_t maxRouteRows, ReportWriter &writer)
{
    const Topology &topology = analysis.topology();
    writer.paragraph("Each Virtual WAN hub's routing settings and its effective routes (its "
                     "defaultRouteTable), in Azure's words, then each hub firewall's table: under "
                     "private routing intent the hub holds only the firewall's statics, and what "
                     "the hub learned is in the firewall's table. Each table lists at most "
                     + std::to_string(maxRouteRows) + " routes, longest prefix first.");
    // A hub's or firewall's table, or why it has none.
    const auto table = [&](std::size_t node, std::string_view what) {
        if (!analysis.isNodeActive(int(node)))
            writer.paragraph("The " + std::string(what) + " is disabled: no routes.", Tone::Muted);
        else
            writeRouteExcerpt(writer, excerpts.bgpTable(int(node)), topology.nodes[node].id);
    };
    for (std::size_t node = 0; node < topology.nodes.size(); ++node) {
        const Node &hub = topology.nodes[node];
        if (hub.kind() != NodeKind::VwanHub)
            continue;
        writer.heading(3, hub.id + " (" + nodeName(hub) + ", " + std::string(kindLabel(hub.kind()))
                              + ")");
        writer.list(hubSettings(analysis, int(node)));
        writer.heading(4, "Effective routes of " + hub.id + " (defaultRouteTable)");
        table(node, "hub");
        for (std::size_t other = 0; other < topology.nodes.size(); ++other) {
            const Node &firewall = topology.nodes[other];
            if (firewall.kind() != NodeKind::HubFirewall || firewall.parentHub() != hub.id)
                continue;
            writer.heading(4, "Routes of " + firewall.id + " (" + nodeName(firewall) + ", "
                                  + std::string(kindLabel(firewall.kind())) + ")");
            table(other, "firewall");
        }
    }
}

std::vector<std::string> hubSettings(const Analysis &analysis, int hub)
{
    const Topology &topology = analysis.topology();
    const auto &data = *topology.nodes[std::size_t(hub)].as<VirtualHub>();
    const HubInfo *info = analysis.virtualWan().hubOf(hub);
    std::vector<std::string> items;
    std::string wanLine = "Virtual WAN: " + data.vwan;
    if (const Node *wan = topology.node(data.vwan); wan && wan->as<VirtualWan>())
        wanLine += wan->as<VirtualWan>()->branchToBranch ? ", branch-to-branch on"
                                                         : ", branch-to-branch off";
    items.push_back(wanLine);
    items.push_back("Address prefix: " + data.addressPrefix.toString()
                    + (data.location.empty() ? std::string() : ", " + data.location));
    const RoutingIntent intent = data.routingIntent.value_or(RoutingIntent{});
    if (intent.privateTraffic.empty())
        items.push_back("Routing intent, private traffic: none (VNets and branches learn the "
                        "hub's routes)");
    else
        items.push_back("Routing intent, private traffic: "
                        + intentFirewall(topology, intent.privateTraffic,
                                         info ? info->privateFirewall : -1)
                        + (info && info->secured() ? "; VNets get " + summarised(info->privatePrefixes, 8)
                                                         + " with the firewall as next hop"
                                                   : std::string()));
    if (intent.internetTraffic.empty())
        items.push_back("Routing intent, internet traffic: none");
    else
        items.push_back("Routing intent, internet traffic: "
                        + intentFirewall(topology, intent.internetTraffic,
                                         info ? info->internetFirewall : -1)
                        + (info && info->internetFirewall >= 0
                               ? "; 0.0.0.0/0 to the connections that propagate the default route"
                               : std::string()));
    items.push_back("Additional private prefixes: "
                    + (intent.additionalPrefixes.empty()
                           ? std::string(none)
                           : summarised(intent.additionalPrefixes, 20)));
    items.push_back("Hub routing preference: " + std::string(toString(data.hubRoutingPreference))
                    + " (" + std::string(preferenceMeaning(data.hubRoutingPreference)) + ")");
    if (!data.erToErTransit)
        items.push_back("ExpressRoute-to-ExpressRoute transit: off (circuits and AVS reach each "
                        "other only over Global Reach)");
    else if (info && info->erToErTransit)
        items.push_back("ExpressRoute-to-ExpressRoute transit: on, through the private traffic "
                        "firewall");
    else
        items.push_back("ExpressRoute-to-ExpressRoute transit: set, but without private routing "
                        "intent it does nothing (vwan-er-transit-ineffective)");
    return items;
}

} // namespace avsnet::core
