// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/displaynames.h"

#include "routing/propagationtimeline.h"

#include <QAbstractTableModel>

#include <cstddef>
#include <memory>
#include <vector>

namespace avsnet::ui {

// The events of a propagation timeline that a filter lets through, one row each: the event's
// number, its kind with its colour, and its description. Rows are resolved when shown, so a
// timeline of a hundred thousand events lists at once. Events already applied at the
// current position read normally, later ones greyed, the current one bold.
class PropagationEventsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, KindColumn, EventColumn, ColumnCount };
    // The event's index in the timeline (a std::size_t as qulonglong).
    static constexpr int EventIndexRole = Qt::UserRole + 1;

    explicit PropagationEventsModel(QObject *parent = nullptr);

    // `events`: indices into the timeline, ascending.
    void setEvents(std::shared_ptr<const core::PropagationTimeline> timeline,
                   std::vector<std::size_t> events);
    const std::vector<std::size_t> &events() const { return m_events; }
    // Events [0, step) are applied; event step - 1 is the current one.
    void setPosition(std::size_t step);

    std::size_t eventAt(int row) const { return m_events[std::size_t(row)]; }
    // The row of a timeline event, or -1 when the filter hides it.
    int rowOf(std::size_t event) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The rows whose events lie in [first, last), for dataChanged.
    void refreshEvents(std::size_t first, std::size_t last);

    std::shared_ptr<const core::PropagationTimeline> m_timeline;
    DisplayNames m_names; // of the timeline's design: events are described by name
    std::vector<std::size_t> m_events;
    std::size_t m_position = 0;
};

} // namespace avsnet::ui
