// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawioexport.h"

#include "diagramstyle.h"
#include "layout/autolayout.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace avsnet::core {

namespace {

// draw.io's default text: 12 px Helvetica, an average character about 7 units wide and a
// line 15 high (the legend and the labels are measured with these).
constexpr double lineHeight = 15;
constexpr double charWidth = 7;
constexpr double iconSide = 48;
constexpr double labelGap = 4;     // between an icon and its label
constexpr double containerMargin = 20;
constexpr double containerMinimumWidth = 280;
constexpr double containerGap = 30; // between containers pushed apart
constexpr double traceBow = 16;     // how far a traced arrow bows off the link it follows

struct Point
{
    double x = 0;
    double y = 0;
};

struct Rect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    Point centre() const { return {x + width / 2, y + height / 2}; }
    Rect united(const Rect &other) const
    {
        const double left = std::min(x, other.x);
        const double top = std::min(y, other.y);
        return {left, top, std::max(right(), other.right()) - left,
                std::max(bottom(), other.bottom()) - top};
    }
    Rect moved(double dx, double dy) const { return {x + dx, y + dy, width, height}; }
    bool overlaps(const Rect &other, double gap = 0) const
    {
        return x < other.right() + gap && other.x < right() + gap && y < other.bottom() + gap
               && other.y < bottom() + gap;
    }
};

// Where a node's label sits against its icon: under it unless a link leaves that way.
enum class LabelSide { Bottom, Right, Left, Top };

// Text for an XML attribute. Characters XML 1.0 cannot hold at all are dropped; line breaks
// are kept as character references so draw.io reads them back.
std::string xmlAttribute(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\n':
            out += "&#xa;";
            break;
        case '\t':
            out += "&#x9;";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
    }
    return out;
}

// Labels are HTML (`html=1`), so user text is escaped once as HTML here and once more as
// an attribute when written.
std::string htmlText(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\n':
            out += "<br>";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string number(double value)
{
    char buffer[32];
    const double rounded = std::round(value * 10) / 10;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded == 0 ? 0.0 : rounded);
    return std::string(buffer, result.ptr);
}

std::size_t displayLength(std::string_view text)
{
    // Count code points, not bytes: "·" and "→" are one character on screen.
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    }));
}

// draw.io ships these in its Azure 2 library (Sidebar-Azure2.js, img/lib/azure2/...), with
// the proportions of each picture (its SVG viewBox): an image keeps its aspect inside its
// cell, so a cell of the same proportions is exactly the picture and a link attached to the
// cell touches it. On-prem sites, Route Servers and the internet have no icon there we are
// sure of: plain shapes, which fill their cell.
struct Icon
{
    std::string_view path;
    double width = 1; // of the viewBox
    double height = 1;
};

Icon azureIcon(NodeKind kind)
{
    switch (kind) {
    case NodeKind::ErCircuit:
        return {"img/lib/azure2/networking/ExpressRoute_Circuits.svg", 18, 16.54};
    case NodeKind::Avs:
        return {"img/lib/azure2/azure_vmware_solution/AVS.svg", 18, 14.352};
    case NodeKind::Vnet:
        return {"img/lib/azure2/networking/Virtual_Networks.svg", 18.006, 10.784};
    case NodeKind::ErGateway:
    case NodeKind::VpnGateway:
        return {"img/lib/azure2/networking/Virtual_Network_Gateways.svg", 13.56, 18.05};
    case NodeKind::Nva:
    case NodeKind::HubFirewall: // Azure Firewall's own icon
        return {"img/lib/azure2/networking/Firewalls.svg", 18, 15.222};
    case NodeKind::VwanHub:
        // The library has no hub of its own: a hub is the part of a Virtual WAN one draws.
        return {"img/lib/azure2/networking/Virtual_WANs.svg", 17, 16.795};
    case NodeKind::OnPrem:
    case NodeKind::RouteServer:
    case NodeKind::Internet:
    case NodeKind::Vwan: // a frame around its hubs, no icon
        break;
    }
    return {};
}

// The cell of a node's icon: its picture's proportions, the longer side iconSide. Sides are
// whole even numbers, so a cell centred on a design position has whole coordinates (the
// picture is at most half a unit inside the cell).
std::pair<double, double> iconSize(NodeKind kind)
{
    const Icon icon = azureIcon(kind);
    if (!icon.path.empty()) {
        const double scale = iconSide / std::max(icon.width, icon.height);
        const auto even = [](double side) { return 2 * std::round(side / 2); };
        return {even(icon.width * scale), even(icon.height * scale)};
    }
    if (kind == NodeKind::Internet)
        return {64, 44};
    return {iconSide, iconSide};
}

