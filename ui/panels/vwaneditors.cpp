// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of Virtual WAN's own kinds (format.md "vwan", "vwan-hub", "hub-firewall";
// vwan.md). Every tooltip says what Azure does with the setting and its default.
#include "nodeeditors.h"

#include "document/document.h"
#include "fieldeditors.h"
#include "prefixlistedit.h"
#include "propertypage.h"

#include <QCoreApplication>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::NodeEditors", text);
}

using core::Node;
using core::RoutingIntent;
using core::VirtualHub;

// The firewalls a routing policy of `hub` may name: those of that hub. "Not through a
// firewall" is no policy; a value naming anything else is listed with what is wrong with it
// (vwan-ri-invalid).
QList<Choice> policyChoices(const core::Topology &topology, const std::string &hub,
                            const std::string &current)
{
    QList<Choice> choices{{tr("None (no policy)"), QString()}};
    bool listed = current.empty();
    for (const auto &node : topology.nodes) {
        const auto *firewall = node.as<core::HubFirewall>();
        if (!firewall || firewall->hub != hub)
            continue;
        choices.append({nodeLabel(topology, node.id), toQString(node.id)});
        listed = listed || node.id == current;
    }
    if (!listed)
        choices.append({tr("%1 (not a firewall of this hub)").arg(nodeLabel(topology, current)),
                        toQString(current)});
    return choices;
}

// Changes the hub's routing intent; an intent left with no policy, no prefix and nothing
// unknown is removed, as a hub without routing intent has none in the file.
void changeIntent(Node &node, const std::function<void(RoutingIntent &)> &change)
{
    auto &hub = nodeData<VirtualHub>(node);
    RoutingIntent intent = hub.routingIntent.value_or(RoutingIntent{});
    change(intent);
    if (intent.privateTraffic.empty() && intent.internetTraffic.empty()
        && intent.additionalPrefixes.empty() && intent.unknown.empty())
        hub.routingIntent.reset();
    else
        hub.routingIntent = std::move(intent);
}

const RoutingIntent &intentOf(const Node &node)
{
    static const RoutingIntent none;
    const auto &intent = nodeData<VirtualHub>(node).routingIntent;
    return intent ? *intent : none;
}

// A hub's prefix: a /23 is what Microsoft recommends and a /24 the minimum (vwan-hub-prefix).
FieldCheck checkHubPrefix(const QString &text)
{
    const FieldCheck check = checkPrefix(text);
    if (check.isInvalid())
        return check;
    const auto prefix = parsePrefix(text);
    if (prefix && prefix->length() > 24)
        return FieldCheck::warning(tr("Azure needs at least a /24 for a hub; a /23 is "
                                      "recommended"));
    return check;
}

void addRoutingPolicy(PropertyPage *page, const NodeBinder &binder, const QString &field,
                      const QString &label, std::string RoutingIntent::*member,
                      const QString &toolTip)
{
    auto *combo = page->addField(label, createComboBox(field));
    combo->setToolTip(toolTip);
    Document *document = binder.document();
    binder.addRefresher([combo, document, member](const Node &node) {
        setChoices(combo, policyChoices(document->topology(), node.id, intentOf(node).*member));
    });
    binder.bindComboBox(
        combo, [member](const Node &node) { return toQString(intentOf(node).*member); },
        [member](Node &node, const QString &value) {
            changeIntent(node, [&](RoutingIntent &intent) { intent.*member = value.toStdString(); });
        });
}

} // namespace

void addVwanFields(PropertyPage *page, const NodeBinder &binder)
{
    using core::VirtualWan;
    page->addSection(tr("Virtual WAN"));
    auto *branch = page->addField(
        QString(),
        createCheckBox(QStringLiteral("branchToBranch"), tr("Allow branch-to-branch traffic"),
                       tr("Azure's \"Allow branch to branch traffic\": VPN sites reach each "
                          "other and ExpressRoute (on-premises and AVS) through the hubs. Off: "
                          "VPN sites learn neither ExpressRoute routes nor other sites, and "
                          "ExpressRoute learns no VPN routes. ExpressRoute never transits a hub "
                          "to ExpressRoute either way; Global Reach does that. The hubs of one "
                          "Virtual WAN always mesh with each other. Default: on.")));
    binder.bindCheckBox(
        branch, [](const Node &node) { return nodeData<VirtualWan>(node).branchToBranch; },
        [](Node &node, bool checked) { nodeData<VirtualWan>(node).branchToBranch = checked; });
}

