// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeitem.h"

#include "document/containment.h"
#include "nodestyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <optional>

namespace avsnet::ui {

namespace {

// Sizes in scene units at text scale 1: at the zoom a window fits a design to (70-90%) the
// names still read at 10-12 screen pixels.
constexpr qreal iconSize = 44;
constexpr qreal namePixels = 15;
constexpr qreal detailPixels = 12;
constexpr qreal nodeMinimumWidth = 110;
constexpr qreal nodeMaximumWidth = 240;
constexpr qreal containerMinimumWidth = 280;
constexpr qreal childMargin = 24;

// An empty container keeps room to drop into: a gateway into a hub, a hub into a Virtual WAN.
qreal emptyRoom(core::NodeKind kind)
{
    switch (kind) {
    case core::NodeKind::VwanHub:
        return 96;
    case core::NodeKind::Vwan:
        return 170;
    default:
        return 10;
    }
}

qreal minimumWidth(core::NodeKind kind)
{
    return kind == core::NodeKind::Vwan ? 400 : kind == core::NodeKind::VwanHub ? 300
                                                                               : containerMinimumWidth;
}

// Rounder corners the higher the layer: a VNet's box, a hub, the Virtual WAN around them.
qreal cornerRadius(core::NodeKind kind)
{
    return kind == core::NodeKind::Vwan ? 18 : kind == core::NodeKind::VwanHub ? 14 : 8;
}

QString preferenceText(core::HubRoutingPreference preference)
{
    switch (preference) {
    case core::HubRoutingPreference::ExpressRoute:
        return QObject::tr("ExpressRoute");
    case core::HubRoutingPreference::Vpn:
        return QObject::tr("VPN");
    case core::HubRoutingPreference::AsPath:
        return QObject::tr("AS path");
    }
    return {};
}

QString prefixText(const std::vector<core::Ipv4Prefix> &prefixes, std::size_t shown = 2)
{
    QStringList parts;
    for (std::size_t i = 0; i < prefixes.size() && i < shown; ++i)
        parts << QString::fromStdString(prefixes[i].toString());
    if (prefixes.size() > shown)
        parts << QObject::tr("+%1").arg(prefixes.size() - shown);
    return parts.join(QStringLiteral(", "));
}

// The parameters (0..1 along `line`) where it is inside `rect`, if it ever is.
std::optional<std::pair<qreal, qreal>> clip(const QRectF &rect, const QLineF &line)
{
    // Liang-Barsky.
    qreal enter = 0;
    qreal leave = 1;
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                       rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
    }
    if (enter > leave)
        return std::nullopt;
    return std::pair{enter, leave};
}

} // namespace

NodeItem::NodeItem(const core::Node &node, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_node(node)
    , m_id(QString::fromStdString(node.id))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    // A Virtual WAN lies under its hubs, which lie under their gateways.
    setZValue(kind() == core::NodeKind::Vwan ? -2 : isContainer() ? -1 : 1);
    setCacheMode(DeviceCoordinateCache);
    setNode(node);
}

NodeItem::~NodeItem()
{
    setCacheMode(NoCache);
}

void NodeItem::setNode(const core::Node &node)
{
    geometryWillChange();
    m_node = node;
    if (node.position)
        setPos(node.position->x, node.position->y);
    setOpacity(node.disabled ? 0.45 : 1.0);
    updateToolTip();
    update();
}

void NodeItem::updateToolTip()
{
    QString tip = QStringLiteral("<b>%1</b> (%2)").arg(QString::fromStdString(m_node.displayName()).toHtmlEscaped(),
                                                      kindLabel(m_node.kind()));
    for (const QString &line : detailLines())
        tip += QStringLiteral("<br>") + line.toHtmlEscaped();
    if (m_node.disabled)
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("disabled: takes part in nothing"));
    if (m_azureDifferences > 0)
        tip += QStringLiteral("<br><b>%1</b>")
                   .arg(m_azureDifferences == 1
                            ? tr("Azure and the model differ on 1 prefix")
                            : tr("Azure and the model differ on %1 prefixes").arg(m_azureDifferences));
    if (!m_node.notes.empty())
        tip += QStringLiteral("<br><br>") + QString::fromStdString(m_node.notes).toHtmlEscaped();
    setToolTip(tip);
}

bool NodeItem::isContainer() const
{
    return isContainerKind(kind());
}

