// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentermode.h"

#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/laserpointer.h"

#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace avsnet::ui {

namespace {
constexpr qreal fontFactor = 1.25;  // type a back row can read
constexpr qreal pathEmphasis = 2.0; // traced paths twice as thick
} // namespace

PresenterMode::PresenterMode(QMainWindow *window, DesignView *view, DesignScene *scene)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_scene(scene)
    , m_laser(new LaserPointer(view->viewport()))
{
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_savedState = m_window->saveState();
        m_wasMaximized = m_window->isMaximized();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->hide();
        for (QToolBar *toolbar : m_window->findChildren<QToolBar *>())
            toolbar->hide();
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        // The canvas paints with its viewport's font: larger there means larger labels.
        m_savedFont = m_view->viewport()->font();
        QFont large = m_savedFont;
        large.setPointSizeF(m_savedFont.pointSizeF() * fontFactor);
        m_view->viewport()->setFont(large);
        // Node names and details are drawn in scene units: the scene enlarges them itself.
        m_scene->setTextScale(fontFactor);
        m_scene->setTraceEmphasis(pathEmphasis);
        m_window->showFullScreen();
        m_view->fitToWindow();
        m_laser->setOn(true);
        m_window->installEventFilter(this);
        m_view->installEventFilter(this);
        m_view->setFocus();
    } else {
        m_window->removeEventFilter(this);
        m_view->removeEventFilter(this);
        m_laser->setOn(false);
        m_view->viewport()->setFont(m_savedFont);
        m_scene->setTextScale(1.0);
        m_scene->setTraceEmphasis(1.0);
        m_window->menuBar()->show();
        m_window->statusBar()->show();
        m_window->restoreState(m_savedState);
        if (m_wasMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
    }
    m_view->viewport()->update();
    emit activeChanged(active);
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
        setActive(false);
        return true;
    case Qt::Key_PageDown:
    case Qt::Key_N:
        emit nextLessonStep();
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_P:
        emit previousLessonStep();
        return true;
    case Qt::Key_Right:
        emit nextPropagationEvent();
        return true;
    case Qt::Key_Left:
        emit previousPropagationEvent();
        return true;
    case Qt::Key_Space:
        emit togglePropagationPlay();
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace avsnet::ui
