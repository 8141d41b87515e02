// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "designpage.h"

#include "commands/designcommands.h"
#include "document/document.h"
#include "fieldeditors.h"
#include "notesedit.h"

#include <QLineEdit>
#include <QSignalBlocker>

namespace avsnet::ui {

DesignPage::DesignPage(Document *document, QWidget *parent)
    : PropertyPage(parent)
    , m_document(document)
    , m_name(createLineEdit(QStringLiteral("name"), tr("Untitled")))
    , m_description(named(new NotesEdit, QStringLiteral("description")))
{
    setObjectName(QStringLiteral("designPage"));
    setTitle(tr("Design"));
    addField(tr("Name"), m_name);
    addField(tr("Description"), m_description);
    m_description->setToolTip(tr("Free text, shown in reports"));
    connect(m_name, &QLineEdit::editingFinished, this, &DesignPage::commit);
    connect(m_description, &NotesEdit::edited, this, &DesignPage::commit);
    refresh();
}

DesignPage::~DesignPage()
{
    detach();
}

void DesignPage::detach()
{
    m_name->disconnect(this);
    m_description->disconnect(this);
}

bool DesignPage::refresh()
{
    const auto &topology = m_document->topology();
    const std::pair<QString, QString> value(toQString(topology.name),
                                            toQString(topology.description));
    // Only fields whose model value changed are touched, so typing is never overwritten.
    if (m_shown && m_shown->first == value.first && m_shown->second == value.second)
        return true;
    if (!m_shown || m_shown->first != value.first) {
        if (m_name->text() != value.first) {
            const int cursor = m_name->cursorPosition();
            const QSignalBlocker blocker(m_name);
            m_name->setText(value.first);
            m_name->setCursorPosition(std::min(cursor, int(value.first.size())));
        }
    }
    if (!m_shown || m_shown->second != value.second)
        m_description->setValue(value.second);
    m_shown = value;
    return true;
}

void DesignPage::commit()
{
    const std::string name = m_name->text().trimmed().toStdString();
    const std::string description = m_description->value().toStdString();
    const auto &topology = m_document->topology();
    if (name == topology.name && description == topology.description)
        return;
    m_document->undoStack()->push(new SetDesignInfo(m_document, name, description));
}

} // namespace avsnet::ui
