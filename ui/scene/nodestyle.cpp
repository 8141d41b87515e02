// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodestyle.h"

#include "export/diagramstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::NodeStyle", text);
}

// Draws an SVG straight from a QSvgRenderer: QIcon::paint() renders the vectors into the
// painter (crisp under any canvas zoom), pixmap() renders at the requested device size (crisp
// at any device pixel ratio). It does not depend on Qt's svg icon engine plugin being found.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &path)
        : m_path(path)
        , m_renderer(std::make_shared<QSvgRenderer>(path))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        if (!m_renderer->isValid())
            return;
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(painter->opacity() * 0.4);
        m_renderer->render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        if (size.isEmpty())
            return pixmap;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("avsnet-svg"); }
    bool isNull() override { return !m_renderer->isValid(); }

private:
    SvgIconEngine(const SvgIconEngine &other) = default;

    QString m_path;
    // Shared by clones; icons are used on the GUI thread only.
    std::shared_ptr<QSvgRenderer> m_renderer;
};

QColor hexColour(std::string_view hex)
{
    return QColor(QLatin1String(hex.data(), qsizetype(hex.size())));
}

QIcon cachedIcon(const QString &path)
{
    static QHash<QString, QIcon> cache;
    auto found = cache.constFind(path);
    if (found == cache.constEnd())
        found = cache.insert(path, QIcon(new SvgIconEngine(path)));
    return *found;
}

} // namespace

const Palette &canvasPalette(bool dark)
{
    // Forward blue and return orange follow Okabe and Ito's colour-blind safe set; red for a
    // drop always comes with a cross mark on the canvas.
    // The light path colours are the exports' own (core/export/diagramstyle.h).
    static const Palette light{
        .canvas = QColor(0xfa, 0xfb, 0xfc),
        .grid = QColor(0xc3, 0xca, 0xd3),
        .text = QColor(0x1f, 0x23, 0x28),
        .mutedText = QColor(0x57, 0x60, 0x6a),
        .selection = QColor(0x1f, 0x6f, 0xd0),
        .forwardPath = hexColour(core::traceForwardColour),
        .returnPath = hexColour(core::traceReturnColour),
        .dropped = hexColour(core::traceDroppedColour),
        .vnetFill = QColor(0xee, 0xf4, 0xfb),
        .vnetBorder = QColor(0x86, 0xa6, 0xcd),
        .hubFill = QColor(0xe8, 0xee, 0xf6),
        .hubBorder = QColor(0x1f, 0x4e, 0x8c),
        .vwanFill = QColor(0xf3, 0xf5, 0xf7),
        .vwanBorder = QColor(0x8a, 0x98, 0xa8),
    };
    static const Palette darkPalette{
        .canvas = QColor(0x1b, 0x1d, 0x21),
        .grid = QColor(0x3e, 0x44, 0x4c),
        .text = QColor(0xe6, 0xe8, 0xeb),
        .mutedText = QColor(0xa3, 0xaa, 0xb3),
        .selection = QColor(0x4d, 0x9d, 0xff),
        .forwardPath = QColor(0x56, 0xb4, 0xe9),
        .returnPath = QColor(0xf5, 0xa6, 0x23),
        .dropped = QColor(0xff, 0x5c, 0x5c),
        .vnetFill = QColor(0x1f, 0x29, 0x35),
        .vnetBorder = QColor(0x4a, 0x6a, 0x90),
        .hubFill = QColor(0x1d, 0x25, 0x36),
        .hubBorder = QColor(0x5b, 0x86, 0xc4),
        .vwanFill = QColor(0x21, 0x24, 0x29),
        .vwanBorder = QColor(0x6a, 0x76, 0x84),
    };
    return dark ? darkPalette : light;
}

