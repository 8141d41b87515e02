// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "io/documentreader.h"
#include "io/documentwriter.h"

#include <QFileInfo>

#include <algorithm>

namespace avsnet::ui {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_topology(std::make_shared<core::Topology>())
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean); });
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_topology->name.empty() ? tr("Untitled") : QString::fromStdString(m_topology->name);
}

core::Topology &Document::mutableTopology()
{
    // Copy-on-write: an analysis snapshot may still read the current topology.
    if (m_topology.use_count() > 1)
        m_topology = std::make_shared<core::Topology>(*m_topology);
    return *m_topology;
}

void Document::reset(core::Topology topology, const QString &filePath)
{
    m_topology = std::make_shared<core::Topology>(std::move(topology));
    m_undoStack.clear();
    m_undoStack.setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit topologyReset();
    emit changed();
    emit modificationChanged(false);
}

bool Document::load(const QString &filePath, QString *error)
{
    auto result = core::DocumentReader::readFile(filePath.toStdString());
    if (const auto *failure = std::get_if<core::LoadError>(&result)) {
        if (error)
            *error = QString::fromStdString(failure->toString());
        return false;
    }
    reset(std::get<core::Topology>(std::move(result)), filePath);
    return true;
}

bool Document::save(const QString &filePath, QString *error)
{
    const std::string failure = core::DocumentWriter::writeFile(*m_topology, filePath.toStdString());
    if (!failure.empty()) {
        if (error)
            *error = QString::fromStdString(failure);
        return false;
    }
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    m_undoStack.setClean();
    return true;
}

std::string Document::toText() const
{
    return core::DocumentWriter::toText(*m_topology);
}

std::size_t Document::nodeIndex(const std::string &id) const
{
    const auto &nodes = m_topology->nodes;
    return std::size_t(std::find_if(nodes.begin(), nodes.end(),
                                    [&](const core::Node &node) { return node.id == id; })
                       - nodes.begin());
}

std::size_t Document::linkIndex(const std::string &id) const
{
    const auto &links = m_topology->links;
    return std::size_t(std::find_if(links.begin(), links.end(),
                                    [&](const core::Link &link) { return link.id == id; })
                       - links.begin());
}

std::string Document::uniqueId(const std::string &stem) const
{
    for (int number = 1;; ++number) {
        const std::string candidate = stem + std::to_string(number);
        if (nodeIndex(candidate) == m_topology->nodes.size()
            && linkIndex(candidate) == m_topology->links.size())
            return candidate;
    }
}

void Document::insertNode(std::size_t index, core::Node node)
{
    auto &nodes = mutableTopology().nodes;
    const QString id = QString::fromStdString(node.id);
    nodes.insert(nodes.begin() + std::ptrdiff_t(std::min(index, nodes.size())), std::move(node));
    emit nodeAdded(id);
    emit changed();
}

core::Node Document::takeNode(const std::string &id)
{
    const std::size_t index = nodeIndex(id);
    emit nodeAboutToBeRemoved(QString::fromStdString(id));
    auto &nodes = mutableTopology().nodes;
    core::Node node = std::move(nodes[index]);
    nodes.erase(nodes.begin() + std::ptrdiff_t(index));
    emit changed();
    return node;
}

void Document::replaceNode(const core::Node &node)
{
    mutableTopology().nodes[nodeIndex(node.id)] = node;
    emit nodeChanged(QString::fromStdString(node.id));
    emit changed();
}

void Document::setPositions(const std::map<std::string, core::Position> &positions)
{
    auto &topology = mutableTopology();
    QStringList ids;
    for (const auto &[id, position] : positions) {
        topology.nodes[nodeIndex(id)].position = position;
        ids.append(QString::fromStdString(id));
    }
    emit nodesMoved(ids);
    emit changed();
}

void Document::insertLink(std::size_t index, core::Link link)
{
    auto &links = mutableTopology().links;
    const QString id = QString::fromStdString(link.id);
    links.insert(links.begin() + std::ptrdiff_t(std::min(index, links.size())), std::move(link));
    emit linkAdded(id);
    emit changed();
}

core::Link Document::takeLink(const std::string &id)
{
    const std::size_t index = linkIndex(id);
    emit linkAboutToBeRemoved(QString::fromStdString(id));
    auto &links = mutableTopology().links;
    core::Link link = std::move(links[index]);
    links.erase(links.begin() + std::ptrdiff_t(index));
    emit changed();
    return link;
}

void Document::replaceLink(const core::Link &link)
{
    mutableTopology().links[linkIndex(link.id)] = link;
    emit linkChanged(QString::fromStdString(link.id));
    emit changed();
}

void Document::setIntents(std::vector<core::Intent> intents)
{
    mutableTopology().intents = std::move(intents);
    emit intentsChanged();
    emit changed();
}

void Document::setAnnotations(std::vector<core::Annotation> annotations)
{
    mutableTopology().annotations = std::move(annotations);
    emit annotationsChanged();
    emit changed();
}

void Document::setDesignInfo(const std::string &name, const std::string &description)
{
    auto &topology = mutableTopology();
    topology.name = name;
    topology.description = description;
    emit designInfoChanged();
    emit changed();
}

void Document::renameItem(core::Topology topology, const std::string &from, const std::string &to)
{
    m_topology = std::make_shared<core::Topology>(std::move(topology));
    emit itemRenamed(QString::fromStdString(from), QString::fromStdString(to));
    emit topologyReset();
    emit changed();
}

void Document::replaceTopology(core::Topology topology)
{
    m_topology = std::make_shared<core::Topology>(std::move(topology));
    emit topologyReset();
    emit changed();
}

} // namespace avsnet::ui
