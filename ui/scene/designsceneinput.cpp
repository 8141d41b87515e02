// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DesignScene, part two: the gestures that edit the design. Each ends in one undo command.
#include "designscene.h"

#include "commands/designcommands.h"
#include "document/containment.h"
#include "document/displaynames.h"
#include "document/document.h"
#include "document/nodefactory.h"
#include "document/selection.h"
#include "document/wording.h"
#include "linkitem.h"
#include "model/linkrules.h"
#include "nodeitem.h"
#include "nodestyle.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QMimeData>

namespace avsnet::ui {

namespace {

constexpr const char *nodeKindMime = "application/x-avsnet-node-kind";

qreal area(const QRectF &rect)
{
    return rect.width() * rect.height();
}

// Why a node of `kind` cannot land where it was dropped: there is no container for it there.
QString dropRefusal(core::NodeKind kind)
{
    using core::NodeKind;
    const QString label = kindLabel(kind);
    switch (kind) {
    case NodeKind::ErGateway:
    case NodeKind::VpnGateway:
        return DesignScene::tr("Drop the %1 onto a VNet or a virtual hub: it lives in one.")
            .arg(label);
    case NodeKind::HubFirewall:
        return DesignScene::tr("Drop the hub firewall onto a virtual hub: it lives in one.");
    case NodeKind::VwanHub:
        return DesignScene::tr("Drop the virtual hub onto a Virtual WAN: every hub belongs to "
                               "one. Place a Virtual WAN first.");
    case NodeKind::RouteServer:
    case NodeKind::Nva:
    case NodeKind::OnPrem:
    case NodeKind::ErCircuit:
    case NodeKind::Avs:
    case NodeKind::Vnet:
    case NodeKind::Internet:
    case NodeKind::Vwan:
        break;
    }
    return DesignScene::tr("Drop the %1 onto a VNet: it lives in a virtual network.").arg(label);
}


} // namespace

QPointF DesignScene::snapped(const QPointF &point) const
{
    if (!m_snap)
        return point;
    return QPointF(std::round(point.x() / gridSize) * gridSize,
                   std::round(point.y() / gridSize) * gridSize);
}

NodeItem *DesignScene::nodeItemAt(const QPointF &scenePos) const
{
    // Topmost first; a container lies under its children, so a plain node wins over it.
    NodeItem *container = nullptr;
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        if (node->isContainer()) {
            if (!container)
                container = node;
        } else if (node->sceneBoundingRect().contains(scenePos)) {
            return node;
        }
    }
    if (container)
        return container;
    // The container's shape is only its frame; inside it, its rectangle counts, and of
    // nested ones the innermost (a hub inside its Virtual WAN).
    NodeItem *inside = nullptr;
    for (NodeItem *node : m_nodes) {
        if (node->isContainer() && node->isVisible() && node->sceneBoundingRect().contains(scenePos)
            && (!inside || area(node->sceneBoundingRect()) < area(inside->sceneBoundingRect())))
            inside = node;
    }
    return inside;
}

NodeItem *DesignScene::containerAt(const QPointF &scenePos, core::NodeKind kind) const
{
    NodeItem *found = nullptr;
    for (NodeItem *node : m_nodes) {
        if (!node->isContainer() || !node->isVisible() || !canHold(node->kind(), kind))
            continue;
        const QRectF box = node->mapRectToScene(node->bodyRect());
        if (box.contains(scenePos) && (!found || area(box) < area(found->mapRectToScene(found->bodyRect()))))
            found = node;
    }
    return found;
}

