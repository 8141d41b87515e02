// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "diagramrenderer.h"
#include "export/designreport.h"
#include "io/atomicfile.h"
#include "offscreendesign.h"
#include "pdfreportwriter.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace avsnet::ui {

namespace {

// A report is documentation: the light theme, the legend and the badges, no trace.
DiagramOptions reportDiagramOptions()
{
    DiagramOptions options;
    options.dark = false;
    options.legend = true;
    options.findings = true;
    return options;
}

// Paginated A4 with the canvas's picture of the design at about 200 dpi.
QByteArray reportPdf(const OffscreenDesign &design, core::ReportOptions options, int *pageCount)
{
    // Paper is for reading: shorter route tables than the HTML report's (the note under
    // each table says how to list the rest).
    options.maxRouteRows = std::min<std::size_t>(options.maxRouteRows, 40);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QString::fromStdString(design.topology().name));
    writer.setCreator(QStringLiteral("avsnet %1").arg(QStringLiteral(AVSNET_VERSION)));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter));

    const DiagramRenderer renderer(design);
    const qreal pageWidthPixels = writer.width() * 200.0 / 300.0;
    const qreal scale = std::min(pageWidthPixels / renderer.size().width(), qreal(3));
    PdfReportWriter pages(&writer, renderer.toImage(scale));
    if (!pages.isOpen())
        return {};
    core::writeReport(*design.analysis(), options, pages);
    buffer.close();
    if (pageCount)
        *pageCount = pages.pageCount();
    return bytes;
}

} // namespace

std::optional<ReportFormat> reportFormatNamed(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("html") || lower == QLatin1String("htm"))
        return ReportFormat::Html;
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (lower == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatOf(const QString &filePath)
{
    return reportFormatNamed(QFileInfo(filePath).suffix());
}

QString reportFilter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QStringLiteral("HTML report (*.html)");
    case ReportFormat::Markdown:
        return QStringLiteral("Markdown report (*.md)");
    case ReportFormat::Pdf:
        return QStringLiteral("PDF report (*.pdf)");
    }
    return {};
}

ReportOutput buildReport(const core::Topology &topology, ReportFormat format,
                         const QString &filePath, const QString &date)
{
    const OffscreenDesign design(topology, reportDiagramOptions());
    core::ReportOptions options;
    options.date = (date.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : date).toStdString();

    ReportOutput output;
    if (format == ReportFormat::Pdf) {
        output.document = reportPdf(design, options, &output.pageCount);
        return output;
    }
    const QByteArray svg = DiagramRenderer(design).toSvg();
    if (format == ReportFormat::Html) {
        options.diagramSvg = svg.toStdString();
        output.document = QByteArray::fromStdString(core::reportHtml(*design.analysis(), options));
        return output;
    }
    output.diagramSvg = svg;
    output.diagramFileName = QFileInfo(filePath).completeBaseName() + QStringLiteral(".svg");
    options.diagramFile = output.diagramFileName.toStdString();
    output.document = QByteArray::fromStdString(core::reportMarkdown(*design.analysis(), options));
    return output;
}

QString writeReport(const core::Topology &topology, ReportFormat format, const QString &filePath,
                    const QString &date, int *pageCount)
{
    const ReportOutput output = buildReport(topology, format, filePath, date);
    if (output.document.isEmpty())
        return QStringLiteral("the report for %1 could not be drawn").arg(filePath);
    const auto write = [](const QString &path, const QByteArray &bytes) {
        return QString::fromStdString(core::writeFileAtomically(
            path.toStdString(), std::string_view(bytes.data(), std::size_t(bytes.size()))));
    };
    if (!output.diagramSvg.isEmpty()) {
        const QString diagramPath = QFileInfo(filePath).dir().filePath(output.diagramFileName);
        if (QString problem = write(diagramPath, output.diagramSvg); !problem.isEmpty())
            return problem;
    }
    if (pageCount)
        *pageCount = output.pageCount;
    return write(filePath, output.document);
}

} // namespace avsnet::ui
