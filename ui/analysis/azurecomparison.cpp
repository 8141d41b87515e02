// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "azurecomparison.h"

#include "analysisrunner.h"
#include "routing/analysis.h"

#include <algorithm>

namespace avsnet::ui {

namespace {

// The reader places a bare az output at the context it is given and a bundle's tables where
// the bundle says: reading with a context no design has tells the two apart.
constexpr char placeholderContext[] = "?";

} // namespace

AzureComparison::AzureComparison(AnalysisRunner *runner, QObject *parent)
    : QObject(parent)
    , m_analysis(runner->analysis())
{
    connect(runner, &AnalysisRunner::analysisReady, this, &AzureComparison::setAnalysis);
}

bool AzureComparison::needsContext(const QString &file)
{
    try {
        const auto tables = core::azure::readObservedFile(file.toStdString(), placeholderContext);
        return std::any_of(tables.begin(), tables.end(), [](const auto &table) {
            return table.context == placeholderContext;
        });
    } catch (const core::azure::ImportError &) {
        return false;
    }
}

QString AzureComparison::load(const QString &file, const QString &context)
{
    std::vector<core::azure::ObservedTable> tables;
    try {
        tables = core::azure::readObservedFile(file.toStdString(), context.toStdString());
    } catch (const core::azure::ImportError &error) {
        return QString::fromStdString(error.toString());
    }
    setTables(std::move(tables), file);
    return {};
}

void AzureComparison::setTables(std::vector<core::azure::ObservedTable> tables,
                                const QString &source)
{
    m_tables = std::move(tables);
    m_source = source;
    recompare();
}

void AzureComparison::clear()
{
    m_tables.clear();
    m_source.clear();
    recompare();
}

QHash<QString, int> AzureComparison::differencesByNode() const
{
    QHash<QString, int> counts;
    if (!m_comparison)
        return counts;
    for (const core::azure::TableComparison &table : m_comparison->tables) {
        if (table.context.empty())
            continue; // no node of the design is the place it was taken
        int differing = 0;
        for (const core::azure::PrefixComparison &entry : table.prefixes)
            differing += entry.match != core::azure::RouteMatch::Same;
        if (differing == 0)
            continue;
        const std::string node = table.context.substr(0, table.context.find('/'));
        counts[QString::fromStdString(node)] += differing;
    }
    return counts;
}

void AzureComparison::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_analysis = analysis;
    if (isActive())
        recompare();
}

void AzureComparison::recompare()
{
    if (m_tables.empty() || !m_analysis)
        m_comparison.reset();
    else
        m_comparison = core::azure::compareRoutes(*m_analysis, m_tables);
    emit changed();
}

} // namespace avsnet::ui