void addVwanHubFields(PropertyPage *page, const NodeBinder &binder)
{
    page->addSection(tr("Virtual hub"));
    Document *document = binder.document();

    auto *wan = page->addField(tr("Virtual WAN"), createComboBox(QStringLiteral("vwan")));
    wan->setToolTip(tr("The Virtual WAN this hub belongs to. Azure meshes all hubs of one "
                       "Virtual WAN over its backbone: each learns the others' routes with AS "
                       "path 65520 65520. Required."));
    binder.addRefresher([wan, document](const Node &node) {
        setChoices(wan, nodeChoices(document->topology(), core::NodeKind::Vwan,
                                    nodeData<VirtualHub>(node).vwan));
    });
    binder.bindComboBox(
        wan, [](const Node &node) { return toQString(nodeData<VirtualHub>(node).vwan); },
        [](Node &node, const QString &value) {
            nodeData<VirtualHub>(node).vwan = value.toStdString();
        });

    auto *prefix = page->addField(
        tr("Address prefix"), createPrefixEdit(QStringLiteral("addressPrefix"), tr("10.200.0.0/23")));
    prefix->setToolTip(tr("The hub's own address space, where Azure puts its router, gateways "
                          "and firewall. VNets learn it as a peering route. Azure needs at "
                          "least a /24 and recommends a /23. Required."));
    binder.bindLineEdit(
        prefix,
        [](const Node &node) {
            return toQString(nodeData<VirtualHub>(node).addressPrefix.toString());
        },
        checkHubPrefix,
        [](Node &node, const QString &text) {
            nodeData<VirtualHub>(node).addressPrefix = *parsePrefix(text);
        });

    addLocationField<VirtualHub>(page, binder);

    using core::HubRoutingPreference;
    const QList<Choice> preferences{
        {tr("ExpressRoute"), QString::fromUtf8(core::toString(HubRoutingPreference::ExpressRoute))},
        {tr("VPN"), QString::fromUtf8(core::toString(HubRoutingPreference::Vpn))},
        {tr("AS path"), QString::fromUtf8(core::toString(HubRoutingPreference::AsPath))}};
    auto *preference = page->addField(
        tr("Hub routing preference"),
        createComboBox(QStringLiteral("hubRoutingPreference"), preferences));
    preference->setToolTip(
        tr("Which route the hub uses when several sources offer one prefix (a VNet "
           "connection's route always wins). ExpressRoute: the hub's own routes before other "
           "hubs', then ExpressRoute before VPN. VPN: own routes first, then VPN before "
           "ExpressRoute. AS path: the shortest AS path whatever its source (an on-premises "
           "prefix over ExpressRoute carries 12076 and loses to the same over VPN). "
           "Default: ExpressRoute."));
    binder.bindComboBox(
        preference,
        [](const Node &node) {
            return QString::fromUtf8(core::toString(nodeData<VirtualHub>(node).hubRoutingPreference));
        },
        [](Node &node, const QString &value) {
            nodeData<VirtualHub>(node).hubRoutingPreference
                = core::hubRoutingPreferenceFromString(value.toStdString())
                      .value_or(HubRoutingPreference::ExpressRoute);
        });

    page->addSection(tr("Routing intent"));
    addRoutingPolicy(
        page, binder, QStringLiteral("routingIntent.privateTraffic"), tr("Private traffic via"),
        &RoutingIntent::privateTraffic,
        tr("Routing intent's private traffic policy: the hub's route table holds only "
           "10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and the additional prefixes, next hop "
           "this firewall, so traffic between VNets, branches and AVS goes through it. VNets "
           "then learn only those aggregates; what the hub learns goes to the firewall's "
           "table, and on-premises and AVS still learn specific routes. The firewall must be "
           "in this hub. Default: none."));
    addRoutingPolicy(
        page, binder, QStringLiteral("routingIntent.internetTraffic"), tr("Internet traffic via"),
        &RoutingIntent::internetTraffic,
        tr("Routing intent's internet traffic policy: the hub programs 0.0.0.0/0 towards this "
           "firewall and sends it over the connections that propagate the default route (on "
           "by default for VNet connections, off for ExpressRoute and VPN). The firewall must "
           "be in this hub. Default: none."));

    auto *additional = page->addField(
        tr("Additional prefixes"),
        named(new PrefixListEdit, QStringLiteral("routingIntent.additionalPrefixes")));
    additional->setToolTip(
        tr("Private ranges beyond RFC 1918 that the private traffic policy also sends through "
           "the firewall (Azure's \"Private Prefixes\"), such as public ranges used privately. "
           "They stay in this hub: other hubs do not learn them. They count only with a "
           "private traffic policy. Default: none."));
    binder.addRefresher([additional](const Node &node) {
        const RoutingIntent &intent = intentOf(node);
        additional->setEnabled(!intent.privateTraffic.empty() || !intent.additionalPrefixes.empty());
    });
    binder.bindLineEdit(
        additional, [](const Node &node) { return formatPrefixList(intentOf(node).additionalPrefixes); },
        checkPrefixList,
        [](Node &node, const QString &text) {
            changeIntent(node, [&](RoutingIntent &intent) {
                intent.additionalPrefixes = *parsePrefixList(text);
            });
        });

    auto *transit = page->addField(
        QString(),
        createCheckBox(
            QStringLiteral("erToErTransit"), tr("ExpressRoute-to-ExpressRoute transit"),
            tr("Transit between ExpressRoute circuits through the hub firewall, which Microsoft "
               "enables through a support case: the hub sends its circuits the RFC 1918 "
               "aggregates and the additional prefixes, so on-premises and AVS reach each other "
               "through the firewall without Global Reach. Works only with a private traffic "
               "policy (on both hubs for circuits on two hubs). Default: off.")));
    binder.bindCheckBox(
        transit, [](const Node &node) { return nodeData<VirtualHub>(node).erToErTransit; },
        [](Node &node, bool checked) { nodeData<VirtualHub>(node).erToErTransit = checked; });
}

