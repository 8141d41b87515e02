// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/analysis.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QDockWidget;

namespace avsnet::ui {

class AnalysisRunner;

// Feeds one dock the results meant for the docks (AnalysisRunner::panelsDue) while a person
// can see it. A dock behind another tab, or closed, keeps only the newest result and takes it
// when it is shown again: on L, the Routes dock's table alone cost more than the analysis,
// and no one was looking at it. The runner's flushPanels() (tests, exports) brings it up to
// date at once.
class PanelFeed : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void(const std::shared_ptr<const core::Analysis> &)>;
    // Starts with the runner's newest result, applied at once.
    PanelFeed(AnalysisRunner *runner, QDockWidget *panel, Apply apply);

private:
    // Open, and not behind another tab (Qt keeps a tab behind others "visible").
    bool isSeen() const;
    void offer(const std::shared_ptr<const core::Analysis> &analysis);
    void catchUp();

    QPointer<QDockWidget> m_panel;
    Apply m_apply;
    std::shared_ptr<const core::Analysis> m_newest;
    bool m_behind = false; // m_newest not applied yet (the dock was not seen)
};

} // namespace avsnet::ui
