// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawioexport.h"

#include "diagramstyle.h"
#include "layout/autolayout.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>

namespace avsnet::core {

namespace {

constexpr double nodeWidth = 160;
constexpr double nodeHeight = 100;
constexpr double lineHeight = 16;
constexpr double charWidth = 7; // an average character of draw.io's 12 px Helvetica
constexpr double containerMargin = 20;
constexpr double containerMinimumWidth = 280;

struct Rect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    Rect united(const Rect &other) const
    {
        const double left = std::min(x, other.x);
        const double top = std::min(y, other.y);
        return {left, top, std::max(right(), other.right()) - left,
                std::max(bottom(), other.bottom()) - top};
    }
};

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

// draw.io ships these in its Azure 2 library (Sidebar-Azure2.js, img/lib/azure2/...). On-prem
// sites, Route Servers and the internet have no icon there we are sure of: plain shapes.
std::string_view azureIcon(NodeKind kind)
{
    switch (kind) {
    case NodeKind::ErCircuit:
        return "img/lib/azure2/networking/ExpressRoute_Circuits.svg";
    case NodeKind::Avs:
        return "img/lib/azure2/azure_vmware_solution/AVS.svg";
    case NodeKind::Vnet:
        return "img/lib/azure2/networking/Virtual_Networks.svg";
    case NodeKind::ErGateway:
    case NodeKind::VpnGateway:
        return "img/lib/azure2/networking/Virtual_Network_Gateways.svg";
    case NodeKind::Nva:
        return "img/lib/azure2/networking/Firewalls.svg";
    case NodeKind::OnPrem:
    case NodeKind::RouteServer:
    case NodeKind::Internet:
        break;
    }
    return {};
}

std::string nodeStyle(const Node &node)
{
    const auto colours = kindColours(node.kind());
    std::string style;
    if (const std::string_view icon = azureIcon(node.kind()); !icon.empty()) {
        style = "image;aspect=fixed;html=1;points=[];align=center;fontSize=12;image="
                + std::string(icon) + ";verticalLabelPosition=bottom;verticalAlign=top;";
    } else {
        if (node.kind() == NodeKind::Internet)
            style = "ellipse;shape=cloud;";
        else if (node.kind() == NodeKind::RouteServer)
            style = "ellipse;";
        else
            style = "rounded=1;";
        style += "whiteSpace=wrap;html=1;fontSize=12;fillColor=" + std::string(colours.fill)
                 + ";strokeColor=" + std::string(colours.stroke) + ";";
    }
    if (node.disabled)
        style += "opacity=40;textOpacity=40;";
    return style;
}

std::string vnetStyle(const Node &node)
{
    const auto colours = kindColours(NodeKind::Vnet);
    // The label shape draws a box with an icon in its corner, and as a container it keeps
    // the gateways, Route Servers and NVAs of the VNet inside when the user moves it.
    std::string style = "shape=label;image=" + std::string(azureIcon(NodeKind::Vnet))
                        + ";imageWidth=40;imageHeight=24;imageAlign=left;imageVerticalAlign=top;"
                          "rounded=1;arcSize=2;whiteSpace=wrap;html=1;container=1;collapsible=0;"
                          "recursiveResize=0;align=left;verticalAlign=top;spacingLeft=52;"
                          "spacingTop=4;fontSize=12;fillColor="
                        + std::string(colours.fill) + ";strokeColor=" + std::string(colours.stroke)
                        + ";";
    if (node.disabled)
        style += "opacity=40;textOpacity=40;";
    return style;
}

std::string edgeStyle(const Link &link, bool down)
{
    std::string style = "html=1;endArrow=none;rounded=0;fontSize=10;labelBackgroundColor=#ffffff;"
                        "strokeColor=";
    style += link.disabled ? disabledStroke : down ? droppedStroke : linkColour(link.kind());
    style += ";";
    switch (linePattern(link.kind())) {
    case LinePattern::Bold:
        style += "strokeWidth=3;";
        break;
    case LinePattern::Solid:
        style += "strokeWidth=2;";
        break;
    case LinePattern::Dashed:
        style += "strokeWidth=2;dashed=1;dashPattern=8 4;";
        break;
    case LinePattern::DashDot:
        style += "strokeWidth=2;dashed=1;dashPattern=8 3 2 3;";
        break;
    case LinePattern::Dotted:
        style += "strokeWidth=2;dashed=1;dashPattern=1 3;";
        break;
    }
    if (link.disabled)
        style += "opacity=50;fontColor=" + std::string(disabledStroke) + ";";
    else if (down)
        style += "opacity=60;fontColor=" + std::string(droppedStroke) + ";";
    return style;
}

class DrawioWriter
{
public:
    DrawioWriter(const Topology &topology, const DrawioOptions &options)
        : m_topology(topology)
        , m_options(options)
    {
        placeNodes();
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
        // Containers first: a child cell names a parent that must already exist.
        for (const Node &node : m_topology.nodes) {
            if (node.kind() == NodeKind::Vnet)
                writeVnet(node);
        }
        for (const Node &node : m_topology.nodes) {
            if (node.kind() != NodeKind::Vnet)
                writeNode(node);
        }
        for (const Link &link : m_topology.links)
            writeLink(link);
        writeTraceLayer();
        m_out += "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n";
        return std::move(m_out);
    }

private:
    static std::string cellId(const Node &node) { return "node:" + node.id; }

