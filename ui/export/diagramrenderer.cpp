// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramrenderer.h"

#include "offscreendesign.h"
#include "routing/analysis.h"
#include "scene/designscene.h"
#include "scene/legendentries.h"
#include "scene/nodestyle.h"

#include <QBuffer>
#include <QDate>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <optional>

namespace avsnet::ui {

namespace {

constexpr qreal legendWidth = 270;
constexpr qreal legendGap = 30;
constexpr qreal legendRowHeight = 24;
constexpr qreal legendPadding = 12;

// The legend explains what the diagram holds, nothing more: the link kinds drawn, the
// trace colours when a trace is drawn, the badges when some are shown.
QList<LegendEntry> entriesFor(const OffscreenDesign &design)
{
    const core::Topology &topology = design.topology();
    const auto usesKind = [&topology](core::LinkKind kind) {
        return std::any_of(topology.links.begin(), topology.links.end(),
                           [kind](const core::Link &link) { return link.kind() == kind; });
    };
    const bool anyDisabled =
        std::any_of(topology.links.begin(), topology.links.end(),
                    [](const core::Link &link) { return link.disabled; })
        || std::any_of(topology.nodes.begin(), topology.nodes.end(),
                       [](const core::Node &node) { return node.disabled; });
    const bool traced = !design.options().traceFrom.isEmpty() && design.traceProblem().isEmpty();
    const auto analysis = design.analysis();
    const bool badges = design.options().findings && analysis && !analysis->findings().empty();

    QList<LegendEntry> shown;
    for (const LegendEntry &entry : legendEntries()) {
        const bool wanted = entry.group == LegendEntry::Group::Links
                                ? (entry.linkKind ? usesKind(*entry.linkKind) : anyDisabled)
                            : entry.group == LegendEntry::Group::Trace ? traced
                                                                       : badges;
        if (wanted)
            shown.append(entry);
    }
    return shown;
}

int legendRows(const QList<LegendEntry> &entries)
{
    int rows = int(entries.size());
    std::optional<LegendEntry::Group> group;
    for (const LegendEntry &entry : entries) {
        if (entry.group != group) {
            group = entry.group;
            ++rows; // its heading
        }
    }
    return rows;
}

} // namespace

DiagramRenderer::DiagramRenderer(const OffscreenDesign &design)
    : m_design(design)
    , m_designRect(design.sourceRect())
{}

QRectF DiagramRenderer::legendRect() const
{
    if (!m_design.options().legend)
        return {};
    const int rows = legendRows(entriesFor(m_design));
    if (rows == 0)
        return {};
    return QRectF(m_designRect.right() + legendGap, m_designRect.top(), legendWidth,
                  rows * legendRowHeight + 2 * legendPadding);
}

QSizeF DiagramRenderer::size() const
{
    return m_designRect.united(legendRect()).size();
}

void DiagramRenderer::paint(QPainter *painter, const QRectF &target) const
{
    const QRectF whole = m_designRect.united(legendRect());
    const qreal scale = std::min(target.width() / whole.width(), target.height() / whole.height());
    const QSizeF drawn = whole.size() * scale;
    const QRectF area(target.center() - QPointF(drawn.width() / 2, drawn.height() / 2), drawn);

    painter->save();
    painter->fillRect(area, canvasPalette(m_design.options().dark).canvas);
    const QRectF designTarget(area.topLeft(), m_designRect.size() * scale);
    m_design.scene()->render(painter, designTarget, m_designRect, Qt::KeepAspectRatio);
    const QRectF legend = legendRect();
    if (!legend.isEmpty()) {
        painter->translate(area.topLeft());
        painter->scale(scale, scale);
        painter->translate(-whole.topLeft());
        paintLegend(painter, legend);
    }
    painter->restore();
}

void DiagramRenderer::paintLegend(QPainter *painter, const QRectF &area) const
{
    const bool dark = m_design.options().dark;
    const Palette &colours = canvasPalette(dark);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colours.grid, 1));
    painter->setBrush(colours.canvas);
    painter->drawRoundedRect(area, 6, 6);

    QFont font = painter->font();
    font.setPixelSize(13);
    QFont bold = font;
    bold.setBold(true);
    qreal y = area.top() + legendPadding;
    const qreal left = area.left() + legendPadding;
    std::optional<LegendEntry::Group> group;
    for (const LegendEntry &entry : entriesFor(m_design)) {
        if (entry.group != group) {
            group = entry.group;
            painter->setFont(bold);
            painter->setPen(colours.text);
            painter->drawText(QRectF(left, y, area.width() - 2 * legendPadding, legendRowHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, legendGroupTitle(entry.group));
            y += legendRowHeight;
        }
        entry.paintSample(*painter, QRectF(left, y + 3, 56, legendRowHeight - 6), dark);
        painter->setFont(font);
        painter->setPen(colours.text);
        painter->drawText(QRectF(left + 66, y, area.width() - 66 - 2 * legendPadding,
                                 legendRowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, entry.label);
        y += legendRowHeight;
    }
    painter->restore();
}

QByteArray DiagramRenderer::toSvg() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF extent = size();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(extent.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), extent));
    generator.setTitle(QString::fromStdString(m_design.topology().name));
    generator.setDescription(QString::fromStdString(m_design.topology().description));
    generator.setResolution(96);
    QPainter painter(&generator);
    paint(&painter, QRectF(QPointF(0, 0), extent));
    painter.end();
    return bytes;
}

