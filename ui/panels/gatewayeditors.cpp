// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeeditors.h"

#include "document/document.h"
#include "fieldeditors.h"
#include "prefixlistedit.h"
#include "propertypage.h"

#include <QCoreApplication>
#include <QLabel>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::NodeEditors", text);
}

using core::Node;

// The VNet a gateway, Route Server or NVA lives in, chosen among the design's VNets.
template<typename Data> void addVnetField(PropertyPage *page, const NodeBinder &binder)
{
    auto *combo = page->addField(tr("VNet"), createComboBox(QStringLiteral("vnet")));
    Document *document = binder.document();
    binder.addRefresher([combo, document](const Node &node) {
        setChoices(combo, vnetChoices(document->topology(), nodeData<Data>(node).vnet));
    });
    binder.bindComboBox(
        combo, [](const Node &node) { return toQString(nodeData<Data>(node).vnet); },
        [](Node &node, const QString &value) { nodeData<Data>(node).vnet = value.toStdString(); });
}

// The hub a hub gateway lives in, chosen among the design's virtual hubs.
template<typename Data> void addHubField(PropertyPage *page, const NodeBinder &binder)
{
    auto *combo = page->addField(tr("Hub"), createComboBox(QStringLiteral("hub")));
    combo->setToolTip(tr("The virtual hub this gateway belongs to: the hub's router and its "
                         "gateways act as one BGP speaker, ASN 65515. A hub has at most one "
                         "ExpressRoute and one VPN gateway."));
    Document *document = binder.document();
    binder.addRefresher([combo, document](const Node &node) {
        setChoices(combo, nodeChoices(document->topology(), core::NodeKind::VwanHub,
                                      nodeData<Data>(node).hub));
    });
    binder.bindComboBox(
        combo, [](const Node &node) { return toQString(nodeData<Data>(node).hub); },
        [](Node &node, const QString &value) { nodeData<Data>(node).hub = value.toStdString(); });
}

// Whether the node the page shows is a Virtual WAN hub's gateway (`hub` set): it then has the
// hub's fields, not a VNet gateway's. A node never moves between the two kinds of place.
template<typename Data> bool inHub(const NodeBinder &binder)
{
    const Node *node = binder.current();
    return node && !nodeData<Data>(*node).hub.empty();
}

template<typename Data>
void addFlag(PropertyPage *page, const NodeBinder &binder, const QString &field,
             const QString &text, bool Data::*member, const QString &toolTip = {})
{
    auto *box = page->addField(QString(), createCheckBox(field, text, toolTip));
    binder.bindCheckBox(
        box, [member](const Node &node) { return nodeData<Data>(node).*member; },
        [member](Node &node, bool checked) { nodeData<Data>(node).*member = checked; });
}

} // namespace

void addErGatewayFields(PropertyPage *page, const NodeBinder &binder)
{
    using core::ErGateway;
    if (inHub<ErGateway>(binder)) {
        // A hub's ExpressRoute gateway: no SKU that counts (Virtual WAN limits apply,
        // vwan-limit) and only the coexistence switch of its side (R10.8).
        page->addSection(tr("Hub ExpressRoute gateway"));
        addHubField<ErGateway>(page, binder);
        addFlag<ErGateway>(
            page, binder, QStringLiteral("allowNonVirtualWanTraffic"),
            tr("Allow traffic from non Virtual WAN networks"),
            &ErGateway::allowNonVirtualWanTraffic,
            tr("Accept the routes that classic VNet ExpressRoute gateways put on a circuit this "
               "hub shares. Azure drops them by default, so the hub's spokes and the VNets behind "
               "a classic gateway on the same circuit do not reach each other; traffic both ways "
               "also needs \"Allow traffic from remote Virtual WAN networks\" on the classic "
               "gateway. Default: off."));
        return;
    }
    page->addSection(tr("ExpressRoute gateway"));
    addVnetField<ErGateway>(page, binder);

    using core::ErGatewaySku;
    const QList<Choice> skus{
        {tr("Standard: 4 circuit connections"), QStringLiteral("standard")},
        {tr("High performance: 8 circuit connections"), QStringLiteral("high-performance")},
        {tr("Ultra performance: 16 circuit connections"), QStringLiteral("ultra")},
        {tr("ErGw1AZ: 4 circuit connections"), QStringLiteral("ergw1az")},
        {tr("ErGw2AZ: 8 circuit connections"), QStringLiteral("ergw2az")},
        {tr("ErGw3AZ: 16 circuit connections"), QStringLiteral("ergw3az")}};
    auto *sku = page->addField(tr("SKU"), createComboBox(QStringLiteral("sku"), skus));
    sku->setToolTip(tr("The gateway's size. Azure limits the circuit connections (AVS private "
                       "clouds included) by SKU: Standard and ErGw1AZ 4, High performance and "
                       "ErGw2AZ 8, Ultra performance and ErGw3AZ 16. Default: Standard."));
    binder.bindComboBox(
        sku,
        [](const Node &node) {
            return QString::fromUtf8(core::toString(nodeData<ErGateway>(node).sku));
        },
        [](Node &node, const QString &value) {
            nodeData<ErGateway>(node).sku
                = core::erGatewaySkuFromString(value.toStdString()).value_or(ErGatewaySku::Standard);
        });
    addFlag<ErGateway>(
        page, binder, QStringLiteral("allowRemoteVnetTraffic"),
        tr("Allow traffic from remote virtual networks"), &ErGateway::allowRemoteVnetTraffic,
        tr("Accept the routes of other VNets that share one of this gateway's circuits. Azure "
           "drops them by default, so two VNets on one circuit do not reach each other until "
           "their gateways allow it. Default: off."));
    addFlag<ErGateway>(
        page, binder, QStringLiteral("allowVirtualWanTraffic"),
        tr("Allow traffic from remote Virtual WAN networks"), &ErGateway::allowVirtualWanTraffic,
        tr("Accept the routes of Virtual WAN hubs that share one of this gateway's circuits. "
           "Default: off."));
}

