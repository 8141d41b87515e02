// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "designscene.h"

#include "analysis/tracecontroller.h"
#include "document/containment.h"
#include "document/displaynames.h"
#include "document/document.h"
#include "document/selection.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "nodestyle.h"
#include "propagationmarker.h"
#include "routing/analysis.h"
#include "routing/propagationtimeline.h"
#include "traceoverlay.h"

#include <QPainter>

#include <cmath>

namespace avsnet::ui {

DesignScene::DesignScene(Document *document, Selection *selection, TraceController *trace,
                         QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_selection(selection)
    , m_trace(trace)
{
    // Large designs: the BSP index makes hit tests and exposed-area painting logarithmic.
    setItemIndexMethod(BspTreeIndex);
    m_traceOverlay = new TraceOverlay;
    addItem(m_traceOverlay);
    m_propagationMarker = new PropagationMarker;
    addItem(m_propagationMarker);

    connect(document, &Document::topologyReset, this, &DesignScene::rebuild);
    connect(document, &Document::nodeAdded, this, &DesignScene::addNodeItem);
    connect(document, &Document::nodeAboutToBeRemoved, this, &DesignScene::removeNodeItem);
    connect(document, &Document::nodeChanged, this, &DesignScene::refreshNodeItem);
    connect(document, &Document::nodesMoved, this, &DesignScene::refreshPositions);
    connect(document, &Document::linkAdded, this, &DesignScene::addLinkItem);
    connect(document, &Document::linkAboutToBeRemoved, this, &DesignScene::removeLinkItem);
    connect(document, &Document::linkChanged, this, &DesignScene::refreshLinkItem);
    connect(document, &Document::changed, this, &DesignScene::updateHubIntents);
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::syncSelectionFromScene);
    connect(selection, &Selection::changed, this, &DesignScene::syncSelectionToScene);
    if (trace)
        connect(trace, &TraceController::traceChanged, this, &DesignScene::updateTrace);
    rebuild();
}

DesignScene::~DesignScene()
{
    // Items go with the scene; stop listening first so nothing reaches half-destroyed items.
    disconnect(this, nullptr, this, nullptr);
}

void DesignScene::rebuild()
{
    m_syncingSelection = true;
    for (LinkItem *item : std::as_const(m_links))
        delete item;
    for (NodeItem *item : std::as_const(m_nodes))
        delete item;
    m_links.clear();
    m_nodes.clear();
    const core::Topology &topology = m_document->topology();
    for (const auto &node : topology.nodes)
        addNodeItem(QString::fromStdString(node.id));
    for (const auto &link : topology.links)
        addLinkItem(QString::fromStdString(link.id));
    updateHubIntents();
    updateContainers();
    m_syncingSelection = false;
    syncSelectionToScene(m_selection->ids());
    updateFindings();
    updateAzureDifferences();
    updateTrace();
    placePropagationMarker();
}

void DesignScene::addNodeItem(const QString &id)
{
    const core::Topology &topology = m_document->topology();
    const core::Node *node = topology.node(id.toStdString());
    if (!node)
        return;
    auto *item = new NodeItem(*node);
    item->setDark(m_dark);
    item->setTextScale(m_textScale);
    item->setAzureDifferences(m_azureDifferences.value(id));
    if (!node->position) {
        // A file without positions still opens readably: a simple grid until laid out.
        const int index = int(m_nodes.size());
        item->setPos(120 + (index % 6) * 220, 120 + (index / 6) * 180);
    }
    addItem(item);
    m_nodes.insert(id, item);
    connect(item, &NodeItem::geometryChanged, this, [this, id]() {
        updateLinksOf(id);
        if (!m_moving)
            updateContainers();
    });
    updateContainers();
}

void DesignScene::removeNodeItem(const QString &id)
{
    if (NodeItem *item = m_nodes.take(id)) {
        m_selection->setIds([&] {
            QStringList ids = m_selection->ids();
            ids.removeAll(id);
            return ids;
        }());
        delete item;
    }
}

void DesignScene::refreshNodeItem(const QString &id)
{
    NodeItem *item = m_nodes.value(id);
    const core::Node *node = m_document->topology().node(id.toStdString());
    if (!item || !node)
        return;
    item->setNode(*node);
    updateLinksOf(id);
    updateContainers();
}

void DesignScene::refreshPositions(const QStringList &ids)
{
    for (const QString &id : ids)
        refreshNodeItem(id);
}

void DesignScene::addLinkItem(const QString &id)
{
    const core::Link *link = m_document->topology().link(id.toStdString());
    if (!link)
        return;
    NodeItem *from = m_nodes.value(QString::fromStdString(link->from));
    NodeItem *to = m_nodes.value(QString::fromStdString(link->to));
    if (!from || !to)
        return;
    auto *item = new LinkItem(*link, from, to);
    item->setDark(m_dark);
    item->setDownReason(downReason(id));
    addItem(item);
    m_links.insert(id, item);
}

void DesignScene::removeLinkItem(const QString &id)
{
    if (LinkItem *item = m_links.take(id))
        delete item;
}

void DesignScene::refreshLinkItem(const QString &id)
{
    LinkItem *item = m_links.value(id);
    const core::Link *link = m_document->topology().link(id.toStdString());
    if (!item || !link)
        return;
    if (item->from() == m_nodes.value(QString::fromStdString(link->from))
        && item->to() == m_nodes.value(QString::fromStdString(link->to))) {
        item->setLink(*link);
        return;
    }
    // Its ends changed (a peering turned round): a new item between the new ends.
    const bool selected = item->isSelected();
    removeLinkItem(id);
    addLinkItem(id);
    if (LinkItem *created = m_links.value(id))
        created->setSelected(selected);
}

void DesignScene::updateLinksOf(const QString &nodeId)
{
    const std::string id = nodeId.toStdString();
    for (const auto &link : m_document->topology().links) {
        if (link.from == id || link.to == id) {
            if (LinkItem *item = m_links.value(QString::fromStdString(link.id)))
                item->updateGeometry();
        }
    }
    if (m_traceOverlay && m_trace && m_trace->result())
        updateTrace();
    if (m_propagationMarker && m_propagationMarker->isVisible())
        placePropagationMarker();
}

QStringList DesignScene::childrenOf(const QString &containerId) const
{
    QStringList children;
    for (const std::string &id : descendantsOf(m_document->topology(), containerId.toStdString()))
        children << QString::fromStdString(id);
    return children;
}

void DesignScene::updateHubIntents()
{
    const core::Topology &topology = m_document->topology();
    bool grown = false;
    for (const auto &node : topology.nodes) {
        const auto *hub = node.as<core::VirtualHub>();
        NodeItem *item = hub ? m_nodes.value(QString::fromStdString(node.id)) : nullptr;
        if (!item)
            continue;
        // A policy counts only with a firewall of this very hub (R10.6, vwan-ri-invalid).
        const auto policy = [&](const std::string &firewall) -> std::pair<QString, bool> {
            if (firewall.empty())
                return {QString(), false};
            const core::Node *target = topology.node(firewall);
            const auto *data = target ? target->as<core::HubFirewall>() : nullptr;
            const QString name = QString::fromStdString(target ? target->displayName() : firewall);
            if (!data || data->hub != node.id)
                return {tr("%1 (not a firewall of this hub)").arg(name), false};
            return {name, true};
        };
        const auto &intent = hub->routingIntent;
        const auto [privateName, secured] = policy(intent ? intent->privateTraffic : std::string());
        const auto internetName = policy(intent ? intent->internetTraffic : std::string()).first;
        grown = item->setRoutingIntent(privateName, internetName, secured) || grown;
    }
    if (grown)
        updateContainers(); // a Virtual WAN's box follows its hubs'
}

void DesignScene::updateContainers()
{
    // A container's move reports a geometry change, which lands here again: one pass is enough.
    if (m_updatingContainers)
        return;
    m_updatingContainers = true;
    // One pass over the design per layer: linear in nodes and links, so a 2,000-VNet design
    // rebuilds in milliseconds (a scan per container made it minutes). Inner layer first: a
    // hub's box follows its gateways, then a Virtual WAN's box follows its hubs' boxes.
    const core::Topology &topology = m_document->topology();
    for (const bool outer : {false, true}) {
        QHash<QString, QRectF> childrenRects;
        for (const auto &node : topology.nodes) {
            const std::string &holder = containerOf(node);
            if (holder.empty() || isContainerKind(node.kind()) != outer)
                continue;
            NodeItem *child = m_nodes.value(QString::fromStdString(node.id));
            const NodeItem *parent = m_nodes.value(QString::fromStdString(holder));
            // A field naming a node of another kind (a finding) draws no box around it.
            if (child && parent && canHold(parent->kind(), node.kind())) {
                QRectF &rect = childrenRects[parent->nodeId()];
                rect = rect.united(child->sceneBoundingRect());
            }
        }
        for (NodeItem *item : std::as_const(m_nodes)) {
            if (item->isContainer() && (item->kind() == core::NodeKind::Vwan) == outer)
                item->setChildrenRect(childrenRects.value(item->nodeId()));
        }
    }
    for (const auto &link : topology.links) {
        const NodeItem *from = m_nodes.value(QString::fromStdString(link.from));
        const NodeItem *to = m_nodes.value(QString::fromStdString(link.to));
        if ((from && from->isContainer()) || (to && to->isContainer())) {
            if (LinkItem *item = m_links.value(QString::fromStdString(link.id)))
                item->updateGeometry();
        }
    }
    m_updatingContainers = false;
}

void DesignScene::setShowFindings(bool show)
{
    m_showFindings = show;
    updateFindings();
}

void DesignScene::setDark(bool dark)
{
    m_dark = dark;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setDark(dark);
    for (LinkItem *item : std::as_const(m_links))
        item->setDark(dark);
    m_traceOverlay->setDark(dark);
    m_propagationMarker->setDark(dark);
    setBackgroundBrush(canvasPalette(dark).canvas);
    update();
}

void DesignScene::setShowGrid(bool show)
{
    m_showGrid = show;
    update();
}

void DesignScene::setTextScale(qreal scale)
{
    m_textScale = scale;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setTextScale(scale);
    // Once for all, not per node: every link and the trace follow the new sizes.
    updateContainers();
    for (LinkItem *item : std::as_const(m_links))
        item->updateGeometry();
    updateTrace();
}

void DesignScene::setTraceEmphasis(qreal widthFactor)
{
    m_traceOverlay->setEmphasis(widthFactor);
}

void DesignScene::setPropagationEvent(const core::TimelineEvent &event, int durationMs)
{
    // The event names its link, but the line between the two node items is the link's own
    // line and also serves sessions that have no link.
    m_propagationMarker->setEvent(QString::fromStdString(event.fromId),
                                  QString::fromStdString(event.toId),
                                  QString::fromStdString(event.linkId), event.kind,
                                  QString::fromStdString(event.prefix.toString()), durationMs);
    placePropagationMarker();
}

void DesignScene::clearPropagationEvent()
{
    m_propagationMarker->clear();
}

void DesignScene::placePropagationMarker()
{
    const NodeItem *from = m_nodes.value(m_propagationMarker->fromId());
    const NodeItem *to = m_nodes.value(m_propagationMarker->toId());
    if (!from || !to) {
        m_propagationMarker->clear(); // a node of the event is gone from the design
        return;
    }
    const QLineF line
        = from == to ? QLineF(itemCentre(from), itemCentre(to))
                     : QLineF(edgePoint(from, itemCentre(to)), edgePoint(to, itemCentre(from)));
    m_propagationMarker->setGeometry(line, to->mapRectToScene(to->shape().boundingRect()));
}

void DesignScene::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_analysis = analysis;
    updateFindings();
    updateLinkStates();
}

