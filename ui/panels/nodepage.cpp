// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodepage.h"

#include "scene/nodestyle.h"
#include "commands/designcommands.h"
#include "document/document.h"
#include "fieldeditors.h"
#include "idfield.h"
#include "notesedit.h"

#include <QLabel>

namespace avsnet::ui {

using core::Node;

NodePage::NodePage(Document *document, const std::string &id, QWidget *parent)
    : PropertyPage(parent)
    , m_id(id)
    , m_binder(
          document, [document, id] { return document->topology().node(id); },
          [document](const Node &before, const Node &after, const QString &field,
                     const QString &mergeKey) {
              const QString text = tr("Change %1 of %2").arg(field, toQString(after.displayName()));
              document->undoStack()->push(new ChangeNode(document, before, after, text, mergeKey));
          })
{
    setObjectName(QStringLiteral("nodePage"));
    const Node *node = m_binder.current();
    if (!node)
        return;
    const core::NodeKind kind = node->kind();

    addReadOnly(tr("Kind"), QStringLiteral("kind"), kindLabel(kind));
    m_binder.addRefresher([this, kind](const Node &node) {
        setTitle(QStringLiteral("%1: %2").arg(kindLabel(kind), toQString(node.displayName())));
    });

    auto *name = addField(tr("Name"), createLineEdit(QStringLiteral("name"), toQString(id)));
    name->setToolTip(tr("What people read: the canvas, traces, findings and exports show it; "
                        "empty shows the id"));
    m_binder.bindLineEdit(
        name, [](const Node &node) { return toQString(node.name); },
        [](const QString &) { return FieldCheck::valid(); },
        [](Node &node, const QString &text) { node.name = text.trimmed().toStdString(); });
    addIdField(this, m_binder);

    auto *disabled = addField(QString(), createCheckBox(QStringLiteral("disabled"), tr("Disabled"),
                                                        tr("What-if: a disabled node takes part in "
                                                           "nothing")));
    m_binder.bindCheckBox(
        disabled, [](const Node &node) { return node.disabled; },
        [](Node &node, bool checked) { node.disabled = checked; });

    addNodeKindFields(this, m_binder, kind);

    addSection(tr("Notes"));
    auto *notes = addField(QString(), named(new NotesEdit, QStringLiteral("notes")));
    m_binder.bindEditor<NotesEdit, QString>(
        notes, [](const Node &node) { return toQString(node.notes); },
        [](Node &node, const QString &text) { node.notes = text.toStdString(); });

    m_binder.refresh();
}

NodePage::~NodePage()
{
    detach();
}

bool NodePage::refresh()
{
    return m_binder.refresh();
}

void NodePage::detach()
{
    m_binder.detach();
}

} // namespace avsnet::ui