bool NodeItem::setRoutingIntent(const QString &privateTraffic, const QString &internetTraffic,
                                bool secured)
{
    if (privateTraffic == m_privateTraffic && internetTraffic == m_internetTraffic
        && secured == m_secured)
        return false;
    geometryWillChange();
    m_privateTraffic = privateTraffic;
    m_internetTraffic = internetTraffic;
    m_secured = secured;
    setNode(m_node); // the tooltip lists the detail lines
    return true;
}

void NodeItem::setChildrenRect(const QRectF &sceneRect)
{
    const QRectF local = sceneRect.isNull() ? QRectF() : mapRectFromScene(sceneRect);
    if (local == m_childrenRect)
        return;
    geometryWillChange();
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

void NodeItem::setAzureDifferences(int count)
{
    if (count == m_azureDifferences)
        return;
    m_azureDifferences = count;
    updateToolTip();
    update();
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
        // In a hub the ASN and active-active are fixed (65515, on): nothing to tell apart.
        if (vpn->hub.empty())
            lines << tr("AS %1%2").arg(vpn->asn).arg(vpn->activeActive ? tr(" · active-active") : QString());
    } else if (const auto *nva = m_node.as<core::Nva>()) {
        QString line = QString::fromStdString(nva->ip.toString());
        if (nva->asn)
            line += tr(" · AS %1").arg(*nva->asn);
        lines << line;
        if (!nva->ipForwarding)
            lines << tr("IP forwarding off");
    } else if (const auto *wan = m_node.as<core::VirtualWan>()) {
        lines << (wan->branchToBranch ? tr("Virtual WAN · branch-to-branch on")
                                      : tr("Virtual WAN · branch-to-branch off"));
    } else if (const auto *hub = m_node.as<core::VirtualHub>()) {
        QString first = tr("Virtual hub");
        if (!hub->location.empty())
            first += QStringLiteral(" · ") + QString::fromStdString(hub->location);
        lines << first;
        QStringList policies;
        if (!m_privateTraffic.isEmpty())
            policies << tr("private → %1").arg(m_privateTraffic);
        if (!m_internetTraffic.isEmpty())
            policies << tr("internet → %1").arg(m_internetTraffic);
        lines << (policies.isEmpty() ? tr("No routing intent")
                                     : tr("Routing intent: %1").arg(policies.join(QStringLiteral(", "))));
        if (hub->routingIntent && !hub->routingIntent->additionalPrefixes.empty())
            lines << tr("Additional prefixes: %1").arg(prefixText(hub->routingIntent->additionalPrefixes, 3));
        QString preference = tr("Prefers %1").arg(preferenceText(hub->hubRoutingPreference));
        if (hub->erToErTransit)
            preference += tr(" · ER-to-ER transit");
        lines << preference;
    } else if (const auto *firewall = m_node.as<core::HubFirewall>()) {
        // Its address, and its vendor when it is not Azure Firewall (the icon's default).
        if (firewall->ip)
            lines << QString::fromStdString(firewall->ip->toString());
        if (firewall->vendor == core::FirewallVendor::Nva)
            lines << tr("NVA in the hub");
    } else if (const auto *gateway = m_node.as<core::ErGateway>(); gateway && !gateway->hub.empty()) {
        if (gateway->allowNonVirtualWanTraffic)
            lines << tr("non-Virtual WAN traffic allowed");
    }
    return lines;
}

QString NodeItem::headingText() const
{
    QString heading = QString::fromStdString(m_node.displayName());
    if (const auto *vnet = m_node.as<core::VirtualNetwork>())
        heading += QStringLiteral("   ") + prefixText(vnet->addressSpace, 3);
    else if (const auto *hub = m_node.as<core::VirtualHub>())
        heading += QStringLiteral("   ") + QString::fromStdString(hub->addressPrefix.toString());
    return heading;
}

QFont NodeItem::nameFont() const
{
    QFont font;
    font.setPixelSize(qRound(namePixels * m_textScale));
    font.setBold(true);
    return font;
}

QFont NodeItem::detailFont() const
{
    QFont font;
    font.setPixelSize(qRound(detailPixels * m_textScale));
    return font;
}

qreal NodeItem::lineHeight() const
{
    return std::ceil(QFontMetricsF(detailFont()).lineSpacing()) + 1;
}

