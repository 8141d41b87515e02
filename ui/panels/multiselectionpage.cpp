// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "multiselectionpage.h"

#include "commands/designcommands.h"
#include "document/document.h"
#include "fieldeditors.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>

namespace avsnet::ui {

MultiSelectionPage::MultiSelectionPage(Document *document, const QStringList &ids, QWidget *parent)
    : PropertyPage(parent)
    , m_document(document)
    , m_ids(ids)
{
    setObjectName(QStringLiteral("multiSelectionPage"));
    setTitle(tr("%1 items selected").arg(ids.size()));
    const auto &topology = document->topology();
    int nodes = 0;
    int links = 0;
    for (const QString &id : ids) {
        nodes += topology.node(id.toStdString()) != nullptr;
        links += topology.link(id.toStdString()) != nullptr;
    }
    addReadOnly(tr("Selection"), QStringLiteral("summary"),
                tr("%1 nodes, %2 links").arg(nodes).arg(links));
    if (nodes != ids.size() && links != ids.size())
        return;
    m_nodes = nodes == ids.size();
    m_disabled = addField(QString(), createCheckBox(QStringLiteral("disabled"), tr("Disabled"),
                                                    tr("What-if: switch all of them off")));
    // clicked, not toggled: a partly checked box goes to checked, and the model decides the
    // state shown afterwards.
    connect(m_disabled, &QCheckBox::clicked, this,
            [this] { setDisabled(m_disabled->checkState() != Qt::Unchecked); });
    refresh();
}

MultiSelectionPage::~MultiSelectionPage()
{
    detach();
}

void MultiSelectionPage::detach()
{
    if (m_disabled)
        m_disabled->disconnect(this);
}

bool MultiSelectionPage::refresh()
{
    const auto &topology = m_document->topology();
    int disabled = 0;
    for (const QString &id : m_ids) {
        const std::string key = id.toStdString();
        const core::Node *node = topology.node(key);
        const core::Link *link = topology.link(key);
        if (!node && !link)
            return false;
        disabled += (node && node->disabled) || (link && link->disabled);
    }
    if (m_disabled) {
        const QSignalBlocker blocker(m_disabled);
        const bool mixed = disabled > 0 && disabled < m_ids.size();
        m_disabled->setTristate(mixed);
        m_disabled->setCheckState(mixed ? Qt::PartiallyChecked
                                        : (disabled > 0 ? Qt::Checked : Qt::Unchecked));
    }
    return true;
}

void MultiSelectionPage::setDisabled(bool disabled)
{
    // The topology is looked up afresh per item: each push may copy it (copy-on-write).
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(disabled ? tr("Disable %1 items").arg(m_ids.size())
                               : tr("Enable %1 items").arg(m_ids.size()));
    for (const QString &id : m_ids) {
        const std::string key = id.toStdString();
        if (m_nodes) {
            const core::Node *node = m_document->topology().node(key);
            if (!node || node->disabled == disabled)
                continue;
            core::Node after = *node;
            after.disabled = disabled;
            stack->push(new ChangeNode(m_document, *node, after, tr("Disable node")));
        } else {
            const core::Link *link = m_document->topology().link(key);
            if (!link || link->disabled == disabled)
                continue;
            core::Link after = *link;
            after.disabled = disabled;
            stack->push(new ChangeLink(m_document, *link, after, tr("Disable link")));
        }
    }
    stack->endMacro();
}

} // namespace avsnet::ui