std::string labelPlacement(LabelSide side)
{
    switch (side) {
    case LabelSide::Bottom:
        return "labelPosition=center;verticalLabelPosition=bottom;align=center;verticalAlign=top;";
    case LabelSide::Top:
        return "labelPosition=center;verticalLabelPosition=top;align=center;verticalAlign=bottom;";
    case LabelSide::Right:
        return "labelPosition=right;verticalLabelPosition=middle;align=left;verticalAlign=middle;";
    case LabelSide::Left:
        return "labelPosition=left;verticalLabelPosition=middle;align=right;verticalAlign=middle;";
    }
    return {};
}

std::string nodeStyle(const Node &node, LabelSide side)
{
    const auto colours = kindColours(node.kind());
    std::string style;
    if (const Icon icon = azureIcon(node.kind()); !icon.path.empty()) {
        style = "image;aspect=fixed;html=1;points=[];fontSize=12;image=" + std::string(icon.path) + ";";
    } else {
        if (node.kind() == NodeKind::Internet)
            style = "ellipse;shape=cloud;";
        else if (node.kind() == NodeKind::RouteServer)
            style = "ellipse;";
        else
            style = "rounded=1;arcSize=12;";
        style += "html=1;fontSize=12;fillColor=" + std::string(colours.fill)
                 + ";strokeColor=" + std::string(colours.stroke) + ";strokeWidth=2;";
    }
    style += labelPlacement(side) + "spacing=" + std::to_string(int(labelGap)) + ";";
    if (node.disabled)
        style += "opacity=40;textOpacity=40;";
    return style;
}

// A VNet, a Virtual WAN hub or a Virtual WAN: a box that holds what lives in it.
std::string containerStyle(const Node &node)
{
    const auto colours = kindColours(node.kind());
    // The label shape draws a box with an icon in its corner, and as a container it keeps
    // the gateways, Route Servers, NVAs and firewalls (a Virtual WAN: the hubs) inside when
    // the user moves it. A Virtual WAN is a dashed frame with its name, no icon: its hubs
    // carry theirs.
    std::string style;
    if (const Icon icon = azureIcon(node.kind()); !icon.path.empty()) {
        const double height = 24;
        // The VNet's icon is stretched as it always was; the hub's keeps its proportions.
        const double width = node.kind() == NodeKind::Vnet
                                 ? 40
                                 : std::round(height * icon.width / icon.height);
        style = "shape=label;image=" + std::string(icon.path) + ";imageWidth=" + number(width)
                + ";imageHeight=" + number(height)
                + ";imageAlign=left;imageVerticalAlign=top;spacingLeft=52;";
    } else {
        style = "shape=label;dashed=1;dashPattern=8 4;strokeWidth=1.5;spacingLeft=10;";
    }
    style += "rounded=1;arcSize=2;html=1;container=1;collapsible=0;recursiveResize=0;align=left;"
             "verticalAlign=top;spacingTop=4;fontSize=12;fillColor="
             + std::string(colours.fill) + ";strokeColor=" + std::string(colours.stroke) + ";";
    if (node.kind() == NodeKind::VwanHub)
        style += "strokeWidth=2;";
    if (node.disabled)
        style += "opacity=40;textOpacity=40;";
    return style;
}

// The line of a link kind as the canvas draws it (nodestyle.cpp): colour and pattern. A link
// whose session is down is the canvas's dropped red.
std::string lineStyle(LinkKind kind, bool disabled, bool down = false)
{
    std::string style = "strokeColor="
                        + std::string(disabled ? disabledStroke
                                      : down   ? droppedStroke
                                               : linkColour(kind))
                        + ";";
    switch (linePattern(kind)) {
    case LinePattern::Double:
        // draw.io's "link" edge shape is a double line; width is the gap between its strokes.
        style += "shape=link;width=4;strokeWidth=1.5;";
        break;
    case LinePattern::Bold:
        style += "strokeWidth=3;";
        break;
    case LinePattern::Solid:
        style += "strokeWidth=2;";
        break;
    case LinePattern::Dashed:
        style += "strokeWidth=3;dashed=1;dashPattern=3 1.5;";
        break;
    case LinePattern::DashDot:
        style += "strokeWidth=2;dashed=1;dashPattern=5 2 1.2 2;";
        break;
    case LinePattern::Dotted:
        style += "strokeWidth=2;dashed=1;dashPattern=1 2;";
        break;
    case LinePattern::LongDashed:
        style += "strokeWidth=2.5;dashed=1;dashPattern=6 2;";
        break;
    }
    return style;
}