QString kindName(core::NodeKind kind)
{
    const std::string_view name = core::toString(kind);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString iconPath(core::NodeKind kind)
{
    return QStringLiteral(":/icons/%1.svg").arg(kindName(kind));
}

QIcon nodeIcon(core::NodeKind kind)
{
    return cachedIcon(iconPath(kind));
}

QString kindLabel(core::NodeKind kind)
{
    switch (kind) {
    case core::NodeKind::OnPrem:
        return tr("On-premises site");
    case core::NodeKind::ErCircuit:
        return tr("ExpressRoute circuit");
    case core::NodeKind::Avs:
        return tr("AVS private cloud");
    case core::NodeKind::Vnet:
        return tr("Virtual network");
    case core::NodeKind::ErGateway:
        return tr("ExpressRoute gateway");
    case core::NodeKind::VpnGateway:
        return tr("VPN gateway");
    case core::NodeKind::RouteServer:
        return tr("Route Server");
    case core::NodeKind::Nva:
        return tr("NVA");
    case core::NodeKind::Internet:
        return tr("Internet");
    case core::NodeKind::Vwan:
        return tr("Virtual WAN");
    case core::NodeKind::VwanHub:
        return tr("Virtual hub");
    case core::NodeKind::HubFirewall:
        return tr("Hub firewall");
    }
    return {};
}

QString kindDescription(core::NodeKind kind)
{
    switch (kind) {
    case core::NodeKind::OnPrem:
        return tr("An on-premises site and its edge router; it announces its prefixes over "
                  "ExpressRoute or VPN.");
    case core::NodeKind::ErCircuit:
        return tr("An ExpressRoute circuit; peer it with an on-premises site and connect it to "
                  "ExpressRoute gateways.");
    case core::NodeKind::Avs:
        return tr("An Azure VMware Solution private cloud with its own managed ExpressRoute "
                  "circuit; connect it to an ExpressRoute gateway or by Global Reach.");
    case core::NodeKind::Vnet:
        return tr("An Azure virtual network; gateways, Route Servers and NVAs are dropped onto "
                  "it.");
    case core::NodeKind::ErGateway:
        return tr("An ExpressRoute gateway; it must be dropped onto a VNet (its GatewaySubnet) "
                  "or onto a virtual hub (the hub's gateway).");
    case core::NodeKind::VpnGateway:
        return tr("A VPN gateway to on-premises sites; it must be dropped onto a VNet (its "
                  "GatewaySubnet) or onto a virtual hub (the hub's site-to-site gateway).");
    case core::NodeKind::RouteServer:
        return tr("An Azure Route Server that exchanges routes with NVAs over BGP; it must be "
                  "dropped onto a VNet.");
    case core::NodeKind::Nva:
        return tr("A network virtual appliance (a router or firewall VM); it must be dropped "
                  "onto a VNet.");
    case core::NodeKind::Internet:
        return tr("The public internet, where routes with an Internet next hop lead.");
    case core::NodeKind::Vwan:
        return tr("A Standard Virtual WAN: its hubs mesh with each other over Microsoft's "
                  "backbone; virtual hubs are dropped onto it.");
    case core::NodeKind::VwanHub:
        return tr("A Virtual WAN hub and its router; it must be dropped onto a Virtual WAN. "
                  "ExpressRoute and VPN gateways and a hub firewall are dropped onto it, VNets "
                  "link to it with a hub connection.");
    case core::NodeKind::HubFirewall:
        return tr("An Azure Firewall (or an NVA) in a virtual hub, the next hop of its routing "
                  "intent; it must be dropped onto a virtual hub.");
    }
    return {};
}

QColor accentColour(core::NodeKind kind, bool dark)
{
    // The light colours are the icons' own, shared with the exports (diagramstyle.h); the
    // dark ones are a step lighter and still carry white text (a VNet's title bar).
    if (!dark) {
        // Virtual WAN's kinds, in the colours of their icons: a slate Virtual WAN, a navy hub
        // set apart from the VNet's blue, the firewall in a crimson set apart from the NVA's
        // rust. The exports give them the same colours.
        if (kind == core::NodeKind::Vwan)
            return QColor(0x56, 0x68, 0x7a);
        if (kind == core::NodeKind::VwanHub)
            return QColor(0x1f, 0x4e, 0x8c);
        if (kind == core::NodeKind::HubFirewall)
            return QColor(0xc4, 0x31, 0x4b);
        return hexColour(core::kindColours(kind).stroke);
    }
    switch (kind) {
    case core::NodeKind::OnPrem:
        return QColor(0x6d, 0x7f, 0x94);
    case core::NodeKind::ErCircuit:
    case core::NodeKind::ErGateway:
        return QColor(0x8c, 0x5c, 0xc8);
    case core::NodeKind::Avs:
        return QColor(0x0f, 0x95, 0x9c);
    case core::NodeKind::Vnet:
        return QColor(0x2b, 0x84, 0xd6);
    case core::NodeKind::VpnGateway:
        return QColor(0x3b, 0x8e, 0x3f);
    case core::NodeKind::RouteServer:
        return QColor(0x5c, 0x61, 0xc9);
    case core::NodeKind::Nva:
        return QColor(0xc8, 0x55, 0x3f);
    case core::NodeKind::Internet:
        return QColor(0x2d, 0x88, 0xd0);
    case core::NodeKind::Vwan:
        return QColor(0x6a, 0x7d, 0x92);
    case core::NodeKind::VwanHub:
        return QColor(0x3d, 0x6f, 0xb0);
    case core::NodeKind::HubFirewall:
        return QColor(0xd0, 0x48, 0x5f);
    }
    return QColor(0x80, 0x80, 0x80);
}

QPen linkPen(core::LinkKind kind, bool dark, bool disabled)
{
    // Colours follow the nodes a link joins (ExpressRoute purple, VNet blue, VPN green, Route
    // Server indigo); the pattern alone still tells the kinds apart in grey or in print.
    // Dash patterns are in pen widths.
    QPen pen;
    pen.setJoinStyle(Qt::RoundJoin);
    // The light colour is the exports' (core/export/diagramstyle.h); dark is a step lighter.
    // A hub connection takes the hub's navy, as the exports draw it.
    const QColor light = kind == core::LinkKind::HubConnection ? QColor(0x1f, 0x4e, 0x8c)
                                                               : hexColour(core::linkColour(kind));
    switch (kind) {
    case core::LinkKind::ErPeering:
        // Drawn twice side by side (paintLinkLine): two thin strokes.
        pen.setColor(dark ? QColor(0xb4, 0x8c, 0xe6) : light);
        pen.setWidthF(2);
        pen.setCapStyle(Qt::FlatCap);
        break;
    case core::LinkKind::ErConnection:
        pen.setColor(dark ? QColor(0xb4, 0x8c, 0xe6) : light);
        pen.setWidthF(4);
        pen.setCapStyle(Qt::RoundCap);
        break;
    case core::LinkKind::GlobalReach:
        pen.setColor(dark ? QColor(0xb4, 0x8c, 0xe6) : light);
        pen.setWidthF(4);
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({3, 1.5});
        break;
    case core::LinkKind::VnetPeering:
        pen.setColor(dark ? QColor(0x5a, 0xa9, 0xf0) : light);
        pen.setWidthF(2.5);
        pen.setCapStyle(Qt::RoundCap);
        break;
    case core::LinkKind::VpnConnection:
        pen.setColor(dark ? QColor(0x62, 0xc0, 0x66) : light);
        pen.setWidthF(2.5);
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({5, 2, 1.2, 2});
        break;
    case core::LinkKind::BgpSession:
        pen.setColor(dark ? QColor(0xa0, 0xa4, 0xf2) : light);
        pen.setWidthF(2);
        // Zero-length dashes with round caps are round dots.
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.01, 2.2});
        break;
    case core::LinkKind::HubConnection:
        // Long dashes with short gaps: apart from Global Reach's thick short dashes, the
        // solid VNet peering and the VPN's dash-dot, even in grey print.
        pen.setColor(dark ? QColor(0x7d, 0xa4, 0xdc) : light);
        pen.setWidthF(3);
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({6, 1.8});
        break;
    }
    if (disabled) {
        // A what-if switch: the link keeps its pattern so its kind still shows, but greys out.
        pen.setColor(dark ? QColor(0x68, 0x6e, 0x77) : hexColour(core::disabledStroke));
    }
    return pen;
}

