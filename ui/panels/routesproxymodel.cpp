// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routesproxymodel.h"

#include "routesmodel.h"

namespace avsnet::ui {

RoutesProxyModel::RoutesProxyModel(RoutesModel *routes, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_routes(routes)
{
    setSourceModel(routes);
}

void RoutesProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    m_needle = trimmed.toLower().toStdString();
    invalidateFilter();
}

bool RoutesProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    const int a = left.row();
    const int b = right.row();
    if (column == RoutesModel::PrefixColumn)
        return m_routes->prefixSortKey(a) < m_routes->prefixSortKey(b);
    const std::string_view textA = m_routes->cellText(a, column);
    const std::string_view textB = m_routes->cellText(b, column);
    if (textA != textB)
        return textA < textB;
    // Ties keep the engine's order, so a sort by next hop still lists longest prefixes first.
    return m_routes->prefixSortKey(a) < m_routes->prefixSortKey(b);
}

bool RoutesProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_needle.empty() || m_routes->rowContains(sourceRow, m_needle);
}

} // namespace avsnet::ui
