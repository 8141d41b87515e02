// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "designview.h"

#include "designscene.h"

#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace avsnet::ui {

namespace {
constexpr qreal minimumZoom = 0.05;
constexpr qreal maximumZoom = 6.0;
// The zoom at which the canvas's smallest text (a VNet's subnet lines) is about 7 px: below
// it a design opened on a laptop screen shows labels nobody can read.
constexpr qreal readableZoom = 0.6;
} // namespace

DesignView::DesignView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Items repaint themselves; the view only needs to redraw what changed.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setAcceptDrops(true);
    setSceneRect(-5000, -5000, 20000, 20000);
}

void DesignView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void DesignView::zoomBy(qreal factor)
{
    m_fitted = false;
    setZoom(zoom() * factor);
}

void DesignView::zoomIn()
{
    zoomBy(1.25);
}

void DesignView::zoomOut()
{
    zoomBy(0.8);
}

void DesignView::resetZoom()
{
    m_fitted = false;
    setZoom(1.0);
}

void DesignView::fitToWindow()
{
    m_keepReadable = false;
    fitDesign();
}

void DesignView::fitDesign()
{
    auto *design = qobject_cast<DesignScene *>(scene());
    const QRectF rect = design ? design->designRect() : scene()->itemsBoundingRect();
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setZoom(1.5);
    m_fitted = true;
    emit zoomChanged(zoom());
}

void DesignView::showDesign()
{
    m_keepReadable = true;
    fitDesign();
    if (zoom() >= readableZoom)
        return;
    // Readable text matters more than seeing every corner at once: the design's middle at a
    // readable zoom, the rest a scroll away (Fit to Window still shows it all).
    auto *design = qobject_cast<DesignScene *>(scene());
    const QRectF rect = design ? design->designRect() : scene()->itemsBoundingRect();
    m_fitted = false;
    setZoom(readableZoom);
    centerOn(rect.center());
}

void DesignView::paintEvent(QPaintEvent *event)
{
    QGraphicsView::paintEvent(event);
    emit painted();
}

void DesignView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // The window settles its size after a design opens (docks, the first show): refit the
    // same way it was fitted, so an opened design does not end below the readable zoom.
    if (m_fitted && m_keepReadable)
        showDesign();
    else if (m_fitted)
        fitDesign();
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    // Wheel zooms (diagram-tool convention); Shift+wheel and touchpads scroll.
    if (event->modifiers() & Qt::ShiftModifier || !event->pixelDelta().isNull()) {
        m_fitted = false;
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panStart = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_fitted = false;
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace avsnet::ui
