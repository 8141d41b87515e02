// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QGraphicsObject>

namespace avsnet::ui {

class NodeItem;

// Draws one link between two node items in its kind's style, and follows them as they move.
// Like NodeItem it paints a copy of the model and never writes it.
class LinkItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 2 };

    LinkItem(const core::Link &link, NodeItem *from, NodeItem *to);

    int type() const override { return Type; }
    const QString &linkId() const { return m_id; }
    const NodeItem *from() const { return m_from; }
    const NodeItem *to() const { return m_to; }
    void setLink(const core::Link &link);
    void setDark(bool dark);
    void setDimmed(bool dimmed);
    // Why the analysis found this link's session down (a limit, a refused ASN); empty: up.
    void setDownReason(const QString &reason);
    const QString &downReason() const { return m_downReason; }
    // Recomputes the line after an end moved.
    void updateGeometry();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void updateToolTip();

    core::Link m_link;
    QString m_id;
    NodeItem *m_from;
    NodeItem *m_to;
    QLineF m_line;
    bool m_dark = false;
    bool m_dimmed = false;
    QString m_downReason;
};

// The point where the line from the centre of `item` towards `target` leaves its body.
QPointF edgePoint(const NodeItem *item, const QPointF &target);
// The centre of an item in scene coordinates (a VNet's centre, not its top-left).
QPointF itemCentre(const NodeItem *item);

} // namespace avsnet::ui
