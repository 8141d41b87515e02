// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelfeed.h"

#include "analysisrunner.h"

#include <QDockWidget>

namespace avsnet::ui {

PanelFeed::PanelFeed(AnalysisRunner *runner, QDockWidget *panel, Apply apply)
    : QObject(panel)
    , m_panel(panel)
    , m_apply(std::move(apply))
    , m_newest(runner->analysis())
{
    connect(runner, &AnalysisRunner::panelsDue, this, &PanelFeed::offer);
    connect(runner, &AnalysisRunner::catchUpRequested, this, &PanelFeed::catchUp);
    // A tab brought to the front, a dock opened again: it shows the newest result.
    connect(panel, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            catchUp();
    });
    m_apply(m_newest);
}

bool PanelFeed::isSeen() const
{
    return m_panel && m_panel->isVisible() && !m_panel->visibleRegion().isEmpty();
}

void PanelFeed::offer(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_newest = analysis;
    m_behind = true;
    if (isSeen())
        catchUp();
}

void PanelFeed::catchUp()
{
    if (!m_behind)
        return;
    m_behind = false;
    m_apply(m_newest);
}

} // namespace avsnet::ui