QString DesignScene::downReason(const QString &linkId) const
{
    return m_downLinks.value(linkId);
}

void DesignScene::updateLinkStates()
{
    m_downLinks.clear();
    if (m_analysis) {
        // The engine's reason names ids; the tooltip a person reads names names.
        const DisplayNames names = DisplayNames::of(m_analysis.get());
        for (const auto &[id, reason] : m_analysis->downLinks())
            m_downLinks.insert(QString::fromStdString(id), names.text(reason));
    }
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        it.value()->setDownReason(downReason(it.key()));
}

void DesignScene::updateFindings()
{
    for (NodeItem *item : std::as_const(m_nodes))
        item->clearFindings();
    if (!m_analysis || !m_showFindings)
        return;
    struct Tally
    {
        core::Severity worst = core::Severity::Info;
        int count = 0;
    };
    QHash<QString, Tally> tallies;
    const auto &links = m_document->topology().links;
    for (const auto &finding : m_analysis->findings()) {
        QStringList targets;
        for (const auto &subject : finding.subjects) {
            const QString id = QString::fromStdString(subject);
            if (m_nodes.contains(id)) {
                targets << id;
            } else {
                // A finding about a link shows on both ends.
                for (const auto &link : links) {
                    if (link.id == subject)
                        targets << QString::fromStdString(link.from) << QString::fromStdString(link.to);
                }
            }
        }
        targets.removeDuplicates();
        for (const QString &id : std::as_const(targets)) {
            Tally &tally = tallies[id];
            tally.worst = std::min(tally.worst, finding.severity);
            ++tally.count;
        }
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        if (NodeItem *item = m_nodes.value(it.key()))
            item->setFindings(it->worst, it->count);
    }
}

