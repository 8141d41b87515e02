// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeeditors.h"

#include "fieldeditors.h"
#include "prefixlistedit.h"
#include "propertypage.h"
#include "subnetstableedit.h"

#include <QCoreApplication>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::NodeEditors", text);
}

using core::Node;

} // namespace

template<typename Data> void addLocationField(PropertyPage *page, const NodeBinder &binder)
{
    auto *edit
        = page->addField(tr("Location"), createLineEdit(QStringLiteral("location"),
                                                        tr("Azure region, e.g. westeurope")));
    binder.bindLineEdit(
        edit, [](const Node &node) { return toQString(nodeData<Data>(node).location); },
        [](const QString &) { return FieldCheck::valid(); },
        [](Node &node, const QString &text) {
            nodeData<Data>(node).location = text.trimmed().toStdString();
        });
}

template void addLocationField<core::ErCircuit>(PropertyPage *, const NodeBinder &);
template void addLocationField<core::AvsPrivateCloud>(PropertyPage *, const NodeBinder &);
template void addLocationField<core::VirtualNetwork>(PropertyPage *, const NodeBinder &);
template void addLocationField<core::VirtualHub>(PropertyPage *, const NodeBinder &);

void addNodeKindFields(PropertyPage *page, const NodeBinder &binder, core::NodeKind kind)
{
    switch (kind) {
    case core::NodeKind::OnPrem:
        addOnPremFields(page, binder);
        break;
    case core::NodeKind::ErCircuit:
        addErCircuitFields(page, binder);
        break;
    case core::NodeKind::Avs:
        addAvsFields(page, binder);
        break;
    case core::NodeKind::Vnet:
        addVnetFields(page, binder);
        break;
    case core::NodeKind::ErGateway:
        addErGatewayFields(page, binder);
        break;
    case core::NodeKind::VpnGateway:
        addVpnGatewayFields(page, binder);
        break;
    case core::NodeKind::RouteServer:
        addRouteServerFields(page, binder);
        break;
    case core::NodeKind::Nva:
        addNvaFields(page, binder);
        break;
    case core::NodeKind::Internet:
        break; // no fields of its own
    case core::NodeKind::Vwan:
        addVwanFields(page, binder);
        break;
    case core::NodeKind::VwanHub:
        addVwanHubFields(page, binder);
        break;
    case core::NodeKind::HubFirewall:
        addHubFirewallFields(page, binder);
        break;
    }
}

void addOnPremFields(PropertyPage *page, const NodeBinder &binder)
{
    using Site = core::OnPremSite;
    page->addSection(tr("On-premises site"));

    auto *asn = page->addField(tr("ASN"), createAsnEdit(QStringLiteral("asn"), false));
    binder.bindLineEdit(
        asn, [](const Node &node) { return QString::number(nodeData<Site>(node).asn); },
        [](const QString &text) { return checkAsn(text); },
        [](Node &node, const QString &text) { nodeData<Site>(node).asn = *parseAsn(text); });

    auto *prefixes
        = page->addField(tr("Prefixes"), named(new PrefixListEdit, QStringLiteral("prefixes")));
    prefixes->setToolTip(tr("The networks this site delivers traffic for"));
    binder.bindLineEdit(
        prefixes, [](const Node &node) { return formatPrefixList(nodeData<Site>(node).prefixes); },
        checkPrefixList,
        [](Node &node, const QString &text) {
            nodeData<Site>(node).prefixes = *parsePrefixList(text);
        });

    // "Same as prefixes" is the absent `advertise` key, which follows later prefix edits.
    auto *same
        = page->addField(QString(), createCheckBox(QStringLiteral("advertise.sameAsPrefixes"),
                                                   tr("Advertise the same as prefixes")));
    auto *advertise
        = page->addField(tr("Advertise"), named(new PrefixListEdit, QStringLiteral("advertise")));
    advertise->setToolTip(tr("The prefixes the site's edge router announces over BGP"));
    binder.bindCheckBox(
        same, [](const Node &node) { return !nodeData<Site>(node).advertise.has_value(); },
        [](Node &node, bool checked) {
            auto &site = nodeData<Site>(node);
            site.advertise = checked ? std::nullopt : std::optional(site.prefixes);
        });
    binder.addRefresher([advertise](const Node &node) {
        advertise->setEnabled(nodeData<Site>(node).advertise.has_value());
    });
    binder.bindLineEdit(
        advertise,
        [](const Node &node) {
            return formatPrefixList(nodeData<Site>(node).advertisedPrefixes());
        },
        checkPrefixList,
        [](Node &node, const QString &text) {
            nodeData<Site>(node).advertise = *parsePrefixList(text);
        });

    auto *defaultRoute
        = page->addField(QString(), createCheckBox(QStringLiteral("advertiseDefaultRoute"),
                                                   tr("Advertise a default route (0.0.0.0/0)")));
    binder.bindCheckBox(
        defaultRoute, [](const Node &node) { return nodeData<Site>(node).advertiseDefaultRoute; },
        [](Node &node, bool checked) { nodeData<Site>(node).advertiseDefaultRoute = checked; });
}

