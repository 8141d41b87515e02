// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routetablesedit.h"

#include "routestableedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace avsnet::ui {

RouteTablesEdit::RouteTablesEdit(QWidget *parent)
    : QFrame(parent)
    , m_tablesLayout(new QVBoxLayout)
    , m_addButton(new QPushButton(tr("Add route table")))
{
    m_addButton->setObjectName(QStringLiteral("addRouteTable"));
    m_tablesLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addLayout(m_tablesLayout);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        std::set<std::string> used;
        for (const auto &box : m_boxes)
            used.insert(box.name->text().trimmed().toStdString());
        core::RouteTable table;
        for (int number = 1; table.name.empty() || used.contains(table.name); ++number)
            table.name = "rt" + std::to_string(number);
        appendTable(table, -1);
        emit restructured();
    });
}

std::vector<core::RouteTable> RouteTablesEdit::value() const
{
    std::vector<core::RouteTable> tables;
    for (const auto &box : m_boxes) {
        core::RouteTable table = box.origin >= 0 && box.origin < int(m_base.size())
                                     ? m_base[box.origin]
                                     : core::RouteTable();
        table.name = box.name->text().trimmed().toStdString();
        table.disableBgpRoutePropagation = box.disablePropagation->isChecked();
        table.routes = box.routes->value();
        tables.push_back(std::move(table));
    }
    return tables;
}

void RouteTablesEdit::setValue(const std::vector<core::RouteTable> &tables)
{
    m_base = tables;
    m_removed.clear();
    if (m_boxes.size() != tables.size()) {
        for (auto &box : m_boxes)
            delete box.box;
        m_boxes.clear();
        for (std::size_t index = 0; index < tables.size(); ++index)
            appendTable(tables[index], int(index));
        return;
    }
    // Same number of tables: update in place, so a focused field keeps its cursor.
    for (std::size_t index = 0; index < tables.size(); ++index) {
        m_boxes[index].origin = int(index);
        showTable(m_boxes[index], tables[index]);
    }
}

FieldCheck RouteTablesEdit::check()
{
    FieldCheck result;
    std::map<QString, int> names;
    for (const auto &box : m_boxes)
        ++names[box.name->text().trimmed()];
    for (const auto &box : m_boxes) {
        const QString name = box.name->text().trimmed();
        FieldCheck nameCheck;
        if (name.isEmpty())
            nameCheck = FieldCheck::invalid(tr("a route table needs a name"));
        else if (names[name] > 1)
            nameCheck =
                FieldCheck::invalid(tr("the route table name \"%1\" is used twice").arg(name));
        markField(box.name, nameCheck);
        FieldCheck routesCheck = box.routes->check();
        markField(box.routes, routesCheck);
        if (!routesCheck.message.isEmpty())
            routesCheck.message = tr("route table %1, %2").arg(name, routesCheck.message);
        result = worse(worse(result, nameCheck), routesCheck);
    }
    return result;
}

std::vector<std::pair<std::string, std::string>> RouteTablesEdit::renamedTables() const
{
    std::vector<std::pair<std::string, std::string>> renamed;
    for (const auto &box : m_boxes) {
        if (box.origin < 0 || box.origin >= int(m_base.size()))
            continue;
        const std::string name = box.name->text().trimmed().toStdString();
        if (name != m_base[box.origin].name)
            renamed.emplace_back(m_base[box.origin].name, name);
    }
    for (const auto &name : m_removed)
        renamed.emplace_back(name, std::string());
    return renamed;
}

void RouteTablesEdit::appendTable(const core::RouteTable &table, int origin)
{
    TableBox box;
    box.box = new QGroupBox;
    box.name = new QLineEdit;
    box.disablePropagation = new QCheckBox(tr("Disable BGP route propagation"));
    box.disablePropagation->setToolTip(
        tr("Subnets using this table do not learn routes from the VNet's gateways"));
    box.routes = new RoutesTableEdit;
    box.origin = origin;
    auto *remove = new QPushButton(tr("Remove table"));
    remove->setObjectName(QStringLiteral("removeRouteTable"));

    auto *form = new QFormLayout(box.box);
    form->addRow(tr("Name"), box.name);
    form->addRow(QString(), box.disablePropagation);
    form->addRow(tr("Routes"), box.routes);
    form->addRow(QString(), remove);
    m_tablesLayout->addWidget(box.box);

    QGroupBox *group = box.box;
    connect(box.name, &QLineEdit::editingFinished, this,
            [this, group] { emit edited(QStringLiteral("[%1].name").arg(indexOf(group))); });
    connect(box.disablePropagation, &QCheckBox::toggled, this, [this, group] {
        emit edited(QStringLiteral("[%1].disableBgpRoutePropagation").arg(indexOf(group)));
    });
    connect(box.routes, &RoutesTableEdit::edited, this, [this, group](const QString &part) {
        emit edited(QStringLiteral("[%1].routes%2").arg(indexOf(group)).arg(part));
    });
    connect(box.routes, &RoutesTableEdit::restructured, this, &RouteTablesEdit::restructured);
    connect(remove, &QPushButton::clicked, this, [this, group] {
        removeTable(group);
        emit restructured();
    });

    showTable(box, table);
    m_boxes.push_back(box);
    renumber();
}

void RouteTablesEdit::showTable(TableBox &box, const core::RouteTable &table)
{
    const QString name = QString::fromStdString(table.name);
    if (box.name->text() != name) {
        const QSignalBlocker blocker(box.name);
        const int cursor = box.name->cursorPosition();
        box.name->setText(name);
        box.name->setCursorPosition(std::min(cursor, int(name.size())));
    }
    {
        const QSignalBlocker blocker(box.disablePropagation);
        box.disablePropagation->setChecked(table.disableBgpRoutePropagation);
    }
    box.routes->setValue(table.routes);
    box.box->setTitle(tr("Route table %1").arg(name));
}

void RouteTablesEdit::removeTable(QGroupBox *group)
{
    const int index = indexOf(group);
    if (index < 0)
        return;
    const int origin = m_boxes[index].origin;
    if (origin >= 0 && origin < int(m_base.size()))
        m_removed.push_back(m_base[origin].name);
    m_boxes.erase(m_boxes.begin() + index);
    // Out of the tree at once (lookups by name must not find it), deleted later: the remove
    // button whose click brought us here lives in this box.
    group->hide();
    group->setParent(nullptr);
    group->deleteLater();
    renumber();
}

int RouteTablesEdit::indexOf(const QGroupBox *group) const
{
    for (std::size_t index = 0; index < m_boxes.size(); ++index) {
        if (m_boxes[index].box == group)
            return int(index);
    }
    return -1;
}

void RouteTablesEdit::renumber()
{
    for (std::size_t index = 0; index < m_boxes.size(); ++index) {
        const QString path = QStringLiteral("%1[%2].").arg(objectName()).arg(index);
        m_boxes[index].box->setObjectName(path + QStringLiteral("box"));
        m_boxes[index].name->setObjectName(path + QStringLiteral("name"));
        m_boxes[index].disablePropagation->setObjectName(
            path + QStringLiteral("disableBgpRoutePropagation"));
        m_boxes[index].routes->setObjectName(path + QStringLiteral("routes"));
    }
}

} // namespace avsnet::ui
