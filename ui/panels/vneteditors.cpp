// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeeditors.h"

#include "fieldeditors.h"
#include "prefixlistedit.h"
#include "propertypage.h"
#include "routetablesedit.h"
#include "subnetstableedit.h"

#include <QCoreApplication>

#include <algorithm>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::NodeEditors", text);
}

using core::Node;
using core::VirtualNetwork;

// The first /24 (or the whole space when it is smaller) of the address space that no row
// overlaps: what "Add" proposes for a new subnet.
QString freeSubnet(const VirtualNetwork &vnet, const std::vector<core::Subnet> &rows)
{
    for (const auto &space : vnet.addressSpace) {
        const int length = std::max(space.length(), 24);
        const std::uint64_t step = std::uint64_t(1) << (32 - length);
        int tries = 0;
        for (std::uint64_t first = space.first(); first <= space.last() && tries < 4096;
             first += step, ++tries) {
            const core::Ipv4Prefix candidate(core::Ipv4Address(std::uint32_t(first)), length);
            const bool used = std::any_of(rows.begin(), rows.end(), [&](const core::Subnet &row) {
                return row.prefix.overlaps(candidate);
            });
            if (!used)
                return toQString(candidate.toString());
        }
    }
    return {};
}

} // namespace

void addVnetFields(PropertyPage *page, const NodeBinder &binder)
{
    page->addSection(tr("Virtual network"));

    auto *space = page->addField(tr("Address space"),
                                 named(new PrefixListEdit, QStringLiteral("addressSpace")));
    binder.bindLineEdit(
        space,
        [](const Node &node) {
            return formatPrefixList(nodeData<VirtualNetwork>(node).addressSpace);
        },
        [](const QString &text) {
            const auto prefixes = parsePrefixList(text);
            if (prefixes && prefixes->empty())
                return FieldCheck::invalid(tr("a VNet needs at least one address prefix"));
            return checkPrefixList(text);
        },
        [](Node &node, const QString &text) {
            nodeData<VirtualNetwork>(node).addressSpace = *parsePrefixList(text);
        });

    auto *subnets =
        page->addField(tr("Subnets"), named(new SubnetsTableEdit(true), QStringLiteral("subnets")));
    subnets->setPrefixSuggestion([binder](const std::vector<core::Subnet> &rows) {
        const Node *node = binder.current();
        return node ? freeSubnet(nodeData<VirtualNetwork>(*node), rows) : QString();
    });
    // The route table choices first: a rename changes both in one step.
    binder.addRefresher([subnets](const Node &node) {
        QStringList names;
        for (const auto &table : nodeData<VirtualNetwork>(node).routeTables)
            names.append(toQString(table.name));
        subnets->setRouteTableNames(names);
    });
    binder.bindEditor<SubnetsTableEdit, std::vector<core::Subnet>>(
        subnets, [](const Node &node) { return nodeData<VirtualNetwork>(node).subnets; },
        [](Node &node, const std::vector<core::Subnet> &rows) {
            nodeData<VirtualNetwork>(node).subnets = rows;
        });

    auto *tables = page->addField(tr("Route tables"),
                                  named(new RouteTablesEdit, QStringLiteral("routeTables")));
    binder.bindEditor<RouteTablesEdit, std::vector<core::RouteTable>>(
        tables, [](const Node &node) { return nodeData<VirtualNetwork>(node).routeTables; },
        [tables](Node &node, const std::vector<core::RouteTable> &value) {
            auto &vnet = nodeData<VirtualNetwork>(node);
            vnet.routeTables = value;
            // Subnets follow a renamed table, and lose a removed one, in the same step.
            for (const auto &[before, after] : tables->renamedTables()) {
                for (auto &subnet : vnet.subnets) {
                    if (subnet.routeTable == before)
                        subnet.routeTable = after;
                }
            }
        });

    addLocationField<VirtualNetwork>(page, binder);
}

} // namespace avsnet::ui
