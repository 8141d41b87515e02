// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtableedit.h"

#include "model/topology.h"

#include <functional>
#include <vector>

class QComboBox;

namespace avsnet::ui {

// Edits a VNet's subnets (name, prefix, route table chosen from the VNet's tables) or, without
// the route table column, an AVS private cloud's segments (the caller converts them). A name
// used twice or a prefix that does not parse is marked at its cell and fails check().
class SubnetsTableEdit final : public RowTableEdit
{
    Q_OBJECT

public:
    enum Column { NameColumn, PrefixColumn, RouteTableColumn };
    using Suggestion = std::function<QString(const std::vector<core::Subnet> &rows)>;

    explicit SubnetsTableEdit(bool withRouteTables, QWidget *parent = nullptr);

    // The tables a subnet may use; call before setValue() when both change.
    void setRouteTableNames(const QStringList &names);
    // The prefix a new row starts with (a free /24 of the address space); none by default.
    void setPrefixSuggestion(Suggestion suggestion) { m_suggestion = std::move(suggestion); }

    std::vector<core::Subnet> value() const;
    // Shows `subnets`; when the rows already read as `subnets` (after their own commit) they
    // are only re-based, so the current cell and the editor stay as they are.
    void setValue(const std::vector<core::Subnet> &subnets);
    // Marks bad cells; the first problem, or a warning (host bits), or valid.
    FieldCheck check();

protected:
    void appendNewRow() override;

private:
    void appendRow(const core::Subnet &subnet, int origin);
    void fillRouteTableCombo(QComboBox *combo, const QString &current) const;
    QString routeTableOf(int row) const;
    bool allPrefixesParse() const;

    bool m_withRouteTables;
    QStringList m_routeTableNames;
    std::vector<core::Subnet> m_base;
    Suggestion m_suggestion;
};

} // namespace avsnet::ui