void addErCircuitFields(PropertyPage *page, const NodeBinder &binder)
{
    using core::ErCircuit;
    page->addSection(tr("ExpressRoute circuit"));

    using core::CircuitSku;
    const QList<Choice> skus{
        {tr("Standard"), QString::fromUtf8(core::toString(CircuitSku::Standard))},
        {tr("Premium"), QString::fromUtf8(core::toString(CircuitSku::Premium))},
        {tr("Local"), QString::fromUtf8(core::toString(CircuitSku::Local))}};
    auto *sku = page->addField(tr("SKU"), createComboBox(QStringLiteral("sku"), skus));
    sku->setToolTip(tr("Standard: 4,000 routes from on-prem, 10 VNet links and Global Reach "
                       "connections. Premium: 10,000 routes and more links. Local: a standard "
                       "circuit for the Azure region at its peering location only, with no "
                       "Global Reach. Default: Standard."));
    binder.bindComboBox(
        sku,
        [](const Node &node) {
            return QString::fromUtf8(core::toString(nodeData<ErCircuit>(node).sku));
        },
        [](Node &node, const QString &value) {
            nodeData<ErCircuit>(node).sku = core::circuitSkuFromString(value.toStdString())
                                                .value_or(core::CircuitSku::Standard);
        });

    addLocationField<ErCircuit>(page, binder);

    auto *bandwidth = page->addField(
        tr("Bandwidth"), createSpinBox(QStringLiteral("bandwidthMbps"), 1, 100000, tr(" Mbps")));
    binder.bindSpinBox(
        bandwidth, [](const Node &node) { return nodeData<ErCircuit>(node).bandwidthMbps; },
        [](Node &node, int value) { nodeData<ErCircuit>(node).bandwidthMbps = value; });
}

void addAvsFields(PropertyPage *page, const NodeBinder &binder)
{
    using Cloud = core::AvsPrivateCloud;
    page->addSection(tr("AVS private cloud"));

    auto *block
        = page->addField(tr("Management block"),
                         createPrefixEdit(QStringLiteral("managementBlock"), tr("10.200.0.0/22")));
    block->setToolTip(tr("The /22 AVS takes its management networks from"));
    binder.bindLineEdit(
        block,
        [](const Node &node) {
            return toQString(nodeData<Cloud>(node).managementBlock.toString());
        },
        [](const QString &text) { return checkPrefix(text, 22); },
        [](Node &node, const QString &text) {
            nodeData<Cloud>(node).managementBlock = *parsePrefix(text);
        });

    // Segments are edited as subnets without a route table; their unknown fields travel along.
    auto *segments = page->addField(tr("Segments"),
                                    named(new SubnetsTableEdit(false), QStringLiteral("segments")));
    binder.bindEditor<SubnetsTableEdit, std::vector<core::Subnet>>(
        segments,
        [](const Node &node) {
            std::vector<core::Subnet> rows;
            for (const auto &segment : nodeData<Cloud>(node).segments)
                rows.push_back({segment.name, segment.prefix, {}, segment.unknown});
            return rows;
        },
        [](Node &node, const std::vector<core::Subnet> &rows) {
            auto &cloud = nodeData<Cloud>(node);
            cloud.segments.clear();
            for (const auto &row : rows)
                cloud.segments.push_back({row.name, row.prefix, row.unknown});
        });

    QList<Choice> modes;
    for (const auto mode : {core::AvsInternet::None, core::AvsInternet::ManagedSnat,
                            core::AvsInternet::PublicIp, core::AvsInternet::DefaultRoute}) {
        const QString value = QString::fromUtf8(core::toString(mode));
        modes.append({value, value});
    }
    auto *internet
        = page->addField(tr("Internet"), createComboBox(QStringLiteral("internet"), modes));
    internet->setToolTip(tr("How workloads reach the internet: not at all, AVS-managed SNAT, a "
                            "public IP on the NSX edge, or a default route learned from Azure"));
    binder.bindComboBox(
        internet,
        [](const Node &node) {
            return QString::fromUtf8(core::toString(nodeData<Cloud>(node).internet));
        },
        [](Node &node, const QString &value) {
            nodeData<Cloud>(node).internet = core::avsInternetFromString(value.toStdString())
                                                 .value_or(core::AvsInternet::None);
        });

    addLocationField<Cloud>(page, binder);
}

} // namespace avsnet::ui
