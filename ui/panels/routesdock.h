// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/analysis.h"

#include <QDockWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace avsnet::ui {

class AnalysisRunner;
class Document;
class RoutesModel;
class RoutesProxyModel;
class Selection;

// Shows the routes of one context, as `avsnet routes --at` does: a subnet's effective routes
// or a BGP speaker's table. The context follows the selection (a speaker shows its table, a
// VNet its first workload subnet) and a combo picks any other. Read-only.
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

public slots:
    void setContext(const QString &context);

private:
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void followSelection(const QStringList &ids);
    void refreshContexts();
    void selectContextInCombo();
    void reloadRoutes();
    void updateStatus();

    Document *m_document;
    std::shared_ptr<const core::Analysis> m_analysis;
    QString m_context;
    QString m_problem; // why the context has no table
    RoutesModel *m_model;
    RoutesProxyModel *m_proxy;
    QComboBox *m_contexts;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_status;
};

} // namespace avsnet::ui
