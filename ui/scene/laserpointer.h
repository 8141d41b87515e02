// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QTimer>
#include <QWidget>

namespace avsnet::ui {

// A presenter's laser pointer: a red glow under the mouse with a short fading trail, drawn on
// a transparent layer over a view's viewport. It never takes a mouse event, so the canvas
// underneath works as usual.
class LaserPointer final : public QWidget
{
    Q_OBJECT

public:
    explicit LaserPointer(QWidget *viewport);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    // Where the glow is, in viewport coordinates; invalid when the mouse is away.
    QPointF position() const { return m_trail.isEmpty() ? QPointF(-1, -1) : m_trail.back(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void fade();

    QWidget *m_viewport;
    QList<QPointF> m_trail; // oldest first
    QTimer m_fadeTimer;
    bool m_on = false;
};

} // namespace avsnet::ui