    std::vector<std::string> labelLines(const Node &node) const
    {
        std::vector<std::string> lines{node.displayName()};
        const std::string kind(kindLabel(node.kind()));
        lines.push_back(node.name.empty() || node.name == node.id ? kind : node.id + " · " + kind);
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

    // A plain node's box, and for an icon the label under it, in scene coordinates.
    Rect nodeArea(const Node &node) const
    {
        const Position centre = m_positions.at(node.id);
        Rect area{centre.x - nodeWidth / 2, centre.y - nodeHeight / 2, nodeWidth, nodeHeight};
        if (!azureIcon(node.kind()).empty())
            area.height += lineHeight * double(labelLines(node).size()) + 4;
        return area;
    }

    void placeNodes()
    {
        const bool complete = std::all_of(m_topology.nodes.begin(), m_topology.nodes.end(),
                                          [](const Node &node) { return node.position; });
        std::map<std::string, Position> layout;
        if (!complete)
            layout = autoLayout(m_topology);
        std::unordered_map<std::string_view, const Node *> vnets;
        for (const Node &node : m_topology.nodes) {
            m_positions[node.id] = node.position ? *node.position : layout[node.id];
            if (node.kind() == NodeKind::Vnet)
                vnets.emplace(node.id, &node);
        }
        for (const Node &node : m_topology.nodes) {
            if (vnets.contains(node.parentVnet()))
                m_children[node.parentVnet()].push_back(&node);
        }
        // A VNet is at least its title and subnet list from its top-left; it grows around its
        // children, and upwards when they are above, so its text never lies under a child.
        for (const auto &[id, vnet] : vnets) {
            const std::vector<std::string> lines = labelLines(*vnet);
            std::size_t longest = 0;
            for (const std::string &line : lines)
                longest = std::max(longest, displayLength(line));
            const double header = 8 + lineHeight * double(lines.size());
            const Position topLeft = m_positions[vnet->id];
            Rect area{topLeft.x, topLeft.y,
                      std::max(containerMinimumWidth, 64 + charWidth * double(longest)),
                      header + containerMargin};
            const auto children = m_children.find(vnet->id);
            if (children != m_children.end()) {
                Rect inner = nodeArea(*children->second.front());
                for (const Node *child : children->second)
                    inner = inner.united(nodeArea(*child));
                inner = {inner.x - containerMargin, inner.y - containerMargin,
                         inner.width + 2 * containerMargin, inner.height + 2 * containerMargin};
                area = area.united(inner);
                area = area.united({area.x, inner.y - header, area.width, 1});
            }
            m_vnetAreas[vnet->id] = area;
        }
    }

    void writeVnet(const Node &node)
    {
        const Rect &area = m_vnetAreas.at(node.id);
        m_out += "        <mxCell id=\"" + xmlAttribute(cellId(node)) + "\" value=\""
                 + xmlAttribute(labelValue(labelLines(node))) + "\" style=\""
                 + xmlAttribute(vnetStyle(node)) + "\" vertex=\"1\" parent=\"1\">\n";
        writeGeometry(area);
    }

    void writeNode(const Node &node)
    {
        Rect box = nodeArea(node);
        box.height = nodeHeight;
        std::string parent = "1";
        if (const auto vnet = m_vnetAreas.find(node.parentVnet()); vnet != m_vnetAreas.end()) {
            // Inside a container, geometry is relative to the container's top-left.
            box.x -= vnet->second.x;
            box.y -= vnet->second.y;
            parent = "node:" + vnet->first;
        }
        m_out += "        <mxCell id=\"" + xmlAttribute(cellId(node)) + "\" value=\""
                 + xmlAttribute(labelValue(labelLines(node))) + "\" style=\""
                 + xmlAttribute(nodeStyle(node)) + "\" vertex=\"1\" parent=\""
                 + xmlAttribute(parent) + "\">\n";
        writeGeometry(box);
    }

    void writeGeometry(const Rect &box)
    {
        m_out += "          <mxGeometry x=\"" + number(box.x) + "\" y=\"" + number(box.y)
                 + "\" width=\"" + number(box.width) + "\" height=\"" + number(box.height)
                 + "\" as=\"geometry\"/>\n        </mxCell>\n";
    }

    void writeEdge(const std::string &id, const std::string &value, const std::string &style,
                   const std::string &parent, const std::string &from, const std::string &to)
    {
        m_out += "        <mxCell id=\"" + xmlAttribute(id) + "\" value=\"" + xmlAttribute(value)
                 + "\" style=\"" + xmlAttribute(style) + "\" edge=\"1\" parent=\""
                 + xmlAttribute(parent) + "\" source=\"" + xmlAttribute("node:" + from)
                 + "\" target=\"" + xmlAttribute("node:" + to) + "\">\n"
                 + "          <mxGeometry relative=\"1\" as=\"geometry\"/>\n        </mxCell>\n";
    }

    void writeLink(const Link &link)
    {
        if (!m_positions.contains(link.from) || !m_positions.contains(link.to))
            return;
        std::string caption = linkCaption(link);
        const auto down = m_options.downLinks.find(link.id);
        const bool isDown = !link.disabled && down != m_options.downLinks.end();
        if (link.disabled)
            caption += " (disabled)";
        else if (isDown)
            caption += " (down: " + down->second + ")";
        writeEdge("link:" + link.id, htmlText(caption), edgeStyle(link, isDown), "1", link.from,
                  link.to);
    }

    // The trace is a layer of its own (a cell whose parent is the root "0"), so a reader can
    // hide it in draw.io's Layers panel and keep the plain design underneath.
    void writeTraceLayer()
    {
        const auto forward = traceSteps(m_topology, m_options.traceForward);
        const auto back = traceSteps(m_topology, m_options.traceReturn);
        if (forward.empty() && back.empty())
            return;
        const std::string name = m_options.traceName.empty() ? "Trace" : m_options.traceName;
        m_out
            += "        <mxCell id=\"trace\" value=\"" + xmlAttribute(name) + "\" parent=\"0\"/>\n";
        const std::string arrows = "html=1;endArrow=block;endFill=1;rounded=1;curved=1;"
                                   "strokeWidth=4;opacity=80;fontSize=11;fontStyle=1;"
                                   "labelBackgroundColor=#ffffff;";
        for (std::size_t i = 0; i < forward.size(); ++i)
            writeEdge("trace:forward:" + std::to_string(i + 1), std::to_string(i + 1),
                      arrows + "strokeColor=" + std::string(traceForwardColour)
                          + ";fontColor=" + std::string(traceForwardColour) + ";",
                      "trace", forward[i].from, forward[i].to);
        for (std::size_t i = 0; i < back.size(); ++i)
            writeEdge("trace:return:" + std::to_string(i + 1), "R" + std::to_string(i + 1),
                      arrows + "dashed=1;strokeColor=" + std::string(traceReturnColour)
                          + ";fontColor=" + std::string(traceReturnColour) + ";",
                      "trace", back[i].from, back[i].to);
    }

    const Topology &m_topology;
    const DrawioOptions &m_options;
    std::map<std::string, Position> m_positions; // centre, or a VNet's top-left
    std::map<std::string, Rect> m_vnetAreas;     // scene coordinates
    std::map<std::string, std::vector<const Node *>> m_children;
    std::string m_out;
};

} // namespace

std::string toDrawio(const Topology &topology, const DrawioOptions &options)
{
    return DrawioWriter(topology, options).write();
}

} // namespace avsnet::core