void addVpnGatewayFields(PropertyPage *page, const NodeBinder &binder)
{
    using core::VpnGateway;
    if (inHub<VpnGateway>(binder)) {
        page->addSection(tr("Hub VPN gateway"));
        addHubField<VpnGateway>(page, binder);
        QLabel *fixed = page->addReadOnly(tr("BGP"), QStringLiteral("hubVpnFixed"),
                                          tr("ASN 65515, BGP on, active-active"));
        fixed->setToolTip(tr("A hub's site-to-site VPN gateway always speaks BGP as the hub, "
                             "ASN 65515, with both instances active; Azure offers no choice "
                             "(the file's asn, bgp and activeActive are ignored here)."));
        return;
    }
    page->addSection(tr("VPN gateway"));
    addVnetField<VpnGateway>(page, binder);

    auto *asn = page->addField(tr("ASN"), createAsnEdit(QStringLiteral("asn"), false));
    binder.bindLineEdit(
        asn, [](const Node &node) { return QString::number(nodeData<VpnGateway>(node).asn); },
        [](const QString &text) { return checkAsn(text); },
        [](Node &node, const QString &text) { nodeData<VpnGateway>(node).asn = *parseAsn(text); });

    addFlag<VpnGateway>(page, binder, QStringLiteral("bgp"), tr("BGP"), &VpnGateway::bgp,
                        tr("Whether the gateway speaks BGP at all. Off: every connection carries "
                           "static routes (the sites' prefixes), and the gateway has no session "
                           "with a Route Server. Default: on."));
    addFlag<VpnGateway>(page, binder, QStringLiteral("activeActive"), tr("Active-active"),
                        &VpnGateway::activeActive,
                        tr("Both gateway instances carry traffic. Beside a Route Server Azure "
                           "needs it on, with ASN 65515. Default: off."));
}

void addRouteServerFields(PropertyPage *page, const NodeBinder &binder)
{
    using core::RouteServer;
    page->addSection(tr("Route Server"));
    addVnetField<RouteServer>(page, binder);
    addFlag<RouteServer>(page, binder, QStringLiteral("branchToBranch"), tr("Branch-to-branch"),
                         &RouteServer::branchToBranch,
                         tr("Exchange routes between the VNet's gateways and the NVAs, and "
                            "between its VPN and ExpressRoute gateways. Default: off."));

    using core::HubRoutingPreference;
    const QList<Choice> preferences{
        {tr("ExpressRoute"), QString::fromUtf8(core::toString(HubRoutingPreference::ExpressRoute))},
        {tr("VPN"), QString::fromUtf8(core::toString(HubRoutingPreference::Vpn))},
        {tr("Shortest AS path"), QString::fromUtf8(core::toString(HubRoutingPreference::AsPath))}};
    auto *preference = page->addField(
        tr("Routing preference"), createComboBox(QStringLiteral("hubRoutingPreference"), preferences));
    preference->setToolTip(
        tr("Which route the VNet uses when ExpressRoute, VPN and NVAs offer the same prefix: "
           "ExpressRoute first, VPN first, or the shortest AS path whatever its source. "
           "Default: ExpressRoute."));
    binder.bindComboBox(
        preference,
        [](const Node &node) {
            return QString::fromUtf8(core::toString(nodeData<RouteServer>(node).hubRoutingPreference));
        },
        [](Node &node, const QString &value) {
            nodeData<RouteServer>(node).hubRoutingPreference
                = core::hubRoutingPreferenceFromString(value.toStdString())
                      .value_or(HubRoutingPreference::ExpressRoute);
        });
}