std::string edgeStyle(const Link &link, bool down)
{
    std::string style = "html=1;endArrow=none;startArrow=none;rounded=0;fontSize=11;"
                        "labelBackgroundColor=#ffffff;"
                        + lineStyle(link.kind(), link.disabled, down);
    if (link.disabled)
        style += "opacity=50;fontColor=" + std::string(disabledStroke) + ";";
    else if (down)
        style += "opacity=60;fontColor=" + std::string(droppedStroke) + ";";
    return style;
}

// The size of a block of text lines as draw.io lays it out.
std::pair<double, double> textSize(const std::vector<std::string> &lines)
{
    std::size_t longest = 0;
    for (const std::string &line : lines)
        longest = std::max(longest, displayLength(line));
    return {charWidth * double(longest) + 8, lineHeight * double(lines.size()) + 4};
}

class DrawioWriter
{
public:
    DrawioWriter(const Topology &topology, const DrawioOptions &options)
        : m_topology(topology)
        , m_options(options)
    {
        placeNodes();
        // Sides depend on where links point, which depends on the boxes, which hold labels:
        // a second round settles both.
        for (int round = 0; round < 2; ++round) {
            chooseLabelSides();
            fitContainers();
        }
        // The hubs of one Virtual WAN apart first, inside their frame; then everything at top
        // level, each container with all it holds.
        for (const Node *container : m_containers) {
            if (container->kind() == NodeKind::Vwan)
                separate(m_children[container->id]);
        }
        fitContainers();
        std::vector<const Node *> topLevel;
        for (const Node *container : m_containers) {
            if (containerOf(m_topology, *container).empty())
                topLevel.push_back(container);
        }
        separate(topLevel);
    }

    std::string write()
    {
        const std::string name
            = m_options.diagramName.empty() ? m_topology.name : m_options.diagramName;
        m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        m_out += "<mxfile host=\"avsnet\" compressed=\"false\">\n";
        m_out += "  <diagram id=\"avsnet\" name=\"" + xmlAttribute(name.empty() ? "Design" : name)
                 + "\">\n";
        m_out += "    <mxGraphModel grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" "
                 "connect=\"1\" arrows=\"1\" fold=\"1\" page=\"0\" pageScale=\"1\" math=\"0\" "
                 "shadow=\"0\">\n      <root>\n";
        m_out += "        <mxCell id=\"0\"/>\n";
        m_out += "        <mxCell id=\"1\" value=\"Design\" parent=\"0\"/>\n";
        // Containers first, each after the one holding it (a child names a parent that must
        // exist), then the links, then the other nodes: icons and their labels are drawn over
        // the lines, not under them.
        for (const NodeKind kind : {NodeKind::Vwan, NodeKind::VwanHub, NodeKind::Vnet}) {
            for (const Node *container : m_containers) {
                if (container->kind() == kind)
                    writeContainer(*container);
            }
        }
        for (const Link &link : m_topology.links)
            writeLink(link);
        for (const Node &node : m_topology.nodes) {
            if (!isContainer(node.kind()))
                writeNode(node);
        }
        writeTraceLayer();
        if (m_options.legend)
            writeLegend();
        m_out += "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n";
        return std::move(m_out);
    }

private:
    static std::string cellId(const Node &node) { return "node:" + node.id; }

    std::vector<std::string> labelLines(const Node &node) const
    {
        std::vector<std::string> lines{node.displayName(), std::string(kindLabel(node.kind()))};
        for (std::string &line : nodeDetailLines(node, m_options.listedPrefixes))
            lines.push_back(std::move(line));
        if (node.disabled)
            lines.push_back("(disabled)");
        return lines;
    }

    std::string labelValue(const std::vector<std::string> &lines) const
    {
        std::string value = "<b>" + htmlText(lines.front()) + "</b>";
        for (std::size_t i = 1; i < lines.size(); ++i)
            value += "<br>" + htmlText(lines[i]);
        return value;
    }

    // The icon's cell, in page coordinates.
    Rect iconRect(const Node &node) const
    {
        const Point centre = m_centres.at(node.id);
        const auto [width, height] = iconSize(node.kind());
        return {centre.x - width / 2, centre.y - height / 2, width, height};
    }

