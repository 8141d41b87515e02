// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <map>
#include <memory>

class QGraphicsLineItem;

namespace avsnet::core {
class Analysis;
struct TimelineEvent;
}

namespace avsnet::ui {

class Document;
class LinkItem;
class NodeItem;
class PropagationMarker;
class Selection;
class TraceController;
class TraceOverlay;

// The canvas: one item per node and link, kept in step with the Document through its
// signals (an id -> item map; items never write the model). User gestures become undo
// commands: a drop from the palette adds a node, a drag moves (one command on release), a
// drag with Shift or in connect mode draws a link of a kind that fits both ends.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    DesignScene(Document *document, Selection *selection, TraceController *trace,
                QObject *parent = nullptr);
    ~DesignScene() override;

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    LinkItem *linkItem(const QString &id) const { return m_links.value(id); }

    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    bool snapToGrid() const { return m_snap; }
    void setShowGrid(bool show);
    void setConnectMode(bool connect) { m_connectMode = connect; }
    // Exports may leave the finding badges out.
    void setShowFindings(bool show);
    bool showFindings() const { return m_showFindings; }
    // Per node id, on how many prefixes Azure's routes differ from the model's (the
    // comparison with Azure): a badge beside the findings'. Empty clears them.
    void setAzureDifferences(const QHash<QString, int> &differences);
    // Presenter mode draws paths thicker and type larger.
    void setTraceEmphasis(qreal widthFactor);
    void setTextScale(qreal scale);
    qreal textScale() const { return m_textScale; }
    // The propagation step-through's current event, animated from sender to receiver along
    // their link, or straight between them for a session inside one VNet.
    void setPropagationEvent(const core::TimelineEvent &event, int durationMs = 400);
    void clearPropagationEvent();
    PropagationMarker *propagationMarker() const { return m_propagationMarker; }
    TraceOverlay *traceOverlay() const { return m_traceOverlay; }

    // Places a new node of `kind` centred at a scene position, as one undo step. Gateways,
    // Route Servers and NVAs must land on a VNet (gateways also on a virtual hub, which makes
    // them the hub's), a hub firewall on a hub, a hub on a Virtual WAN (containment.h).
    // Returns the new id, or empty after refused() said why.
    QString placeNode(core::NodeKind kind, const QPointF &scenePos);
    // Adds a link of `kind` between two nodes as one undo step and selects it. A second link
    // of one kind between the same pair is refused (core::duplicateLink), the existing one
    // selected instead. A hub connection runs from the VNet to the hub, whichever way drawn.
    bool addLink(core::LinkKind kind, const QString &from, const QString &to);
    void deleteSelection();
    void setSelectionDisabled(bool disabled);
    // The ids of selected nodes and links.
    QStringList selectedIds() const;
    // Rectangle of the whole design, for fit-to-window.
    QRectF designRect() const;

    static constexpr qreal gridSize = 20;

public slots:
    void setAnalysis(const std::shared_ptr<const core::Analysis> &analysis);

signals:
    // A gesture the scene cannot carry out, and why, in words for the user.
    void refused(const QString &message);
    void traceFromRequested(const QString &endpoint);
    void traceToRequested(const QString &endpoint);

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addNodeItem(const QString &id);
    void removeNodeItem(const QString &id);
    void refreshNodeItem(const QString &id);
    void addLinkItem(const QString &id);
    void removeLinkItem(const QString &id);
    void refreshLinkItem(const QString &id);
    void refreshPositions(const QStringList &ids);
    void updateContainers();
    // Each hub's routing intent by firewall name, and whether it is secured (its firewalls
    // are other nodes, so any change may alter it).
    void updateHubIntents();
    void updateLinksOf(const QString &nodeId);
    void updateFindings();
    void updateAzureDifferences();
    void updateTrace();
    void placePropagationMarker();
    void syncSelectionFromScene();
    void syncSelectionToScene(const QStringList &ids);
    NodeItem *nodeItemAt(const QPointF &scenePos) const;
    // The innermost visible container at a scene position that may hold a node of `kind`,
    // or nullptr.
    NodeItem *containerAt(const QPointF &scenePos, core::NodeKind kind) const;
    // Every node inside a container, at any depth.
    QStringList childrenOf(const QString &containerId) const;
    QPointF snapped(const QPointF &point) const;
    void finishLinkDrag(const QPointF &scenePos);
    // Marks each link whose BGP session the analysis found down (a limit, a refused ASN).
    void updateLinkStates();
    QString downReason(const QString &linkId) const;
    void finishMove();
    QString endpointFor(const NodeItem *item, const QPointF &scenePos) const;

    Document *m_document;
    Selection *m_selection;
    TraceController *m_trace;
    std::shared_ptr<const core::Analysis> m_analysis;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, LinkItem *> m_links;
    QHash<QString, QString> m_downLinks; // link id -> why the analysis found its session down
    QHash<QString, int> m_azureDifferences;
    TraceOverlay *m_traceOverlay = nullptr;
    PropagationMarker *m_propagationMarker = nullptr;
    bool m_dark = false;
    qreal m_textScale = 1.0;
    bool m_snap = true;
    bool m_showGrid = true;
    bool m_showFindings = true;
    bool m_connectMode = false;
    bool m_syncingSelection = false;
    bool m_updatingContainers = false;

    // Gesture state.
    std::map<std::string, core::Position> m_pressPositions; // every node, at mouse press
    bool m_moving = false;
    QPointer<NodeItem> m_linkSource;
    QGraphicsLineItem *m_linkPreview = nullptr;
};

} // namespace avsnet::ui
