// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawiogeometry.h"

#include <QLineF>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <vector>

namespace avsnet::test {

namespace {

// The proportions (viewBox width, height) of the pictures of draw.io 14.7.3's Azure 2
// library that avsnet uses, read from the SVG files in img/lib/azure2.
const std::map<QString, QSizeF> &pictureProportions()
{
    static const std::map<QString, QSizeF> sizes{
        {"img/lib/azure2/networking/ExpressRoute_Circuits.svg", {18, 16.539999}},
        {"img/lib/azure2/azure_vmware_solution/AVS.svg", {18, 14.352234}},
        {"img/lib/azure2/networking/Virtual_Networks.svg", {18.006025, 10.784314}},
        {"img/lib/azure2/networking/Virtual_Network_Gateways.svg", {13.56, 18.050442}},
        {"img/lib/azure2/networking/Firewalls.svg", {18, 15.222359}},
    };
    return sizes;
}

QString styleValue(const QString &style, const QString &key)
{
    for (const QString &part : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.startsWith(key + QLatin1Char('=')))
            return part.mid(key.size() + 1);
    }
    return {};
}

bool styleHas(const QString &style, const QString &word)
{
    return style.split(QLatin1Char(';'), Qt::SkipEmptyParts).contains(word);
}

// draw.io's default label font: 12 px Helvetica unless fontSize says otherwise, about 0.58
// of the size per character, lines 1.25 apart.
QSizeF textSize(const QStringList &lines, double fontSize)
{
    qsizetype longest = 0;
    for (const QString &line : lines)
        longest = std::max(longest, line.size());
    return {double(longest) * fontSize * 0.58 + 4, double(lines.size()) * fontSize * 1.25 + 2};
}

// The length of `segment` inside `rect`.
double lengthInside(const QLineF &segment, const QRectF &rect)
{
    const int steps = 200;
    int inside = 0;
    for (int i = 0; i < steps; ++i) {
        if (rect.contains(segment.pointAt((i + 0.5) / steps)))
            ++inside;
    }
    return segment.length() * inside / steps;
}

double distanceToRect(const QPointF &point, const QRectF &rect)
{
    const double dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const double dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

DrawioPage::DrawioPage(const std::string &xml)
{
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    QString current;
    bool inGeometry = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == QLatin1String("diagram"))
            break;
        if (reader.isEndElement() && reader.name() == QLatin1String("mxGeometry"))
            inGeometry = false;
        if (!reader.isStartElement())
            continue;
        const auto attributes = reader.attributes();
        if (reader.name() == QLatin1String("mxCell")) {
            DrawioCell cell;
            cell.id = attributes.value("id").toString();
            cell.value = attributes.value("value").toString();
            cell.style = attributes.value("style").toString();
            cell.parent = attributes.value("parent").toString();
            cell.source = attributes.value("source").toString();
            cell.target = attributes.value("target").toString();
            cell.vertex = attributes.value("vertex") == QLatin1String("1");
            cell.edge = attributes.value("edge") == QLatin1String("1");
            current = cell.id;
            m_cells[cell.id] = cell;
        } else if (reader.name() == QLatin1String("mxGeometry") && !current.isEmpty()) {
            inGeometry = true;
            m_cells[current].geometry = QRectF(attributes.value("x").toDouble(),
                                               attributes.value("y").toDouble(),
                                               attributes.value("width").toDouble(),
                                               attributes.value("height").toDouble());
        } else if (reader.name() == QLatin1String("mxPoint") && inGeometry
                   && attributes.value("as") == QLatin1String("offset")) {
            m_cells[current].offset = QPointF(attributes.value("x").toDouble(),
                                              attributes.value("y").toDouble());
        } else if (reader.name() == QLatin1String("Array") && inGeometry) {
            m_cells[current].hasPoints = true;
        } else if (m_cells.empty()) {
            m_path << reader.name().toString();
        }
    }
    if (reader.hasError())
        m_error = reader.errorString();
    else if (m_cells.empty())
        m_error = QStringLiteral("no cells");
}

QRectF DrawioPage::absolute(const QString &id) const
{
    const auto found = m_cells.find(id);
    if (found == m_cells.end())
        return {};
    QRectF rect = found->second.geometry;
    const auto parent = m_cells.find(found->second.parent);
    if (parent != m_cells.end() && parent->second.vertex)
        rect.translate(absolute(parent->first).topLeft());
    return rect;
}