    // Where draw.io draws the label of an icon, in page coordinates.
    Rect labelRect(const Node &node) const { return labelRect(node, m_sides.at(node.id)); }

    Rect labelRect(const Node &node, LabelSide side) const
    {
        const Rect icon = iconRect(node);
        const auto [width, height] = textSize(labelLines(node));
        switch (side) {
        case LabelSide::Bottom:
            return {icon.centre().x - width / 2, icon.bottom() + labelGap, width, height};
        case LabelSide::Top:
            return {icon.centre().x - width / 2, icon.y - labelGap - height, width, height};
        case LabelSide::Right:
            return {icon.right() + labelGap, icon.centre().y - height / 2, width, height};
        case LabelSide::Left:
            return {icon.x - labelGap - width, icon.centre().y - height / 2, width, height};
        }
        return icon;
    }

    Rect footprint(const Node &node) const { return iconRect(node).united(labelRect(node)); }

    // A node's centre, a container's box centre: where its links point from.
    Point anchor(const std::string &id) const
    {
        if (const auto container = m_areas.find(id); container != m_areas.end())
            return container->second.centre();
        return m_centres.at(id);
    }

    // Where a node is on the page: a container's box, an icon and its label.
    Rect area(const Node &node) const
    {
        return isContainer(node.kind()) ? m_areas.at(node.id) : footprint(node);
    }

    void placeNodes()
    {
        const bool complete = std::all_of(m_topology.nodes.begin(), m_topology.nodes.end(),
                                          [](const Node &node) { return node.position; });
        std::map<std::string, Position> layout;
        if (!complete)
            layout = autoLayout(m_topology);
        for (const Node &node : m_topology.nodes) {
            const Position at = node.position ? *node.position : layout[node.id];
            m_centres[node.id] = {at.x, at.y};
            if (isContainer(node.kind()))
                m_containers.push_back(&node);
        }
        for (const Node &node : m_topology.nodes) {
            if (const std::string &holder = containerOf(m_topology, node); !holder.empty())
                m_children[holder].push_back(&node);
        }
        // A first guess at each container's box, for the directions of its links.
        for (const Node *container : m_containers) {
            const Point topLeft = m_centres[container->id];
            m_areas[container->id] = {topLeft.x, topLeft.y, containerMinimumWidth, 120};
        }
    }

    // The label goes under the icon unless a link crosses it there: then to the first side
    // of right, left and top that no link crosses, or, when every side is crossed, the side
    // the links cross least.
    void chooseLabelSides()
    {
        std::map<std::string, std::vector<Point>> towards; // where each node's links go
        for (const Link &link : m_topology.links) {
            if (!m_centres.contains(link.from) || !m_centres.contains(link.to))
                continue;
            towards[link.from].push_back(anchor(link.to));
            towards[link.to].push_back(anchor(link.from));
        }
        for (const Node &node : m_topology.nodes) {
            if (isContainer(node.kind()))
                continue;
            const Point centre = m_centres.at(node.id);
            LabelSide chosen = LabelSide::Bottom;
            double least = -1;
            for (const LabelSide side :
                 {LabelSide::Bottom, LabelSide::Right, LabelSide::Left, LabelSide::Top}) {
                const Rect label = labelRect(node, side);
                double crossed = 0;
                for (const Point &end : towards[node.id])
                    crossed += lengthInside(centre, end, label);
                if (least < 0 || crossed < least - 1e-9) {
                    least = crossed;
                    chosen = side;
                }
                if (crossed == 0)
                    break;
            }
            m_sides[node.id] = chosen;
        }
    }

    // The length of the segment from `a` to `b` inside `rect` (Liang and Barsky's clipping).
    static double lengthInside(Point a, Point b, const Rect &rect)
    {
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        double enter = 0;
        double leave = 1;
        const std::pair<double, double> edges[] = {{-dx, a.x - rect.x},
                                                   {dx, rect.right() - a.x},
                                                   {-dy, a.y - rect.y},
                                                   {dy, rect.bottom() - a.y}};
        for (const auto &[p, q] : edges) {
            if (p == 0) {
                if (q < 0)
                    return 0;
                continue;
            }
            const double t = q / p;
            if (p < 0)
                enter = std::max(enter, t);
            else
                leave = std::min(leave, t);
        }
        return leave > enter ? (leave - enter) * std::hypot(dx, dy) : 0;
    }

