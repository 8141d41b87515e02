// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "traceoverlay.h"

#include "nodestyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace avsnet::ui {

TraceOverlay::TraceOverlay()
{
    setZValue(5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void TraceOverlay::setRoutes(const Route &forward, const Route &back)
{
    prepareGeometryChange();
    m_forward = forward;
    m_back = back;
    update();
}

void TraceOverlay::clear()
{
    setRoutes({}, {});
}

void TraceOverlay::setDark(bool dark)
{
    m_dark = dark;
    update();
}

QRectF TraceOverlay::boundingRect() const
{
    QRectF rect;
    for (const Route *route : {&m_forward, &m_back}) {
        for (const QLineF &segment : route->segments)
            rect = rect.united(QRectF(segment.p1(), segment.p2()).normalized());
        if (route->hasDrop)
            rect = rect.united(QRectF(route->dropPoint, QSizeF(1, 1)).adjusted(-40, -40, 400, 60));
    }
    return rect.adjusted(-30, -30, 30, 30);
}

void TraceOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const Palette &colours = canvasPalette(m_dark);
    // Both keep right of their own direction: over one link, A to B and B to A lie on
    // opposite sides of it (the normal turns with the direction).
    paintRoute(painter, m_back, colours.returnPath, 5 * m_widthFactor);
    paintRoute(painter, m_forward, colours.forwardPath, 5 * m_widthFactor);
}

void TraceOverlay::paintRoute(QPainter *painter, const Route &route, const QColor &colour,
                              qreal offset)
{
    const Palette &colours = canvasPalette(m_dark);
    const QColor lineColour = route.delivered ? colour : colours.dropped;
    QPen pen(lineColour, 4 * m_widthFactor, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (QLineF segment : route.segments) {
        if (segment.length() < 12)
            continue;
        const QLineF normal = segment.normalVector().unitVector();
        const QPointF shift = (normal.p2() - normal.p1()) * offset;
        segment.translate(shift);
        // A little off both nodes, so the arrow head stays visible beside the one it enters.
        const qreal gap = std::min(qreal(6), segment.length() / 4) / segment.length();
        const QLineF shortened(segment.pointAt(gap), segment.pointAt(1 - gap));
        painter->setPen(pen);
        painter->drawLine(shortened);
        const qreal angle = qDegreesToRadians(-shortened.angle());
        const qreal size = 12 * m_widthFactor;
        const QPointF tip = shortened.p2();
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size)
             << tip - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size);
        painter->setPen(Qt::NoPen);
        painter->setBrush(lineColour);
        painter->drawPolygon(head);
    }
    if (!route.hasDrop)
        return;
    const QPointF mark = route.dropPoint + QPointF(0, -34);
    painter->setPen(QPen(colours.dropped, 5 * m_widthFactor, Qt::SolidLine, Qt::RoundCap));
    const qreal arm = 9 * m_widthFactor;
    painter->drawLine(mark + QPointF(-arm, -arm), mark + QPointF(arm, arm));
    painter->drawLine(mark + QPointF(-arm, arm), mark + QPointF(arm, -arm));
    if (route.dropReason.isEmpty())
        return;
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * m_widthFactor);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF text = metrics.boundingRect(QRectF(0, 0, 320, 200), Qt::TextWordWrap, route.dropReason);
    const QRectF box(mark + QPointF(16, -text.height() / 2 - 6), text.size() + QSizeF(12, 12));
    painter->setPen(QPen(colours.dropped, 1.5));
    painter->setBrush(colours.canvas);
    painter->drawRoundedRect(box, 5, 5);
    painter->setPen(colours.text);
    painter->drawText(box.adjusted(6, 6, -6, -6), Qt::TextWordWrap, route.dropReason);
}

} // namespace avsnet::ui