QString DesignScene::placeNode(core::NodeKind kind, const QPointF &scenePos)
{
    const core::Topology &topology = m_document->topology();
    std::string container;
    if (needsContainer(kind)) {
        // Dropped into a hub, a gateway becomes the hub's: its `hub` is set, not its `vnet`.
        const NodeItem *holder = containerAt(scenePos, kind);
        if (!holder) {
            emit refused(dropRefusal(kind));
            return {};
        }
        container = holder->nodeId().toStdString();
    }
    // In a VNet a gateway needs its subnet; in a hub nothing does.
    const std::string vnet = topology.node(container) && topology.node(container)->as<core::VirtualNetwork>()
                                 ? container
                                 : std::string();
    core::Node node = makeNode(topology, kind, {scenePos.x(), scenePos.y()}, container);
    // Every kind lands centred under the pointer: a container's position is its top-left
    // corner, so it moves up and left by half its size.
    QPointF at = scenePos;
    if (isContainerKind(kind))
        at -= NodeItem(node).bodyRect().center();
    at = snapped(at);
    node.position = core::Position{at.x(), at.y()};
    const QString id = QString::fromStdString(node.id);
    const QString text = tr("Add %1").arg(kindLabel(kind));
    const auto subnet = missingSubnetFor(topology, kind, vnet);
    if (subnet) {
        // The gateway and the subnet it needs arrive as one step of history.
        m_document->undoStack()->beginMacro(text);
        const core::Node before = *topology.node(vnet);
        core::Node after = before;
        after.as<core::VirtualNetwork>()->subnets.push_back(*subnet);
        m_document->undoStack()->push(new ChangeNode(m_document, before, after, text));
        m_document->undoStack()->push(new AddItems(m_document, {node}, {}, text));
        m_document->undoStack()->endMacro();
    } else {
        m_document->undoStack()->push(new AddItems(m_document, {node}, {}, text));
    }
    return id;
}

bool DesignScene::addLink(core::LinkKind kind, const QString &from, const QString &to)
{
    const core::Topology &topology = m_document->topology();
    if (const core::Link *existing =
            core::duplicateLink(topology, kind, from.toStdString(), to.toStdString())) {
        const DisplayNames names(topology);
        emit refused(tr("%1 and %2 are already joined by a %3. Azure has one per pair; edit "
                        "the existing link instead.")
                         .arg(names.node(existing->from), names.node(existing->to),
                              linkLabel(kind)));
        m_selection->setIds({QString::fromStdString(existing->id)});
        return false;
    }
    core::Link link;
    link.from = from.toStdString();
    link.to = to.toStdString();
    // format.md reads a hub connection "vnet - vwan-hub": the VNet first, however drawn.
    if (kind == core::LinkKind::HubConnection) {
        const core::Node *first = topology.node(link.from);
        if (first && first->kind() == core::NodeKind::VwanHub)
            std::swap(link.from, link.to);
    }
    // A peering reads "from uses the gateways of to": drawn either way between a VNet with a
    // gateway and one without, it points from the spoke to the hub, ready for that switch.
    if (kind == core::LinkKind::VnetPeering && core::hasOwnGateway(topology, link.from)
        && !core::hasOwnGateway(topology, link.to))
        std::swap(link.from, link.to);
    link.id = freeId(m_document->topology(), link.from + "-" + link.to + "-");
    // A shorter id when the pair is still free.
    if (!m_document->topology().link(link.from + "-" + link.to)
        && !m_document->topology().node(link.from + "-" + link.to))
        link.id = link.from + "-" + link.to;
    switch (kind) {
    case core::LinkKind::ErPeering:
        link.data = core::ErPeeringLink{};
        break;
    case core::LinkKind::ErConnection:
        link.data = core::ErConnectionLink{};
        break;
    case core::LinkKind::GlobalReach:
        link.data = core::GlobalReachLink{};
        break;
    case core::LinkKind::VnetPeering:
        link.data = core::VnetPeeringLink{};
        break;
    case core::LinkKind::VpnConnection:
        link.data = core::VpnConnectionLink{};
        break;
    case core::LinkKind::BgpSession:
        link.data = core::BgpSessionLink{};
        break;
    case core::LinkKind::HubConnection:
        link.data = core::HubConnectionLink{}; // propagates the hub's default route, as Azure
        break;
    }
    m_document->undoStack()->push(
        new AddItems(m_document, {}, {link}, tr("Add %1").arg(linkLabel(kind))));
    m_selection->setIds({QString::fromStdString(link.id)});
    return true;
}

void DesignScene::deleteSelection()
{
    std::vector<std::string> nodes;
    std::vector<std::string> links;
    for (const QString &id : selectedIds()) {
        if (m_nodes.contains(id))
            nodes.push_back(id.toStdString());
        else
            links.push_back(id.toStdString());
    }
    if (!nodes.empty() || !links.empty())
        m_document->undoStack()->push(new RemoveItems(m_document, nodes, links));
}