    // A VNet or hub box holds its title and details from its top-left, and grows around its
    // children, upwards when they are above, so its text never lies under a child. A Virtual
    // WAN's frame is drawn around its hubs, wherever its own position is (the designer may
    // show it elsewhere); only a Virtual WAN without hubs stands at its position. Hubs are
    // fitted before the frames around them.
    void fitContainers()
    {
        for (const bool outer : {false, true}) {
            for (const Node *container : m_containers) {
                if ((container->kind() == NodeKind::Vwan) == outer)
                    fitContainer(*container);
            }
        }
    }

    void fitContainer(const Node &container)
    {
        const auto [textWidth, textHeight] = textSize(labelLines(container));
        const double header = textHeight + 8;
        const Point topLeft = m_centres[container.id];
        const double width = std::max(containerMinimumWidth,
                                      (container.kind() == NodeKind::Vwan ? 24 : 60) + textWidth);
        Rect area{topLeft.x, topLeft.y, width, header + containerMargin};
        const auto children = m_children.find(container.id);
        if (children != m_children.end()) {
            Rect inner = this->area(*children->second.front());
            for (const Node *child : children->second)
                inner = inner.united(this->area(*child));
            inner = {inner.x - containerMargin, inner.y - containerMargin,
                     inner.width + 2 * containerMargin, inner.height + 2 * containerMargin};
            if (container.kind() == NodeKind::Vwan)
                area = {inner.x, inner.y, width, 1}; // around the hubs, not at its position
            area = area.united(inner);
            area = area.united({area.x, inner.y - header, area.width, 1});
        }
        m_areas[container.id] = area;
    }

    // Containers the design's positions make overlap (the canvas draws smaller boxes) are
    // pushed apart, each by the shorter of a move right or down, with all they hold.
    void separate(std::vector<const Node *> containers)
    {
        std::sort(containers.begin(), containers.end(), [&](const Node *a, const Node *b) {
            const Rect &first = m_areas[a->id];
            const Rect &second = m_areas[b->id];
            return std::tie(first.y, first.x) < std::tie(second.y, second.x);
        });
        std::vector<const Node *> placed;
        for (const Node *container : containers) {
            // Each move clears one box and never comes back, so this ends.
            for (bool moved = true; moved;) {
                moved = false;
                for (const Node *other : placed) {
                    const Rect &fixed = m_areas[other->id];
                    const Rect &area = m_areas[container->id];
                    if (!area.overlaps(fixed, containerGap))
                        continue;
                    const double right = fixed.right() + containerGap - area.x;
                    const double down = fixed.bottom() + containerGap - area.y;
                    move(*container, right <= down ? right : 0, right <= down ? 0 : down);
                    moved = true;
                }
            }
            placed.push_back(container);
        }
    }

    // Moves a node and, for a container, its box and everything it holds.
    void move(const Node &node, double dx, double dy)
    {
        Point &at = m_centres[node.id];
        at = {at.x + dx, at.y + dy};
        if (const auto box = m_areas.find(node.id); box != m_areas.end())
            box->second = box->second.moved(dx, dy);
        if (const auto children = m_children.find(node.id); children != m_children.end()) {
            for (const Node *child : children->second)
                move(*child, dx, dy);
        }
    }

    // The cell a node's geometry is relative to, and that cell's top-left on the page.
    std::pair<std::string, Point> parentCell(const Node &node) const
    {
        const std::string &holder = containerOf(m_topology, node);
        const auto box = m_areas.find(holder);
        if (holder.empty() || box == m_areas.end())
            return {"1", {0, 0}};
        return {"node:" + holder, {box->second.x, box->second.y}};
    }

    void writeContainer(const Node &node)
    {
        const auto [parent, origin] = parentCell(node);
        m_out += "        <mxCell id=\"" + xmlAttribute(cellId(node)) + "\" value=\""
                 + xmlAttribute(labelValue(labelLines(node))) + "\" style=\""
                 + xmlAttribute(containerStyle(node)) + "\" vertex=\"1\" parent=\""
                 + xmlAttribute(parent) + "\">\n";
        writeGeometry(m_areas.at(node.id).moved(-origin.x, -origin.y));
    }

    void writeNode(const Node &node)
    {
        // Inside a container, geometry is relative to the container's top-left.
        const auto [parent, origin] = parentCell(node);
        m_out += "        <mxCell id=\"" + xmlAttribute(cellId(node)) + "\" value=\""
                 + xmlAttribute(labelValue(labelLines(node))) + "\" style=\""
                 + xmlAttribute(nodeStyle(node, m_sides.at(node.id))) + "\" vertex=\"1\" parent=\""
                 + xmlAttribute(parent) + "\">\n";
        writeGeometry(iconRect(node).moved(-origin.x, -origin.y));
    }

