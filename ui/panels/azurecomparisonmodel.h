// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/displaynames.h"
#include "import/routecomparison.h"

#include <QAbstractItemModel>

#include <vector>

namespace avsnet::ui {

// A comparison of the model with what Azure reported, as a tree: one row per observed table
// ("Effective routes at Spoke 1 / snet-app: 2 of 8 prefixes differ"), under it one row per
// prefix with the match, what Azure reported, what the model computed (with the route's
// source, the rule that put it there) and how they differ, in the words `avsnet compare`
// uses, node ids shown by name. Optionally only the prefixes that are not the same.
class AzureComparisonModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { PrefixColumn, MatchColumn, AzureColumn, ModelColumn, DifferenceColumn, ColumnCount };
    // A table row's context ("VNET/SUBNET" or a node id), a prefix row's table's.
    static constexpr int ContextRole = Qt::UserRole + 1;
    // A prefix row's RouteMatch as an int; a table row's: whether it has a difference.
    static constexpr int MatchRole = Qt::UserRole + 2;

    explicit AzureComparisonModel(QObject *parent = nullptr);

    void setComparison(const core::azure::RouteComparison *comparison, const DisplayNames &names);
    void setDifferencesOnly(bool only);
    bool differencesOnly() const { return m_differencesOnly; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Table
    {
        core::azure::TableComparison comparison;
        std::vector<std::size_t> shown; // the prefixes listed, indices into comparison.prefixes
    };
    void refilter();
    QString tableTitle(const Table &table) const;
    QString prefixCell(const core::azure::TableComparison &table,
                       const core::azure::PrefixComparison &entry, int column) const;

    std::vector<Table> m_tables;
    DisplayNames m_names;
    bool m_differencesOnly = false;
};

} // namespace avsnet::ui
