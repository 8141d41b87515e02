// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace avsnet::ui {

// Factories for the typed editors of the property pages. Each editor's objectName is its
// field path ("asn", "asPath.prepend"): the binder uses it as the undo merge key and tests
// find editors by it.

// One entry of a combo box: what it shows and the model value it stands for.
struct Choice
{
    QString label;
    QString value;
    bool operator==(const Choice &) const = default;
};

QLineEdit *createLineEdit(const QString &field, const QString &placeholder = {});
// Digits only; the range (1..4294967295) is checked on commit, so the reason can be shown.
QLineEdit *createAsnEdit(const QString &field, bool optional);
QLineEdit *createPrefixEdit(const QString &field, const QString &placeholder);
QLineEdit *createAddressEdit(const QString &field);
QCheckBox *createCheckBox(const QString &field, const QString &text, const QString &toolTip = {});
// Commits on Enter, focus loss or arrows, not per keystroke.
QSpinBox *createSpinBox(const QString &field, int minimum, int maximum, const QString &suffix = {});
QComboBox *createComboBox(const QString &field, const QList<Choice> &choices = {});
// Replaces the entries, keeping the current value; does nothing when they are unchanged.
void setChoices(QComboBox *combo, const QList<Choice> &choices);

// The VNets of the design; `current` is listed even when it is not a VNet (a finding).
QList<Choice> vnetChoices(const core::Topology &topology, const std::string &current);
// The same for any kind: the design's nodes of `kind`, `current` listed even when it is not
// one ("(none)" when empty).
QList<Choice> nodeChoices(const core::Topology &topology, core::NodeKind kind,
                          const std::string &current);
// The subnets of one VNet, plus `current` when missing.
QList<Choice> subnetChoices(const core::Topology &topology, const std::string &vnetId,
                            const std::string &current);

// "Hub (vnet1)", or the id alone when the node has no name or does not exist.
QString nodeLabel(const core::Topology &topology, const std::string &id);

// Sets the field path as objectName before the editor is added to a page (its hint is named
// after it).
template<typename Editor> Editor *named(Editor *editor, const QString &field)
{
    editor->setObjectName(field);
    return editor;
}

inline QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace avsnet::ui
