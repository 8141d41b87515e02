// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::FieldEditors", text);
}

QList<Choice> currentChoices(const QComboBox *combo)
{
    QList<Choice> choices;
    for (int index = 0; index < combo->count(); ++index)
        choices.append({combo->itemText(index), combo->itemData(index).toString()});
    return choices;
}

} // namespace

QLineEdit *createLineEdit(const QString &field, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(field);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLineEdit *createAsnEdit(const QString &field, bool optional)
{
    auto *edit = createLineEdit(field, optional ? tr("none") : tr("65001"));
    // Up to ten digits: 4294967296 gets through to the range check and its message.
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), edit));
    edit->setToolTip(tr("Autonomous system number, 1 to 4294967295"));
    return edit;
}

QLineEdit *createPrefixEdit(const QString &field, const QString &placeholder)
{
    auto *edit = createLineEdit(field, placeholder);
    edit->setToolTip(tr("An IPv4 prefix in CIDR notation"));
    return edit;
}

QLineEdit *createAddressEdit(const QString &field)
{
    auto *edit = createLineEdit(field, tr("10.0.1.4"));
    edit->setToolTip(tr("An IPv4 address"));
    return edit;
}

QCheckBox *createCheckBox(const QString &field, const QString &text, const QString &toolTip)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(field);
    box->setToolTip(toolTip);
    return box;
}

QSpinBox *createSpinBox(const QString &field, int minimum, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(field);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    return spin;
}

QComboBox *createComboBox(const QString &field, const QList<Choice> &choices)
{
    auto *combo = new QComboBox;
    combo->setObjectName(field);
    setChoices(combo, choices);
    return combo;
}

void setChoices(QComboBox *combo, const QList<Choice> &choices)
{
    if (currentChoices(combo) == choices)
        return;
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const Choice &choice : choices)
        combo->addItem(choice.label, choice.value);
    combo->setCurrentIndex(combo->findData(current));
}

QList<Choice> vnetChoices(const core::Topology &topology, const std::string &current)
{
    return nodeChoices(topology, core::NodeKind::Vnet, current);
}

QList<Choice> nodeChoices(const core::Topology &topology, core::NodeKind kind,
                          const std::string &current)
{
    QList<Choice> choices;
    bool listed = false;
    for (const auto &node : topology.nodes) {
        if (node.kind() != kind)
            continue;
        choices.append({nodeLabel(topology, node.id), toQString(node.id)});
        listed = listed || node.id == current;
    }
    if (!listed) {
        QString missing;
        switch (kind) {
        case core::NodeKind::Vnet:
            missing = tr("%1 (not a VNet)");
            break;
        case core::NodeKind::VwanHub:
            missing = tr("%1 (not a virtual hub)");
            break;
        case core::NodeKind::Vwan:
            missing = tr("%1 (not a Virtual WAN)");
            break;
        case core::NodeKind::HubFirewall:
            missing = tr("%1 (not a hub firewall)");
            break;
        case core::NodeKind::OnPrem:
        case core::NodeKind::ErCircuit:
        case core::NodeKind::Avs:
        case core::NodeKind::ErGateway:
        case core::NodeKind::VpnGateway:
        case core::NodeKind::RouteServer:
        case core::NodeKind::Nva:
        case core::NodeKind::Internet:
            missing = tr("%1 (missing)");
            break;
        }
        choices.prepend({current.empty() ? tr("(none)") : missing.arg(toQString(current)),
                         toQString(current)});
    }
    return choices;
}

QList<Choice> subnetChoices(const core::Topology &topology, const std::string &vnetId,
                            const std::string &current)
{
    QList<Choice> choices;
    bool listed = false;
    const core::Node *node = topology.node(vnetId);
    if (const auto *vnet = node ? node->as<core::VirtualNetwork>() : nullptr) {
        for (const auto &subnet : vnet->subnets) {
            choices.append({QStringLiteral("%1 (%2)").arg(toQString(subnet.name),
                                                          toQString(subnet.prefix.toString())),
                            toQString(subnet.name)});
            listed = listed || subnet.name == current;
        }
    }
    if (!listed) {
        choices.prepend(
            {current.empty() ? tr("(none)") : tr("%1 (missing)").arg(toQString(current)),
             toQString(current)});
    }
    return choices;
}

QString nodeLabel(const core::Topology &topology, const std::string &id)
{
    const core::Node *node = topology.node(id);
    if (!node || node->name.empty() || node->name == id)
        return toQString(id);
    return QStringLiteral("%1 (%2)").arg(toQString(node->name), toQString(id));
}

} // namespace avsnet::ui
