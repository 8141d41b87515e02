// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramoptions.h"
#include "model/topology.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace avsnet::ui {

// Every diagram format `avsnet export` and File > Export write.
enum class DiagramFormat { Svg, Png, Pdf, Drawio, Dot, Mermaid };

QString formatName(DiagramFormat format);                          // "svg"
QString formatSuffix(DiagramFormat format);                        // "svg", "mmd"
QString formatFilter(DiagramFormat format);                        // "SVG image (*.svg)"
std::optional<DiagramFormat> diagramFormatNamed(const QString &name); // "svg", "png"...
// The format a file name implies by its suffix ("net.drawio" -> Drawio); none if unknown.
std::optional<DiagramFormat> diagramFormatOf(const QString &filePath);
QStringList diagramFormatNames();

// The design drawn in `format`: the image formats through the canvas's own scene, the text
// formats through the core's exporters, with the trace of `options` in each. On failure
// returns nothing and sets `error` to a sentence saying what to change. `pngScale`, when
// given, receives the scale a PNG was drawn at (below the asked one under maxPngPixels).
std::optional<QByteArray> exportDiagram(const core::Topology &topology, DiagramFormat format,
                                        const DiagramOptions &options, QString *error,
                                        qreal *pngScale = nullptr);

// The largest PNG `avsnet export` writes when no scale is chosen.
inline constexpr qint64 defaultMaxPngPixels = 32'000'000;

// Writes the export to `filePath` atomically. Returns an empty string, or what went wrong.
QString writeDiagram(const core::Topology &topology, DiagramFormat format,
                     const DiagramOptions &options, const QString &filePath,
                     qreal *pngScale = nullptr);

} // namespace avsnet::ui
