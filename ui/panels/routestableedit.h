// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtableedit.h"

#include "model/topology.h"

#include <vector>

class QComboBox;

namespace avsnet::ui {

// Edits the user-defined routes of one route table: name, prefix, next hop type, and the next
// hop IP, which only a VirtualAppliance route has (its cell is disabled otherwise and not
// written). Bad cells are marked and fail check().
class RoutesTableEdit final : public RowTableEdit
{
    Q_OBJECT

public:
    enum Column { NameColumn, PrefixColumn, NextHopTypeColumn, NextHopIpColumn };

    explicit RoutesTableEdit(QWidget *parent = nullptr);

    std::vector<core::UserRoute> value() const;
    // Re-bases without touching the rows when they already read as `routes`.
    void setValue(const std::vector<core::UserRoute> &routes);
    FieldCheck check();

protected:
    void appendNewRow() override;

private:
    void appendRow(const core::UserRoute &route, int origin);
    core::NextHopType nextHopTypeOf(int row) const;
    void updateNextHopIpCell(int row);
    bool allCellsParse() const;

    std::vector<core::UserRoute> m_base;
};

} // namespace avsnet::ui
