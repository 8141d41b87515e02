// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace avsnet::test {

// One mxCell of an uncompressed draw.io page, as the file says it.
struct DrawioCell
{
    QString id;
    QString value;
    QString style;
    QString parent;
    QString source;
    QString target;
    bool vertex = false;
    bool edge = false;
    QRectF geometry;   // relative to the parent cell when that is a vertex
    QPointF offset;    // an edge label's offset from the middle of the edge
    bool hasPoints = false; // an edge with waypoints
};

// The page, with the geometry draw.io derives from it: where a cell is on the page, where a
// straight edge meets its two terminals, where its label sits. Written from draw.io's rules
// (mxGraph: a floating edge joins the terminals' centres and stops at their perimeters, a
// rectangle's or an ellipse's; an edge label sits at the middle of the edge, moved by its
// offset; an image with aspect=fixed is fitted into its cell keeping its proportions), so the
// tests need neither draw.io nor a browser.
class DrawioPage
{
public:
    // Parses the first page; error() says why not.
    explicit DrawioPage(const std::string &xml);

    QString error() const { return m_error; }
    const std::map<QString, DrawioCell> &cells() const { return m_cells; }
    // The element names from the document's root down to the first mxCell.
    const QStringList &path() const { return m_path; }
    QRectF absolute(const QString &id) const;
    // The picture an image cell shows (its proportions from draw.io's SVG files), else the cell.
    QRectF picture(const QString &id, QString *problem = nullptr) const;
    // Text of a label without its HTML, one entry per line.
    static QStringList labelLines(const QString &value);

    // Each check returns one line per problem, empty when the page passes.
    // Every straight edge between two cells ends within `tolerance` of each terminal's
    // picture (not short of it inside a larger cell).
    QStringList edgesShortOfTheirIcons(double tolerance = 4) const;
    // No edge lies under its own label but for `visible` units.
    QStringList edgesHiddenByTheirLabels(double visible = 10) const;
    // No two containers overlap, but for one inside the other.
    QStringList overlappingContainers() const;
    // Whether `ancestor` holds `id`, directly or through other cells.
    bool isInside(const QString &id, const QString &ancestor) const;
    // Every child lies inside its container.
    QStringList childrenOutsideContainers() const;

private:
    // Where the line from the centre of `id` towards `towards` leaves its perimeter.
    QPointF perimeterPoint(const QString &id, const QPointF &towards) const;

    std::map<QString, DrawioCell> m_cells;
    QStringList m_path;
    QString m_error;
};

} // namespace avsnet::test
