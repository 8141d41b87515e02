// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkeditors.h"

#include "fieldeditors.h"
#include "propertypage.h"

#include <QCoreApplication>

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
        break;
    case core::LinkKind::GlobalReach:
        page->addSection(tr("Global Reach"));
        addOptionalPrefix<core::GlobalReachLink>(page, binder, QStringLiteral("subnet"),
                                                 tr("Subnet"), &core::GlobalReachLink::subnet, 29,
                                                 tr("192.168.200.0/29"));
        break;
    case core::LinkKind::VnetPeering:
        page->addSection(tr("Peering"));
        addFlag<core::VnetPeeringLink>(
            page, binder, QStringLiteral("useRemoteGateways"), tr("Use remote gateways"),
            &core::VnetPeeringLink::useRemoteGateways,
            tr("\"From\" uses the gateways and Route Server of \"to\"; \"to\" allows gateway "
               "transit"));
        addFlag<core::VnetPeeringLink>(page, binder, QStringLiteral("allowForwardedTraffic"),
                                       tr("Allow forwarded traffic"),
                                       &core::VnetPeeringLink::allowForwardedTraffic,
                                       tr("Accept traffic that did not start in the peer VNet"));
        break;
    case core::LinkKind::VpnConnection:
        page->addSection(tr("Connection"));
        addFlag<core::VpnConnectionLink>(page, binder, QStringLiteral("bgp"), tr("BGP"),
                                         &core::VpnConnectionLink::bgp,
                                         tr("Exchange routes over BGP instead of static ones"));
        addWeight<core::VpnConnectionLink>(page, binder);
        break;
    case core::LinkKind::BgpSession:
        break; // no fields of its own
    }
}

} // namespace avsnet::ui
