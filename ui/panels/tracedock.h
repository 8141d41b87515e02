// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/displaynames.h"
#include "routing/analysis.h"

#include <QDockWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace avsnet::core {
struct PathTrace;
}

namespace avsnet::ui {

class AnalysisRunner;
class TraceController;

// Asks the TraceController for a trace between two endpoints (typed, picked from the list
// of endpoints, or filled by the canvas) and shows its verdict and every hop of the forward
// and return paths with the route that decided it. It shows whatever trace the controller
// holds, whoever set it.
class TraceDock final : public QDockWidget
{
    Q_OBJECT

public:
    TraceDock(AnalysisRunner *runner, TraceController *trace, QWidget *parent = nullptr);

    // The endpoints in the engine's form (ids, cli.md); the boxes show names.
    QString from() const;
    QString to() const;
    // The verdict line as shown: "reachable", "dropped at X: reason", a problem, or empty.
    QString verdict() const;
    QTreeWidget *hopTree() const { return m_hops; }

public slots:
    // An endpoint in the engine's form; the box shows it by name.
    void setFrom(const QString &endpoint);
    void setTo(const QString &endpoint);
    // Asks the controller to trace the endpoints in the two boxes.
    void startTrace();
    void swapEndpoints();
    void clear();

signals:
    // A hop of a path was clicked or activated; the canvas may centre on the node.
    void hopActivated(const QString &nodeId);

private:
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);
    void showTrace();
    void setVerdict(const QString &text, QLatin1String colour);
    void addPath(const QString &title, const core::PathTrace &path);
    void activateHop(QTreeWidgetItem *item);
    QString endpointOf(const QComboBox *box) const;

    TraceController *m_trace;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_verdict;
    QLabel *m_endpoints;
    QTreeWidget *m_hops;
    DisplayNames m_names;
};

} // namespace avsnet::ui
