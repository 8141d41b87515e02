// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/displaynames.h"

#include "routing/routeview.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace avsnet::ui {

// The routes of one context (a subnet's effective routes or a speaker's BGP table) laid out
// like Azure's effective routes view. Holds plain RouteView rows and a numeric sort key per
// prefix so a hundred thousand rows sort and filter without building strings.
class RoutesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PrefixColumn,
        NextHopTypeColumn,
        NextHopColumn,
        SourceColumn,
        AsPathColumn,
        ActiveColumn,
        ColumnCount
    };

    explicit RoutesModel(QObject *parent = nullptr);

    // A next hop that is a node shows the node's name (`names`); the rest as the engine says.
    void setRoutes(std::vector<core::RouteView> routes, const DisplayNames &names = {});
    const std::vector<core::RouteView> &routes() const { return m_routes; }
    const core::RouteView &route(int row) const { return m_routes[std::size_t(row)]; }

    // Longest prefix first, then by network address: the engine's display order.
    std::uint64_t prefixSortKey(int row) const { return m_prefixKeys[std::size_t(row)]; }
    // The text of one cell as the view shows it, without a QString or a copy.
    std::string_view cellText(int row, int column) const;
    // Whether any cell of a row contains `needle` (already lower case), ignoring case.
    bool rowContains(int row, const std::string &needle) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::RouteView> m_routes;
    std::vector<std::uint64_t> m_prefixKeys;
    std::vector<std::string> m_asPaths; // "12076 65001", built once per row
};

} // namespace avsnet::ui
