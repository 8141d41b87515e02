// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QMimeData;

namespace avsnet::ui {

// Nodes and links ready for an AddItems command: fresh ids that no node or link of the target
// uses, references remapped among themselves, positions offset.
struct PastedItems
{
    std::vector<core::Node> nodes;
    std::vector<core::Link> links;
};

// The clipboard holds a small `.avsnet` document (format.md's MIME type, and the same JSON as
// text, so a design fragment can be pasted into an editor and back). Copying takes the given
// nodes, what every container among them holds (a VNet's gateways, Route Servers and NVAs, a
// hub's gateways and firewalls, a Virtual WAN's hubs), and the links whose ends are both
// taken; link ids in `ids` are accepted and ignored.
QMimeData *copyItems(const core::Topology &topology, const QStringList &ids);

// Reads the clipboard back for `target`. A child whose container was not copied keeps that
// container when `target` has it and is left out otherwise. Refuses anything that is not a readable
// `.avsnet` document with nodes, setting `error`; it never throws.
std::optional<PastedItems> pasteItems(const core::Topology &target, const QMimeData *data,
                                      QPointF offset, QString *error);

// Edit > Duplicate: copy and paste into the same design in one step, without the clipboard.
PastedItems duplicateItems(const core::Topology &topology, const QStringList &ids, QPointF offset);

} // namespace avsnet::ui