void DesignScene::setSelectionDisabled(bool disabled)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString what = ids.size() == 1
                             ? DisplayNames(m_document->topology()).item(ids.front().toStdString())
                             : counted(ids.size(), tr("item"), tr("items"));
    const QString text = disabled ? tr("Disable %1").arg(what) : tr("Enable %1").arg(what);
    m_document->undoStack()->beginMacro(text);
    for (const QString &id : ids) {
        const std::string key = id.toStdString();
        if (const core::Node *node = m_document->topology().node(key); node && node->disabled != disabled) {
            core::Node after = *node;
            after.disabled = disabled;
            m_document->undoStack()->push(new ChangeNode(m_document, *node, after, text));
        } else if (const core::Link *link = m_document->topology().link(key);
                   link && link->disabled != disabled) {
            core::Link after = *link;
            after.disabled = disabled;
            m_document->undoStack()->push(new ChangeLink(m_document, *link, after, text));
        }
    }
    m_document->undoStack()->endMacro();
}

void DesignScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(nodeKindMime));
}

void DesignScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(nodeKindMime));
}

void DesignScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto kind = core::nodeKindFromString(
        event->mimeData()->data(nodeKindMime).toStdString());
    if (!kind) {
        event->ignore();
        return;
    }
    const QString id = placeNode(*kind, event->scenePos());
    if (id.isEmpty())
        return;
    event->acceptProposedAction();
    // What was just dropped is what the user edits next.
    m_selection->setIds({id});
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    NodeItem *under = event->button() == Qt::LeftButton ? nodeItemAt(event->scenePos()) : nullptr;
    if (under && (m_connectMode || (event->modifiers() & Qt::ShiftModifier))) {
        // Start drawing a link from this node.
        m_linkSource = under;
        m_linkPreview = new QGraphicsLineItem(QLineF(itemCentre(under), event->scenePos()));
        m_linkPreview->setPen(QPen(canvasPalette(m_dark).selection, 2, Qt::DashLine));
        m_linkPreview->setZValue(10);
        addItem(m_linkPreview);
        event->accept();
        return;
    }
    m_pressPositions.clear();
    for (const auto &node : m_document->topology().nodes) {
        if (NodeItem *item = m_nodes.value(QString::fromStdString(node.id)))
            m_pressPositions[node.id] = {item->pos().x(), item->pos().y()};
    }
    m_moving = true;
    QGraphicsScene::mousePressEvent(event);
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkPreview) {
        m_linkPreview->setLine(QLineF(m_linkPreview->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_moving || !(event->buttons() & Qt::LeftButton))
        return;
    // Children follow their VNet: same displacement as the container.
    for (NodeItem *item : std::as_const(m_nodes)) {
        if (!item->isContainer() || !item->isSelected())
            continue;
        const auto start = m_pressPositions.find(item->nodeId().toStdString());
        if (start == m_pressPositions.end())
            continue;
        const QPointF delta = item->pos() - QPointF(start->second.x, start->second.y);
        for (const QString &child : childrenOf(item->nodeId())) {
            NodeItem *childItem = m_nodes.value(child);
            const auto childStart = m_pressPositions.find(child.toStdString());
            if (childItem && !childItem->isSelected() && childStart != m_pressPositions.end())
                childItem->setPos(QPointF(childStart->second.x, childStart->second.y) + delta);
        }
    }
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkPreview) {
        finishLinkDrag(event->scenePos());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_moving)
        finishMove();
}

void DesignScene::finishMove()
{
    m_moving = false;
    std::map<std::string, core::Position> before;
    std::map<std::string, core::Position> after;
    for (const auto &[id, start] : m_pressPositions) {
        NodeItem *item = m_nodes.value(QString::fromStdString(id));
        if (!item)
            continue;
        const QPointF now = item->pos();
        if (now == QPointF(start.x, start.y))
            continue;
        const QPointF target = snapped(now);
        item->setPos(target);
        const core::Node *node = m_document->topology().node(id);
        if (node && node->position)
            before[id] = *node->position;
        after[id] = {target.x(), target.y()};
    }
    m_pressPositions.clear();
    if (!after.empty())
        m_document->undoStack()->push(new MoveNodes(m_document, before, after));
    updateContainers();
}