void paintLinkLine(QPainter *painter, const QLineF &line, core::LinkKind kind, const QPen &pen)
{
    painter->setPen(pen);
    if (kind != core::LinkKind::ErPeering || line.length() < 1) {
        painter->drawLine(line);
        return;
    }
    const QLineF normal = line.normalVector().unitVector();
    const QPointF offset = (normal.p2() - normal.p1()) * (pen.widthF() * 1.25);
    painter->drawLine(line.translated(offset));
    painter->drawLine(line.translated(-offset));
}

QString linkLabel(core::LinkKind kind)
{
    switch (kind) {
    case core::LinkKind::ErPeering:
        return tr("ExpressRoute peering");
    case core::LinkKind::ErConnection:
        return tr("ExpressRoute connection");
    case core::LinkKind::GlobalReach:
        return tr("Global Reach");
    case core::LinkKind::VnetPeering:
        return tr("VNet peering");
    case core::LinkKind::VpnConnection:
        return tr("VPN connection");
    case core::LinkKind::BgpSession:
        return tr("BGP session");
    case core::LinkKind::HubConnection:
        return tr("Hub connection");
    }
    return {};
}

QString findingIconPath(core::Severity severity)
{
    const std::string_view name = core::toString(severity);
    return QStringLiteral(":/icons/finding-%1.svg")
        .arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
}

QIcon findingIcon(core::Severity severity)
{
    return cachedIcon(findingIconPath(severity));
}

QString severityLabel(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error:
        return tr("Error");
    case core::Severity::Warning:
        return tr("Warning");
    case core::Severity::Info:
        return tr("Information");
    }
    return {};
}

QColor severityColour(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error:
        return QColor(0xd1, 0x34, 0x38);
    case core::Severity::Warning:
        return QColor(0xf0, 0xb4, 0x00);
    case core::Severity::Info:
        return QColor(0x0f, 0x6c, 0xbd);
    }
    return QColor(0xd1, 0x34, 0x38);
}

} // namespace avsnet::ui
