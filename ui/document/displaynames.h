// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"
#include "routing/analysis.h"

#include <QHash>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace avsnet::ui {

// What a person reads in place of an id. Ids stay in files, the JSON output and the CLI
// (cli.md); the designer shows the names people typed: a node by its name (its id when it
// has none, "Name (id)" when two nodes share the name), an endpoint "vnet/subnet" as
// "Name / subnet", a link by its two ends, and the engine's sentences (findings, drop
// reasons) with the ids they mention replaced by names. Built once per topology; lookups
// are hash lookups, so a design of thousands of nodes stays cheap.
class DisplayNames
{
public:
    DisplayNames() = default;
    explicit DisplayNames(const core::Topology &topology);
    // The names of the analysed design, built once per design: after an edit the canvas and
    // every dock ask for the same ones (on L each build took a few milliseconds). Empty for
    // no analysis. GUI thread only.
    static DisplayNames of(const core::Analysis *analysis);

    // The node's name, or `id` itself when no node has it.
    QString node(std::string_view id) const;
    // "Hub / workload" for "hub/workload", the node's name for a node id, an address as it is.
    QString endpoint(std::string_view endpoint) const;
    // "Spoke 1 – Hub": a link by its ends (links have no names of their own).
    QString link(std::string_view id) const;
    // A node or a link, whichever the id names.
    QString item(std::string_view id) const;
    // `text` with every id of a node or link replaced by its display text, and a node's
    // field ("hub.addressSpace") in words. Only whole ids count (ids are [A-Za-z0-9_.-]+),
    // and a sentence's final full stop is not part of one.
    QString text(std::string_view text) const;

    // The endpoint a person typed or picked ("Hub / workload", "Hub/workload", a name, an
    // id, an address) in the engine's form ("hub/workload"); text it cannot read as a name
    // comes back unchanged, for the engine to judge.
    QString endpointId(const QString &typed) const;

private:
    // "hub.addressSpace" -> "Hub address space"; any other token unchanged.
    QString fieldOfNode(const QString &token) const;

    QHash<QString, QString> m_nodes;  // id -> shown
    QHash<QString, QString> m_links;  // id -> shown
    QHash<QString, QString> m_byName; // shown (lower case) -> id
};

} // namespace avsnet::ui