    void writeGeometry(const Rect &box)
    {
        m_out += "          <mxGeometry x=\"" + number(box.x) + "\" y=\"" + number(box.y)
                 + "\" width=\"" + number(box.width) + "\" height=\"" + number(box.height)
                 + "\" as=\"geometry\"/>\n        </mxCell>\n";
    }

    // An edge between two nodes; `inside` is what goes inside its mxGeometry (points, an
    // offset for the label).
    void writeEdge(const std::string &id, const std::string &value, const std::string &style,
                   const std::string &parent, const std::string &from, const std::string &to,
                   const std::string &inside = {})
    {
        m_out += "        <mxCell id=\"" + xmlAttribute(id) + "\" value=\"" + xmlAttribute(value)
                 + "\" style=\"" + xmlAttribute(style) + "\" edge=\"1\" parent=\""
                 + xmlAttribute(parent) + "\" source=\"" + xmlAttribute("node:" + from)
                 + "\" target=\"" + xmlAttribute("node:" + to) + "\">\n";
        if (inside.empty())
            m_out += "          <mxGeometry relative=\"1\" as=\"geometry\"/>\n        </mxCell>\n";
        else
            m_out += "          <mxGeometry relative=\"1\" as=\"geometry\">\n" + inside
                     + "          </mxGeometry>\n        </mxCell>\n";
    }

    // The label of a link beside its line, not on it: moved from the middle of the line
    // along its normal until the label's box clears the line, upwards (or right).
    std::string labelOffset(const Link &link, const std::string &caption) const
    {
        const Point a = anchor(link.from);
        const Point b = anchor(link.to);
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        if (length < 1)
            return {};
        double nx = -(b.y - a.y) / length;
        double ny = (b.x - a.x) / length;
        if (ny > 0 || (ny == 0 && nx < 0)) {
            nx = -nx;
            ny = -ny;
        }
        const auto [width, height] = textSize({caption});
        const double clear = width / 2 * std::abs(nx) + height / 2 * std::abs(ny) + 4;
        return "            <mxPoint x=\"" + number(nx * clear) + "\" y=\"" + number(ny * clear)
               + "\" as=\"offset\"/>\n";
    }

    void writeLink(const Link &link)
    {
        if (!m_centres.contains(link.from) || !m_centres.contains(link.to))
            return;
        std::string caption = linkDetails(m_topology, link);
        const auto down = m_options.downLinks.find(link.id);
        const bool isDown = !link.disabled && down != m_options.downLinks.end();
        if (link.disabled)
            caption += caption.empty() ? "disabled" : ", disabled";
        else if (isDown)
            caption += (caption.empty() ? "down: " : ", down: ") + down->second;
        writeEdge("link:" + link.id, htmlText(caption), edgeStyle(link, isDown), "1", link.from,
                  link.to, caption.empty() ? std::string() : labelOffset(link, caption));
    }

    // A traced hop as an arrow bowed off the straight line, to the right of its own
    // direction: the forward and the return path over one link lie on opposite sides.
    std::string bowedPoint(const std::string &from, const std::string &to) const
    {
        const Point a = anchor(from);
        const Point b = anchor(to);
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        if (length < 1)
            return {};
        const double nx = -(b.y - a.y) / length;
        const double ny = (b.x - a.x) / length;
        const Point middle{(a.x + b.x) / 2 + nx * traceBow, (a.y + b.y) / 2 + ny * traceBow};
        return "            <Array as=\"points\">\n              <mxPoint x=\"" + number(middle.x)
               + "\" y=\"" + number(middle.y) + "\"/>\n            </Array>\n";
    }