void DesignScene::setAzureDifferences(const QHash<QString, int> &differences)
{
    m_azureDifferences = differences;
    updateAzureDifferences();
}

void DesignScene::updateAzureDifferences()
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setAzureDifferences(m_azureDifferences.value(it.key()));
}

void DesignScene::updateTrace()
{
    const bool active = m_trace && m_trace->result();
    QSet<QString> onPath;
    if (!active) {
        m_traceOverlay->clear();
    } else {
        const auto &result = *m_trace->result();
        // The reason names nodes by id; the callout, like the Trace dock, by name.
        const DisplayNames names = DisplayNames::of(m_trace->analysis().get());
        const auto toRoute = [&](const core::PathTrace &path) {
            TraceOverlay::Route route;
            route.delivered = path.delivered;
            const NodeItem *previous = nullptr;
            for (const auto &id : path.path) {
                const QString key = QString::fromStdString(id);
                onPath.insert(key);
                const NodeItem *item = m_nodes.value(key);
                if (!item)
                    continue;
                if (previous && previous != item)
                    route.segments << QLineF(edgePoint(previous, itemCentre(item)),
                                             edgePoint(item, itemCentre(previous)));
                previous = item;
            }
            if (path.dropped) {
                route.hasDrop = true;
                route.dropReason = names.text(path.dropped->reason);
                const NodeItem *at = m_nodes.value(QString::fromStdString(path.dropped->node));
                if (!at && !path.path.empty())
                    at = m_nodes.value(QString::fromStdString(path.path.back()));
                route.dropPoint = at ? itemCentre(at) : QPointF();
                route.hasDrop = at != nullptr;
            }
            return route;
        };
        m_traceOverlay->setRoutes(toRoute(result.forward), toRoute(result.back));
    }
    for (NodeItem *item : std::as_const(m_nodes))
        item->setDimmed(active && !onPath.contains(item->nodeId()) && !item->isContainer());
}

