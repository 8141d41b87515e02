// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "azurecomparisonmodel.h"

#include "document/wording.h"
#include "scene/nodestyle.h"

#include <QFont>

namespace avsnet::ui {

namespace {

using core::azure::ObservedKind;
using core::azure::RouteMatch;

// Table rows have no parent; a prefix row's internal id is its table's row plus one.
constexpr quintptr tableRowId = 0;

QString kindTitle(ObservedKind kind)
{
    switch (kind) {
    case ObservedKind::EffectiveRoutes:
        return AzureComparisonModel::tr("Effective routes");
    case ObservedKind::GatewayLearned:
        return AzureComparisonModel::tr("Gateway learned routes");
    case ObservedKind::RouteServerLearned:
        return AzureComparisonModel::tr("Route Server learned routes");
    case ObservedKind::CircuitRoutes:
        return AzureComparisonModel::tr("Circuit route table");
    }
    return AzureComparisonModel::tr("Routes");
}

QString matchText(RouteMatch match)
{
    switch (match) {
    case RouteMatch::Same:
        return AzureComparisonModel::tr("Same");
    case RouteMatch::OnlyInAzure:
        return AzureComparisonModel::tr("Only in Azure");
    case RouteMatch::OnlyInModel:
        return AzureComparisonModel::tr("Only in model");
    case RouteMatch::Different:
        return AzureComparisonModel::tr("Different");
    }
    return {};
}

int differing(const core::azure::TableComparison &table)
{
    int count = 0;
    for (const auto &entry : table.prefixes)
        count += entry.match != RouteMatch::Same;
    return count;
}

QString joined(const QStringList &parts)
{
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral("; "));
}

} // namespace

AzureComparisonModel::AzureComparisonModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void AzureComparisonModel::setComparison(const core::azure::RouteComparison *comparison,
                                         const DisplayNames &names)
{
    beginResetModel();
    m_tables.clear();
    m_names = names;
    if (comparison) {
        for (const auto &table : comparison->tables)
            m_tables.push_back({table, {}});
    }
    refilter();
    endResetModel();
}

void AzureComparisonModel::setDifferencesOnly(bool only)
{
    if (only == m_differencesOnly)
        return;
    beginResetModel();
    m_differencesOnly = only;
    refilter();
    endResetModel();
}

void AzureComparisonModel::refilter()
{
    for (Table &table : m_tables) {
        table.shown.clear();
        for (std::size_t i = 0; i < table.comparison.prefixes.size(); ++i) {
            if (!m_differencesOnly || table.comparison.prefixes[i].match != RouteMatch::Same)
                table.shown.push_back(i);
        }
    }
}

QModelIndex AzureComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_tables.size()) ? createIndex(row, column, tableRowId) : QModelIndex();
    if (parent.internalId() != tableRowId || parent.row() >= int(m_tables.size()))
        return {};
    if (row >= int(m_tables[std::size_t(parent.row())].shown.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AzureComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == tableRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, tableRowId);
}

int AzureComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tables.size());
    if (parent.internalId() != tableRowId || parent.column() != 0)
        return 0;
    return int(m_tables[std::size_t(parent.row())].shown.size());
}

int AzureComparisonModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString AzureComparisonModel::tableTitle(const Table &table) const
{
    const auto &compared = table.comparison;
    const QString place = compared.context.empty()
                              ? tr("an unknown place")
                              : m_names.endpoint(compared.context);
    const QString title = tr("%1 at %2").arg(kindTitle(compared.kind), place);
    // The problem names an Azure id, whose segments may look like node ids: kept as it is.
    if (!compared.problem.empty())
        return tr("%1: not compared, %2").arg(title, QString::fromStdString(compared.problem));
    if (compared.prefixes.empty())
        return tr("%1: Azure reports no routes, nor does the model").arg(title);
    const QString total = counted(qsizetype(compared.prefixes.size()), tr("prefix"), tr("prefixes"));
    const int different = differing(compared);
    if (different == 0)
        return tr("%1: %2, all the same").arg(title, total);
    return tr("%1: %2 of %3 differ").arg(title).arg(different).arg(total);
}

QString AzureComparisonModel::prefixCell(const core::azure::TableComparison &table,
                                         const core::azure::PrefixComparison &entry,
                                         int column) const
{
    switch (column) {
    case PrefixColumn:
        return QString::fromStdString(entry.prefix);
    case MatchColumn:
        return matchText(entry.match);
    case AzureColumn: {
        QStringList rows;
        for (const auto &route : entry.azure) {
            QStringList parts;
            if (!route.nextHopType.empty())
                parts << QString::fromStdString(route.nextHopType);
            if (!route.nextHop.empty())
                parts << QString::fromStdString(route.nextHop);
            if (!route.asPath.empty())
                parts << QStringLiteral("[%1]").arg(QString::fromStdString(core::asPathText(route.asPath)));
            rows << (parts.isEmpty() ? QStringLiteral("–") : parts.join(QLatin1Char(' ')));
        }
        return joined(rows);
    }
    case ModelColumn: {
        // Each route with its source: the rule of the engine that put it in the table.
        QStringList rows;
        for (const auto &route : entry.model) {
            QStringList parts;
            if (table.kind == ObservedKind::EffectiveRoutes)
                parts << QString::fromStdString(route.nextHopType);
            if (!route.nextHop.empty())
                parts << m_names.node(route.nextHop);
            if (!route.asPath.empty())
                parts << QStringLiteral("[%1]").arg(QString::fromStdString(core::asPathText(route.asPath)));
            parts << QStringLiteral("(%1)").arg(QString::fromStdString(route.source));
            rows << parts.join(QLatin1Char(' '));
        }
        return joined(rows);
    }
    case DifferenceColumn: {
        QStringList lines;
        for (const std::string &difference : entry.differences)
            lines << m_names.text(difference);
        return lines.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant AzureComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == tableRowId) {
        const Table &table = m_tables[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return index.column() == PrefixColumn ? tableTitle(table) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case ContextRole:
            return QString::fromStdString(table.comparison.context);
        case MatchRole:
            return !table.comparison.problem.empty() || differing(table.comparison) > 0;
        default:
            return {};
        }
    }
    const Table &table = m_tables[std::size_t(index.internalId() - 1)];
    const auto &entry = table.comparison.prefixes[table.shown[std::size_t(index.row())]];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return prefixCell(table.comparison, entry, index.column());
    case Qt::ForegroundRole:
        // The colours of `avsnet compare`: red for different, amber for a side missing.
        if (index.column() != MatchColumn || entry.match == RouteMatch::Same)
            return {};
        return entry.match == RouteMatch::Different ? severityColour(core::Severity::Error)
                                                    : QColor(0xc4, 0x7f, 0x00);
    case ContextRole:
        return QString::fromStdString(table.comparison.context);
    case MatchRole:
        return int(entry.match);
    default:
        return {};
    }
}

QVariant AzureComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PrefixColumn:
        return tr("Prefix");
    case MatchColumn:
        return tr("Match");
    case AzureColumn:
        return tr("Azure reports");
    case ModelColumn:
        return tr("Model computes (source)");
    case DifferenceColumn:
        return tr("Difference");
    }
    return {};
}

} // namespace avsnet::ui
