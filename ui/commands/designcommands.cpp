// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "designcommands.h"

#include "document/containment.h"
#include "document/document.h"
#include "mergeids.h"
#include "model/rename.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::Commands", text);
}

} // namespace

AddItems::AddItems(Document *document, std::vector<core::Node> nodes,
                   std::vector<core::Link> links, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_nodes(std::move(nodes))
    , m_links(std::move(links))
{}

void AddItems::redo()
{
    // Nodes first, so every link finds its ends.
    for (const auto &node : m_nodes)
        m_document->insertNode(m_document->topology().nodes.size(), node);
    for (const auto &link : m_links)
        m_document->insertLink(m_document->topology().links.size(), link);
}

void AddItems::undo()
{
    for (auto link = m_links.rbegin(); link != m_links.rend(); ++link)
        m_document->takeLink(link->id);
    for (auto node = m_nodes.rbegin(); node != m_nodes.rend(); ++node)
        m_document->takeNode(node->id);
}

RemoveItems::RemoveItems(Document *document, const std::vector<std::string> &nodeIds,
                         const std::vector<std::string> &linkIds)
    : m_document(document)
{
    const core::Topology &topology = document->topology();
    const std::set<std::string> nodes(nodeIds.begin(), nodeIds.end());
    std::set<std::string> links(linkIds.begin(), linkIds.end());
    // A node takes its links along; a container takes what it holds (containment.h): a VNet
    // its gateways, Route Servers and NVAs, a hub its gateways and firewalls, a Virtual WAN
    // its hubs and theirs.
    const std::set<std::string> removedNodes = withContents(topology, nodes);
    for (const auto &link : topology.links) {
        if (removedNodes.contains(link.from) || removedNodes.contains(link.to))
            links.insert(link.id);
    }
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (removedNodes.contains(topology.nodes[i].id))
            m_nodes.emplace_back(i, topology.nodes[i]);
    }
    for (std::size_t i = 0; i < topology.links.size(); ++i) {
        if (links.contains(topology.links[i].id))
            m_links.emplace_back(i, topology.links[i]);
    }
    const std::size_t count = m_nodes.size() + m_links.size();
    setText(count == 1 ? (m_nodes.empty() ? tr("Delete link") : tr("Delete node"))
                       : tr("Delete %1 items").arg(count));
}

void RemoveItems::redo()
{
    for (auto link = m_links.rbegin(); link != m_links.rend(); ++link)
        m_document->takeLink(link->second.id);
    for (auto node = m_nodes.rbegin(); node != m_nodes.rend(); ++node)
        m_document->takeNode(node->second.id);
}

void RemoveItems::undo()
{
    // Ascending indexes restore the original order exactly, so the saved file is unchanged.
    for (const auto &[index, node] : m_nodes)
        m_document->insertNode(index, node);
    for (const auto &[index, link] : m_links)
        m_document->insertLink(index, link);
}

MoveNodes::MoveNodes(Document *document, std::map<std::string, core::Position> before,
                     std::map<std::string, core::Position> after, const QString &text)
    : QUndoCommand(text.isEmpty() ? (after.size() == 1 ? tr("Move node")
                                                       : tr("Move %1 nodes").arg(after.size()))
                                  : text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void MoveNodes::redo()
{
    m_document->setPositions(m_after);
}

void MoveNodes::undo()
{
    // A node that had no position before gets it cleared again, so undo is exact.
    std::map<std::string, core::Position> restore;
    std::vector<std::string> cleared;
    for (const auto &[id, position] : m_before)
        restore[id] = position;
    m_document->setPositions(restore);
    for (const auto &[id, position] : m_after) {
        if (!m_before.contains(id)) {
            core::Node node = m_document->topology().nodes[m_document->nodeIndex(id)];
            node.position.reset();
            m_document->replaceNode(node);
        }
    }
}

template<>
int ChangeItem<core::Node>::mergeId()
{
    return MergeChangeNode;
}

template<>
void ChangeItem<core::Node>::replace(const core::Node &node)
{
    m_document->replaceNode(node);
}

template<>
int ChangeItem<core::Link>::mergeId()
{
    return MergeChangeLink;
}

template<>
void ChangeItem<core::Link>::replace(const core::Link &link)
{
    m_document->replaceLink(link);
}

SetIntents::SetIntents(Document *document, std::vector<core::Intent> after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->topology().intents)
    , m_after(std::move(after))
{}

void SetIntents::redo()
{
    m_document->setIntents(m_after);
}

void SetIntents::undo()
{
    m_document->setIntents(m_before);
}

SetDesignInfo::SetDesignInfo(Document *document, std::string name, std::string description)
    : QUndoCommand(tr("Edit design description"))
    , m_document(document)
    , m_before(document->topology().name, document->topology().description)
    , m_after(std::move(name), std::move(description))
{}

void SetDesignInfo::redo()
{
    m_document->setDesignInfo(m_after.first, m_after.second);
}

void SetDesignInfo::undo()
{
    m_document->setDesignInfo(m_before.first, m_before.second);
}

int SetDesignInfo::id() const
{
    return MergeDesignInfo;
}

bool SetDesignInfo::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const SetDesignInfo *>(other)->m_after;
    return true;
}

RenameItem::RenameItem(Document *document, std::string from, std::string to,
                       const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_before(document->topology())
    , m_after(document->topology())
{
    core::renameItem(m_after, m_from, m_to);
}

void RenameItem::redo()
{
    m_document->renameItem(m_after, m_from, m_to);
}

void RenameItem::undo()
{
    m_document->renameItem(m_before, m_to, m_from);
}

ReplaceDesign::ReplaceDesign(Document *document, core::Topology after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->topology())
    , m_after(std::move(after))
{}

void ReplaceDesign::redo()
{
    m_document->replaceTopology(m_after);
}

void ReplaceDesign::undo()
{
    m_document->replaceTopology(m_before);
}

} // namespace avsnet::ui
