// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagationeventsmodel.h"

#include "scene/propagationmarker.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace avsnet::ui {

namespace {

bool darkTheme()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

// A dot in the kind's canvas colour, so the list and the canvas speak the same language.
QIcon kindIcon(core::PropagationEvent::Kind kind)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(propagationColour(kind, darkTheme()));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

PropagationEventsModel::PropagationEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PropagationEventsModel::setEvents(std::shared_ptr<const core::PropagationTimeline> timeline,
                                       std::vector<std::size_t> events)
{
    beginResetModel();
    if (timeline != m_timeline)
        m_names = DisplayNames::of(timeline ? &timeline->analysis() : nullptr);
    m_timeline = std::move(timeline);
    m_events = std::move(events);
    endResetModel();
}

void PropagationEventsModel::setPosition(std::size_t step)
{
    const std::size_t before = m_position;
    m_position = step;
    // Only the events between the old and the new position change how they look, and the
    // two current ones (event position - 1).
    const std::size_t low = std::min(before, step);
    const std::size_t high = std::max(before, step);
    refreshEvents(low > 0 ? low - 1 : 0, high + 1);
}

void PropagationEventsModel::refreshEvents(std::size_t first, std::size_t last)
{
    const auto begin = std::lower_bound(m_events.begin(), m_events.end(), first);
    const auto end = std::lower_bound(begin, m_events.end(), last);
    if (begin == end)
        return;
    emit dataChanged(index(int(begin - m_events.begin()), 0),
                     index(int(end - m_events.begin()) - 1, ColumnCount - 1));
}

int PropagationEventsModel::rowOf(std::size_t event) const
{
    const auto found = std::lower_bound(m_events.begin(), m_events.end(), event);
    return found != m_events.end() && *found == event ? int(found - m_events.begin()) : -1;
}

int PropagationEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_timeline ? 0 : int(m_events.size());
}

int PropagationEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropagationEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::size_t event = eventAt(index.row());
    const auto kind = m_timeline->events()[event].kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return qulonglong(event + 1); // event k takes the replay to step k
        case KindColumn:
            return propagationKindName(kind);
        case EventColumn:
            return m_names.text(m_timeline->describe(event));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return kindIcon(kind);
        break;
    case Qt::ToolTipRole:
        return m_names.text(m_timeline->describe(event));
    case Qt::ForegroundRole:
        if (event >= m_position) // not applied yet
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (event + 1 == m_position) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EventIndexRole:
        return qulonglong(event);
    }
    return {};
}

QVariant PropagationEventsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case KindColumn:
        return tr("Kind");
    case EventColumn:
        return tr("Event");
    }
    return {};
}

} // namespace avsnet::ui