qreal NodeItem::titleHeight() const
{
    return std::ceil(QFontMetricsF(nameFont()).height()) + 14;
}

void NodeItem::setTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    geometryWillChange();
    m_textScale = scale;
    m_nameWidths.clear();
    m_detailWidths.clear();
    update();
}

qreal NodeItem::nameWidth(const QString &text) const
{
    const auto known = m_nameWidths.constFind(text);
    if (known != m_nameWidths.cend())
        return *known;
    if (m_nameWidths.size() > 64) // texts of earlier names and details
        m_nameWidths.clear();
    return *m_nameWidths.insert(text, QFontMetricsF(nameFont()).horizontalAdvance(text));
}

qreal NodeItem::detailWidth(const QString &text) const
{
    const auto known = m_detailWidths.constFind(text);
    if (known != m_detailWidths.cend())
        return *known;
    if (m_detailWidths.size() > 64) // texts of earlier names and details
        m_detailWidths.clear();
    return *m_detailWidths.insert(text, QFontMetricsF(detailFont()).horizontalAdvance(text));
}

QRectF NodeItem::iconRect() const
{
    return QRectF(-iconSize / 2, -iconSize / 2, iconSize, iconSize);
}

QRectF NodeItem::textRect() const
{
    const QFontMetricsF name(nameFont());
    qreal width = std::min(nameWidth(QString::fromStdString(m_node.displayName())),
                           nodeMaximumWidth * m_textScale);
    const QStringList lines = detailLines();
    for (const QString &line : lines)
        width = std::min(std::max(width, detailWidth(line)), nodeMaximumWidth * m_textScale);
    const qreal height = std::ceil(name.height()) + lineHeight() * qreal(lines.size());
    return QRectF(-width / 2, iconSize / 2 + 4, width, height);
}

void NodeItem::geometryWillChange()
{
    prepareGeometryChange();
    m_bodyRect.reset();
}

QRectF NodeItem::bodyRect() const
{
    if (!m_bodyRect)
        m_bodyRect = measureBody();
    return *m_bodyRect;
}

QRectF NodeItem::measureBody() const
{
    const auto lines = detailLines();
    if (isContainer()) {
        // Title bar, the details under it (a VNet's subnets, a hub's routing), then what the
        // container holds: it grows around its children in every direction and keeps its
        // text on top, so a link to a gateway never runs through the list above it.
        // A secured hub's title bar also carries its mark.
        const qreal mark = m_secured ? nameWidth(tr("Secured")) + 34 : 0;
        qreal width = std::max(minimumWidth(kind()) * m_textScale,
                               nameWidth(headingText()) + 48 + mark);
        for (const QString &line : lines)
            width = std::max(width, detailWidth(line) + 24);
        const qreal header = titleHeight() + 6 + lineHeight() * qreal(lines.size()) + 8;
        QRectF body(0, 0, width,
                    header + (m_childrenRect.isNull() ? emptyRoom(kind()) * m_textScale : 10));
        if (!m_childrenRect.isNull()) {
            const QRectF around = m_childrenRect.adjusted(-childMargin, -childMargin - header,
                                                          childMargin, childMargin);
            body = body.united(around);
        }
        return body;
    }
    const QRectF text = textRect();
    const qreal width = std::max({nodeMinimumWidth * m_textScale, text.width(), iconSize});
    return QRectF(-width / 2, -iconSize / 2 - 4, width, text.bottom() + 4 + iconSize / 2 + 4);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the badges over the top-right corner.
    return bodyRect().adjusted(-4, -12, 12, 4);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    if (isContainer()) {
        // Only the title bar and the frame grab the mouse, so children inside stay clickable
        // and a rubber band can start inside the VNet.
        const QRectF body = bodyRect();
        path.addRect(QRectF(body.left(), body.top(), body.width(), titleHeight()));
        QPainterPath frame;
        frame.addRect(body);
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        path.addPath(stroker.createStroke(frame));
    } else {
        path.addRect(iconRect());
        path.addRect(textRect());
    }
    return path;
}

QPointF NodeItem::anchor() const
{
    return mapToScene(isContainer() ? bodyRect().center() : QPointF(0, 0));
}

