// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "model/topology.h"

#include <QColor>
#include <QIcon>
#include <QLineF>
#include <QPen>
#include <QString>

#include <array>

class QPainter;

namespace avsnet::ui {

// The visual language in one place: the icon, label, colour and line style of every node and
// link kind, and the canvas colours of both themes. The canvas, the palette, the legend and
// the exporters all ask here, so a design looks the same everywhere. Nothing here reads or
// writes a document.

// Canvas colours of one theme. Forward and return paths are blue and orange, the pair that
// stays apart for the common colour-vision deficiencies; a dropped path is red and is always
// marked by a shape too, never by colour alone.
struct Palette
{
    QColor canvas;
    QColor grid;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor forwardPath;
    QColor returnPath;
    QColor dropped;
    QColor vnetFill;
    QColor vnetBorder;
    // A Virtual WAN hub's box: navy, set apart from the VNet's blue.
    QColor hubFill;
    QColor hubBorder;
    // A Virtual WAN's frame around its hubs: slate, drawn dashed (a global, logical thing).
    QColor vwanFill;
    QColor vwanBorder;
};

const Palette &canvasPalette(bool dark);

// In the palette's order: the classic kinds, then Virtual WAN's, then the internet.
inline constexpr std::array allNodeKinds{
    core::NodeKind::OnPrem,      core::NodeKind::ErCircuit, core::NodeKind::Avs,
    core::NodeKind::Vnet,        core::NodeKind::ErGateway, core::NodeKind::VpnGateway,
    core::NodeKind::RouteServer, core::NodeKind::Nva,       core::NodeKind::Vwan,
    core::NodeKind::VwanHub,     core::NodeKind::HubFirewall, core::NodeKind::Internet};

inline constexpr std::array allLinkKinds{
    core::LinkKind::ErPeering,     core::LinkKind::ErConnection, core::LinkKind::GlobalReach,
    core::LinkKind::VnetPeering,   core::LinkKind::VpnConnection, core::LinkKind::BgpSession,
    core::LinkKind::HubConnection};

inline constexpr std::array allSeverities{core::Severity::Error, core::Severity::Warning,
                                          core::Severity::Info};

// The kind's format string as a QString ("er-gateway").
QString kindName(core::NodeKind kind);
// ":/icons/er-gateway.svg" and so on.
QString iconPath(core::NodeKind kind);
// The kind's icon, drawn from its SVG at whatever size and device pixel ratio it is painted.
QIcon nodeIcon(core::NodeKind kind);
// "ExpressRoute gateway"
QString kindLabel(core::NodeKind kind);
// One sentence: what the kind is and how it is placed (the palette's tooltip).
QString kindDescription(core::NodeKind kind);
// The main colour of the kind's icon; white text stays readable on it in both themes.
QColor accentColour(core::NodeKind kind, bool dark);

// Each link kind has its own line: ExpressRoute peering a double line, ExpressRoute
// connection thick solid, Global Reach thick dashed, VNet peering medium solid, VPN dash-dot,
// BGP thin dotted, hub connection navy long dashes. A disabled link keeps its pattern and
// turns grey.
QPen linkPen(core::LinkKind kind, bool dark, bool disabled);
// Draws a link's line with its pen: ExpressRoute peering as a double line (the two BGP
// sessions, primary and secondary, of private peering), every other kind as one line. The
// canvas, the legend and the exports all draw links through here.
void paintLinkLine(QPainter *painter, const QLineF &line, core::LinkKind kind, const QPen &pen);
// "ExpressRoute peering"
QString linkLabel(core::LinkKind kind);

// ":/icons/finding-error.svg" and so on.
QString findingIconPath(core::Severity severity);
QIcon findingIcon(core::Severity severity);
// "Error", "Warning", "Information"
QString severityLabel(core::Severity severity);
// The fill of a finding badge, the colour of the finding icon.
QColor severityColour(core::Severity severity);

} // namespace avsnet::ui
