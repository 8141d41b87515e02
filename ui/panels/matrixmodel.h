// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/displaynames.h"

#include "analysis/reachabilitymatrix.h"

#include <QAbstractTableModel>

namespace avsnet::ui {

// A reachability matrix as a table: row i, column j tells whether endpoint i reaches
// endpoint j, as a coloured cell with a tick or a cross. Holds a finished matrix only; it
// never computes one.
class MatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit MatrixModel(QObject *parent = nullptr);

    // Headers and tooltips show endpoints by name (`names`); endpoint() keeps the id.
    void setMatrix(core::ReachabilityMatrix matrix, const DisplayNames &names = {});
    const core::ReachabilityMatrix &matrix() const { return m_matrix; }
    QString endpoint(int index) const;
    QString label(int index) const;
    // The cell of a pair of endpoints; invalid when either is not in the matrix.
    QModelIndex indexOf(const QString &from, const QString &to) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    core::ReachabilityMatrix m_matrix;
    QStringList m_labels;
};

} // namespace avsnet::ui
