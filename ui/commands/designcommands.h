// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QUndoCommand>

#include <map>
#include <string>
#include <vector>

namespace avsnet::ui {

class Document;

// Every edit of a design is one of these commands (one undo step each): each keeps ids and values,
// never pointers, so undo and redo survive any order of deletes and pastes.

// Adds nodes and links (a drop from the palette, a new link, paste, duplicate).
class AddItems final : public QUndoCommand
{
public:
    AddItems(Document *document, std::vector<core::Node> nodes, std::vector<core::Link> links,
             const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::vector<core::Node> m_nodes;
    std::vector<core::Link> m_links;
};

// Removes nodes (with every link that touches them) and links.
class RemoveItems final : public QUndoCommand
{
public:
    RemoveItems(Document *document, const std::vector<std::string> &nodeIds,
                const std::vector<std::string> &linkIds);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::vector<std::pair<std::size_t, core::Node>> m_nodes; // with their index, ascending
    std::vector<std::pair<std::size_t, core::Link>> m_links;
};

// Moves nodes: one command per drag, or per arrange action.
class MoveNodes final : public QUndoCommand
{
public:
    MoveNodes(Document *document, std::map<std::string, core::Position> before,
              std::map<std::string, core::Position> after, const QString &text = {});
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::map<std::string, core::Position> m_before;
    std::map<std::string, core::Position> m_after;
};

// Changes any field of one node or link: the generic property edit. Edits of the same field
// of the same item in a row merge, so typing a name is one step of history.
template<typename Item>
class ChangeItem final : public QUndoCommand
{
public:
    ChangeItem(Document *document, Item before, Item after, const QString &text,
               const QString &field = {})
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
    {}
    void redo() override { replace(m_after); }
    void undo() override { replace(m_before); }
    int id() const override { return m_field.isEmpty() ? -1 : mergeId(); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeItem *>(other);
        if (next->m_field != m_field || next->m_after.id != m_after.id)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    static int mergeId();
    void replace(const Item &item);

    Document *m_document;
    Item m_before;
    Item m_after;
    QString m_field;
};

// Defined in designcommands.cpp: how each kind of item is replaced and merged.
template<> int ChangeItem<core::Node>::mergeId();
template<> void ChangeItem<core::Node>::replace(const core::Node &node);
template<> int ChangeItem<core::Link>::mergeId();
template<> void ChangeItem<core::Link>::replace(const core::Link &link);

using ChangeNode = ChangeItem<core::Node>;
using ChangeLink = ChangeItem<core::Link>;

// Replaces the intents (add from a trace, edit, delete).
class SetIntents final : public QUndoCommand
{
public:
    SetIntents(Document *document, std::vector<core::Intent> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::vector<core::Intent> m_before;
    std::vector<core::Intent> m_after;
};

// Changes the design's name and description.
class SetDesignInfo final : public QUndoCommand
{
public:
    SetDesignInfo(Document *document, std::string name, std::string description);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    std::pair<std::string, std::string> m_before;
    std::pair<std::string, std::string> m_after;
};

// Gives a node or a link a new id, and every reference to it (core::renameItem), as one
// step. The whole design before and after is kept, so undo is exact whatever the design
// held (an intent may name an id that did not exist yet).
class RenameItem final : public QUndoCommand
{
public:
    // Check with core::checkNewId first: a refused rename changes nothing.
    RenameItem(Document *document, std::string from, std::string to, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::string m_from;
    std::string m_to;
    core::Topology m_before;
    core::Topology m_after;
};

// Replaces the whole design as one step (auto layout, a lesson's solution).
class ReplaceDesign final : public QUndoCommand
{
public:
    ReplaceDesign(Document *document, core::Topology after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    core::Topology m_before;
    core::Topology m_after;
};

} // namespace avsnet::ui
