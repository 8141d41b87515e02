// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "document/displaynames.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <vector>

namespace avsnet::ui {

// The findings of one analysis as a table, errors first, then warnings, then info, each
// group in the engine's order. A read-only copy: it never refers back to the analysis.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, SubjectsColumn, ColumnCount };
    // "error", "warning" or "info": what the dock's severity filter matches.
    static constexpr int SeverityRole = Qt::UserRole + 1;
    // The subjects as a QStringList of node and link ids (the display shows their names).
    static constexpr int SubjectsRole = Qt::UserRole + 2;

    explicit FindingsModel(QObject *parent = nullptr);

    // Messages and subjects are shown with names for ids; the roles keep the ids.
    void setFindings(std::vector<core::Finding> findings, const DisplayNames &names);
    const std::vector<core::Finding> &findings() const { return m_findings; }
    const core::Finding &finding(int row) const { return m_findings[std::size_t(row)]; }
    int count(core::Severity severity) const;
    // Rows about any of these ids are shown in bold (the canvas selection).
    void setHighlightedIds(const QStringList &ids);

    static QIcon severityIcon(core::Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool isHighlighted(const core::Finding &finding) const;

    std::vector<core::Finding> m_findings;
    std::vector<QString> m_messages; // with names, one per finding
    std::vector<QString> m_subjects;
    QStringList m_highlightedIds;
    QIcon m_icons[3];
};

} // namespace avsnet::ui
