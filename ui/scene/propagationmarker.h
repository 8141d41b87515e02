// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/propagation.h"

#include <QColor>
#include <QGraphicsObject>
#include <QLineF>
#include <QRectF>
#include <QString>

class QVariantAnimation;

namespace avsnet::ui {

// The colour of a propagation event's kind, the same in the step-through list and on the
// canvas: originate green, advertise blue, withdraw grey, refuse red (always with a cross).
QColor propagationColour(core::PropagationEvent::Kind kind, bool dark);
// "originate", "advertise", "withdraw", "refuse"
QString propagationKindName(core::PropagationEvent::Kind kind);

// Draws the step-through's current BGP event over the canvas: a dot that runs from the
// sender to the receiver and arrives as an arrow head, a cross at the receiver for a refused
// offer, a pulse around the node for an own prefix, and the prefix as a small label.
class PropagationMarker : public QGraphicsObject
{
    Q_OBJECT

public:
    using Kind = core::PropagationEvent::Kind;

    PropagationMarker();

    // Shows an event and starts its animation, `durationMs` long (shorter when playing fast;
    // 0 shows it arrived).
    void setEvent(const QString &fromId, const QString &toId, const QString &linkId, Kind kind,
                  const QString &label, int durationMs);
    // Where to draw: `line` from the sender's edge to the receiver's, `target` the receiver's
    // body (the pulse of an own prefix rings it). Kept apart so a moved node only moves it.
    void setGeometry(const QLineF &line, const QRectF &target);
    void clear();
    void setDark(bool dark);

    const QString &fromId() const { return m_fromId; }
    const QString &toId() const { return m_toId; }
    const QString &linkId() const { return m_linkId; }
    Kind kind() const { return m_kind; }
    const QString &label() const { return m_label; }
    const QLineF &line() const { return m_line; }
    // 0 when the event starts, 1 when it has arrived.
    qreal progress() const { return m_progress; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;
    void paintTravel(QPainter *painter, const QColor &colour);
    void paintPulse(QPainter *painter, const QColor &colour);
    void paintLabel(QPainter *painter, const QColor &colour);

    QVariantAnimation *m_animation;
    QString m_fromId;
    QString m_toId;
    QString m_linkId;
    Kind m_kind = Kind::Advertise;
    QString m_label;
    QLineF m_line;
    QRectF m_target;
    qreal m_progress = 1;
    bool m_dark = false;
};

} // namespace avsnet::ui
