// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/tracer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace avsnet::core {
class Analysis;
}

namespace avsnet::ui {

class AnalysisRunner;

// The trace the user asked for (two endpoints as text, cli.md syntax), recomputed on every
// new analysis so it stays live: switch Global Reach off and the path turns red at once.
class TraceController : public QObject
{
    Q_OBJECT

public:
    explicit TraceController(AnalysisRunner *runner, QObject *parent = nullptr);

    void setEndpoints(const QString &from, const QString &to);
    void clear();
    // A node was renamed: endpoints naming it ("hub", "hub/workload") follow. The trace
    // itself is recomputed with the next analysis, which knows the new id.
    void renameNode(const QString &from, const QString &to);
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    bool isActive() const { return !m_from.isEmpty() && !m_to.isEmpty(); }
    // The current trace; empty when none is set or an endpoint does not resolve.
    const std::optional<core::TraceResult> &result() const { return m_result; }
    // Why there is no result although endpoints are set.
    QString problem() const { return m_problem; }
    // The analysis the result was traced in (its names name the hops).
    const std::shared_ptr<const core::Analysis> &analysis() const { return m_traced; }

signals:
    void traceChanged();

private:
    void recompute(const std::shared_ptr<const core::Analysis> &analysis);

    AnalysisRunner *m_runner;
    QString m_from;
    QString m_to;
    std::optional<core::TraceResult> m_result;
    QString m_problem;
    std::shared_ptr<const core::Analysis> m_traced;
};

} // namespace avsnet::ui