QPointF NodeItem::attachPoint(const QPointF &target) const
{
    const QLineF ray(anchor(), target);
    if (ray.length() < 1)
        return ray.p1();
    if (isContainer()) {
        // A node inside the VNet (its gateway) is met from the VNet's centre.
        const auto inside = clip(mapRectToScene(bodyRect()), ray);
        return inside && inside->second < 1 ? ray.pointAt(inside->second) : ray.p1();
    }
    // Out of the icon, then on past the text when the line runs into it just after: a link
    // to a node below, or below and aside at a shallow angle, never crosses the node's own
    // name (within a few pixels, not a share of the link's length, which let long links cut
    // through the name).
    qreal leave = clip(mapRectToScene(iconRect()), ray).value_or(std::pair{0.0, 0.0}).second;
    if (const auto text = clip(mapRectToScene(textRect().adjusted(-2, -4, 2, 2)), ray);
        text && (text->first - leave) * ray.length() <= iconSize)
        leave = std::max(leave, text->second);
    return ray.pointAt(leave);
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
    if (levelOfDetail > 0.25) {
        // From the top-right corner leftwards: the findings, then the Azure badge, magenta
        // (no severity's colour) with "≠": not a finding of the engine but a disagreement
        // with what Azure reports.
        const QRectF anchorRect = isContainer() ? bodyRect() : iconRect();
        qreal right = anchorRect.right() + 10;
        if (m_findingCount > 0)
            right = paintBadge(painter, right, severityColour(m_worst),
                               QString::number(m_findingCount)) - 2;
        if (m_azureDifferences > 0)
            paintBadge(painter, right, QColor(0xb4, 0x00, 0x9e),
                       QStringLiteral("≠%1").arg(m_azureDifferences));
    }
}

void NodeItem::paintContainer(QPainter *painter, qreal levelOfDetail)
{
    const Palette &colours = canvasPalette(m_dark);
    const QRectF body = bodyRect();
    const bool selected = isSelected();
    const bool hub = kind() == core::NodeKind::VwanHub;
    const bool wan = kind() == core::NodeKind::Vwan;
    const QColor border = wan ? colours.vwanBorder : hub ? colours.hubBorder : colours.vnetBorder;
    // A hub's frame is drawn heavier than a VNet's, a Virtual WAN's dashed: the three layers
    // read apart even in grey.
    QPen frame(selected ? colours.selection : border, selected ? 2.5 : hub ? 2.2 : 1.5);
    if (wan)
        frame.setDashPattern({6, 3});
    painter->setPen(frame);
    painter->setBrush(wan ? colours.vwanFill : hub ? colours.hubFill : colours.vnetFill);
    const qreal radius = cornerRadius(kind());
    painter->drawRoundedRect(body, radius, radius);
    if (levelOfDetail < 0.2)
        return; // the chips example's lesson: far away, a box is enough
    const qreal titleBar = titleHeight();
    const QRectF title(body.left(), body.top(), body.width(), titleBar);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accentColour(kind(), m_dark));
    QPainterPath titlePath;
    titlePath.addRoundedRect(title, radius, radius);
    QPainterPath bottomHalf;
    bottomHalf.addRect(title.adjusted(0, title.height() / 2, 0, 0));
    painter->drawPath(titlePath.united(bottomHalf));
    const qreal icon = titleBar - 10;
    const qreal inset = radius > 8 ? radius / 2 : 0; // clear of a rounder corner
    nodeIcon(kind()).paint(painter, QRectF(title.left() + 6 + inset, title.top() + 5, icon, icon).toRect());
    QRectF headingRect = title.adjusted(icon + 14 + inset, 0, -8 - inset, 0);
    if (hub && m_secured) {
        const qreal markWidth = (titleBar - 12) * 0.86 + 8
                                + QFontMetricsF(nameFont()).horizontalAdvance(tr("Secured"));
        const QRectF mark(title.right() - inset - 8 - markWidth, title.top(), markWidth, titleBar);
        paintSecuredMark(painter, mark);
        headingRect.setRight(mark.left() - 10);
    }

    const QFont font = nameFont();
    painter->setFont(font);
    painter->setPen(Qt::white);
    const QString heading = headingText();
    painter->drawText(headingRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(heading, Qt::ElideRight, headingRect.width()));
    painter->setFont(detailFont());
    painter->setPen(colours.mutedText);
    const QPointF origin = subnetListOrigin();
    qreal y = origin.y();
    const qreal height = lineHeight();
    for (const QString &line : detailLines()) {
        painter->drawText(QRectF(origin.x(), y, body.right() - origin.x() - 8, height),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += height;
    }
}

