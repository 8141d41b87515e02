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

// Every edit of a design is one of these commands (STYLE.md): each keeps ids and values,
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

// Changes any field of one node: the generic property edit. Edits of the same field of the
// same node in a row merge, so typing a name is one step of history.
class ChangeNode final : public QUndoCommand
{
public:
    ChangeNode(Document *document, core::Node before, core::Node after, const QString &text,
               const QString &field = {});
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    core::Node m_before;
    core::Node m_after;
    QString m_field;
};

// Changes any field of one link.
class ChangeLink final : public QUndoCommand
{
public:
    ChangeLink(Document *document, core::Link before, core::Link after, const QString &text,
               const QString &field = {});
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    core::Link m_before;
    core::Link m_after;
    QString m_field;
};

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