    // The trace is a layer of its own (a cell whose parent is the root "0"), so a reader can
    // hide it in draw.io's Layers panel and keep the plain design underneath.
    void writeTraceLayer()
    {
        const auto forward = traceSteps(m_topology, m_options.traceForward);
        const auto back = traceSteps(m_topology, m_options.traceReturn);
        const bool drops = m_options.forwardDrop || m_options.returnDrop;
        if (forward.empty() && back.empty() && !drops)
            return;
        const std::string name = m_options.traceName.empty() ? "Trace" : m_options.traceName;
        m_out
            += "        <mxCell id=\"trace\" value=\"" + xmlAttribute(name) + "\" parent=\"0\"/>\n";
        const std::string arrows = "html=1;endArrow=block;endFill=1;curved=1;"
                                   "strokeWidth=3;fontSize=11;fontStyle=1;"
                                   "labelBackgroundColor=#ffffff;";
        const auto colour = [](std::string_view colour) {
            return "strokeColor=" + std::string(colour) + ";fontColor=" + std::string(colour) + ";";
        };
        for (std::size_t i = 0; i < forward.size(); ++i)
            writeEdge("trace:forward:" + std::to_string(i + 1), std::to_string(i + 1),
                      arrows + colour(traceForwardColour), "trace", forward[i].from, forward[i].to,
                      bowedPoint(forward[i].from, forward[i].to));
        for (std::size_t i = 0; i < back.size(); ++i)
            writeEdge("trace:return:" + std::to_string(i + 1), "R" + std::to_string(i + 1),
                      arrows + "dashed=1;" + colour(traceReturnColour), "trace", back[i].from,
                      back[i].to, bowedPoint(back[i].from, back[i].to));
        writeDrop("trace:forward:drop", m_options.forwardDrop, "Dropped");
        writeDrop("trace:return:drop", m_options.returnDrop, "Return dropped");
    }

    // A red cross over the icon's top-right corner, and the reason beside it. A drop at no
    // node of the page (nothing holds the address a reply would come from) is still said:
    // the cross and reason stand below the design.
    void writeDrop(const std::string &id, const std::optional<TraceDrop> &drop, std::string_view what)
    {
        if (!drop)
            return;
        const double side = 22;
        Rect mark;
        if (m_centres.contains(drop->node)) {
            const Node &node = *m_topology.node(drop->node);
            const Rect at = isContainer(node.kind()) ? m_areas.at(node.id) : iconRect(node);
            mark = {at.right() - side / 2, at.y - side / 2, side, side};
        } else {
            const Rect design = designArea();
            mark = {design.x, design.bottom() + 30, side, side};
        }
        // Both directions dropped at one place: the second stands below the first's reason.
        if (m_previousDrop && m_previousDrop->first == drop->node)
            mark.y = m_previousDrop->second + 6;
        // The cross is a plus turned a quarter: a cell of its own, so its label stays level.
        m_out += "        <mxCell id=\"" + xmlAttribute(id) + "\" value=\"\" style=\""
                 + xmlAttribute("shape=cross;size=0.28;rotation=45;html=1;fillColor="
                                + std::string(traceDroppedColour) + ";strokeColor=#ffffff;")
                 + "\" vertex=\"1\" parent=\"trace\">\n";
        writeGeometry(mark);
        const std::string reason = std::string(what) + ": " + drop->reason;
        const double width = 260;
        const double height = lineHeight * std::ceil(double(displayLength(reason)) * charWidth / (width - 12)) + 8;
        m_out += "        <mxCell id=\"" + xmlAttribute(id + ":reason") + "\" value=\""
                 + xmlAttribute(htmlText(reason)) + "\" style=\""
                 + xmlAttribute("text;html=1;whiteSpace=wrap;align=left;verticalAlign=top;"
                                "fontSize=11;fontStyle=1;spacingLeft=4;labelBackgroundColor=#ffffff;"
                                "fontColor=" + std::string(traceDroppedColour) + ";")
                 + "\" vertex=\"1\" parent=\"trace\">\n";
        const Rect reasonBox{mark.right() + 4, mark.y, width, height};
        writeGeometry(reasonBox);
        m_previousDrop = {drop->node, std::max(mark.bottom(), mark.y + height)};
        m_dropArea = m_dropArea ? m_dropArea->united(mark.united(reasonBox)) : mark.united(reasonBox);
    }

    // What the design's nodes and VNets cover on the page.
    Rect designArea() const
    {
        Rect design{0, 0, 0, 0};
        bool first = true;
        for (const Node &node : m_topology.nodes) {
            const Rect rect = area(node);
            design = first ? rect : design.united(rect);
            first = false;
        }
        return design;
    }

