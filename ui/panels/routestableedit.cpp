// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routestableedit.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QTableWidget>

#include <map>

namespace avsnet::ui {

namespace {

constexpr core::NextHopType nextHopTypes[] = {
    core::NextHopType::VirtualAppliance, core::NextHopType::VirtualNetworkGateway,
    core::NextHopType::VnetLocal, core::NextHopType::Internet, core::NextHopType::None};

} // namespace

RoutesTableEdit::RoutesTableEdit(QWidget *parent)
    : RowTableEdit({tr("Name"), tr("Prefix"), tr("Next hop type"), tr("Next hop IP")},
                   {QStringLiteral("name"), QStringLiteral("prefix"), QStringLiteral("nextHopType"),
                    QStringLiteral("nextHopIp")},
                   parent)
{
}

std::vector<core::UserRoute> RoutesTableEdit::value() const
{
    std::vector<core::UserRoute> routes;
    for (int row = 0; row < rowCount(); ++row) {
        const int origin = rowOrigin(row);
        core::UserRoute route =
            origin >= 0 && origin < int(m_base.size()) ? m_base[origin] : core::UserRoute();
        route.name = cellText(row, NameColumn).toStdString();
        route.prefix = parsePrefix(cellText(row, PrefixColumn)).value_or(core::Ipv4Prefix());
        route.nextHopType = nextHopTypeOf(row);
        route.nextHopIp.reset();
        if (route.nextHopType == core::NextHopType::VirtualAppliance)
            route.nextHopIp = parseAddress(cellText(row, NextHopIpColumn));
        routes.push_back(std::move(route));
    }
    return routes;
}

void RoutesTableEdit::setValue(const std::vector<core::UserRoute> &routes)
{
    if (allCellsParse() && value() == routes) {
        m_base = routes;
        const QSignalBlocker blocker(table());
        for (int row = 0; row < rowCount(); ++row)
            setRowOrigin(row, row);
        return;
    }
    const int currentRow = table()->currentRow();
    const int currentColumn = table()->currentColumn();
    m_base = routes;
    {
        const QSignalBlocker blocker(table());
        table()->setRowCount(0);
        for (std::size_t index = 0; index < routes.size(); ++index)
            appendRow(routes[index], int(index));
        if (currentRow >= 0 && currentRow < rowCount())
            table()->setCurrentCell(currentRow, currentColumn);
    }
    fitHeight();
}

FieldCheck RoutesTableEdit::check()
{
    clearCellMarks();
    FieldCheck result;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name = cellText(row, NameColumn);
        const QString label = name.isEmpty() ? tr("row %1").arg(row + 1) : name;
        const FieldCheck nameCheck = checkUniqueName(row, NameColumn);
        const FieldCheck prefixCheck = checkPrefix(cellText(row, PrefixColumn));
        if (prefixCheck.isInvalid())
            markCell(row, PrefixColumn, prefixCheck.message);
        FieldCheck ipCheck;
        if (nextHopTypeOf(row) == core::NextHopType::VirtualAppliance) {
            ipCheck = checkAddress(cellText(row, NextHopIpColumn));
            if (ipCheck.isInvalid()) {
                ipCheck.message =
                    tr("a VirtualAppliance next hop needs an IP: %1").arg(ipCheck.message);
                markCell(row, NextHopIpColumn, ipCheck.message);
            }
        }
        for (FieldCheck check : {nameCheck, prefixCheck, ipCheck}) {
            if (!check.message.isEmpty())
                check.message = QStringLiteral("%1: %2").arg(label, check.message);
            result = worse(result, check);
        }
    }
    return result;
}

void RoutesTableEdit::appendNewRow()
{
    core::UserRoute route;
    route.name = uniqueName(NameColumn, QStringLiteral("route")).toStdString();
    route.nextHopType = core::NextHopType::VirtualAppliance;
    appendRow(route, -1);
    // Start empty rather than at 0.0.0.0/0, so a new row never routes anything by accident.
    setCellText(rowCount() - 1, PrefixColumn, QString());
}

void RoutesTableEdit::appendRow(const core::UserRoute &route, int origin)
{
    const int row = rowCount();
    table()->insertRow(row);
    setCellText(row, NameColumn, QString::fromStdString(route.name));
    setCellText(row, PrefixColumn, QString::fromStdString(route.prefix.toString()));
    setCellText(row, NextHopIpColumn,
                route.nextHopIp ? QString::fromStdString(route.nextHopIp->toString()) : QString());
    setRowOrigin(row, origin);

    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("nextHopType"));
    for (const core::NextHopType type : nextHopTypes) {
        const QString text = QString::fromUtf8(core::toString(type));
        combo->addItem(text, int(type));
    }
    combo->setCurrentIndex(combo->findData(int(route.nextHopType)));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        const int row = rowOfCellWidget(combo);
        updateNextHopIpCell(row);
        emitCellEdited(row, NextHopTypeColumn);
    });
    table()->setCellWidget(row, NextHopTypeColumn, combo);
    updateNextHopIpCell(row);
}

core::NextHopType RoutesTableEdit::nextHopTypeOf(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(table()->cellWidget(row, NextHopTypeColumn));
    return combo ? core::NextHopType(combo->currentData().toInt()) : core::NextHopType::None;
}

void RoutesTableEdit::updateNextHopIpCell(int row)
{
    QTableWidgetItem *item = table()->item(row, NextHopIpColumn);
    if (!item)
        return;
    const QSignalBlocker blocker(table());
    const bool needsIp = nextHopTypeOf(row) == core::NextHopType::VirtualAppliance;
    item->setFlags(needsIp ? item->flags() | Qt::ItemIsEnabled | Qt::ItemIsEditable
                           : item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsEditable));
}

bool RoutesTableEdit::allCellsParse() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (!parsePrefix(cellText(row, PrefixColumn)))
            return false;
        if (nextHopTypeOf(row) == core::NextHopType::VirtualAppliance &&
            !parseAddress(cellText(row, NextHopIpColumn)))
            return false;
    }
    return true;
}

} // namespace avsnet::ui
