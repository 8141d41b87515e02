// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotexport.h"

#include "diagramstyle.h"

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <set>
#include <unordered_map>

namespace avsnet::core {

namespace {

// The design as a graph: a vertex per node (its index in `nodes`), an edge per link. Boost's
// write_graphviz would print it flat, but it cannot nest the vertices of a VNet in a
// `subgraph cluster_*`, and its escape_dot_string leaves the DOT keywords unquoted, so a
// valid node id such as `edge` or `node` would turn a vertex into an attribute statement.
// We therefore walk this graph and write every statement ourselves, always quoting ids.
struct DesignVertex
{
    int node = -1;
    int cluster = -1; // vertex of the container holding it (containerOf), -1 at top level
};

struct DesignEdge
{
    int link = -1;
};

using DesignGraph
    = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, DesignVertex, DesignEdge>;
using Vertex = boost::graph_traits<DesignGraph>::vertex_descriptor;

// A DOT double-quoted string: quotes and backslashes escaped, so a label keeps a literal
// backslash instead of reading it as Graphviz's `\N` or `\l`; line breaks become `\n`.
std::string dotString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    return out + '"';
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string text;
    for (const std::string &line : lines)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

std::string_view shapeOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::OnPrem:
        return "box3d";
    case NodeKind::ErCircuit:
        return "hexagon";
    case NodeKind::Avs:
        return "component";
    case NodeKind::Vnet:
        return "folder";
    case NodeKind::ErGateway:
    case NodeKind::VpnGateway:
        return "invhouse";
    case NodeKind::RouteServer:
    case NodeKind::Internet:
        return "ellipse";
    case NodeKind::Nva:
        return "octagon";
    case NodeKind::Vwan:
    case NodeKind::VwanHub:
        return "box"; // drawn as the title of their cluster
    case NodeKind::HubFirewall:
        return "doubleoctagon";
    }
    return "box";
}

// Which traced directions pass a link, and whether they run from `from` to `to`.
struct LinkTrace
{
    bool forward = false;
    bool back = false;
    bool forwardAlong = true;
    bool backAlong = true;
};

class DotWriter
{
public:
    DotWriter(const Topology &topology, const DotOptions &options)
        : m_topology(topology)
        , m_options(options)
    {
        buildGraph();
        markTrace(m_options.traceForward, true);
        markTrace(m_options.traceReturn, false);
    }

    std::string write()
    {
        m_out = "graph avsnet {\n";
        m_out += "    graph [label=" + dotString(m_topology.name)
                 + ", labelloc=t, fontname=Helvetica"
                   ", rankdir="
                 + dotString(m_options.rankDirection) + ", newrank=true];\n";
        m_out += "    node [fontname=Helvetica, fontsize=10, style=filled];\n";
        m_out += "    edge [fontname=Helvetica, fontsize=9];\n";
        const auto [first, last] = boost::vertices(m_graph);
        for (auto vertex = first; vertex != last; ++vertex) {
            if (m_graph[*vertex].cluster >= 0)
                continue; // written inside its cluster
            const Node &node = m_topology.nodes[std::size_t(m_graph[*vertex].node)];
            if (isContainer(node.kind()))
                writeCluster(*vertex, "    ");
            else
                writeNode(*vertex, "    ");
        }
        const auto [edge, edgeEnd] = boost::edges(m_graph);
        for (auto it = edge; it != edgeEnd; ++it)
            writeLink(m_graph[*it].link);
        writeOverlays();
        m_out += "}\n";
        return std::move(m_out);
    }

private:
    void buildGraph()
    {
        std::unordered_map<std::string_view, int> vertexOf;
        for (std::size_t i = 0; i < m_topology.nodes.size(); ++i) {
            boost::add_vertex(DesignVertex{int(i), -1}, m_graph);
            vertexOf.emplace(m_topology.nodes[i].id, int(i));
        }
        for (std::size_t i = 0; i < m_topology.nodes.size(); ++i) {
            const auto holder = vertexOf.find(containerOf(m_topology, m_topology.nodes[i]));
            if (holder == vertexOf.end())
                continue;
            m_graph[i].cluster = holder->second;
            m_members[holder->second].push_back(Vertex(i));
        }
        for (std::size_t i = 0; i < m_topology.links.size(); ++i) {
            const auto from = vertexOf.find(m_topology.links[i].from);
            const auto to = vertexOf.find(m_topology.links[i].to);
            if (from != vertexOf.end() && to != vertexOf.end())
                boost::add_edge(Vertex(from->second), Vertex(to->second), DesignEdge{int(i)},
                                m_graph);
        }
    }

