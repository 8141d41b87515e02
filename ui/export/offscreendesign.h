// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramoptions.h"
#include "model/topology.h"

#include <QRectF>

#include <memory>

namespace avsnet::core {
class Analysis;
}

namespace avsnet::ui {

class AnalysisRunner;
class DesignScene;
class Document;
class Selection;
class TraceController;

// A design drawn by the canvas's own scene, without a window: exports paint it, so a file
// looks exactly like the canvas. It analyses its design once, on the calling thread, and
// applies the options (theme, trace, badges, what is shown); the live canvas is untouched.
class OffscreenDesign
{
public:
    OffscreenDesign(const core::Topology &topology, const DiagramOptions &options);
    ~OffscreenDesign();
    OffscreenDesign(const OffscreenDesign &) = delete;
    OffscreenDesign &operator=(const OffscreenDesign &) = delete;

    DesignScene *scene() const { return m_scene.get(); }
    const core::Topology &topology() const;
    std::shared_ptr<const core::Analysis> analysis() const;
    // Why the trace could not be drawn (an endpoint that does not resolve); empty when fine.
    QString traceProblem() const;
    // The part of the scene to draw: what is shown, with a margin.
    QRectF sourceRect() const;
    const DiagramOptions &options() const { return m_options; }

private:
    void showOnly(const QStringList &ids);

    DiagramOptions m_options;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<AnalysisRunner> m_runner;
    std::unique_ptr<TraceController> m_trace;
    std::unique_ptr<DesignScene> m_scene;
};

} // namespace avsnet::ui
