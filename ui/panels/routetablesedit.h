// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldvalidation.h"

#include "model/topology.h"

#include <QFrame>

#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace avsnet::ui {

class RoutesTableEdit;

// Edits a VNet's route tables, one box per table: its name, "disable BGP route propagation"
// and its routes. Child editors are named by path ("routeTables[0].name"). It remembers each
// table's name as last shown, so the caller can make subnets follow a rename in the same
// step of history.
class RouteTablesEdit final : public QFrame
{
    Q_OBJECT

public:
    explicit RouteTablesEdit(QWidget *parent = nullptr);

    std::vector<core::RouteTable> value() const;
    // Updates the boxes in place when the number of tables is unchanged.
    void setValue(const std::vector<core::RouteTable> &tables);
    // Marks bad table names and route cells.
    FieldCheck check();
    // Tables renamed or removed since the last setValue(): old name -> new name, or -> "" for
    // a removed table.
    std::vector<std::pair<std::string, std::string>> renamedTables() const;
    QPushButton *addButton() const { return m_addButton; }

signals:
    void edited(const QString &part);
    void restructured();

private:
    struct TableBox
    {
        QGroupBox *box = nullptr;
        QLineEdit *name = nullptr;
        QCheckBox *disablePropagation = nullptr;
        RoutesTableEdit *routes = nullptr;
        int origin = -1;
    };

    void appendTable(const core::RouteTable &table, int origin);
    void showTable(TableBox &box, const core::RouteTable &table);
    void removeTable(QGroupBox *box);
    int indexOf(const QGroupBox *box) const;
    void renumber();

    QVBoxLayout *m_tablesLayout;
    QPushButton *m_addButton;
    std::vector<TableBox> m_boxes;
    std::vector<core::RouteTable> m_base;
    std::vector<std::string> m_removed;
};

} // namespace avsnet::ui
