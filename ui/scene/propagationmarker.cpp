// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagationmarker.h"

#include "nodestyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QVariantAnimation>
#include <QtMath>

namespace avsnet::ui {

namespace {

constexpr qreal dotRadius = 7;
constexpr qreal labelGap = 14;    // between the line and its label
constexpr qreal pulseGap = 6;     // between a node and its steady ring
constexpr qreal pulseGrowth = 18; // how far the fading ring spreads

QFont labelFont()
{
    QFont font = QGuiApplication::font();
    font.setBold(true);
    return font;
}

} // namespace

QColor propagationColour(core::PropagationEvent::Kind kind, bool dark)
{
    using Kind = core::PropagationEvent::Kind;
    const Palette &colours = canvasPalette(dark);
    switch (kind) {
    case Kind::Originate:
        // Okabe and Ito's bluish green, apart from the blue of an advertisement.
        return dark ? QColor(0x3f, 0xc9, 0x9b) : QColor(0x00, 0x9e, 0x73);
    case Kind::Advertise:
        return colours.forwardPath;
    case Kind::Withdraw:
        return colours.mutedText;
    case Kind::Refuse:
    case Kind::SessionDown:
        return colours.dropped;
    }
    return colours.text;
}

QString propagationKindName(core::PropagationEvent::Kind kind)
{
    using Kind = core::PropagationEvent::Kind;
    switch (kind) {
    case Kind::Originate:
        return QStringLiteral("originate");
    case Kind::Advertise:
        return QStringLiteral("advertise");
    case Kind::Withdraw:
        return QStringLiteral("withdraw");
    case Kind::Refuse:
        return QStringLiteral("refuse");
    case Kind::SessionDown:
        return QStringLiteral("session down");
    }
    return {};
}

PropagationMarker::PropagationMarker()
    : m_animation(new QVariantAnimation(this))
{
    // Above the trace overlay: the event being explained is what the eye should find.
    setZValue(6);
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toReal();
        update();
    });
}

void PropagationMarker::setEvent(const QString &fromId, const QString &toId, const QString &linkId,
                                 Kind kind, const QString &label, int durationMs)
{
    prepareGeometryChange();
    m_fromId = fromId;
    m_toId = toId;
    m_linkId = linkId;
    m_kind = kind;
    m_label = label;
    m_animation->stop();
    m_progress = durationMs > 0 ? 0 : 1; // 0: shown as arrived, without moving
    if (durationMs > 0) {
        m_animation->setDuration(durationMs);
        m_animation->start();
    }
    setVisible(true);
    update();
}

void PropagationMarker::setGeometry(const QLineF &line, const QRectF &target)
{
    prepareGeometryChange();
    m_line = line;
    m_target = target;
    update();
}

void PropagationMarker::clear()
{
    m_animation->stop();
    m_fromId.clear();
    m_toId.clear();
    m_linkId.clear();
    setVisible(false);
}

void PropagationMarker::setDark(bool dark)
{
    m_dark = dark;
    update();
}

QRectF PropagationMarker::labelRect() const
{
    const QFontMetricsF metrics(labelFont());
    const QSizeF size = metrics.boundingRect(m_label).size() + QSizeF(12, 6);
    if (m_kind == Kind::Originate) {
        // Above the node, clear of its pulse.
        const QPointF bottom(m_target.center().x(), m_target.top() - pulseGap - 6);
        return QRectF(bottom - QPointF(size.width() / 2, size.height()), size);
    }
    // Beside the middle of the line, on the side its normal points to.
    const QLineF normal = m_line.length() > 0 ? m_line.normalVector().unitVector() : QLineF();
    const QPointF side = normal.p2() - normal.p1();
    const QPointF anchor = m_line.center() + side * (labelGap + size.height() / 2);
    return QRectF(anchor - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF PropagationMarker::boundingRect() const
{
    const qreal reach = pulseGap + pulseGrowth + 4; // the pulse, the arrow head, the cross
    QRectF rect = QRectF(m_line.p1(), m_line.p2()).normalized().united(m_target);
    rect = rect.adjusted(-reach, -reach, reach, reach);
    return rect.united(labelRect().adjusted(-2, -2, 2, 2));
}

void PropagationMarker::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = propagationColour(m_kind, m_dark);
    if (m_kind == Kind::Originate)
        paintPulse(painter, colour);
    else
        paintTravel(painter, colour);
    paintLabel(painter, colour);
}

void PropagationMarker::paintTravel(QPainter *painter, const QColor &colour)
{
    if (m_line.length() < 1)
        return;
    // A faint track of the whole way, the travelled part solid: where it goes and how far.
    QColor track = colour;
    track.setAlphaF(0.3);
    painter->setPen(QPen(track, 14, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_line);
    const QPointF head = m_line.pointAt(m_progress);
    const Qt::PenStyle style = m_kind == Kind::Withdraw ? Qt::DashLine : Qt::SolidLine;
    // Wider than any link's pen, so the link's own pattern does not show through.
    painter->setPen(QPen(colour, 6, style, Qt::RoundCap));
    painter->drawLine(m_line.p1(), head);

    const Palette &colours = canvasPalette(m_dark);
    if (m_progress < 1) {
        painter->setPen(QPen(colours.canvas, 2));
        painter->setBrush(colour);
        painter->drawEllipse(head, dotRadius, dotRadius);
        return;
    }
    // Arrived: an arrow head at the receiver.
    const qreal angle = qDegreesToRadians(-m_line.angle());
    const qreal size = 18;
    QPolygonF arrow;
    arrow << head << head - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size)
          << head - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(arrow);
    if (m_kind != Kind::Refuse && m_kind != Kind::SessionDown)
        return;
    // Refused or down: a cross just before the receiver, so it does not hang on colour alone.
    const QPointF mark = m_line.pointAt(std::max(0.0, 1 - 28 / m_line.length()));
    const qreal arm = 8;
    painter->setPen(QPen(colours.canvas, 7, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(mark + QPointF(-arm, -arm), mark + QPointF(arm, arm));
    painter->drawLine(mark + QPointF(-arm, arm), mark + QPointF(arm, -arm));
    painter->setPen(QPen(colour, 4, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(mark + QPointF(-arm, -arm), mark + QPointF(arm, arm));
    painter->drawLine(mark + QPointF(-arm, arm), mark + QPointF(arm, -arm));
}

void PropagationMarker::paintPulse(QPainter *painter, const QColor &colour)
{
    // A ring that hugs the node, and a wider one that spreads and fades: the prefix appears
    // here and goes out from it.
    const QRectF steady = m_target.adjusted(-pulseGap, -pulseGap, pulseGap, pulseGap);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, 3));
    painter->drawRoundedRect(steady, 10, 10);
    QColor ring = colour;
    ring.setAlphaF(1 - m_progress);
    painter->setPen(QPen(ring, 3));
    const qreal grow = pulseGrowth * m_progress;
    painter->drawRoundedRect(steady.adjusted(-grow, -grow, grow, grow), 10 + grow, 10 + grow);
}

void PropagationMarker::paintLabel(QPainter *painter, const QColor &colour)
{
    if (m_label.isEmpty())
        return;
    const QRectF box = labelRect();
    painter->setPen(QPen(colour, 1.5));
    painter->setBrush(canvasPalette(m_dark).canvas);
    painter->drawRoundedRect(box, 4, 4);
    painter->setFont(labelFont());
    painter->setPen(canvasPalette(m_dark).text);
    painter->drawText(box, Qt::AlignCenter, m_label);
}

} // namespace avsnet::ui
