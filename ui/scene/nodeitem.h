// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "model/topology.h"

#include <QFont>
#include <QGraphicsObject>
#include <QHash>

#include <optional>

namespace avsnet::ui {

// Draws one node of the design: an icon with its name and details beneath it, or for a
// container (containment.h) a box drawn behind what it holds, its title bar and details on
// top: a VNet with its subnet list around its gateways, Route Servers and NVAs; a Virtual WAN
// hub with its prefix, routing intent and routing preference around its gateways and
// firewalls; a Virtual WAN, dashed, around its hubs. Text is sized in scene units (pixels at 100%), so the canvas, the
// exports and every screen agree; the text scale enlarges it for presenter mode. It paints
// from a copy of the node's data and never writes the model; the scene moves and refreshes
// it.
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    // Drops the item's pixmap cache first: Qt 6.4 may make a new cache while ~QGraphicsItem
    // takes the item out of its scene, and never frees it (LeakSanitizer saw it when a
    // painted Virtual WAN container was deleted).
    ~NodeItem() override;
    enum { Type = UserType + 1 };

    explicit NodeItem(const core::Node &node, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    const QString &nodeId() const { return m_id; }
    QString displayName() const { return QString::fromStdString(m_node.displayName()); }
    core::NodeKind kind() const { return m_node.kind(); }
    bool isContainer() const;

    // The model position of a node is the item's position: its centre, or a container's
    // top-left.
    void setNode(const core::Node &node);
    // A container grows to hold its children; the scene tells it their scene rectangle.
    void setChildrenRect(const QRectF &sceneRect);
    // A hub's routing intent as people read it: the firewall of each policy by name (with a
    // note when it is not a firewall of this hub), empty for no policy; `secured` when the
    // private policy names a firewall of the hub (vwan.md, R10.6). The scene knows the names.
    // Returns whether anything changed (the box may have grown).
    bool setRoutingIntent(const QString &privateTraffic, const QString &internetTraffic,
                          bool secured);
    bool isSecured() const { return m_secured; }
    void setFindings(core::Severity worst, int count);
    void clearFindings();
    // The badge: how many findings name the node, and the worst of them.
    int findingCount() const { return m_findingCount; }
    core::Severity worstFinding() const { return m_worst; }
    // The second badge, left of the findings': on how many prefixes Azure's routes and
    // the model's differ at this node (File > Compare with Azure Routes); 0 draws none.
    void setAzureDifferences(int count);
    int azureDifferences() const { return m_azureDifferences; }
    void setDark(bool dark);
    // Trace emphasis: dimmed when a trace runs elsewhere.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    // Type size relative to normal (presenter mode: larger); the node grows with it.
    void setTextScale(qreal scale);

    // Where links and paths meet the node: the icon's centre (a VNet's box centre), in
    // scene coordinates, and the point where the line from there towards `target` leaves
    // what is drawn (the icon and the text under it, or the VNet's frame).
    QPointF anchor() const;
    QPointF attachPoint(const QPointF &target) const;

    // A VNet's subnet list: where its first line starts, and which line a local point is on
    // (-1 above the list; past the end when below it).
    QPointF subnetListOrigin() const;
    int subnetLineAt(const QPointF &local) const;

    // The node's box in item coordinates: a container's frame, or a node's icon and text.
    QRectF bodyRect() const;
    // The detail lines drawn under the name (a VNet's subnets, a hub's routing).
    QStringList detailLines() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

signals:
    void geometryChanged();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString headingText() const;
    QFont nameFont() const;
    QFont detailFont() const;
    // Widths of text in the name and the detail font. Shaping text is the slow part of
    // measuring, and boundingRect() is asked for on every paint and scene query (an L design
    // spent a third of an edit's time there), so widths are kept until the text scale changes.
    qreal nameWidth(const QString &text) const;
    qreal detailWidth(const QString &text) const;
    qreal lineHeight() const;
    qreal titleHeight() const;
    QRectF iconRect() const;
    // Everything bodyRect() depends on changes through here: the node, the routing intent,
    // the children's rectangle, the text scale.
    void geometryWillChange();
    QRectF measureBody() const;
    // The text under an icon as drawn (its real width), in item coordinates.
    QRectF textRect() const;
    void paintContainer(QPainter *painter, qreal levelOfDetail);
    void paintSecuredMark(QPainter *painter, const QRectF &titleBar);
    void paintNode(QPainter *painter, qreal levelOfDetail);
    // A badge over the top of the icon or the container's frame, a pill that fits `text`,
    // ending at `right`; returns its left edge, where the next badge ends.
    qreal paintBadge(QPainter *painter, qreal right, const QColor &fill, const QString &text);
    void updateToolTip();

    mutable QHash<QString, qreal> m_nameWidths;
    mutable QHash<QString, qreal> m_detailWidths;
    core::Node m_node;
    QString m_id;
    QRectF m_childrenRect; // item coordinates
    int m_findingCount = 0;
    core::Severity m_worst = core::Severity::Info;
    int m_azureDifferences = 0;
    bool m_dark = false;
    bool m_dimmed = false;
    QString m_privateTraffic;
    QString m_internetTraffic;
    bool m_secured = false;
    qreal m_textScale = 1.0;
    // bodyRect(), measured once per change: Qt asks every item's boundingRect() on every
    // paint, and measuring lays out the text lines (on L, a quarter of a repaint).
    mutable std::optional<QRectF> m_bodyRect;
};

} // namespace avsnet::ui
