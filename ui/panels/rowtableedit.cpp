// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtableedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace avsnet::ui {

namespace {

const QColor invalidCellColor(255, 205, 210);

} // namespace

RowTableEdit::RowTableEdit(const QStringList &headers, const QStringList &columnKeys,
                           QWidget *parent)
    : QFrame(parent)
    , m_columnKeys(columnKeys)
    , m_table(new QTableWidget(0, int(headers.size())))
    , m_addButton(new QPushButton(tr("Add")))
    , m_removeButton(new QPushButton(tr("Remove")))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Names and prefixes are short: a column as wide as its widest entry, never cut.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_addButton->setObjectName(QStringLiteral("add"));
    m_removeButton->setObjectName(QStringLiteral("remove"));
    m_removeButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(2);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    fitHeight();

    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { emitCellEdited(item->row(), item->column()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeButton->setEnabled(!m_table->selectedItems().isEmpty() ||
                                   m_table->currentRow() >= 0);
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        {
            const QSignalBlocker blocker(m_table);
            appendNewRow();
        }
        fitHeight();
        m_table->setCurrentCell(rowCount() - 1, 0);
        emit restructured();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &RowTableEdit::removeSelectedRows);
}

int RowTableEdit::rowCount() const
{
    return m_table->rowCount();
}

QString RowTableEdit::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void RowTableEdit::setCellText(int row, int column, const QString &text)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
}

int RowTableEdit::rowOrigin(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item && item->data(Qt::UserRole).isValid() ? item->data(Qt::UserRole).toInt() : -1;
}

void RowTableEdit::setRowOrigin(int row, int origin)
{
    if (!m_table->item(row, 0))
        setCellText(row, 0, QString());
    m_table->item(row, 0)->setData(Qt::UserRole, origin);
}

int RowTableEdit::rowOfCellWidget(const QWidget *widget) const
{
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (m_table->cellWidget(row, column) == widget)
                return row;
        }
    }
    return -1;
}

void RowTableEdit::emitCellEdited(int row, int column)
{
    if (row >= 0 && column >= 0 && column < m_columnKeys.size())
        emit edited(QStringLiteral("[%1].%2").arg(row).arg(m_columnKeys[column]));
}

void RowTableEdit::clearCellMarks()
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(QString());
            }
        }
    }
}

void RowTableEdit::markCell(int row, int column, const QString &message)
{
    const QSignalBlocker blocker(m_table);
    if (!m_table->item(row, column))
        setCellText(row, column, QString());
    QTableWidgetItem *item = m_table->item(row, column);
    item->setBackground(invalidCellColor);
    item->setToolTip(message);
}

void RowTableEdit::fitHeight()
{
    // Room for five rows at least, so a table never looks like one and a half lines, and one
    // empty row under the last for the eye; past twelve the table scrolls.
    const int rows = std::clamp(rowCount() + 1, 5, 12);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                            2 * m_table->frameWidth() + 2);
}

QString RowTableEdit::uniqueName(int column, const QString &stem) const
{
    std::set<QString> used;
    for (int row = 0; row < rowCount(); ++row)
        used.insert(cellText(row, column));
    for (int number = 1;; ++number) {
        const QString candidate = stem + QString::number(number);
        if (!used.contains(candidate))
            return candidate;
    }
}

void RowTableEdit::removeSelectedRows()
{
    std::set<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        rows.insert(item->row());
    if (rows.empty() && m_table->currentRow() >= 0)
        rows.insert(m_table->currentRow());
    if (rows.empty())
        return;
    {
        const QSignalBlocker blocker(m_table);
        for (auto row = rows.rbegin(); row != rows.rend(); ++row)
            m_table->removeRow(*row);
    }
    fitHeight();
    m_removeButton->setEnabled(false);
    emit restructured();
}

FieldCheck RowTableEdit::checkUniqueName(int row, int column)
{
    const QString name = cellText(row, column);
    FieldCheck check;
    if (name.isEmpty()) {
        check = FieldCheck::invalid(tr("a name is required"));
    } else {
        int uses = 0;
        for (int other = 0; other < rowCount(); ++other)
            uses += cellText(other, column) == name;
        if (uses > 1)
            check = FieldCheck::invalid(tr("the name \"%1\" is used twice").arg(name));
    }
    if (check.isInvalid())
        markCell(row, column, check.message);
    return check;
}

} // namespace avsnet::ui