void DesignScene::finishLinkDrag(const QPointF &scenePos)
{
    delete m_linkPreview;
    m_linkPreview = nullptr;
    NodeItem *source = m_linkSource;
    m_linkSource = nullptr;
    NodeItem *target = nodeItemAt(scenePos);
    if (!source || !target || target == source)
        return;
    const auto kinds = core::fittingLinkKinds(source->kind(), target->kind());
    if (kinds.empty()) {
        emit refused(tr("No link joins a %1 and a %2.")
                         .arg(kindLabel(source->kind()), kindLabel(target->kind())));
        return;
    }
    core::LinkKind kind = kinds.front();
    if (kinds.size() > 1) {
        // Only the kinds that fit both ends are offered.
        QMenu menu;
        const core::Topology &topology = m_document->topology();
        for (const core::LinkKind candidate : kinds) {
            QAction *action = menu.addAction(linkLabel(candidate));
            action->setData(int(candidate));
            // A kind the pair already has is shown, and refused when picked.
            if (core::duplicateLink(topology, candidate, source->nodeId().toStdString(),
                                    target->nodeId().toStdString()))
                action->setText(tr("%1 (exists)").arg(linkLabel(candidate)));
        }
        QAction *chosen = menu.exec(QCursor::pos());
        if (!chosen)
            return;
        kind = core::LinkKind(chosen->data().toInt());
    }
    addLink(kind, source->nodeId(), target->nodeId());
}

QString DesignScene::endpointFor(const NodeItem *item, const QPointF &scenePos) const
{
    // A click on a VNet's subnet line picks that subnet; elsewhere the node itself (or its
    // first workload subnet for a VNet).
    const core::Node *node = m_document->topology().node(item->nodeId().toStdString());
    if (!node)
        return {};
    if (const auto *vnet = node->as<core::VirtualNetwork>()) {
        const int line = item->subnetLineAt(item->mapFromScene(scenePos));
        if (line >= 0 && line < int(vnet->subnets.size()))
            return QString::fromStdString(node->id + "/" + vnet->subnets[std::size_t(line)].name);
        for (const auto &subnet : vnet->subnets) {
            if (subnet.name != "GatewaySubnet" && subnet.name != "RouteServerSubnet")
                return QString::fromStdString(node->id + "/" + subnet.name);
        }
        return {};
    }
    if (const auto *cloud = node->as<core::AvsPrivateCloud>(); cloud && !cloud->segments.empty())
        return QString::fromStdString(node->id + "/" + cloud->segments.front().name);
    // A Virtual WAN, a hub and a hub firewall are no endpoints (cli.md): a trace passes them.
    if (node->kind() == core::NodeKind::Vwan || node->kind() == core::NodeKind::VwanHub
        || node->kind() == core::NodeKind::HubFirewall)
        return {};
    return item->nodeId();
}

void DesignScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    // The topmost node or link: the trace overlay and the propagation marker lie above the
    // links they follow, and must not hide them from a right-click.
    QGraphicsItem *under = nullptr;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == NodeItem::Type || item->type() == LinkItem::Type) {
            under = item;
            break;
        }
    }
    NodeItem *node = nodeItemAt(event->scenePos());
    if (under && !under->isSelected() && (under->type() == NodeItem::Type || under->type() == LinkItem::Type)) {
        clearSelection();
        under->setSelected(true);
    } else if (node && !node->isSelected()) {
        clearSelection();
        node->setSelected(true);
    }
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool allDisabled = true;
    for (const QString &id : ids) {
        const std::string key = id.toStdString();
        const core::Node *model = m_document->topology().node(key);
        const core::Link *link = m_document->topology().link(key);
        allDisabled = allDisabled && ((model && model->disabled) || (link && link->disabled));
    }
    QMenu menu;
    QAction *toggle = menu.addAction(allDisabled ? tr("Enable") : tr("Disable (what-if)"));
    QAction *traceFrom = nullptr;
    QAction *traceTo = nullptr;
    QString endpoint;
    if (node) {
        endpoint = endpointFor(node, event->scenePos());
        if (!endpoint.isEmpty()) {
            const QString shown = DisplayNames(m_document->topology()).endpoint(endpoint.toStdString());
            menu.addSeparator();
            traceFrom = menu.addAction(tr("Trace from %1").arg(shown));
            traceTo = menu.addAction(tr("Trace to %1").arg(shown));
        }
    }
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete"));
    QAction *chosen = menu.exec(event->screenPos());
    if (chosen == toggle)
        setSelectionDisabled(!allDisabled);
    else if (chosen && chosen == traceFrom)
        emit traceFromRequested(endpoint);
    else if (chosen && chosen == traceTo)
        emit traceToRequested(endpoint);
    else if (chosen == remove)
        deleteSelection();
}

} // namespace avsnet::ui
