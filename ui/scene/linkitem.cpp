// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkitem.h"

#include "nodeitem.h"
#include "nodestyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace avsnet::ui {

QPointF itemCentre(const NodeItem *item)
{
    return item->anchor();
}

QPointF edgePoint(const NodeItem *item, const QPointF &target)
{
    return item->attachPoint(target);
}

LinkItem::LinkItem(const core::Link &link, NodeItem *from, NodeItem *to)
    : m_link(link)
    , m_id(QString::fromStdString(link.id))
    , m_from(from)
    , m_to(to)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(0);
    setLink(link);
}

void LinkItem::setLink(const core::Link &link)
{
    m_link = link;
    updateToolTip();
    updateGeometry();
}

void LinkItem::setDownReason(const QString &reason)
{
    if (reason == m_downReason)
        return;
    m_downReason = reason;
    updateToolTip();
    update();
}

void LinkItem::updateToolTip()
{
    QString tip = QStringLiteral("<b>%1</b><br>%2 — %3")
                      .arg(linkLabel(m_link.kind()), m_from->displayName().toHtmlEscaped(),
                           m_to->displayName().toHtmlEscaped());
    if (m_link.disabled)
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("disabled: carries nothing"));
    if (!m_downReason.isEmpty())
        tip += QStringLiteral("<br><b>%1</b> %2")
                   .arg(tr("Down:"), m_downReason.toHtmlEscaped());
    setToolTip(tip);
}

void LinkItem::setDark(bool dark)
{
    m_dark = dark;
    update();
}

void LinkItem::setDimmed(bool dimmed)
{
    m_dimmed = dimmed;
    update();
}

void LinkItem::updateGeometry()
{
    prepareGeometryChange();
    const QPointF fromCentre = itemCentre(m_from);
    const QPointF toCentre = itemCentre(m_to);
    m_line = QLineF(edgePoint(m_from, toCentre), edgePoint(m_to, fromCentre));
    update();
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-14, -14, 14, 14);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal levelOfDetail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, levelOfDetail > 0.3);
    if (m_dimmed)
        painter->setOpacity(0.3);
    // A session taken down (by a limit, a refused ASN) is drawn like a disabled link, with a
    // cross in the middle so it does not hang on the pattern alone.
    const bool down = !m_downReason.isEmpty();
    const QPen pen = linkPen(m_link.kind(), m_dark, m_link.disabled || down);
    const Palette &colours = canvasPalette(m_dark);
    if (isSelected()) {
        // A soft glow and square handles at both ends, as diagram tools mark a selected
        // connector: nothing like a traced path, which is a solid line with arrow heads.
        QColor glow = colours.selection;
        glow.setAlphaF(0.28);
        QPen halo(glow, pen.widthF() + 10);
        halo.setCapStyle(Qt::FlatCap);
        painter->setPen(halo);
        painter->drawLine(m_line);
    }
    paintLinkLine(painter, m_line, m_link.kind(), pen);
    if (isSelected()) {
        painter->setPen(QPen(colours.selection, 1.5));
        painter->setBrush(colours.canvas);
        for (const QPointF &end : {m_line.p1(), m_line.p2()})
            painter->drawRect(QRectF(end - QPointF(4, 4), QSizeF(8, 8)));
    }
    if (!down || m_line.length() < 24)
        return;
    const QPointF mark = m_line.pointAt(0.5);
    const qreal arm = 7;
    for (const auto &[colour, width] :
         {std::pair{colours.canvas, 7.0}, std::pair{colours.dropped, 3.5}}) {
        painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(mark + QPointF(-arm, -arm), mark + QPointF(arm, arm));
        painter->drawLine(mark + QPointF(-arm, arm), mark + QPointF(arm, -arm));
    }
}

} // namespace avsnet::ui
