// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routesmodel.h"

#include "model/ipv4.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cctype>

namespace avsnet::ui {

namespace {

std::uint64_t prefixKey(const std::string &text)
{
    const auto prefix = core::Ipv4Prefix::parse(text);
    if (!prefix)
        return ~std::uint64_t(0); // unparsable text sorts last
    return (std::uint64_t(32 - prefix->length()) << 32) | prefix->first();
}

std::string asPathText(const std::vector<core::Asn> &asPath)
{
    std::string text;
    for (const core::Asn asn : asPath) {
        if (!text.empty())
            text += ' ';
        text += std::to_string(asn);
    }
    return text;
}

bool containsIgnoringCase(std::string_view haystack, const std::string &lowerNeedle)
{
    const auto found = std::search(
        haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return found != haystack.end();
}

} // namespace

RoutesModel::RoutesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoutesModel::setRoutes(std::vector<core::RouteView> routes, const DisplayNames &names)
{
    beginResetModel();
    m_routes = std::move(routes);
    // Rows are copies for display: the next hop is rewritten once here, so the filter and
    // the sort read what the user sees.
    for (core::RouteView &route : m_routes) {
        if (!route.nextHop.empty())
            route.nextHop = names.node(route.nextHop).toStdString();
    }
    m_prefixKeys.clear();
    m_prefixKeys.reserve(m_routes.size());
    m_asPaths.clear();
    m_asPaths.reserve(m_routes.size());
    for (const auto &route : m_routes) {
        m_prefixKeys.push_back(prefixKey(route.prefix));
        m_asPaths.push_back(asPathText(route.asPath));
    }
    endResetModel();
}

std::string_view RoutesModel::cellText(int row, int column) const
{
    const core::RouteView &route = m_routes[std::size_t(row)];
    switch (column) {
    case PrefixColumn:
        return route.prefix;
    case NextHopTypeColumn:
        return route.nextHopType;
    case NextHopColumn:
        return route.nextHop;
    case SourceColumn:
        return route.source;
    case AsPathColumn:
        return m_asPaths[std::size_t(row)];
    case ActiveColumn:
        return route.active ? "Active" : "Invalid";
    }
    return {};
}

bool RoutesModel::rowContains(int row, const std::string &needle) const
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (containsIgnoringCase(cellText(row, column), needle))
            return true;
    }
    return false;
}

int RoutesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RoutesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::RouteView &route = m_routes[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == NextHopColumn && route.nextHop.empty())
            return QStringLiteral("-");
        const std::string_view text = cellText(index.row(), index.column());
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    case Qt::ForegroundRole:
        // Azure lists the routes that lost as Invalid; grey them like a disabled row.
        if (!route.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (!route.active)
            return tr("Not used: a more preferred route for the same prefix won");
        break;
    }
    return {};
}

QVariant RoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PrefixColumn:
        return tr("Prefix");
    case NextHopTypeColumn:
        return tr("Next hop type");
    case NextHopColumn:
        return tr("Next hop");
    case SourceColumn:
        return tr("Source");
    case AsPathColumn:
        return tr("AS path");
    case ActiveColumn:
        return tr("Active");
    }
    return {};
}

} // namespace avsnet::ui
