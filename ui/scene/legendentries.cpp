// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendentries.h"

#include "nodestyle.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Legend", text);
}

QString linkDescription(core::LinkKind kind)
{
    switch (kind) {
    case core::LinkKind::ErPeering:
        return tr("Joins an on-premises site to an ExpressRoute circuit.");
    case core::LinkKind::ErConnection:
        return tr("Joins an ExpressRoute circuit or an AVS private cloud to an ExpressRoute "
                  "gateway.");
    case core::LinkKind::GlobalReach:
        return tr("Joins two ExpressRoute circuits or AVS private clouds so their networks "
                  "reach each other directly.");
    case core::LinkKind::VnetPeering:
        return tr("Joins two virtual networks; a spoke may use the hub's gateways.");
    case core::LinkKind::VpnConnection:
        return tr("Joins a VPN gateway to an on-premises site.");
    case core::LinkKind::BgpSession:
        return tr("A BGP session from an NVA to a Route Server, a VPN gateway, another NVA or a "
                  "virtual hub.");
    case core::LinkKind::HubConnection:
        return tr("Joins a virtual network to a Virtual WAN hub, which programs its routes into "
                  "the VNet.");
    }
    return {};
}

void drawLine(QPainter &painter, const QRectF &area, core::LinkKind kind, const QPen &pen)
{
    paintLinkLine(&painter, QLineF(QPointF(area.left(), area.center().y()),
                                   QPointF(area.right(), area.center().y())),
                  kind, pen);
}

// A trace segment as the trace overlay draws it: a thick line ending in a filled head.
void drawArrow(QPainter &painter, const QRectF &area, const QColor &colour, bool pointsLeft)
{
    const qreal y = area.center().y();
    const qreal head = 8;
    const QPointF tip(pointsLeft ? area.left() : area.right(), y);
    const QPointF tail(pointsLeft ? area.right() : area.left(), y);
    const qreal direction = pointsLeft ? 1 : -1;
    painter.setPen(QPen(colour, 4, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(tail, tip + QPointF(direction * head * 0.8, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(QPolygonF{tip, tip + QPointF(direction * head, -head * 0.6),
                                  tip + QPointF(direction * head, head * 0.6)});
}

// A dropped path: a red line ending in a cross, as the trace overlay marks a drop.
void drawDrop(QPainter &painter, const QRectF &area, bool dark)
{
    const QColor colour = canvasPalette(dark).dropped;
    const QRectF line = area.adjusted(0, 0, -12, 0);
    painter.setPen(QPen(colour, 4, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(line.left(), line.center().y()),
                     QPointF(line.right(), line.center().y()));
    const QPointF mark(area.right() - 4, area.center().y());
    const qreal arm = 4.5;
    painter.setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(mark + QPointF(-arm, -arm), mark + QPointF(arm, arm));
    painter.drawLine(mark + QPointF(-arm, arm), mark + QPointF(arm, -arm));
}

} // namespace

QString legendGroupTitle(LegendEntry::Group group)
{
    switch (group) {
    case LegendEntry::Group::Links:
        return tr("Links");
    case LegendEntry::Group::Trace:
        return tr("Trace");
    case LegendEntry::Group::Findings:
        return tr("Findings");
    }
    return {};
}

QList<LegendEntry> legendEntries()
{
    using Group = LegendEntry::Group;
    QList<LegendEntry> entries;
    for (const core::LinkKind kind : allLinkKinds) {
        entries.append({Group::Links, kind, linkLabel(kind), linkDescription(kind),
                        [kind](QPainter &painter, const QRectF &area, bool dark) {
                            drawLine(painter, area, kind, linkPen(kind, dark, false));
                        }});
    }
    entries.append({Group::Links, std::nullopt, tr("Disabled (what-if)"),
                    tr("A switched-off link or node keeps its line style and turns grey; it "
                       "takes part in nothing."),
                    [](QPainter &painter, const QRectF &area, bool dark) {
                        drawLine(painter, area, core::LinkKind::VnetPeering,
                                 linkPen(core::LinkKind::VnetPeering, dark, true));
                    }});
    entries.append({Group::Links, std::nullopt, tr("Down (limit, ASN)"),
                    tr("A link whose BGP session Azure takes down, for a route limit or an ASN it "
                       "does not peer with: grey with a cross; hover it for the reason."),
                    [](QPainter &painter, const QRectF &area, bool dark) {
                        drawLine(painter, area, core::LinkKind::ErConnection,
                                 linkPen(core::LinkKind::ErConnection, dark, true));
                        const QPointF mark = area.center();
                        const qreal arm = std::min(area.height() / 2 - 1, 5.0);
                        painter.setPen(QPen(canvasPalette(dark).dropped, 2.5, Qt::SolidLine,
                                            Qt::RoundCap));
                        painter.drawLine(mark + QPointF(-arm, -arm), mark + QPointF(arm, arm));
                        painter.drawLine(mark + QPointF(-arm, arm), mark + QPointF(arm, -arm));
                    }});
    entries.append({Group::Trace, std::nullopt, tr("Forward path"),
                    tr("The path from the source to the destination."),
                    [](QPainter &painter, const QRectF &area, bool dark) {
                        drawArrow(painter, area, canvasPalette(dark).forwardPath, false);
                    }});
    entries.append({Group::Trace, std::nullopt, tr("Return path"),
                    tr("The path the reply takes back; it may differ from the forward path."),
                    [](QPainter &painter, const QRectF &area, bool dark) {
                        drawArrow(painter, area, canvasPalette(dark).returnPath, true);
                    }});
    entries.append({Group::Trace, std::nullopt, tr("Dropped"),
                    tr("Where traffic stops: no route, a route to nowhere, or a loop. The "
                       "reason is written beside the cross."),
                    drawDrop});
    for (const core::Severity severity : allSeverities) {
        entries.append({Group::Findings, std::nullopt, severityLabel(severity),
                        tr("A badge on a node counts its findings, coloured by the worst; the "
                           "Findings dock lists them."),
                        [severity](QPainter &painter, const QRectF &area, bool) {
                            const qreal side = std::min(area.height(), qreal(16));
                            const QRectF icon(area.center() - QPointF(side / 2, side / 2),
                                              QSizeF(side, side));
                            findingIcon(severity).paint(&painter, icon.toAlignedRect());
                        }});
    }
    return entries;
}

} // namespace avsnet::ui
