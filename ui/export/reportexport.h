// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace avsnet::ui {

// The design report (`avsnet report`, File > Export Report) in its three forms: one HTML file
// with the diagram inlined as SVG, Markdown with the diagram as an SVG file beside it, and a
// paginated PDF. The text is the core's report; this adds the diagram the canvas draws.
enum class ReportFormat { Html, Markdown, Pdf };

std::optional<ReportFormat> reportFormatNamed(const QString &name); // "html", "md", "pdf"
std::optional<ReportFormat> reportFormatOf(const QString &filePath);
QString reportFilter(ReportFormat format);

struct ReportOutput
{
    QByteArray document;
    QByteArray diagramSvg;   // Markdown only: written beside the report
    QString diagramFileName; // its name, relative to the report
    int pageCount = 0;       // PDF only
};

// The report for `filePath` (its name decides the diagram file's name). `date` is printed as
// given; empty: today.
ReportOutput buildReport(const core::Topology &topology, ReportFormat format,
                         const QString &filePath, const QString &date = {});

// Builds and writes the report (and the diagram beside a Markdown one) atomically. Returns
// an empty string, or what went wrong.
QString writeReport(const core::Topology &topology, ReportFormat format, const QString &filePath,
                    const QString &date = {}, int *pageCount = nullptr);

} // namespace avsnet::ui