    void markTrace(const std::vector<std::string> &path, bool forward)
    {
        for (const std::string &id : path)
            (forward ? m_forwardNodes : m_returnNodes).insert(id);
        for (const TraceStep &step : traceSteps(m_topology, path)) {
            if (step.link < 0) {
                m_overlays.push_back({step, forward});
                continue;
            }
            LinkTrace &trace = m_linkTrace[step.link];
            const bool along = m_topology.links[std::size_t(step.link)].from == step.from;
            (forward ? trace.forward : trace.back) = true;
            (forward ? trace.forwardAlong : trace.backAlong) = along;
        }
    }

    // A VNet, a Virtual WAN hub or a Virtual WAN as a cluster holding its own node and its
    // members; a Virtual WAN's hubs are clusters inside it.
    void writeCluster(Vertex container, const std::string &indent)
    {
        const Node &node = m_topology.nodes[std::size_t(m_graph[container].node)];
        const auto colours = kindColours(node.kind());
        std::string label = node.displayName();
        if (const auto *network = node.as<VirtualNetwork>())
            label += " · " + summarised(network->addressSpace, m_options.listedPrefixes);
        else if (const auto *hub = node.as<VirtualHub>())
            label += " · " + hub->addressPrefix.toString();
        else if (node.kind() == NodeKind::Vwan)
            label += " · " + std::string(kindLabel(NodeKind::Vwan));
        m_out += indent + "subgraph " + dotString("cluster_" + node.id) + " {\n";
        m_out += indent + "    graph [label=" + dotString(label)
                 + ", labeljust=l, style=" + (node.kind() == NodeKind::Vwan ? "\"rounded,filled,dashed\"" : "\"rounded,filled\"");
        m_out += ", fillcolor=" + dotString(node.disabled ? disabledFill : colours.fill);
        m_out += ", color=" + dotString(node.disabled ? disabledStroke : colours.stroke);
        m_out += ", fontcolor=" + dotString(node.disabled ? disabledStroke : "#323130") + "];\n";
        const std::string inner = indent + "    ";
        writeNode(container, inner);
        for (const Vertex member : m_members[int(container)]) {
            if (isContainer(m_topology.nodes[std::size_t(m_graph[member].node)].kind()))
                writeCluster(member, inner);
            else
                writeNode(member, inner);
        }
        m_out += indent + "}\n";
    }

    void writeNode(Vertex vertex, std::string_view indent)
    {
        const Node &node = m_topology.nodes[std::size_t(m_graph[vertex].node)];
        std::vector<std::string> lines{node.displayName()};
        std::string kind(kindLabel(node.kind()));
        lines.push_back(node.name.empty() || node.name == node.id ? kind : node.id + " · " + kind);
        for (std::string &line : nodeDetailLines(node, m_options.listedPrefixes))
            lines.push_back(std::move(line));
        if (node.disabled)
            lines.push_back("(disabled)");
        const auto colours = kindColours(node.kind());
        std::string stroke(node.disabled ? disabledStroke : colours.stroke);
        std::string penWidth = "1";
        if (m_forwardNodes.contains(node.id) || m_returnNodes.contains(node.id)) {
            stroke = m_forwardNodes.contains(node.id) ? traceForwardColour : traceReturnColour;
            penWidth = "3";
        }
        m_out += std::string(indent) + dotString(node.id) + " [label=" + dotString(joined(lines));
        m_out += ", shape=" + std::string(shapeOf(node.kind()));
        m_out += node.disabled ? ", style=\"filled,dashed\"" : "";
        m_out += node.kind() == NodeKind::Internet ? ", peripheries=2" : "";
        m_out += ", fillcolor=" + dotString(node.disabled ? disabledFill : colours.fill);
        m_out += ", color=" + dotString(stroke) + ", penwidth=" + penWidth;
        if (node.disabled)
            m_out += ", fontcolor=" + dotString(disabledStroke);
        if (!node.notes.empty())
            m_out += ", tooltip=" + dotString(node.notes);
        m_out += "];\n";
    }

