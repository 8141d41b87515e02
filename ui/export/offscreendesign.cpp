// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreendesign.h"

#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "document/containment.h"
#include "document/document.h"
#include "document/selection.h"
#include "scene/designscene.h"
#include "scene/linkitem.h"
#include "scene/nodeitem.h"

#include <QSet>

namespace avsnet::ui {

OffscreenDesign::OffscreenDesign(const core::Topology &topology, const DiagramOptions &options)
    : m_options(options)
    , m_document(std::make_unique<Document>())
    , m_selection(std::make_unique<Selection>())
{
    m_document->reset(topology, {});
    m_runner = std::make_unique<AnalysisRunner>(m_document.get());
    m_trace = std::make_unique<TraceController>(m_runner.get());
    m_scene = std::make_unique<DesignScene>(m_document.get(), m_selection.get(), m_trace.get());
    QObject::connect(m_runner.get(), &AnalysisRunner::analysisReady, m_scene.get(),
                     &DesignScene::setAnalysis);
    m_scene->setShowGrid(false);
    m_scene->setDark(options.dark);
    m_scene->setShowFindings(options.findings);
    m_runner->analyzeNow();
    // The canvas caches node pictures as pixmaps; an export draws them afresh, so SVG and
    // PDF get vectors and text that stays text.
    for (QGraphicsItem *item : m_scene->items())
        item->setCacheMode(QGraphicsItem::NoCache);
    if (!options.traceFrom.isEmpty() && !options.traceTo.isEmpty())
        m_trace->setEndpoints(options.traceFrom, options.traceTo);
    if (!options.onlyIds.isEmpty())
        showOnly(options.onlyIds);
}

OffscreenDesign::~OffscreenDesign()
{
    // The scene listens to the others: it goes first.
    m_scene.reset();
}

const core::Topology &OffscreenDesign::topology() const
{
    return m_document->topology();
}

std::shared_ptr<const core::Analysis> OffscreenDesign::analysis() const
{
    return m_runner->analysis();
}

QString OffscreenDesign::traceProblem() const
{
    return m_trace->isActive() && !m_trace->result() ? m_trace->problem() : QString();
}

QRectF OffscreenDesign::sourceRect() const
{
    return m_scene->designRect();
}

void OffscreenDesign::showOnly(const QStringList &ids)
{
    const core::Topology &topology = m_document->topology();
    // A container that is shown brings what it contains (a VNet its gateways, a hub its
    // gateways and firewalls, a Virtual WAN its hubs).
    std::set<std::string> listed;
    for (const QString &id : ids)
        listed.insert(id.toStdString());
    QSet<QString> shownNodes;
    for (const std::string &id : withContents(topology, std::move(listed)))
        shownNodes.insert(QString::fromStdString(id));
    for (const auto &node : topology.nodes) {
        const QString id = QString::fromStdString(node.id);
        if (NodeItem *item = m_scene->nodeItem(id))
            item->setVisible(shownNodes.contains(id));
    }
    for (const auto &link : topology.links) {
        const bool shown = shownNodes.contains(QString::fromStdString(link.from))
                           && shownNodes.contains(QString::fromStdString(link.to));
        if (LinkItem *item = m_scene->linkItem(QString::fromStdString(link.id)))
            item->setVisible(shown);
    }
}

} // namespace avsnet::ui
