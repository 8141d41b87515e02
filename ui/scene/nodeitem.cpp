// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeitem.h"

#include "nodestyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace avsnet::ui {

namespace {

constexpr qreal nodeWidth = 164;
constexpr qreal iconSize = 40;
constexpr qreal lineHeight = 15;
constexpr qreal titleHeight = 30;
constexpr qreal containerMinimumWidth = 280;

QString prefixText(const std::vector<core::Ipv4Prefix> &prefixes, std::size_t shown = 2)
{
    QStringList parts;
    for (std::size_t i = 0; i < prefixes.size() && i < shown; ++i)
        parts << QString::fromStdString(prefixes[i].toString());
    if (prefixes.size() > shown)
        parts << QObject::tr("+%1").arg(prefixes.size() - shown);
    return parts.join(QStringLiteral(", "));
}

} // namespace

NodeItem::NodeItem(const core::Node &node, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_node(node)
    , m_id(QString::fromStdString(node.id))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(isContainer() ? -1 : 1);
    setCacheMode(DeviceCoordinateCache);
    setNode(node);
}

void NodeItem::setNode(const core::Node &node)
{
    prepareGeometryChange();
    m_node = node;
    if (node.position)
        setPos(node.position->x, node.position->y);
    setOpacity(node.disabled ? 0.45 : 1.0);
    QString tip = QStringLiteral("<b>%1</b> (%2)").arg(QString::fromStdString(node.displayName()).toHtmlEscaped(),
                                                      kindLabel(node.kind()));
    for (const QString &line : detailLines())
        tip += QStringLiteral("<br>") + line.toHtmlEscaped();
    if (node.disabled)
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("disabled: takes part in nothing"));
    if (!node.notes.empty())
        tip += QStringLiteral("<br><br>") + QString::fromStdString(node.notes).toHtmlEscaped();
    setToolTip(tip);
    update();
}

void NodeItem::setChildrenRect(const QRectF &sceneRect)
{
    const QRectF local = sceneRect.isNull() ? QRectF() : mapRectFromScene(sceneRect);
    if (local == m_childrenRect)
        return;
    prepareGeometryChange();
    m_childrenRect = local;
    update();
}

void NodeItem::setFindings(core::Severity worst, int count)
{
    m_worst = worst;
    m_findingCount = count;
    update();
}

void NodeItem::clearFindings()
{
    setFindings(core::Severity::Info, 0);
}

void NodeItem::setDark(bool dark)
{
    m_dark = dark;
    update();
}

void NodeItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

QStringList NodeItem::detailLines() const
{
    QStringList lines;
    if (const auto *site = m_node.as<core::OnPremSite>()) {
        lines << tr("AS %1").arg(site->asn);
        if (!site->prefixes.empty())
            lines << prefixText(site->prefixes);
    } else if (const auto *circuit = m_node.as<core::ErCircuit>()) {
        QString line = circuit->sku == core::CircuitSku::Premium ? tr("Premium") : tr("Standard");
        if (!circuit->location.empty())
            line += QStringLiteral(" · ") + QString::fromStdString(circuit->location);
        lines << line;
    } else if (const auto *cloud = m_node.as<core::AvsPrivateCloud>()) {
        lines << tr("mgmt %1").arg(QString::fromStdString(cloud->managementBlock.toString()));
        const std::size_t shown = 4;
        for (std::size_t i = 0; i < cloud->segments.size() && i < shown; ++i)
            lines << QStringLiteral("%1 %2").arg(QString::fromStdString(cloud->segments[i].name),
                                                 QString::fromStdString(cloud->segments[i].prefix.toString()));
        if (cloud->segments.size() > shown)
            lines << tr("+%1 segments").arg(cloud->segments.size() - shown);
    } else if (const auto *vnet = m_node.as<core::VirtualNetwork>()) {
        for (const auto &subnet : vnet->subnets) {
            QString line = QStringLiteral("%1  %2").arg(QString::fromStdString(subnet.name),
                                                        QString::fromStdString(subnet.prefix.toString()));
            if (!subnet.routeTable.empty())
                line += QStringLiteral("  → ") + QString::fromStdString(subnet.routeTable);
            lines << line;
        }
    } else if (const auto *server = m_node.as<core::RouteServer>()) {
        lines << (server->branchToBranch ? tr("branch-to-branch on") : tr("branch-to-branch off"));
    } else if (const auto *vpn = m_node.as<core::VpnGateway>()) {
        lines << tr("AS %1%2").arg(vpn->asn).arg(vpn->activeActive ? tr(" · active-active") : QString());
    } else if (const auto *nva = m_node.as<core::Nva>()) {
        QString line = QString::fromStdString(nva->ip.toString());
        if (nva->asn)
            line += tr(" · AS %1").arg(*nva->asn);
        lines << line;
        if (!nva->ipForwarding)
            lines << tr("IP forwarding off");
    }
    return lines;
}

QRectF NodeItem::bodyRect() const
{
    const auto lines = detailLines();
    if (isContainer()) {
        const qreal listHeight = lineHeight * qreal(lines.size());
        QRectF body(0, 0, containerMinimumWidth, titleHeight + 8 + listHeight + 12);
        // The VNet grows in every direction to hold its gateways, Route Server and NVAs,
        // keeping its title bar on top and its subnet list under them.
        if (!m_childrenRect.isNull()) {
            body = body.united(m_childrenRect.adjusted(-24, -titleHeight - 16, 24, 24));
            body.setBottom(std::max(body.bottom(), subnetListOrigin().y() + listHeight + 10));
        }
        return body;
    }
    const qreal height = iconSize + 8 + 18 + lineHeight * qreal(lines.size()) + 6;
    return QRectF(-nodeWidth / 2, -iconSize / 2 - 6, nodeWidth, height);
}

