// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>

class QMainWindow;

namespace avsnet::ui {

class DesignScene;
class DesignView;
class LaserPointer;

// Presenter mode, for a trainer in front of a class: the canvas full screen with every dock,
// toolbar and the menu bar hidden, larger type and thicker paths, a laser pointer under the
// mouse, and the keyboard driving the lesson (Page Down/Up, N/P) or the propagation
// step-through (Right/Left, Space). Escape or F11 leaves it, restoring the window as it was.
class PresenterMode final : public QObject
{
    Q_OBJECT

public:
    PresenterMode(QMainWindow *window, DesignView *view, DesignScene *scene);

    bool isActive() const { return m_active; }
    LaserPointer *laserPointer() const { return m_laser; }

public slots:
    void setActive(bool active);
    void toggle() { setActive(!m_active); }

signals:
    void activeChanged(bool active);
    void nextLessonStep();
    void previousLessonStep();
    void nextPropagationEvent();
    void previousPropagationEvent();
    void togglePropagationPlay();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    DesignView *m_view;
    DesignScene *m_scene;
    LaserPointer *m_laser;
    bool m_active = false;
    bool m_wasMaximized = false;
    QByteArray m_savedState;
    QFont m_savedFont;
};

} // namespace avsnet::ui