QRectF DrawioPage::picture(const QString &id, QString *problem) const
{
    const QRectF cell = absolute(id);
    const DrawioCell &found = m_cells.at(id);
    const QString image = styleValue(found.style, QStringLiteral("image"));
    if (image.isEmpty() || !styleHas(found.style, QStringLiteral("image")))
        return cell; // a shape fills its cell; a label shape's image is a corner decoration
    const auto proportions = pictureProportions().find(image);
    if (proportions == pictureProportions().end()) {
        if (problem)
            *problem = QStringLiteral("%1 shows %2, whose proportions the test does not know")
                           .arg(id, image);
        return cell;
    }
    const QSizeF fitted = proportions->second.scaled(cell.size(), Qt::KeepAspectRatio);
    return QRectF(cell.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
}

QStringList DrawioPage::labelLines(const QString &value)
{
    QString text = value;
    text.replace(QRegularExpression(QStringLiteral("<br\\s*/?>")), QStringLiteral("\n"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QPointF DrawioPage::perimeterPoint(const QString &id, const QPointF &towards) const
{
    const QRectF rect = absolute(id);
    const QPointF centre = rect.center();
    const QLineF ray(centre, towards);
    if (ray.length() < 1e-6)
        return centre;
    const QString &style = m_cells.at(id).style;
    if (style.startsWith(QLatin1String("ellipse")) && !style.contains(QLatin1String("shape=cloud"))) {
        // The ellipse's own perimeter.
        const double a = rect.width() / 2;
        const double b = rect.height() / 2;
        const double dx = ray.dx() / ray.length();
        const double dy = ray.dy() / ray.length();
        const double t = 1 / std::sqrt(dx * dx / (a * a) + dy * dy / (b * b));
        return centre + QPointF(dx * t, dy * t);
    }
    const double sx = std::abs(ray.dx()) > 1e-9 ? rect.width() / 2 / std::abs(ray.dx()) : 1e18;
    const double sy = std::abs(ray.dy()) > 1e-9 ? rect.height() / 2 / std::abs(ray.dy()) : 1e18;
    const double s = std::min(sx, sy);
    return centre + QPointF(ray.dx() * s, ray.dy() * s);
}

QStringList DrawioPage::edgesShortOfTheirIcons(double tolerance) const
{
    QStringList problems;
    for (const auto &[id, cell] : m_cells) {
        if (!cell.edge || cell.hasPoints || !m_cells.contains(cell.source)
            || !m_cells.contains(cell.target))
            continue;
        const QPointF sourceCentre = absolute(cell.source).center();
        const QPointF targetCentre = absolute(cell.target).center();
        for (const auto &[end, other] : {std::pair{cell.source, targetCentre},
                                         std::pair{cell.target, sourceCentre}}) {
            if (absolute(end).contains(other))
                continue; // a child and its container: draw.io joins them otherwise
            QString problem;
            const QRectF shown = picture(end, &problem);
            if (!problem.isEmpty()) {
                problems << problem;
                continue;
            }
            const QPointF point = perimeterPoint(end, other);
            const double gap = distanceToRect(point, shown.adjusted(-0.5, -0.5, 0.5, 0.5));
            if (gap > tolerance)
                problems << QStringLiteral("%1 stops %2 units short of the picture of %3")
                                .arg(id)
                                .arg(gap, 0, 'f', 1)
                                .arg(end);
        }
    }
    return problems;
}

QStringList DrawioPage::edgesHiddenByTheirLabels(double visible) const
{
    QStringList problems;
    for (const auto &[id, cell] : m_cells) {
        const QStringList lines = labelLines(cell.value);
        if (!cell.edge || lines.isEmpty() || cell.hasPoints || !m_cells.contains(cell.source)
            || !m_cells.contains(cell.target))
            continue;
        const QPointF a = absolute(cell.source).center();
        const QPointF b = absolute(cell.target).center();
        const QLineF segment(perimeterPoint(cell.source, b), perimeterPoint(cell.target, a));
        double fontSize = styleValue(cell.style, QStringLiteral("fontSize")).toDouble();
        if (fontSize <= 0)
            fontSize = 11;
        const QSizeF size = textSize(lines, fontSize);
        const QPointF centre = segment.pointAt(0.5) + cell.offset;
        const QRectF label(centre - QPointF(size.width() / 2, size.height() / 2), size);
        const double shown = segment.length() - lengthInside(segment, label);
        if (shown < std::min(visible, segment.length()))
            problems << QStringLiteral("%1: its label \"%2\" covers all but %3 of its %4 units")
                            .arg(id, lines.join(QLatin1Char(' ')))
                            .arg(shown, 0, 'f', 1)
                            .arg(segment.length(), 0, 'f', 1);
    }
    return problems;
}

QStringList DrawioPage::overlappingContainers() const
{
    std::vector<std::pair<QString, QRectF>> containers;
    for (const auto &[id, cell] : m_cells) {
        if (cell.vertex && styleValue(cell.style, QStringLiteral("container")) == QLatin1String("1"))
            containers.emplace_back(id, absolute(id));
    }
    // Sorted by left edge: only boxes that start before one ends can overlap it.
    std::sort(containers.begin(), containers.end(),
              [](const auto &a, const auto &b) { return a.second.left() < b.second.left(); });
    QStringList problems;
    for (std::size_t i = 0; i < containers.size(); ++i) {
        for (std::size_t j = i + 1;
             j < containers.size() && containers[j].second.left() < containers[i].second.right(); ++j) {
            // A container inside another (a hub in its Virtual WAN) overlaps it by design.
            if (isInside(containers[i].first, containers[j].first)
                || isInside(containers[j].first, containers[i].first))
                continue;
            const QRectF common = containers[i].second.intersected(containers[j].second);
            if (common.width() > 0.5 && common.height() > 0.5)
                problems << QStringLiteral("containers %1 and %2 overlap")
                                .arg(containers[i].first, containers[j].first);
        }
    }
    return problems;
}

bool DrawioPage::isInside(const QString &id, const QString &ancestor) const
{
    for (auto cell = m_cells.find(id); cell != m_cells.end();
         cell = m_cells.find(cell->second.parent)) {
        if (cell->second.parent == ancestor)
            return true;
    }
    return false;
}

QStringList DrawioPage::childrenOutsideContainers() const
{
    QStringList problems;
    for (const auto &[id, cell] : m_cells) {
        const auto parent = m_cells.find(cell.parent);
        if (!cell.vertex || parent == m_cells.end() || !parent->second.vertex)
            continue;
        if (!absolute(parent->first).adjusted(-0.5, -0.5, 0.5, 0.5).contains(absolute(id)))
            problems << QStringLiteral("%1 lies outside its container %2").arg(id, parent->first);
    }
    return problems;
}

} // namespace avsnet::test
