// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <string>

namespace avsnet::ui {

class RoutesModel;

// Sorts and filters a RoutesModel straight from its rows: prefixes by length then address
// (never as text) and a case-insensitive filter over every column. It reads the source
// model's keys directly, so it stays fast at a hundred thousand routes.
class RoutesProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RoutesProxyModel(RoutesModel *routes, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RoutesModel *m_routes;
    QString m_filterText;
    std::string m_needle; // lower case UTF-8
};

} // namespace avsnet::ui
