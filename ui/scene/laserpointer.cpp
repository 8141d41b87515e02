// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "laserpointer.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRadialGradient>

namespace avsnet::ui {

namespace {
constexpr int trailLength = 14;
constexpr qreal glowRadius = 16;
} // namespace

LaserPointer::LaserPointer(QWidget *viewport)
    : QWidget(viewport)
    , m_viewport(viewport)
{
    setObjectName(QStringLiteral("laserPointer"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    // The trail shortens when the mouse rests, so a still pointer is one clear dot.
    m_fadeTimer.setInterval(30);
    connect(&m_fadeTimer, &QTimer::timeout, this, &LaserPointer::fade);
}

void LaserPointer::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_trail.clear();
    if (on) {
        m_viewport->installEventFilter(this);
        m_viewport->setMouseTracking(true);
        setGeometry(m_viewport->rect());
        raise();
        show();
        m_fadeTimer.start();
        m_viewport->setCursor(Qt::BlankCursor);
    } else {
        m_viewport->removeEventFilter(this);
        m_fadeTimer.stop();
        m_viewport->unsetCursor();
        hide();
    }
}

bool LaserPointer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport) {
        if (event->type() == QEvent::MouseMove) {
            m_trail.append(static_cast<QMouseEvent *>(event)->position());
            while (m_trail.size() > trailLength)
                m_trail.removeFirst();
            update();
        } else if (event->type() == QEvent::Leave) {
            m_trail.clear();
            update();
        } else if (event->type() == QEvent::Resize) {
            setGeometry(m_viewport->rect());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LaserPointer::fade()
{
    if (m_trail.size() > 1) {
        m_trail.removeFirst();
        update();
    }
}

void LaserPointer::paintEvent(QPaintEvent *)
{
    if (m_trail.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < m_trail.size(); ++i) {
        const qreal age = qreal(i + 1) / qreal(m_trail.size()); // 1 = newest
        const qreal radius = glowRadius * (0.35 + 0.65 * age);
        QRadialGradient glow(m_trail[i], radius);
        glow.setColorAt(0, QColor(255, 40, 40, int(230 * age)));
        glow.setColorAt(0.35, QColor(255, 0, 0, int(150 * age)));
        glow.setColorAt(1, QColor(255, 0, 0, 0));
        painter.setBrush(glow);
        painter.drawEllipse(m_trail[i], radius, radius);
    }
}

} // namespace avsnet::ui
