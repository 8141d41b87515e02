// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixmodel.h"

#include <QColor>

#include <algorithm>

namespace avsnet::ui {

namespace {

constexpr QRgb reachableColour = 0xa5d6a7;
constexpr QRgb unreachableColour = 0xef9a9a;
constexpr QRgb diagonalColour = 0xd0d0d0;

} // namespace

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatrixModel::setMatrix(core::ReachabilityMatrix matrix, const DisplayNames &names)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_labels.clear();
    for (const std::string &endpoint : m_matrix.endpoints)
        m_labels.append(names.endpoint(endpoint));
    endResetModel();
}

QString MatrixModel::label(int index) const
{
    return index >= 0 && index < m_labels.size() ? m_labels[index] : QString();
}

QString MatrixModel::endpoint(int index) const
{
    if (index < 0 || index >= int(m_matrix.endpoints.size()))
        return {};
    return QString::fromStdString(m_matrix.endpoints[std::size_t(index)]);
}

QModelIndex MatrixModel::indexOf(const QString &from, const QString &to) const
{
    const auto &endpoints = m_matrix.endpoints;
    const auto row = std::find(endpoints.begin(), endpoints.end(), from.toStdString());
    const auto column = std::find(endpoints.begin(), endpoints.end(), to.toStdString());
    if (row == endpoints.end() || column == endpoints.end())
        return {};
    return index(int(row - endpoints.begin()), int(column - endpoints.begin()));
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.endpoints.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= rowCount())
        return {};
    const bool diagonal = index.row() == index.column();
    const bool reachable =
        m_matrix.reachable[std::size_t(index.row())][std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        if (diagonal)
            return QString();
        return reachable ? QStringLiteral("✓") : QStringLiteral("✗");
    case Qt::BackgroundRole:
        return QColor(diagonal ? diagonalColour : reachable ? reachableColour : unreachableColour);
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (diagonal)
            return label(index.row());
        return (reachable ? tr("%1 reaches %2") : tr("%1 does not reach %2"))
                   .arg(label(index.row()), label(index.column())) +
               tr(" (click to trace)");
    case Qt::UserRole:
        return reachable;
    }
    return {};
}

QVariant MatrixModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return label(section);
    return {};
}

} // namespace avsnet::ui
