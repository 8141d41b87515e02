// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertydock.h"

#include "designpage.h"
#include "document/document.h"
#include "document/selection.h"
#include "linkpage.h"
#include "multiselectionpage.h"
#include "nodepage.h"

#include <QScrollArea>

namespace avsnet::ui {

namespace {

// markField() sets "fieldState"; a property selector re-evaluates on re-polish.
const char fieldStyleSheet[] = R"(
*[fieldState="invalid"] { border: 1px solid #d32f2f; border-radius: 2px; }
*[fieldState="warning"] { border: 1px solid #e0a000; border-radius: 2px; }
)";

} // namespace

PropertyDock::PropertyDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_scrollArea(new QScrollArea)
{
    setObjectName(QStringLiteral("propertyDock"));
    m_scrollArea->setObjectName(QStringLiteral("propertyScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setStyleSheet(QString::fromLatin1(fieldStyleSheet));
    setWidget(m_scrollArea);

    connect(m_selection, &Selection::changed, this, &PropertyDock::rebuild);
    connect(m_document, &Document::topologyReset, this, &PropertyDock::rebuild);
    // Every change, not only nodeChanged/linkChanged of the shown id: pages also show other
    // items (the VNets a gateway may live in, the names of a link's ends).
    connect(m_document, &Document::changed, this, &PropertyDock::refresh);
    connect(m_document, &QObject::destroyed, this, [this] {
        if (m_page)
            m_page->detach();
    });
    rebuild();
}

PropertyDock::~PropertyDock()
{
    // Closing moves focus out of the page: it must not commit now, and no document signal may
    // reach this half-destroyed dock.
    if (m_page)
        m_page->detach();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
}

void PropertyDock::rebuild()
{
    if (m_rebuilding || !m_document || !m_selection)
        return;
    m_rebuilding = true;
    if (PropertyPage *old = m_page) {
        // Taking the page out moves focus away, which may commit a field being edited: it
        // goes to the item that page showed, while no page listens for refreshes.
        m_page = nullptr;
        m_scrollArea->takeWidget();
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }

    const auto &topology = m_document->topology();
    QStringList ids;
    for (const QString &id : m_selection->ids()) {
        const std::string key = id.toStdString();
        if (topology.node(key) || topology.link(key))
            ids.append(id);
    }
    if (ids.isEmpty())
        m_page = new DesignPage(m_document);
    else if (ids.size() > 1)
        m_page = new MultiSelectionPage(m_document, ids);
    else if (topology.node(ids.front().toStdString()))
        m_page = new NodePage(m_document, ids.front().toStdString());
    else
        m_page = new LinkPage(m_document, ids.front().toStdString());
    m_scrollArea->setWidget(m_page);
    m_rebuilding = false;
}

void PropertyDock::refresh()
{
    if (!m_page || m_rebuilding || !m_document)
        return;
    // The item shown is gone (deleted while selected): show what is left of the selection.
    if (!m_page->refresh())
        rebuild();
}

} // namespace avsnet::ui
