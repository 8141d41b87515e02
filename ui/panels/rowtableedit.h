// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldvalidation.h"

#include <QFrame>

class QPushButton;
class QTableWidget;

namespace avsnet::ui {

// The shared frame of the table editors (subnets, segments, routes): a QTableWidget with
// add and remove buttons. Each row remembers its origin, the index of the element it was
// filled from, so unknown fields of that element survive edits and deletes of other rows.
// It emits edited("[row].column") for a cell edit and restructured() for an added or
// removed row; subclasses fill the rows, read them back and mark bad cells.
class RowTableEdit : public QFrame
{
    Q_OBJECT

public:
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }

signals:
    void edited(const QString &part);
    void restructured();

protected:
    RowTableEdit(const QStringList &headers, const QStringList &columnKeys, QWidget *parent);

    // Appends a row with default values for the add button; must not emit.
    virtual void appendNewRow() = 0;

    int rowCount() const;
    QString cellText(int row, int column) const;
    // Creates the item when needed; does not emit (callers fill with signals blocked).
    void setCellText(int row, int column, const QString &text);
    int rowOrigin(int row) const;
    void setRowOrigin(int row, int origin);
    // The row of a widget placed in a cell (a combo box), or -1.
    int rowOfCellWidget(const QWidget *widget) const;
    void emitCellEdited(int row, int column);

    void clearCellMarks();
    void markCell(int row, int column, const QString &message);
    // Sizes the table to its rows, so the dock scrolls rather than the table.
    void fitHeight();
    // A name not used in `column` yet: stem1, stem2, ...
    QString uniqueName(int column, const QString &stem) const;
    // The name in `column` of `row` must be there and used once; marks the cell if not.
    FieldCheck checkUniqueName(int row, int column);

private:
    void removeSelectedRows();

    QStringList m_columnKeys;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};

} // namespace avsnet::ui
