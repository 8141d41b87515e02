// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/displaynames.h"
#include "routing/analysis.h"

#include <QDockWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace avsnet::ui {

class AnalysisRunner;
class AzureComparison;
class AzureComparisonView;
class Document;
class RoutesModel;
class RoutesProxyModel;
class Selection;

// Shows the routes of one context, as `avsnet routes --at` does: a subnet's effective routes
// or a BGP speaker's table. The context follows the selection (a speaker shows its table, a
// VNet its first workload subnet) and a combo picks any other. Read-only. While the design is
// compared with what Azure reports (File > Compare with Azure Routes), a second page lists
// that comparison.
class RoutesDock final : public QDockWidget
{
    Q_OBJECT

public:
    RoutesDock(Document *document, AnalysisRunner *runner, Selection *selection,
               QWidget *parent = nullptr);

    // The shown context: "VNET/SUBNET" or a speaker's node id; empty when none.
    QString context() const { return m_context; }
    // The context that selecting `id` shows, or empty when it has no routes.
    QString contextForNode(const QString &id) const;

    RoutesModel *routesModel() const { return m_model; }
    RoutesProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }

    // The propagation step-through: a speaker shows `tableOf(node)`, its BGP table as of a
    // step (node indices and AS path ids of `analysis`, the run the step-through recorded),
    // instead of its final table, until clearReplayTables(). Subnets keep their final
    // effective routes. `asOf` ("step 12 of 80") goes in the status line.
    void setReplayTables(std::function<core::BgpTable(int node)> tableOf,
                         std::shared_ptr<const core::Analysis> analysis, const QString &asOf);
    void clearReplayTables();
    bool showsReplay() const { return bool(m_replayTableOf); }

    // Gives the dock its "Compared with Azure" page, shown while `comparison` has observed
    // tables and brought to the front when a new file is compared.
    void setAzureComparison(AzureComparison *comparison);
    AzureComparisonView *azureComparisonView() const { return m_azureView; }
    QTabWidget *pages() const { return m_pages; }

public slots:
    void setContext(const QString &context);

private:
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void followSelection(const QStringList &ids);
    void refreshContexts();
    void selectContextInCombo();
    void reloadRoutes();
    // The speaker whose replayed table the context shows, or -1.
    int replayedSpeaker() const;
    void updateStatus();
    void followAzureComparison();

    Document *m_document;
    std::shared_ptr<const core::Analysis> m_analysis;
    QString m_context;
    DisplayNames m_names;
    QString m_problem; // why the context has no table
    std::function<core::BgpTable(int)> m_replayTableOf;
    std::shared_ptr<const core::Analysis> m_replayAnalysis;
    QString m_replayAsOf;
    bool m_replayed = false; // the shown rows are a replayed table
    RoutesModel *m_model;
    RoutesProxyModel *m_proxy;
    QComboBox *m_contexts;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_status;
    QTabWidget *m_pages;
    QWidget *m_routesPage;
    AzureComparison *m_azureComparison = nullptr;
    AzureComparisonView *m_azureView = nullptr;
    QString m_comparedSource; // the file the page was last raised for
};

} // namespace avsnet::ui
