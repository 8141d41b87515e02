// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkeditors.h"

#include "document/displaynames.h"
#include "document/document.h"
#include "fieldeditors.h"
#include "model/linkrules.h"
#include "propertypage.h"

#include <QCoreApplication>
#include <QLabel>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::LinkEditors", text);
}

using core::Link;

// An optional prefix of a given length: empty removes it, another length is only a warning
// (the analysis reports it).
template<typename Data>
void addOptionalPrefix(PropertyPage *page, const LinkBinder &binder, const QString &field,
                       const QString &label, std::optional<core::Ipv4Prefix> Data::*member,
                       int length, const QString &placeholder)
{
    auto *edit = page->addField(label, createPrefixEdit(field, placeholder));
    edit->setToolTip(tr("A /%1, optional").arg(length));
    binder.bindLineEdit(
        edit,
        [member](const Link &link) {
            const auto &value = linkData<Data>(link).*member;
            return value ? toQString(value->toString()) : QString();
        },
        [length](const QString &text) { return checkPrefix(text, length, true); },
        [member](Link &link, const QString &text) {
            linkData<Data>(link).*member =
                text.trimmed().isEmpty() ? std::nullopt : parsePrefix(text);
        });
}

template<typename Data>
void addFlag(PropertyPage *page, const LinkBinder &binder, const QString &field,
             const QString &text, bool Data::*member, const QString &toolTip)
{
    auto *box = page->addField(QString(), createCheckBox(field, text, toolTip));
    binder.bindCheckBox(
        box, [member](const Link &link) { return linkData<Data>(link).*member; },
        [member](Link &link, bool checked) { linkData<Data>(link).*member = checked; });
}

template<typename Data> void addWeight(PropertyPage *page, const LinkBinder &binder)
{
    // Azure's connection routing weight is 0..32000; the higher weight wins for one prefix.
    auto *weight =
        page->addField(tr("Routing weight"), createSpinBox(QStringLiteral("weight"), 0, 32000));
    weight->setToolTip(tr("Prefers this connection over others learning the same prefix"));
    binder.bindSpinBox(
        weight, [](const Link &link) { return linkData<Data>(link).weight; },
        [](Link &link, int value) { linkData<Data>(link).weight = value; });
}

// A peering has two sides in Azure, each with its own settings; the model holds one switch
// (format.md: `from` uses the gateways of `to`, which allows gateway transit). The page
// offers the choice by VNet name, which may turn the link around, and shows both sides as
// the portal would.
void addPeeringFields(PropertyPage *page, const LinkBinder &binder)
{
    page->addSection(tr("Peering"));
    auto *transit = page->addField(tr("Gateway transit"),
                                   createComboBox(QStringLiteral("gatewayTransit")));
    transit->setToolTip(tr("Which VNet reaches on-premises and AVS through the other's "
                           "gateways and Route Server (it uses remote gateways; the other "
                           "allows gateway transit)"));
    // Refreshers live in the binder's state: capturing the binder itself would make a cycle
    // that keeps the state alive for ever (LeakSanitizer found it); the document is enough.
    Document *document = binder.document();
    binder.addRefresher([document, transit](const Link &link) {
        const core::Topology &topology = document->topology();
        const DisplayNames names(topology);
        const auto option = [&](const std::string &user, const std::string &owner) {
            QString text = tr("%1 uses the gateways of %2").arg(names.node(user), names.node(owner));
            if (!core::hasOwnGateway(topology, owner))
                text += tr(" (%1 has none)").arg(names.node(owner));
            return Choice{text, toQString(user)};
        };
        setChoices(transit, {{tr("None"), QString()}, option(link.from, link.to),
                             option(link.to, link.from)});
    });
    binder.bindComboBox(
        transit,
        [](const Link &link) {
            return linkData<core::VnetPeeringLink>(link).useRemoteGateways ? toQString(link.from)
                                                                          : QString();
        },
        [](Link &link, const QString &user) {
            auto &peering = linkData<core::VnetPeeringLink>(link);
            peering.useRemoteGateways = !user.isEmpty();
            // The VNet that uses remote gateways is `from`: picking the other turns the link.
            if (user.toStdString() == link.to)
                std::swap(link.from, link.to);
        });

    QLabel *sides = page->addReadOnly(tr("Each side"), QStringLiteral("peeringSides"));
    sides->setTextFormat(Qt::RichText);
    binder.addRefresher([document, sides](const Link &link) {
        const DisplayNames names(document->topology());
        const auto &peering = linkData<core::VnetPeeringLink>(link);
        const QString on = tr("on");
        const QString off = tr("off");
        const auto row = [&](const std::string &vnet, bool allowTransit, bool useRemote) {
            return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(names.node(vnet).toHtmlEscaped(), allowTransit ? on : off,
                     useRemote ? on : off, peering.allowForwardedTraffic ? on : off);
        };
        sides->setText(
            QStringLiteral("<table cellspacing='0' cellpadding='2'><tr><th></th><th>%1</th>"
                           "<th>%2</th><th>%3</th></tr>%4%5</table>")
                .arg(tr("Allow gateway transit"), tr("Use remote gateways"),
                     tr("Allow forwarded traffic"),
                     row(link.to, peering.useRemoteGateways, false),
                     row(link.from, false, peering.useRemoteGateways)));
    });

    addFlag<core::VnetPeeringLink>(page, binder, QStringLiteral("allowForwardedTraffic"),
                                   tr("Allow forwarded traffic (both sides)"),
                                   &core::VnetPeeringLink::allowForwardedTraffic,
                                   tr("Accept traffic an NVA forwards from the peer VNet; off "
                                      "on either side refuses it"));
}

