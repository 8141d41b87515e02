// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelfeed.h"

#include "analysisrunner.h"

#include <QEvent>
#include <QWidget>

namespace avsnet::ui {

PanelFeed::PanelFeed(AnalysisRunner *runner, QWidget *panel, Apply apply)
    : QObject(panel)
    , m_panel(panel)
    , m_apply(std::move(apply))
    , m_newest(runner->analysis())
{
    connect(runner, &AnalysisRunner::panelsDue, this, &PanelFeed::offer);
    connect(runner, &AnalysisRunner::catchUpRequested, this, &PanelFeed::catchUp);
    panel->installEventFilter(this);
    m_apply(m_newest);
}

void PanelFeed::offer(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_newest = analysis;
    m_behind = true;
    if (m_panel && m_panel->isVisible())
        catchUp();
}

void PanelFeed::catchUp()
{
    if (!m_behind)
        return;
    m_behind = false;
    m_apply(m_newest);
}

bool PanelFeed::eventFilter(QObject *watched, QEvent *event)
{
    // A tab brought to the front, a dock opened again: it shows the newest result.
    if (watched == m_panel && event->type() == QEvent::Show)
        catchUp();
    return QObject::eventFilter(watched, event);
}

} // namespace avsnet::ui
