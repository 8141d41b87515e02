// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpage.h"

#include "scene/nodestyle.h"
#include "commands/designcommands.h"
#include "document/displaynames.h"
#include "document/document.h"
#include "fieldeditors.h"
#include "idfield.h"
#include "notesedit.h"

#include <QLabel>

namespace avsnet::ui {

using core::Link;

LinkPage::LinkPage(Document *document, const std::string &id, QWidget *parent)
    : PropertyPage(parent)
    , m_id(id)
    , m_binder(
          document, [document, id] { return document->topology().link(id); },
          [document](const Link &before, const Link &after, const QString &field,
                     const QString &mergeKey) {
              const QString text = tr("Change %1 of %2")
                                       .arg(field, DisplayNames(document->topology()).link(after.id));
              document->undoStack()->push(new ChangeLink(document, before, after, text, mergeKey));
          })
{
    setObjectName(QStringLiteral("linkPage"));
    const Link *link = m_binder.current();
    if (!link)
        return;
    const core::LinkKind kind = link->kind();

    addReadOnly(tr("Kind"), QStringLiteral("kind"), linkLabel(kind));
    addIdField(this, m_binder);
    QLabel *from = addReadOnly(tr("From"), QStringLiteral("from"));
    QLabel *to = addReadOnly(tr("To"), QStringLiteral("to"));
    // The title and the ends show node names, which change under the link.
    m_binder.addRefresher([this, document, from, to, kind](const Link &link) {
        const DisplayNames names(document->topology());
        setTitle(QStringLiteral("%1: %2").arg(linkLabel(kind), names.link(link.id)));
        from->setText(nodeLabel(document->topology(), link.from));
        to->setText(nodeLabel(document->topology(), link.to));
    });

    auto *disabled = addField(QString(), createCheckBox(QStringLiteral("disabled"), tr("Disabled"),
                                                        tr("What-if: a disabled link carries "
                                                           "nothing")));
    m_binder.bindCheckBox(
        disabled, [](const Link &link) { return link.disabled; },
        [](Link &link, bool checked) { link.disabled = checked; });

    addLinkKindFields(this, m_binder, kind);

    addSection(tr("Notes"));
    auto *notes = addField(QString(), named(new NotesEdit, QStringLiteral("notes")));
    m_binder.bindEditor<NotesEdit, QString>(
        notes, [](const Link &link) { return toQString(link.notes); },
        [](Link &link, const QString &text) { link.notes = text.toStdString(); });

    m_binder.refresh();
}

LinkPage::~LinkPage()
{
    detach();
}

bool LinkPage::refresh()
{
    return m_binder.refresh();
}

void LinkPage::detach()
{
    m_binder.detach();
}

} // namespace avsnet::ui
