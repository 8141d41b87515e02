// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subnetstableedit.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QTableWidget>

#include <map>

namespace avsnet::ui {

SubnetsTableEdit::SubnetsTableEdit(bool withRouteTables, QWidget *parent)
    : RowTableEdit(withRouteTables ? QStringList{tr("Name"), tr("Prefix"), tr("Route table")}
                                   : QStringList{tr("Name"), tr("Prefix")},
                   {QStringLiteral("name"), QStringLiteral("prefix"), QStringLiteral("routeTable")},
                   parent)
    , m_withRouteTables(withRouteTables)
{
}

void SubnetsTableEdit::setRouteTableNames(const QStringList &names)
{
    if (names == m_routeTableNames)
        return;
    m_routeTableNames = names;
    if (!m_withRouteTables)
        return;
    for (int row = 0; row < rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(table()->cellWidget(row, RouteTableColumn)))
            fillRouteTableCombo(combo, combo->currentData().toString());
    }
}

std::vector<core::Subnet> SubnetsTableEdit::value() const
{
    std::vector<core::Subnet> subnets;
    for (int row = 0; row < rowCount(); ++row) {
        const int origin = rowOrigin(row);
        core::Subnet subnet =
            origin >= 0 && origin < int(m_base.size()) ? m_base[origin] : core::Subnet();
        subnet.name = cellText(row, NameColumn).toStdString();
        subnet.prefix = parsePrefix(cellText(row, PrefixColumn)).value_or(core::Ipv4Prefix());
        if (m_withRouteTables)
            subnet.routeTable = routeTableOf(row).toStdString();
        subnets.push_back(std::move(subnet));
    }
    return subnets;
}

void SubnetsTableEdit::setValue(const std::vector<core::Subnet> &subnets)
{
    if (allPrefixesParse() && value() == subnets) {
        m_base = subnets;
        const QSignalBlocker blocker(table());
        for (int row = 0; row < rowCount(); ++row)
            setRowOrigin(row, row);
        return;
    }
    const int currentRow = table()->currentRow();
    const int currentColumn = table()->currentColumn();
    m_base = subnets;
    {
        const QSignalBlocker blocker(table());
        table()->setRowCount(0);
        for (std::size_t index = 0; index < subnets.size(); ++index)
            appendRow(subnets[index], int(index));
        if (currentRow >= 0 && currentRow < rowCount())
            table()->setCurrentCell(currentRow, currentColumn);
    }
    fitHeight();
}

FieldCheck SubnetsTableEdit::check()
{
    clearCellMarks();
    FieldCheck result;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name = cellText(row, NameColumn);
        const QString label = name.isEmpty() ? tr("row %1").arg(row + 1) : name;
        const FieldCheck nameCheck = checkUniqueName(row, NameColumn);
        FieldCheck prefixCheck = checkPrefix(cellText(row, PrefixColumn));
        if (prefixCheck.isInvalid())
            markCell(row, PrefixColumn, prefixCheck.message);
        for (FieldCheck check : {nameCheck, prefixCheck}) {
            if (!check.message.isEmpty())
                check.message = QStringLiteral("%1: %2").arg(label, check.message);
            result = worse(result, check);
        }
    }
    return result;
}

void SubnetsTableEdit::appendNewRow()
{
    core::Subnet subnet;
    subnet.name = uniqueName(NameColumn, m_withRouteTables ? QStringLiteral("subnet")
                                                           : QStringLiteral("segment"))
                      .toStdString();
    const QString prefix = m_suggestion ? m_suggestion(value()) : QString();
    appendRow(subnet, -1);
    setCellText(rowCount() - 1, PrefixColumn, prefix);
}

void SubnetsTableEdit::appendRow(const core::Subnet &subnet, int origin)
{
    const int row = rowCount();
    table()->insertRow(row);
    setCellText(row, NameColumn, QString::fromStdString(subnet.name));
    setCellText(row, PrefixColumn,
                origin >= 0 ? QString::fromStdString(subnet.prefix.toString()) : QString());
    setRowOrigin(row, origin);
    if (!m_withRouteTables)
        return;
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("routeTable"));
    fillRouteTableCombo(combo, QString::fromStdString(subnet.routeTable));
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { emitCellEdited(rowOfCellWidget(combo), RouteTableColumn); });
    table()->setCellWidget(row, RouteTableColumn, combo);
}

void SubnetsTableEdit::fillRouteTableCombo(QComboBox *combo, const QString &current) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    for (const QString &name : m_routeTableNames)
        combo->addItem(name, name);
    // A reference to a table that does not exist stays visible (it is a finding).
    if (combo->findData(current) < 0)
        combo->addItem(tr("%1 (missing)").arg(current), current);
    combo->setCurrentIndex(combo->findData(current));
}

QString SubnetsTableEdit::routeTableOf(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(table()->cellWidget(row, RouteTableColumn));
    return combo ? combo->currentData().toString() : QString();
}

bool SubnetsTableEdit::allPrefixesParse() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (!parsePrefix(cellText(row, PrefixColumn)))
            return false;
    }
    return true;
}

} // namespace avsnet::ui