    void writeLink(int index)
    {
        const Link &link = m_topology.links[std::size_t(index)];
        const LinePattern pattern = linePattern(link.kind());
        std::string colour(link.disabled ? disabledStroke : linkColour(link.kind()));
        std::string style = "solid";
        std::string penWidth = "1.2";
        switch (pattern) {
        case LinePattern::Double:
            // Two lines: a colour list with an invisible middle.
            colour += ":invis:" + colour;
            break;
        case LinePattern::Bold:
            style = "bold";
            penWidth = "2.5";
            break;
        case LinePattern::Dashed:
            style = "dashed";
            break;
        case LinePattern::DashDot:
            // Graphviz has no dash-dot; a dashed double line (a colour list with an
            // invisible middle) keeps VPN apart from the dashed Global Reach.
            style = "dashed";
            colour += ":invis:" + colour;
            break;
        case LinePattern::Dotted:
            style = "dotted";
            break;
        case LinePattern::LongDashed:
            // Graphviz has one dash length: thicker than Global Reach's dashes, in the hub's
            // navy.
            style = "dashed";
            penWidth = "2.5";
            break;
        case LinePattern::Solid:
            break;
        }
        std::string direction = "none";
        if (const auto found = m_linkTrace.find(index); found != m_linkTrace.end()) {
            const LinkTrace &trace = found->second;
            if (trace.forward && trace.back) {
                colour = std::string(traceForwardColour) + ":" + std::string(traceReturnColour);
                direction = trace.forwardAlong == trace.backAlong
                                ? (trace.forwardAlong ? "forward" : "back")
                                : "both";
            } else {
                colour = trace.forward ? traceForwardColour : traceReturnColour;
                direction
                    = (trace.forward ? trace.forwardAlong : trace.backAlong) ? "forward" : "back";
            }
            penWidth = "3";
        }
        std::string label = linkCaption(m_topology, link);
        if (link.disabled)
            label += " (disabled)";
        m_out += "    " + dotString(link.from) + " -- " + dotString(link.to)
                 + " [label=" + dotString(label);
        m_out
            += ", tooltip=" + dotString(link.id + " (" + std::string(toString(link.kind())) + ")");
        m_out += ", style=" + style + ", color=" + dotString(colour);
        m_out += ", penwidth=" + penWidth + ", dir=" + direction;
        m_out += link.disabled ? ", fontcolor=" + dotString(disabledStroke) + "];\n" : "];\n";
    }

    // Hops that no single link carries (a spoke to its hub's gateway, an NVA to the gateway
    // beside it) become extra arrows that do not move the layout.
    void writeOverlays()
    {
        for (const auto &[step, forward] : m_overlays) {
            const std::string_view colour = forward ? traceForwardColour : traceReturnColour;
            m_out += "    " + dotString(step.from) + " -- " + dotString(step.to)
                     + " [label=" + dotString(forward ? "trace" : "return")
                     + ", color=" + dotString(colour) + ", fontcolor=" + dotString(colour)
                     + ", penwidth=3, style=bold, dir=forward, constraint=false];\n";
        }
    }

    const Topology &m_topology;
    const DotOptions &m_options;
    DesignGraph m_graph;
    std::map<int, std::vector<Vertex>> m_members; // container vertex -> the vertices it holds
    std::map<int, LinkTrace> m_linkTrace;
    std::set<std::string> m_forwardNodes;
    std::set<std::string> m_returnNodes;
    std::vector<std::pair<TraceStep, bool>> m_overlays;
    std::string m_out;
};

} // namespace

std::string toDot(const Topology &topology, const DotOptions &options)
{
    return DotWriter(topology, options).write();
}

} // namespace avsnet::core