void addNvaFields(PropertyPage *page, const NodeBinder &binder)
{
    using core::Nva;
    page->addSection(tr("Network virtual appliance"));
    addVnetField<Nva>(page, binder);

    auto *subnet = page->addField(tr("Subnet"), createComboBox(QStringLiteral("subnet")));
    Document *document = binder.document();
    binder.addRefresher([subnet, document](const Node &node) {
        const Nva &nva = nodeData<Nva>(node);
        setChoices(subnet, subnetChoices(document->topology(), nva.vnet, nva.subnet));
    });
    binder.bindComboBox(
        subnet, [](const Node &node) { return toQString(nodeData<Nva>(node).subnet); },
        [](Node &node, const QString &value) { nodeData<Nva>(node).subnet = value.toStdString(); });

    auto *ip = page->addField(tr("IP address"), createAddressEdit(QStringLiteral("ip")));
    binder.bindLineEdit(
        ip, [](const Node &node) { return toQString(nodeData<Nva>(node).ip.toString()); },
        [](const QString &text) { return checkAddress(text); },
        [](Node &node, const QString &text) { nodeData<Nva>(node).ip = *parseAddress(text); });

    auto *nextHop = page->addField(tr("Next hop"), createAddressEdit(QStringLiteral("nextHop")));
    nextHop->setPlaceholderText(tr("its own address"));
    nextHop->setToolTip(
        tr("The next hop the appliance announces for its routes, when it is not itself: a load "
           "balancer or an Azure Firewall in front of it. The Route Server programs this "
           "address. Default (empty): the appliance's IP address."));
    binder.bindLineEdit(
        nextHop,
        [](const Node &node) {
            const auto &value = nodeData<Nva>(node).nextHop;
            return value ? toQString(value->toString()) : QString();
        },
        [](const QString &text) { return checkAddress(text, true); },
        [](Node &node, const QString &text) {
            nodeData<Nva>(node).nextHop
                = text.trimmed().isEmpty() ? std::nullopt : parseAddress(text);
        });

    auto *asn = page->addField(tr("ASN"), createAsnEdit(QStringLiteral("asn"), true));
    asn->setToolTip(tr("Needed when the appliance has a BGP session; empty: none"));
    binder.bindLineEdit(
        asn,
        [](const Node &node) {
            const auto &value = nodeData<Nva>(node).asn;
            return value ? QString::number(*value) : QString();
        },
        [](const QString &text) { return checkAsn(text, true); },
        [](Node &node, const QString &text) {
            nodeData<Nva>(node).asn = text.trimmed().isEmpty() ? std::nullopt : parseAsn(text);
        });

    addFlag<Nva>(page, binder, QStringLiteral("ipForwarding"), tr("IP forwarding"),
                 &Nva::ipForwarding, tr("Without it Azure drops traffic not addressed to the VM"));

    auto *originate =
        page->addField(tr("Originate"), named(new PrefixListEdit, QStringLiteral("originate")));
    originate->setToolTip(tr("Prefixes the appliance announces as its own"));
    binder.bindLineEdit(
        originate, [](const Node &node) { return formatPrefixList(nodeData<Nva>(node).originate); },
        checkPrefixList,
        [](Node &node, const QString &text) {
            nodeData<Nva>(node).originate = *parsePrefixList(text);
        });

    addFlag<Nva>(page, binder, QStringLiteral("readvertise"), tr("Re-advertise learned routes"),
                 &Nva::readvertise, tr("Pass on what it learns over BGP"));

    auto *prepend = page->addField(tr("AS path prepend"),
                                   createSpinBox(QStringLiteral("asPath.prepend"), 0, 10));
    prepend->setToolTip(tr("Extra copies of its own ASN added to the routes it passes on"));
    binder.bindSpinBox(
        prepend, [](const Node &node) { return nodeData<Nva>(node).asPath.prepend; },
        [](Node &node, int value) { nodeData<Nva>(node).asPath.prepend = value; });

    auto *replace = page->addField(
        QString(), createCheckBox(QStringLiteral("asPath.replacePrivate"),
                                  tr("Replace private ASNs in the path with its own"),
                                  tr("64512-65534 and 4200000000-4294967294 become its ASN")));
    binder.bindCheckBox(
        replace, [](const Node &node) { return nodeData<Nva>(node).asPath.replacePrivate; },
        [](Node &node, bool checked) { nodeData<Nva>(node).asPath.replacePrivate = checked; });
}

} // namespace avsnet::ui
