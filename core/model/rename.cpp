// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rename.h"

#include <algorithm>

namespace avsnet::core {

namespace {

bool isIdCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
           || c == '.' || c == '-';
}

// An endpoint (cli.md) names a node, or a node's subnet or segment after a slash.
void renameEndpoint(std::string &endpoint, const std::string &from, const std::string &to)
{
    if (endpoint == from)
        endpoint = to;
    else if (endpoint.size() > from.size() && endpoint.compare(0, from.size(), from) == 0
             && endpoint[from.size()] == '/')
        endpoint = to + endpoint.substr(from.size());
}

void renameIn(std::string &reference, const std::string &from, const std::string &to)
{
    if (reference == from)
        reference = to;
}

} // namespace

std::string checkNewId(const Topology &topology, std::string_view current, std::string_view id)
{
    if (id.empty())
        return "an id is required";
    if (!std::all_of(id.begin(), id.end(), isIdCharacter))
        return "an id holds only letters, digits, '_', '.' and '-'";
    if (id == current)
        return {};
    if (topology.node(id))
        return "the node " + std::string(id) + " already has this id";
    if (topology.link(id))
        return "the link " + std::string(id) + " already has this id";
    return {};
}

bool renameItem(Topology &topology, const std::string &from, const std::string &to)
{
    if (!checkNewId(topology, from, to).empty())
        return false;
    if (Node *node = topology.node(from)) {
        node->id = to;
        for (Node &other : topology.nodes) {
            std::visit(
                [&](auto &data) {
                    if constexpr (requires { data.vnet; })
                        renameIn(data.vnet, from, to);
                    // Virtual WAN (vwan.md): a hub gateway's or firewall's hub, a hub's
                    // Virtual WAN, and the firewalls its routing intent names.
                    if constexpr (requires { data.hub; })
                        renameIn(data.hub, from, to);
                    if constexpr (requires { data.vwan; })
                        renameIn(data.vwan, from, to);
                    if constexpr (requires { data.routingIntent; }) {
                        if (data.routingIntent) {
                            renameIn(data.routingIntent->privateTraffic, from, to);
                            renameIn(data.routingIntent->internetTraffic, from, to);
                        }
                    }
                },
                other.data);
        }
        for (Link &link : topology.links) {
            renameIn(link.from, from, to);
            renameIn(link.to, from, to);
        }
        for (Intent &intent : topology.intents) {
            renameEndpoint(intent.from, from, to);
            renameEndpoint(intent.to, from, to);
            for (std::string &via : intent.via)
                renameIn(via, from, to);
        }
        return true;
    }
    const auto link = std::find_if(topology.links.begin(), topology.links.end(),
                                   [&](const Link &candidate) { return candidate.id == from; });
    if (link == topology.links.end())
        return false;
    link->id = to;
    return true;
}

} // namespace avsnet::core
