// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <map>
#include <memory>
#include <string>

namespace avsnet::ui {

// The one way to change a design: owns the topology, the undo stack, the file
// path and the modified flag. Only undo commands call the mutators; every view listens to
// the signals. Node and link ids are std::string in the model and QString in signals.
//
// The topology is shared copy-on-write with analysis snapshots: a mutation copies it first
// when a snapshot still holds it, so a worker thread never sees a change half made.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    const core::Topology &topology() const { return *m_topology; }
    // An immutable view of the current design, safe to hand to another thread.
    std::shared_ptr<const core::Topology> snapshot() const { return m_topology; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    // Replaces the whole design (open, new, recover): clears undo history.
    void reset(core::Topology topology, const QString &filePath);
    // Loads a file; on failure leaves the document untouched and returns the reason.
    bool load(const QString &filePath, QString *error);
    // Saves atomically; marks the document clean on success.
    bool save(const QString &filePath, QString *error);
    // The design as `.avsnet` text, as save writes it.
    std::string toText() const;

    // ---- mutators: for undo commands only ---------------------------------------------------
    void insertNode(std::size_t index, core::Node node);
    core::Node takeNode(const std::string &id);
    void replaceNode(const core::Node &node);
    void setPositions(const std::map<std::string, core::Position> &positions);
    void insertLink(std::size_t index, core::Link link);
    core::Link takeLink(const std::string &id);
    void replaceLink(const core::Link &link);
    void setIntents(std::vector<core::Intent> intents);
    void setAnnotations(std::vector<core::Annotation> annotations);
    void setDesignInfo(const std::string &name, const std::string &description);
    // Replaces everything (auto layout, a lesson's solution) as one step of history.
    void replaceTopology(core::Topology topology);
    // Replaces everything with `topology`, in which the item `from` is now `to`.
    void renameItem(core::Topology topology, const std::string &from, const std::string &to);

    std::size_t nodeIndex(const std::string &id) const;
    std::size_t linkIndex(const std::string &id) const;
    // An id not used by any node or link, from a readable stem ("vnet" -> "vnet3").
    std::string uniqueId(const std::string &stem) const;

signals:
    void nodeAdded(const QString &id);
    void nodeAboutToBeRemoved(const QString &id);
    void nodeChanged(const QString &id);
    void nodesMoved(const QStringList &ids);
    void linkAdded(const QString &id);
    void linkAboutToBeRemoved(const QString &id);
    void linkChanged(const QString &id);
    void intentsChanged();
    void annotationsChanged();
    void designInfoChanged();
    // The whole design was replaced; views rebuild.
    void topologyReset();
    // A node or link has a new id; sent before topologyReset, so holders of ids (the
    // selection, the trace) follow it before the views rebuild.
    void itemRenamed(const QString &from, const QString &to);
    // After every change of any kind, once; the analysis reruns on it.
    void changed();
    void filePathChanged(const QString &filePath);
    void modificationChanged(bool modified);

private:
    core::Topology &mutableTopology();

    std::shared_ptr<core::Topology> m_topology;
    QUndoStack m_undoStack;
    QString m_filePath;
};

} // namespace avsnet::ui