void DesignScene::syncSelectionFromScene()
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    m_selection->setIds(selectedIds());
    m_syncingSelection = false;
}

void DesignScene::syncSelectionToScene(const QStringList &ids)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setSelected(ids.contains(item->nodeId()));
    for (LinkItem *item : std::as_const(m_links))
        item->setSelected(ids.contains(item->linkId()));
    m_syncingSelection = false;
}

QStringList DesignScene::selectedIds() const
{
    QStringList ids;
    // Model order, so the "current" item is stable whatever the scene's order.
    for (const auto &node : m_document->topology().nodes) {
        const QString id = QString::fromStdString(node.id);
        if (NodeItem *item = m_nodes.value(id); item && item->isSelected())
            ids << id;
    }
    for (const auto &link : m_document->topology().links) {
        const QString id = QString::fromStdString(link.id);
        if (LinkItem *item = m_links.value(id); item && item->isSelected())
            ids << id;
    }
    return ids;
}

QRectF DesignScene::designRect() const
{
    QRectF rect;
    for (NodeItem *item : std::as_const(m_nodes)) {
        if (item->isVisible()) // an export of a selection hides the rest
            rect = rect.united(item->sceneBoundingRect());
    }
    return rect.isNull() ? QRectF(0, 0, 800, 600) : rect.adjusted(-40, -40, 40, 40);
}

void DesignScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const Palette &colours = canvasPalette(m_dark);
    painter->fillRect(rect, colours.canvas);
    if (!m_showGrid)
        return;
    // Dots, not lines: a quiet grid. Far away (many dots per pixel) it is left out.
    const qreal scale = painter->worldTransform().m11();
    if (gridSize * scale < 6)
        return;
    painter->setPen(QPen(colours.grid, 0));
    const qreal left = std::floor(rect.left() / gridSize) * gridSize;
    const qreal top = std::floor(rect.top() / gridSize) * gridSize;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += gridSize) {
        for (qreal y = top; y < rect.bottom(); y += gridSize)
            dots.append(QPointF(x, y));
    }
    painter->drawPoints(dots.data(), int(dots.size()));
}

} // namespace avsnet::ui