    // The line styles the page uses, and the trace's when it has one, in a box right of the
    // design: a layer of its own the reader can hide.
    void writeLegend()
    {
        std::vector<LinkKind> kinds;
        for (const LinkKind kind : {LinkKind::ErPeering, LinkKind::ErConnection, LinkKind::GlobalReach,
                                    LinkKind::VnetPeering, LinkKind::HubConnection,
                                    LinkKind::VpnConnection, LinkKind::BgpSession}) {
            if (std::any_of(m_topology.links.begin(), m_topology.links.end(),
                            [kind](const Link &link) { return link.kind() == kind; }))
                kinds.push_back(kind);
        }
        const bool traced = !m_options.traceForward.empty() || !m_options.traceReturn.empty()
                            || m_options.forwardDrop || m_options.returnDrop;
        const bool anyDown = std::any_of(m_options.downLinks.begin(), m_options.downLinks.end(),
                                         [this](const auto &down) {
                                             const Link *link = m_topology.link(down.first);
                                             return link && !link->disabled;
                                         });
        const std::size_t rows = kinds.size() + (anyDown ? 1 : 0) + (traced ? 3 : 0);
        if (rows == 0)
            return;
        // Right of the design and of the reasons of a dropped trace, which may stand beyond it.
        const Rect design = m_dropArea ? designArea().united(*m_dropArea) : designArea();
        const double rowHeight = 24;
        const Rect box{design.right() + 60, design.y, 260, 34 + rowHeight * double(rows)};
        m_out += "        <mxCell id=\"legend\" value=\"Legend\" parent=\"0\"/>\n";
        m_out += "        <mxCell id=\"legend:box\" value=\"&lt;b&gt;Legend&lt;/b&gt;\" style=\""
                 "rounded=1;arcSize=4;html=1;fillColor=#ffffff;strokeColor=#c3cad3;align=left;"
                 "verticalAlign=top;spacingLeft=10;spacingTop=4;fontSize=12;\" vertex=\"1\" "
                 "parent=\"legend\">\n";
        writeGeometry(box);
        double y = box.y + 34 + rowHeight / 2;
        int row = 0;
        const auto sample = [&](const std::string &style, const std::string &text) {
            const std::string id = "legend:" + std::to_string(++row);
            m_out += "        <mxCell id=\"" + id + "\" value=\"\" style=\"" + xmlAttribute(style)
                     + "\" edge=\"1\" parent=\"legend\">\n          <mxGeometry relative=\"1\" "
                       "as=\"geometry\">\n            <mxPoint x=\""
                     + number(box.x + 12) + "\" y=\"" + number(y) + "\" as=\"sourcePoint\"/>\n"
                     + "            <mxPoint x=\"" + number(box.x + 62) + "\" y=\"" + number(y)
                     + "\" as=\"targetPoint\"/>\n          </mxGeometry>\n        </mxCell>\n";
            m_out += "        <mxCell id=\"" + id + ":text\" value=\"" + xmlAttribute(htmlText(text))
                     + "\" style=\"text;html=1;align=left;verticalAlign=middle;fontSize=12;\" "
                       "vertex=\"1\" parent=\"legend\">\n";
            writeGeometry({box.x + 72, y - rowHeight / 2, box.width - 80, rowHeight});
            y += rowHeight;
        };
        for (const LinkKind kind : kinds)
            sample("html=1;endArrow=none;" + lineStyle(kind, false), std::string(kindLabel(kind)));
        if (anyDown)
            sample("html=1;endArrow=none;opacity=60;" + lineStyle(LinkKind::BgpSession, false, true),
                   "session down (the reason beside it)");
        if (traced) {
            sample("html=1;endArrow=block;endFill=1;strokeWidth=3;strokeColor="
                       + std::string(traceForwardColour) + ";",
                   "forward path (1, 2, ...)");
            sample("html=1;endArrow=block;endFill=1;strokeWidth=3;dashed=1;strokeColor="
                       + std::string(traceReturnColour) + ";",
                   "return path (R1, R2, ...)");
            sample("html=1;endArrow=cross;endFill=0;strokeWidth=3;strokeColor="
                       + std::string(traceDroppedColour) + ";",
                   "dropped (the reason beside it)");
        }
    }

    const Topology &m_topology;
    const DrawioOptions &m_options;
    std::map<std::string, Point> m_centres; // icon centre, or a container's top-left
    std::map<std::string, LabelSide> m_sides;
    std::map<std::string, Rect> m_areas; // containers' boxes, page coordinates
    std::vector<const Node *> m_containers; // VNets, hubs and Virtual WANs, in file order
    std::map<std::string, std::vector<const Node *>> m_children; // what each container holds
    std::string m_out;
    // The node of the drop last written and the bottom of its reason (writeDrop).
    std::optional<std::pair<std::string, double>> m_previousDrop;
    // What the drop marks and their reasons cover (writeDrop), so the legend stays clear.
    std::optional<Rect> m_dropArea;
};

} // namespace

std::string toDrawio(const Topology &topology, const DrawioOptions &options)
{
    return DrawioWriter(topology, options).write();
}

} // namespace avsnet::core