QRectF NodeItem::boundingRect() const
{
    return bodyRect().adjusted(-4, -12, 12, 4);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    if (isContainer()) {
        // Only the title bar and the frame grab the mouse, so children inside stay clickable
        // and a rubber band can start inside the VNet.
        const QRectF body = bodyRect();
        path.addRect(QRectF(body.left(), body.top(), body.width(), titleHeight));
        QPainterPath frame;
        frame.addRect(body);
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        path.addPath(stroker.createStroke(frame));
    } else {
        path.addRect(bodyRect());
    }
    return path;
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        emit geometryChanged();
    return QGraphicsObject::itemChange(change, value);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal levelOfDetail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, levelOfDetail > 0.3);
    if (m_dimmed)
        painter->setOpacity(painter->opacity() * 0.35);
    if (isContainer())
        paintContainer(painter, levelOfDetail);
    else
        paintNode(painter, levelOfDetail);
    if (m_findingCount > 0 && levelOfDetail > 0.25)
        paintBadge(painter);
}

void NodeItem::paintContainer(QPainter *painter, qreal levelOfDetail)
{
    const Palette &colours = canvasPalette(m_dark);
    const QRectF body = bodyRect();
    const bool selected = isSelected();
    painter->setPen(QPen(selected ? colours.selection : colours.vnetBorder, selected ? 2.5 : 1.5));
    painter->setBrush(colours.vnetFill);
    painter->drawRoundedRect(body, 8, 8);
    if (levelOfDetail < 0.2)
        return; // the chips example's lesson: far away, a box is enough
    const QRectF title(body.left(), body.top(), body.width(), titleHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accentColour(kind(), m_dark));
    QPainterPath titlePath;
    titlePath.addRoundedRect(title, 8, 8);
    QPainterPath bottomHalf;
    bottomHalf.addRect(title.adjusted(0, title.height() / 2, 0, 0));
    painter->drawPath(titlePath.united(bottomHalf));
    nodeIcon(kind()).paint(painter, QRect(int(title.left() + 6), int(title.top() + 5), 20, 20));

    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    const auto &vnet = *m_node.as<core::VirtualNetwork>();
    std::vector<core::Ipv4Prefix> ranges = vnet.addressSpace;
    const QString heading = QStringLiteral("%1   %2").arg(QString::fromStdString(m_node.displayName()),
                                                          prefixText(ranges, 3));
    painter->drawText(title.adjusted(32, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(heading, Qt::ElideRight, title.width() - 40));
    font.setBold(false);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    painter->setPen(colours.mutedText);
    const QPointF origin = subnetListOrigin();
    qreal y = origin.y();
    for (const QString &line : detailLines()) {
        painter->drawText(QRectF(origin.x(), y, std::max(body.right() - origin.x() - 10, containerMinimumWidth - 20), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
}

QPointF NodeItem::subnetListOrigin() const
{
    // Under the title when the VNet holds nothing, else under what it holds: a gateway
    // dropped anywhere in the box never covers the list.
    if (m_childrenRect.isNull())
        return QPointF(10, titleHeight + 6);
    const qreal left = std::min(qreal(0), m_childrenRect.left() - 24);
    return QPointF(left + 10, std::max(qreal(titleHeight), m_childrenRect.bottom() + 20) + 4);
}

int NodeItem::subnetLineAt(const QPointF &local) const
{
    const QPointF origin = subnetListOrigin();
    if (local.y() < origin.y())
        return -1;
    return int((local.y() - origin.y()) / lineHeight);
}

void NodeItem::paintNode(QPainter *painter, qreal levelOfDetail)
{
    const Palette &colours = canvasPalette(m_dark);
    const QRectF body = bodyRect();
    const QRectF iconRect(-iconSize / 2, body.top() + 4, iconSize, iconSize);
    if (isSelected()) {
        painter->setPen(QPen(colours.selection, 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(body, 6, 6);
    }
    if (levelOfDetail < 0.2) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accentColour(kind(), m_dark));
        painter->drawRoundedRect(iconRect, 6, 6);
        return;
    }
    nodeIcon(kind()).paint(painter, iconRect.toRect());
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(colours.text);
    const QRectF label(body.left(), iconRect.bottom() + 4, body.width(), 18);
    painter->drawText(label, Qt::AlignHCenter | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(QString::fromStdString(m_node.displayName()),
                                                     Qt::ElideRight, body.width()));
    if (levelOfDetail < 0.45)
        return;
    font.setBold(false);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    painter->setPen(colours.mutedText);
    qreal y = label.bottom();
    for (const QString &line : detailLines()) {
        painter->drawText(QRectF(body.left(), y, body.width(), lineHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(line, Qt::ElideRight, body.width()));
        y += lineHeight;
    }
}

void NodeItem::paintBadge(QPainter *painter)
{
    const QRectF body = bodyRect();
    const QRectF badge(body.right() - 10, body.top() - 8, 20, 20);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(severityColour(m_worst));
    painter->drawEllipse(badge);
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, QString::number(m_findingCount));
}

} // namespace avsnet::ui
