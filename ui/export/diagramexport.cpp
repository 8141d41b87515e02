// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramexport.h"

#include "diagramrenderer.h"
#include "document/displaynames.h"
#include "export/dotexport.h"
#include "export/drawioexport.h"
#include "export/mermaidexport.h"
#include "io/atomicfile.h"
#include "model/subset.h"
#include "offscreendesign.h"
#include "routing/analysis.h"
#include "trace/endpoint.h"
#include "trace/tracer.h"

#include <QBuffer>
#include <QFileInfo>

#include <array>

namespace avsnet::ui {

namespace {

constexpr std::array allFormats{DiagramFormat::Svg,    DiagramFormat::Png, DiagramFormat::Pdf,
                                DiagramFormat::Drawio, DiagramFormat::Dot, DiagramFormat::Mermaid};

struct TracedPath
{
    std::vector<std::string> forward;
    std::vector<std::string> back;
    std::optional<core::TraceDrop> forwardDrop;
    std::optional<core::TraceDrop> backDrop;
};

// The node ids of the trace the options ask for, for the text formats; the image formats
// draw the canvas's own trace overlay instead.
std::optional<TracedPath> tracedPath(const core::Topology &topology, const DiagramOptions &options,
                                     QString *error)
{
    if (options.traceFrom.isEmpty() || options.traceTo.isEmpty())
        return TracedPath{};
    const auto analysis = core::analyze(topology);
    const auto from = core::resolveEndpoint(*analysis, options.traceFrom.toStdString());
    const auto to = core::resolveEndpoint(*analysis, options.traceTo.toStdString());
    for (const auto *endpoint : {&from, &to}) {
        if (const auto *problem = std::get_if<std::string>(endpoint)) {
            *error = QStringLiteral("cannot trace: %1").arg(QString::fromStdString(*problem));
            return std::nullopt;
        }
    }
    const auto result = core::trace(*analysis, std::get<core::Endpoint>(from),
                                    std::get<core::Endpoint>(to));
    return TracedPath{result.forward.path, result.back.path, result.forward.dropped,
                      result.back.dropped};
}

std::optional<QByteArray> renderImage(const core::Topology &topology, DiagramFormat format,
                                      const DiagramOptions &options, QString *error,
                                      qreal *pngScale)
{
    const OffscreenDesign design(topology, options);
    if (const QString problem = design.traceProblem(); !problem.isEmpty()) {
        *error = QStringLiteral("cannot trace: %1").arg(problem);
        return std::nullopt;
    }
    const DiagramRenderer renderer(design);
    if (format == DiagramFormat::Svg)
        return renderer.toSvg();
    if (format == DiagramFormat::Pdf) {
        QByteArray pdf = renderer.toPdf();
        if (pdf.isEmpty()) {
            *error = QStringLiteral("the PDF could not be drawn");
            return std::nullopt;
        }
        return pdf;
    }
    qreal scale = options.pngScale;
    if (options.maxPngPixels > 0)
        scale = std::min(scale, renderer.scaleWithin(options.maxPngPixels));
    if (pngScale)
        *pngScale = scale;
    const QImage image = renderer.toImage(scale);
    if (image.isNull()) {
        const QSizeF pixels = renderer.size() * scale;
        *error = QStringLiteral("a PNG of %1 x %2 pixels is too large; choose a smaller scale "
                                "or export SVG or PDF")
                     .arg(qRound(pixels.width()))
                     .arg(qRound(pixels.height()));
        return std::nullopt;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QString formatName(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Svg:
        return QStringLiteral("svg");
    case DiagramFormat::Png:
        return QStringLiteral("png");
    case DiagramFormat::Pdf:
        return QStringLiteral("pdf");
    case DiagramFormat::Drawio:
        return QStringLiteral("drawio");
    case DiagramFormat::Dot:
        return QStringLiteral("dot");
    case DiagramFormat::Mermaid:
        return QStringLiteral("mermaid");
    }
    return {};
}

QString formatSuffix(DiagramFormat format)
{
    return format == DiagramFormat::Mermaid ? QStringLiteral("mmd") : formatName(format);
}

QString formatFilter(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Svg:
        return QStringLiteral("SVG image (*.svg)");
    case DiagramFormat::Png:
        return QStringLiteral("PNG image (*.png)");
    case DiagramFormat::Pdf:
        return QStringLiteral("PDF document (*.pdf)");
    case DiagramFormat::Drawio:
        return QStringLiteral("draw.io diagram (*.drawio)");
    case DiagramFormat::Dot:
        return QStringLiteral("Graphviz DOT (*.dot *.gv)");
    case DiagramFormat::Mermaid:
        return QStringLiteral("Mermaid flowchart (*.mmd)");
    }
    return {};
}

std::optional<DiagramFormat> diagramFormatNamed(const QString &name)
{
    for (const DiagramFormat format : allFormats) {
        if (formatName(format) == name.toLower())
            return format;
    }
    return std::nullopt;
}

std::optional<DiagramFormat> diagramFormatOf(const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("gv"))
        return DiagramFormat::Dot;
    for (const DiagramFormat format : allFormats) {
        if (formatSuffix(format) == suffix)
            return format;
    }
    return std::nullopt;
}

QStringList diagramFormatNames()
{
    QStringList names;
    for (const DiagramFormat format : allFormats)
        names << formatName(format);
    return names;
}

std::optional<QByteArray> exportDiagram(const core::Topology &topology, DiagramFormat format,
                                        const DiagramOptions &options, QString *error,
                                        qreal *pngScale)
{
    if (format == DiagramFormat::Svg || format == DiagramFormat::Png
        || format == DiagramFormat::Pdf)
        return renderImage(topology, format, options, error, pngScale);

    const auto path = tracedPath(topology, options, error);
    if (!path)
        return std::nullopt;
    std::vector<std::string> ids;
    for (const QString &id : options.onlyIds)
        ids.push_back(id.toStdString());
    const core::Topology shown = core::subsetOf(topology, ids);
    std::string text;
    if (format == DiagramFormat::Drawio) {
        core::DrawioOptions drawio;
        drawio.downLinks = core::analyze(topology)->downLinks();
        drawio.traceForward = path->forward;
        drawio.traceReturn = path->back;
        const DisplayNames names(topology);
        if (path->forwardDrop)
            drawio.forwardDrop = core::TraceDrop{path->forwardDrop->node, path->forwardDrop->at,
                                                 names.text(path->forwardDrop->reason).toStdString()};
        if (path->backDrop)
            drawio.returnDrop = core::TraceDrop{path->backDrop->node, path->backDrop->at,
                                                names.text(path->backDrop->reason).toStdString()};
        if (!options.traceFrom.isEmpty())
            drawio.traceName = QStringLiteral("Trace %1 to %2")
                                   .arg(names.endpoint(options.traceFrom.toStdString()),
                                        names.endpoint(options.traceTo.toStdString()))
                                   .toStdString();
        text = core::toDrawio(shown, drawio);
    } else if (format == DiagramFormat::Dot) {
        core::DotOptions dot;
        dot.traceForward = path->forward;
        dot.traceReturn = path->back;
        text = core::toDot(shown, dot);
    } else {
        core::MermaidOptions mermaid;
        mermaid.traceForward = path->forward;
        mermaid.traceReturn = path->back;
        text = core::toMermaid(shown, mermaid);
    }
    return QByteArray::fromStdString(text);
}

QString writeDiagram(const core::Topology &topology, DiagramFormat format,
                     const DiagramOptions &options, const QString &filePath, qreal *pngScale)
{
    QString error;
    const auto bytes = exportDiagram(topology, format, options, &error, pngScale);
    if (!bytes)
        return error;
    const std::string problem = core::writeFileAtomically(
        filePath.toStdString(), std::string_view(bytes->data(), std::size_t(bytes->size())));
    return QString::fromStdString(problem);
}

} // namespace avsnet::ui
