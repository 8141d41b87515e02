// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracecontroller.h"

#include "analysisrunner.h"

namespace avsnet::ui {

TraceController::TraceController(AnalysisRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    connect(runner, &AnalysisRunner::analysisReady, this, &TraceController::recompute);
}

void TraceController::setEndpoints(const QString &from, const QString &to)
{
    m_from = from.trimmed();
    m_to = to.trimmed();
    recompute(m_runner->analysis());
}

void TraceController::renameNode(const QString &from, const QString &to)
{
    for (QString *endpoint : {&m_from, &m_to}) {
        if (*endpoint == from)
            *endpoint = to;
        else if (endpoint->startsWith(from + QLatin1Char('/')))
            endpoint->replace(0, from.size(), to);
    }
}

void TraceController::clear()
{
    setEndpoints({}, {});
}

void TraceController::recompute(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_result.reset();
    m_problem.clear();
    m_traced = analysis;
    if (isActive() && analysis) {
        const auto from = core::resolveEndpoint(*analysis, m_from.toStdString());
        const auto to = core::resolveEndpoint(*analysis, m_to.toStdString());
        if (const auto *message = std::get_if<std::string>(&from))
            m_problem = QString::fromStdString(*message);
        else if (const auto *message = std::get_if<std::string>(&to))
            m_problem = QString::fromStdString(*message);
        else
            m_result = core::trace(*analysis, std::get<core::Endpoint>(from),
                                   std::get<core::Endpoint>(to));
    }
    emit traceChanged();
}

} // namespace avsnet::ui