QImage DiagramRenderer::toImage(qreal scale) const
{
    const QSize pixels = (size() * scale).toSize();
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > maxImagePixels)
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(canvasPalette(m_design.options().dark).canvas);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

qreal DiagramRenderer::scaleWithin(qint64 pixels) const
{
    const QSizeF extent = size();
    const qreal area = extent.width() * extent.height();
    // A hair under the exact root: the image size is rounded to whole pixels.
    return area <= 0 ? 1 : 0.999 * std::sqrt(qreal(pixels) / area);
}

qreal DiagramRenderer::paintTitleBlock(QPainter *painter, const QRectF &page) const
{
    const core::Topology &topology = m_design.topology();
    const QString name = topology.name.empty() ? QStringLiteral("Untitled design")
                                               : QString::fromStdString(topology.name);
    const QString date = m_design.options().date.isEmpty()
                             ? QDate::currentDate().toString(Qt::ISODate)
                             : m_design.options().date;
    const QString byline = QStringLiteral("%1 · avsnet %2").arg(date, QStringLiteral(AVSNET_VERSION));

    // Sizes in fractions of the page, so any page size and device resolution look alike.
    const qreal unit = page.height() / 100;
    QFont titleFont = painter->font();
    titleFont.setPixelSize(int(unit * 3.6));
    titleFont.setBold(true);
    QFont textFont = painter->font();
    textFont.setPixelSize(int(unit * 2.1));

    painter->save();
    painter->setPen(Qt::black);
    qreal y = page.top();
    painter->setFont(titleFont);
    const QRectF titleRect(page.left(), y, page.width(), QFontMetricsF(titleFont).height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->setFont(textFont);
    painter->setPen(QColor(0x60, 0x5e, 0x5c));
    painter->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, byline);
    y = titleRect.bottom() + unit * 0.6;
    if (!topology.description.empty()) {
        // At most four lines; a longer description is cut at a word with an ellipsis.
        const QFontMetricsF metrics(textFont, painter->device());
        const qreal maxHeight = std::floor(4 * metrics.lineSpacing());
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const auto heightOf = [&](const QString &text) {
            return metrics.boundingRect(QRectF(0, 0, page.width(), 1e6), flags, text).height();
        };
        QString description = QString::fromStdString(topology.description);
        if (heightOf(description) > maxHeight) {
            qsizetype keep = description.size();
            while (keep > 0 && heightOf(description.left(keep) + QStringLiteral(" …")) > maxHeight)
                keep = description.lastIndexOf(QLatin1Char(' '), keep - 1);
            description = description.left(std::max<qsizetype>(keep, 0)) + QStringLiteral(" …");
        }
        const qreal height = std::min(heightOf(description), maxHeight);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(page.left(), y, page.width(), height), flags, description);
        y += height + unit * 0.6;
    }
    painter->setPen(QPen(QColor(0x8a, 0x88, 0x86), unit * 0.15));
    painter->drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    painter->restore();
    return y + unit * 1.5;
}

bool DiagramRenderer::paintPage(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF page(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const qreal diagramTop = paintTitleBlock(&painter, page);
    paint(&painter, QRectF(page.left(), diagramTop, page.width(), page.bottom() - diagramTop));
    return painter.end();
}

QByteArray DiagramRenderer::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QString::fromStdString(m_design.topology().name));
    writer.setCreator(QStringLiteral("avsnet %1").arg(QStringLiteral(AVSNET_VERSION)));
    // The canvas sizes its text in points for a 96 dpi screen; at a higher device resolution
    // the same points would be larger than the boxes around them. A PDF stays vector at any
    // resolution, so it is written at the canvas's.
    writer.setResolution(96);
    writer.setPageLayout(QPageLayout(m_design.options().pageSize, m_design.options().orientation,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    if (!paintPage(&writer))
        return {};
    buffer.close();
    return bytes;
}

} // namespace avsnet::ui
