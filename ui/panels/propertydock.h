// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

class QScrollArea;

namespace avsnet::ui {

class Document;
class PropertyPage;
class Selection;

// The property editor: typed, validated editors for every field of the selected node or link
// (format.md), the design's name and description when nothing is selected, and a shared
// "Disabled" switch for several items. It builds a page when the selection changes and only
// refreshes values on document changes (undo included), so typing keeps focus and cursor. It
// writes the design only by pushing undo commands.
class PropertyDock final : public QDockWidget
{
    Q_OBJECT

public:
    PropertyDock(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~PropertyDock() override;

    // The page shown now: a DesignPage, NodePage, LinkPage or MultiSelectionPage.
    PropertyPage *page() const { return m_page; }

private:
    void rebuild();
    void refresh();

    // Guarded: at shutdown the document or the selection may go before the dock.
    QPointer<Document> m_document;
    QPointer<Selection> m_selection;
    QScrollArea *m_scrollArea;
    PropertyPage *m_page = nullptr;
    bool m_rebuilding = false;
};

} // namespace avsnet::ui
