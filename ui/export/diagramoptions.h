// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace avsnet::ui {

// What a diagram export shows and how, shared by File > Export and `avsnet export`.
struct DiagramOptions
{
    // Empty: the whole design. Otherwise these nodes and links (a VNet brings its children,
    // a link shows when both its ends do).
    QStringList onlyIds;
    bool dark = false; // print and slides want the light theme
    QString traceFrom; // a trace drawn over the diagram when both are set (cli.md endpoints)
    QString traceTo;
    bool findings = true; // finding badges on nodes
    bool legend = true;   // the link styles and trace colours, beside the diagram
    qreal pngScale = 2;   // pixels per scene unit
    qint64 maxPngPixels = 0; // when set, a PNG that would be larger is drawn at a smaller scale
    // PDF and print: the diagram is fitted to the page under a title block.
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QString date; // in the PDF title block; empty: today
};

} // namespace avsnet::ui
