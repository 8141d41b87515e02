// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QDockWidget>
#include <QList>

#include <optional>

class QListWidget;
class QMimeData;

namespace avsnet::ui {

// Every node kind with its icon and label, to drag onto the canvas (a drag carries the kind's
// format string under mimeType()) or to place with a double-click or Enter (placeRequested).
// It only offers kinds; the scene decides where and whether a node can be placed.
class PaletteDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteDock(QWidget *parent = nullptr);

    // "application/x-avsnet-node-kind"
    static QString mimeType();
    // The drag payload for a kind: core::toString(kind) as UTF-8 under mimeType().
    static QMimeData *createMimeData(core::NodeKind kind);
    // The kind a drag carries; empty when the data is not a palette drag or names no kind.
    static std::optional<core::NodeKind> kindFromMimeData(const QMimeData *data);

    QListWidget *kindList() const { return m_list; }
    // Tall enough for every kind, or, in a short window (1280 x 800), for eight and the list
    // scrolls: there the trace hops and the subnet table need the height more.
    void setCompact(bool compact);
    // The kinds in the order listed.
    QList<core::NodeKind> kinds() const;

signals:
    void placeRequested(core::NodeKind kind);

private:
    QListWidget *m_list;
    int m_rowHeight = 0;
};

} // namespace avsnet::ui
