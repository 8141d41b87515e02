// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace avsnet::ui {

// One line of the legend: a sample of the canvas's look and what it means. The Legend dock
// shows them as widgets, exported diagrams paint them beside the design; both ask here.
struct LegendEntry
{
    enum class Group { Links, Trace, Findings };
    Group group = Group::Links;
    std::optional<core::LinkKind> linkKind; // for the entries of a link kind
    QString label;
    QString description;
    std::function<void(QPainter &painter, const QRectF &area, bool dark)> paintSample;
};

QString legendGroupTitle(LegendEntry::Group group);
// Every entry, grouped in the order above.
QList<LegendEntry> legendEntries();

} // namespace avsnet::ui
