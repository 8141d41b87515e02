// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the propagation step-through: its dock, its View action, and the canvas and the
// Routes dock following the current step.
#include "mainwindow.h"

#include "panels/propagationdock.h"
#include "panels/routesdock.h"
#include "panels/tracedock.h"
#include "scene/designscene.h"

#include <QAction>
#include <QTreeView>

namespace avsnet::ui {

void MainWindow::createPropagationDock(RoutesDock *routes)
{
    m_routesDock = routes;
    m_propagationDock = new PropagationDock(m_runner, this);
    addDockWidget(Qt::RightDockWidgetArea, m_propagationDock);
    // On the right, not among the bottom tabs: the Routes dock shows the tables as of the
    // step, so both must be visible at once.
    tabifyDockWidget(m_propertyDock, m_propagationDock);
    m_propagationDock->hide();
    connect(m_propagationDock, &PropagationDock::stateChanged, this,
            &MainWindow::followPropagation);
}

QAction *MainWindow::createPropagationAction()
{
    auto *action = new QAction(tr("Step Through &Propagation"), this);
    action->setObjectName(QStringLiteral("stepThroughPropagationAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    action->setToolTip(tr("Replay how BGP routes propagate, one event at a time"));
    connect(action, &QAction::triggered, this, [this] {
        m_propagationDock->show();
        m_propagationDock->raise();
        m_routesDock->show();
        m_routesDock->raise();
        // Left, Right and Space step at once.
        m_propagationDock->view()->setFocus();
    });
    addAction(action); // its shortcut must work with the menu bar hidden
    return action;
}

void MainWindow::followPropagation()
{
    const PropagationDock *dock = m_propagationDock;
    const auto event = dock->isEngaged() ? dock->currentEvent() : std::nullopt;
    if (event)
        m_scene->setPropagationEvent(*event, dock->animationMs());
    else
        m_scene->clearPropagationEvent();

    if (!dock->isStepping()) {
        m_routesDock->clearReplayTables(); // at the end the tables are the analysis' own
        return;
    }
    m_routesDock->setReplayTables(dock->tableSource(), dock->timeline()->sharedAnalysis(),
                                  tr("step %1 of %2").arg(dock->step()).arg(dock->eventCount()));
    if (event && dock->followsReceiver())
        m_routesDock->setContext(QString::fromStdString(event->toId));
}

} // namespace avsnet::ui
