// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace avsnet::ui {

class OffscreenDesign;

// Draws an OffscreenDesign, with its legend beside it when asked, onto any paint device:
// an SVG (text stays text, so node names are searchable), a PNG at a chosen scale, or pages
// (PDF, a printer) under a title block with the design's name, description and date.
class DiagramRenderer
{
public:
    explicit DiagramRenderer(const OffscreenDesign &design);

    // The diagram's extent at scale 1, in scene units: the design, and the legend if shown.
    QSizeF size() const;
    // Paints the diagram into `target`, scaled to fit with its aspect ratio kept.
    void paint(QPainter *painter, const QRectF &target) const;

    QByteArray toSvg() const;
    QImage toImage(qreal scale) const;
    // The largest scale at which the image has at most `pixels` pixels.
    qreal scaleWithin(qint64 pixels) const;
    // One page: the title block on top, the diagram fitted below.
    QByteArray toPdf() const;
    // The same page on any paged device (a QPrinter from the print dialog, at screen
    // resolution: the canvas sizes text for it); false when the device cannot be painted on.
    bool paintPage(QPagedPaintDevice *device) const;

    // Pixels of the PNG at `scale`, refused beyond this many (a 2,000-VNet design at 8x
    // would need gigabytes): the exporter says so instead of failing to allocate.
    static constexpr qint64 maxImagePixels = 400'000'000;

private:
    QRectF legendRect() const;
    void paintLegend(QPainter *painter, const QRectF &area) const;
    qreal paintTitleBlock(QPainter *painter, const QRectF &page) const;

    const OffscreenDesign &m_design;
    QRectF m_designRect;
};

} // namespace avsnet::ui
