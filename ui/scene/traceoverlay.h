// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QString>

namespace avsnet::ui {

// Draws a trace over the canvas: the forward path and the return path in their own colours,
// with arrows for the direction, and a mark with the reason where a packet is dropped. Each
// path keeps to the right of its own direction, so a link used both ways shows two lines
// side by side, never one over the other.
class TraceOverlay : public QGraphicsItem
{
public:
    struct Route
    {
        QList<QLineF> segments; // node edge to node edge, in path order
        bool delivered = false;
        bool hasDrop = false;
        QPointF dropPoint;
        QString dropReason;
    };

    TraceOverlay();

    void setRoutes(const Route &forward, const Route &back);
    const Route &forward() const { return m_forward; }
    const Route &back() const { return m_back; }
    void clear();
    void setDark(bool dark);
    void setEmphasis(qreal widthFactor) { m_widthFactor = widthFactor; update(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void paintRoute(QPainter *painter, const Route &route, const QColor &colour, qreal offset);

    Route m_forward;
    Route m_back;
    bool m_dark = false;
    qreal m_widthFactor = 1.0;
};

} // namespace avsnet::ui