// Whether one end of the link is a Virtual WAN hub's gateway: only there does a connection's
// propagateDefaultRoute count (R10.7).
bool endsAtHubGateway(const core::Topology &topology, const Link &link)
{
    for (const std::string *end : {&link.from, &link.to}) {
        if (const core::Node *node = topology.node(*end); node && !node->parentHub().empty())
            return true;
    }
    return false;
}

// A connection's "propagate default route", shown only on a connection to a hub gateway.
template<typename Data>
void addHubDefaultRoute(PropertyPage *page, const LinkBinder &binder, const QString &toolTip)
{
    auto *box = page->addField(QString(), createCheckBox(QStringLiteral("propagateDefaultRoute"),
                                                         tr("Propagate default route"), toolTip));
    binder.bindCheckBox(
        box, [](const Link &link) { return linkData<Data>(link).propagateDefaultRoute; },
        [](Link &link, bool checked) { linkData<Data>(link).propagateDefaultRoute = checked; });
    // The document, not the binder: a refresher holding its binder would leak its state.
    binder.addRefresher([document = binder.document(), box](const Link &link) {
        box->setVisible(endsAtHubGateway(document->topology(), link));
    });
}

} // namespace

void addLinkKindFields(PropertyPage *page, const LinkBinder &binder, core::LinkKind kind)
{
    switch (kind) {
    case core::LinkKind::ErPeering:
        page->addSection(tr("Private peering"));
        addOptionalPrefix<core::ErPeeringLink>(
            page, binder, QStringLiteral("primarySubnet"), tr("Primary subnet"),
            &core::ErPeeringLink::primarySubnet, 30, tr("192.168.100.0/30"));
        addOptionalPrefix<core::ErPeeringLink>(
            page, binder, QStringLiteral("secondarySubnet"), tr("Secondary subnet"),
            &core::ErPeeringLink::secondarySubnet, 30, tr("192.168.100.4/30"));
        break;
    case core::LinkKind::ErConnection:
        page->addSection(tr("Connection"));
        addWeight<core::ErConnectionLink>(page, binder);
        addFlag<core::ErConnectionLink>(
            page, binder, QStringLiteral("fastPath"), tr("FastPath"),
            &core::ErConnectionLink::fastPath,
            tr("Traffic from the circuit goes straight to the VMs and skips the gateway, and with "
               "it the GatewaySubnet's user routes (a firewall there is bypassed). Needs an Ultra "
               "performance or ErGw3AZ gateway. Default: off."));
        addHubDefaultRoute<core::ErConnectionLink>(
            page, binder,
            tr("Azure's \"Propagate default route\" (enableInternetSecurity) on a connection to "
               "a hub's ExpressRoute gateway: the hub sends its 0.0.0.0/0 (from internet routing "
               "intent) to the circuit, so an AVS private cloud that takes its internet from "
               "Azure gets its default route. Global Reach then carries it on to on-premises. "
               "Default: off."));
        break;
    case core::LinkKind::GlobalReach:
        page->addSection(tr("Global Reach"));
        addOptionalPrefix<core::GlobalReachLink>(page, binder, QStringLiteral("subnet"),
                                                 tr("Subnet"), &core::GlobalReachLink::subnet, 29,
                                                 tr("192.168.200.0/29"));
        break;
    case core::LinkKind::VnetPeering:
        addPeeringFields(page, binder);
        break;
    case core::LinkKind::VpnConnection:
        page->addSection(tr("Connection"));
        addFlag<core::VpnConnectionLink>(page, binder, QStringLiteral("bgp"), tr("BGP"),
                                         &core::VpnConnectionLink::bgp,
                                         tr("Exchange routes over BGP instead of static ones"));
        addWeight<core::VpnConnectionLink>(page, binder);
        addHubDefaultRoute<core::VpnConnectionLink>(
            page, binder,
            tr("Azure's \"Propagate default route\" on a connection to a hub's VPN gateway: "
               "the hub sends its 0.0.0.0/0 (from internet routing intent) to the site. "
               "Default: off."));
        break;
    case core::LinkKind::BgpSession:
        break; // no fields of its own
    case core::LinkKind::HubConnection:
        page->addSection(tr("Hub connection"));
        addFlag<core::HubConnectionLink>(
            page, binder, QStringLiteral("propagateDefaultRoute"), tr("Propagate default route"),
            &core::HubConnectionLink::propagateDefaultRoute,
            tr("Azure's \"Propagate default route\" (enableInternetSecurity): the hub programs "
               "its 0.0.0.0/0 (from internet routing intent, or learned from a branch) into this "
               "VNet, so its internet traffic goes through the hub. The connection is associated "
               "with the hub's default route table and propagates to it as routing intent "
               "decides; custom route tables are not modelled. Default: on."));
        break;
    }
}

} // namespace avsnet::ui
