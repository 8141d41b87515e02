// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "legenddock.h"

#include "scene/nodestyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>

#include <algorithm>
#include <functional>

namespace avsnet::ui {

// One sample of the canvas's look, painted on the canvas colour of the current theme so the
// colours read as they do on the canvas.
class LegendSample final : public QWidget
{
public:
    using Painter = std::function<void(QPainter &, const QRectF &, bool dark)>;

    explicit LegendSample(Painter paint)
        : m_paint(std::move(paint))
    {
        setFixedSize(60, 22);
    }

    void setDark(bool dark)
    {
        m_dark = dark;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const Palette &colours = canvasPalette(m_dark);
        painter.setPen(QPen(colours.grid, 1));
        painter.setBrush(colours.canvas);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        m_paint(painter, QRectF(rect()).adjusted(8, 2, -8, -2), m_dark);
    }

private:
    Painter m_paint;
    bool m_dark = false;
};

namespace {

QString linkDescription(core::LinkKind kind)
{
    switch (kind) {
    case core::LinkKind::ErPeering:
        return LegendDock::tr("Joins an on-premises site to an ExpressRoute circuit.");
    case core::LinkKind::ErConnection:
        return LegendDock::tr("Joins an ExpressRoute circuit or an AVS private cloud to an "
                              "ExpressRoute gateway.");
    case core::LinkKind::GlobalReach:
        return LegendDock::tr("Joins two ExpressRoute circuits or AVS private clouds so their "
                              "networks reach each other directly.");
    case core::LinkKind::VnetPeering:
        return LegendDock::tr("Joins two virtual networks; a spoke may use the hub's gateways.");
    case core::LinkKind::VpnConnection:
        return LegendDock::tr("Joins a VPN gateway to an on-premises site.");
    case core::LinkKind::BgpSession:
        return LegendDock::tr("A BGP session from an NVA to a Route Server, a VPN gateway or "
                              "another NVA.");
    }
    return {};
}

void drawLine(QPainter &painter, const QRectF &area, const QPen &pen)
{
    painter.setPen(pen);
    painter.drawLine(QPointF(area.left(), area.center().y()),
                     QPointF(area.right(), area.center().y()));
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

} // namespace

LegendDock::LegendDock(QWidget *parent)
    : QDockWidget(parent)
    , m_layout(new QGridLayout)
{
    setObjectName(QStringLiteral("legendDock"));
    setWindowTitle(tr("Legend"));

    m_layout->setContentsMargins(8, 6, 8, 8);
    m_layout->setHorizontalSpacing(8);
    m_layout->setVerticalSpacing(4);
    m_layout->setColumnStretch(1, 1);

    addHeading(tr("Links"));
    for (const core::LinkKind kind : allLinkKinds) {
        m_linkKinds.append(kind);
        addEntry(new LegendSample([kind](QPainter &painter, const QRectF &area, bool dark) {
                     drawLine(painter, area, linkPen(kind, dark, false));
                 }),
                 linkLabel(kind), linkDescription(kind));
    }
    addEntry(new LegendSample([](QPainter &painter, const QRectF &area, bool dark) {
                 drawLine(painter, area, linkPen(core::LinkKind::VnetPeering, dark, true));
             }),
             tr("Disabled (what-if)"),
             tr("A switched-off link or node keeps its line style and turns grey; it takes "
                "part in nothing."));

    addHeading(tr("Trace"));
    addEntry(new LegendSample([](QPainter &painter, const QRectF &area, bool dark) {
                 drawArrow(painter, area, canvasPalette(dark).forwardPath, false);
             }),
             tr("Forward path"), tr("The path from the source to the destination."));
    addEntry(new LegendSample([](QPainter &painter, const QRectF &area, bool dark) {
                 drawArrow(painter, area, canvasPalette(dark).returnPath, true);
             }),
             tr("Return path"),
             tr("The path the reply takes back; it may differ from the forward path."));
    addEntry(new LegendSample([](QPainter &painter, const QRectF &area, bool dark) {
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
             }),
             tr("Dropped"),
             tr("Where traffic stops: no route, a route to nowhere, or a loop. The reason is "
                "written beside the cross."));

    addHeading(tr("Findings"));
    for (const core::Severity severity : allSeverities) {
        addEntry(new LegendSample([severity](QPainter &painter, const QRectF &area, bool) {
                     const qreal side = std::min(area.height(), qreal(16));
                     const QRectF icon(area.center() - QPointF(side / 2, side / 2),
                                       QSizeF(side, side));
                     findingIcon(severity).paint(&painter, icon.toAlignedRect());
                 }),
                 severityLabel(severity),
                 tr("A badge on a node counts its findings, coloured by the worst; the Findings "
                    "dock lists them."));
    }
    m_layout->setRowStretch(m_rows, 1);

    auto *content = new QWidget;
    content->setLayout(m_layout);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("legendScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);
}

void LegendDock::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    for (LegendSample *sample : std::as_const(m_samples))
        sample->setDark(dark);
}

QStringList LegendDock::entryLabels() const
{
    QStringList labels;
    for (const QLabel *label : m_labels)
        labels.append(label->text());
    return labels;
}

void LegendDock::addHeading(const QString &text)
{
    auto *heading = new QLabel(text);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    if (m_rows > 0)
        heading->setContentsMargins(0, 6, 0, 0);
    m_layout->addWidget(heading, m_rows++, 0, 1, 2);
}

void LegendDock::addEntry(LegendSample *sample, const QString &text, const QString &toolTip)
{
    sample->setDark(m_dark);
    auto *label = new QLabel(text);
    if (!toolTip.isEmpty()) {
        sample->setToolTip(toolTip);
        label->setToolTip(toolTip);
    }
    m_layout->addWidget(sample, m_rows, 0);
    m_layout->addWidget(label, m_rows, 1);
    ++m_rows;
    m_samples.append(sample);
    m_labels.append(label);
}

} // namespace avsnet::ui
