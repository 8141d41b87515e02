// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/routecomparison.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace avsnet::core {
class Analysis;
}

namespace avsnet::ui {

class AnalysisRunner;

// What Azure reported (an observed-routes file: an avsnet-capture bundle or one bare az
// output) compared with the model, as `avsnet compare` does it, again after every analysis:
// an edit of the design shows at once whether the model now agrees with Azure. Holds the
// observed tables until clear(); the Routes dock lists the comparison and the canvas badges
// the nodes whose tables differ.
class AzureComparison : public QObject
{
    Q_OBJECT

public:
    explicit AzureComparison(AnalysisRunner *runner, QObject *parent = nullptr);

    // Reads an observed-routes file. A bare az output does not say where it was taken: it
    // is compared at `context` ("VNET/SUBNET" or a node id), and needs one (needsContext).
    // On failure keeps the current comparison and returns the reason (the file and the JSON
    // path), else an empty string.
    QString load(const QString &file, const QString &context = {});
    // Whether `file` is one bare az output, which load() can only place with a context. An
    // unreadable file says no: load() then says what is wrong with it.
    static bool needsContext(const QString &file);

    void setTables(std::vector<core::azure::ObservedTable> tables, const QString &source);
    void clear();

    bool isActive() const { return !m_tables.empty(); }
    // The file the observed tables came from.
    QString source() const { return m_source; }
    // Null until there are tables and an analysis to compare them with.
    const core::azure::RouteComparison *comparison() const
    {
        return m_comparison ? &*m_comparison : nullptr;
    }
    // The analysis the comparison was made with (its topology names the nodes).
    std::shared_ptr<const core::Analysis> analysis() const { return m_analysis; }
    // Per node id, how many prefixes of its tables differ (only nodes with a difference):
    // a subnet's table counts for its VNet.
    QHash<QString, int> differencesByNode() const;

signals:
    // After every recomparison, a load and clear().
    void changed();

private:
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void recompare();

    std::vector<core::azure::ObservedTable> m_tables;
    QString m_source;
    std::shared_ptr<const core::Analysis> m_analysis;
    std::optional<core::azure::RouteComparison> m_comparison;
};

} // namespace avsnet::ui