void addHubFirewallFields(PropertyPage *page, const NodeBinder &binder)
{
    using core::HubFirewall;
    page->addSection(tr("Hub firewall"));
    Document *document = binder.document();

    auto *hub = page->addField(tr("Hub"), createComboBox(QStringLiteral("hub")));
    hub->setToolTip(tr("The virtual hub the firewall is deployed in; only that hub's routing "
                       "intent can send traffic to it. Required."));
    binder.addRefresher([hub, document](const Node &node) {
        setChoices(hub, nodeChoices(document->topology(), core::NodeKind::VwanHub,
                                    nodeData<HubFirewall>(node).hub));
    });
    binder.bindComboBox(
        hub, [](const Node &node) { return toQString(nodeData<HubFirewall>(node).hub); },
        [](Node &node, const QString &value) { nodeData<HubFirewall>(node).hub = value.toStdString(); });

    auto *ip = page->addField(tr("IP address"), createAddressEdit(QStringLiteral("ip")));
    ip->setPlaceholderText(tr("none"));
    ip->setToolTip(tr("The firewall's private address in the hub, shown beside it and as the "
                      "next hop of routing intent's routes; it changes no route. Default: none "
                      "(Azure assigns it at deployment)."));
    binder.bindLineEdit(
        ip,
        [](const Node &node) {
            const auto &value = nodeData<HubFirewall>(node).ip;
            return value ? toQString(value->toString()) : QString();
        },
        [](const QString &text) { return checkAddress(text, true); },
        [](Node &node, const QString &text) {
            nodeData<HubFirewall>(node).ip
                = text.trimmed().isEmpty() ? std::nullopt : parseAddress(text);
        });

    using core::FirewallVendor;
    const QList<Choice> vendors{
        {tr("Azure Firewall"), QString::fromUtf8(core::toString(FirewallVendor::AzureFirewall))},
        {tr("NVA in the hub (next-generation firewall)"),
         QString::fromUtf8(core::toString(FirewallVendor::Nva))}};
    auto *vendor = page->addField(tr("Vendor"), createComboBox(QStringLiteral("vendor"), vendors));
    vendor->setToolTip(tr("Azure Firewall, or a partner's next-generation firewall deployed in "
                          "the hub as an NVA; routes then name its next hop type \"Network "
                          "Virtual Appliance\" instead of \"Azure Firewall\". Either passes "
                          "every packet here: firewall rules are not modelled. Default: Azure "
                          "Firewall."));
    binder.bindComboBox(
        vendor,
        [](const Node &node) {
            return QString::fromUtf8(core::toString(nodeData<HubFirewall>(node).vendor));
        },
        [](Node &node, const QString &value) {
            nodeData<HubFirewall>(node).vendor
                = core::firewallVendorFromString(value.toStdString())
                      .value_or(FirewallVendor::AzureFirewall);
        });
}

} // namespace avsnet::ui