void NodeItem::paintSecuredMark(QPainter *painter, const QRectF &area)
{
    // A white shield and the word: the hub's private traffic goes through its firewall.
    painter->save();
    const qreal side = area.height() - 12;
    const QRectF shield(area.left(), area.top() + 6, side * 0.86, side);
    QPainterPath path;
    path.moveTo(shield.center().x(), shield.top());
    path.lineTo(shield.right(), shield.top() + side * 0.18);
    path.cubicTo(shield.right(), shield.top() + side * 0.7, shield.center().x() + side * 0.2,
                 shield.bottom() - side * 0.08, shield.center().x(), shield.bottom());
    path.cubicTo(shield.center().x() - side * 0.2, shield.bottom() - side * 0.08, shield.left(),
                 shield.top() + side * 0.7, shield.left(), shield.top() + side * 0.18);
    path.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawPath(path);
    // The firewall's colour inside, as its icon.
    painter->setPen(QPen(accentColour(core::NodeKind::HubFirewall, m_dark), 1.6, Qt::SolidLine,
                         Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    const QPointF c = shield.center();
    painter->drawPolyline(QPolygonF{c + QPointF(-side * 0.2, 0), c + QPointF(-side * 0.04, side * 0.16),
                                    c + QPointF(side * 0.22, -side * 0.16)});
    painter->setPen(Qt::white);
    painter->setFont(nameFont());
    painter->drawText(area.adjusted(shield.width() + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      tr("Secured"));
    painter->restore();
}

QPointF NodeItem::subnetListOrigin() const
{
    const QRectF body = bodyRect();
    return QPointF(body.left() + 12, body.top() + titleHeight() + 6);
}

int NodeItem::subnetLineAt(const QPointF &local) const
{
    const QPointF origin = subnetListOrigin();
    if (local.y() < origin.y())
        return -1;
    return int((local.y() - origin.y()) / lineHeight());
}

void NodeItem::paintNode(QPainter *painter, qreal levelOfDetail)
{
    const Palette &colours = canvasPalette(m_dark);
    const QRectF icon = iconRect();
    const QRectF text = textRect();
    if (isSelected()) {
        painter->setPen(QPen(colours.selection, 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(icon.united(text).adjusted(-5, -5, 5, 3), 6, 6);
    }
    if (levelOfDetail < 0.2) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accentColour(kind(), m_dark));
        painter->drawRoundedRect(icon, 6, 6);
        return;
    }
    nodeIcon(kind()).paint(painter, icon.toRect());
    const QFont name = nameFont();
    painter->setFont(name);
    painter->setPen(colours.text);
    const QFontMetricsF nameMetrics(name);
    const QRectF label(text.left(), text.top(), text.width(), std::ceil(nameMetrics.height()));
    painter->drawText(label, Qt::AlignHCenter | Qt::AlignVCenter,
                      nameMetrics.elidedText(QString::fromStdString(m_node.displayName()),
                                             Qt::ElideRight, text.width() + 1));
    if (levelOfDetail < 0.45)
        return;
    const QFont detail = detailFont();
    painter->setFont(detail);
    painter->setPen(colours.mutedText);
    const QFontMetricsF detailMetrics(detail);
    qreal y = label.bottom();
    const qreal height = lineHeight();
    for (const QString &line : detailLines()) {
        painter->drawText(QRectF(text.left(), y, text.width(), height), Qt::AlignHCenter | Qt::AlignVCenter,
                          detailMetrics.elidedText(line, Qt::ElideRight, text.width() + 1));
        y += height;
    }
}

qreal NodeItem::paintBadge(QPainter *painter, qreal right, const QColor &fill, const QString &text)
{
    QFont font;
    font.setBold(true);
    font.setPixelSize(12);
    // A circle for one digit, a pill for more.
    const qreal width = std::max<qreal>(20, QFontMetricsF(font).horizontalAdvance(text) + 10);
    const QRectF anchorRect = isContainer() ? bodyRect() : iconRect();
    const QRectF badge(right - width, anchorRect.top() - 8, width, 20);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, 10, 10);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    return badge.left();
}

} // namespace avsnet::ui
