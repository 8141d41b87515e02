// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incrementalpropagation.h"

#include "prefixmerge.h"
#include "routingpolicy.h"

#include <algorithm>
#include <unordered_map>

namespace avsnet::core {

namespace {

// Node and link indices carry over only when the edit appended or changed things in place:
// the previous rows name nodes and links by index.
bool indicesCarryOver(const Topology &before, const Topology &after)
{
    if (after.nodes.size() < before.nodes.size() || after.links.size() < before.links.size())
        return false;
    for (std::size_t i = 0; i < before.nodes.size(); ++i) {
        if (before.nodes[i].id != after.nodes[i].id)
            return false;
    }
    for (std::size_t i = 0; i < before.links.size(); ++i) {
        if (before.links[i].id != after.links[i].id)
            return false;
    }
    return true;
}

// One session out of a speaker, as the propagation and the policy see it.
struct SessionSignature
{
    int to = -1;
    SessionKind kind = SessionKind::ErPeering;
    int link = -1;
    int weight = 0;
    bool bgp = true;
    bool operator==(const SessionSignature &) const = default;
};

std::vector<SessionSignature> sessionsFrom(const SpeakerGraph &graph, int node)
{
    std::vector<SessionSignature> sessions;
    for (const auto descriptor :
         boost::make_iterator_range(boost::out_edges(std::size_t(node), graph.graph()))) {
        const SessionEdge &session = graph.graph()[descriptor];
        const SpeakerGraph::Edge &edge = graph.edges()[std::size_t(session.index)];
        sessions.push_back({edge.to, session.kind, session.link, session.weight, session.bgp});
    }
    return sessions;
}

bool sameVertex(const SpeakerVertex &a, const SpeakerVertex &b)
{
    return a.node == b.node && a.kind == b.kind && a.asn == b.asn && a.vnet == b.vnet
           && a.speaks == b.speaks;
}

std::vector<Ipv4Prefix> sortedCopy(std::vector<Ipv4Prefix> prefixes)
{
    std::sort(prefixes.begin(), prefixes.end());
    prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
    return prefixes;
}

// The speakers whose behaviour towards some prefix the edit may have changed. Most edits
// change a speaker for every prefix; a VPN gateway's served ranges change it only for the
// prefixes that overlap the ranges that came or went (R5: it never passes a learned route
// overlapping them to a site).
struct EditedSpeakers
{
    std::vector<bool> changed; // by node
    struct ServedRangesChange
    {
        int node = -1;
        std::vector<Ipv4Prefix> ranges; // in one list but not the other
    };
    std::vector<ServedRangesChange> servedRanges;

    bool changes(int node, const Ipv4Prefix &prefix) const
    {
        if (changed[std::size_t(node)])
            return true;
        for (const auto &change : servedRanges) {
            if (change.node != node)
                continue;
            for (const auto &range : change.ranges) {
                if (range.contains(prefix) || prefix.contains(range))
                    return true;
            }
        }
        return false;
    }
};

EditedSpeakers editedSpeakers(const Topology &before, const SpeakerGraph &graphBefore,
                              const Topology &after, const SpeakerGraph &graphAfter)
{
    EditedSpeakers edited;
    edited.changed.assign(std::size_t(graphAfter.vertexCount()), false);
    for (int node = 0; node < graphBefore.vertexCount(); ++node) {
        const SpeakerVertex &old = graphBefore.vertex(node);
        const SpeakerVertex &now = graphAfter.vertex(node);
        // Its own settings (an NVA's AS path policy, a gateway's remote-traffic switches), its
        // sessions, and the one fact about its VNet the policy reads (R2, R6: a Route Server
        // beside it).
        bool changed = !sameVertex(old, now)
                       || before.nodes[std::size_t(node)].data != after.nodes[std::size_t(node)].data
                       || sessionsFrom(graphBefore, node) != sessionsFrom(graphAfter, node);
        if (!changed && now.vnet >= 0)
            changed = graphBefore.vnetHasRouteServer(old.vnet)
                      != graphAfter.vnetHasRouteServer(now.vnet);
        edited.changed[std::size_t(node)] = changed;
        if (!changed && now.kind == NodeKind::VpnGateway && now.vnet >= 0) {
            const auto old = sortedCopy(graphBefore.rangesServedBy(now.vnet));
            const auto current = sortedCopy(graphAfter.rangesServedBy(now.vnet));
            std::vector<Ipv4Prefix> difference;
            std::set_symmetric_difference(old.begin(), old.end(), current.begin(), current.end(),
                                          std::back_inserter(difference));
            if (!difference.empty())
                edited.servedRanges.push_back({node, std::move(difference)});
        }
    }
    return edited;
}

bool sameOriginations(const Origination *a, const Origination *aEnd, const Origination *b,
                      const Origination *bEnd)
{
    return std::equal(a, aEnd, b, bEnd, [](const Origination &x, const Origination &y) {
        return x.node == y.node && x.asPath == y.asPath && x.localUse == y.localUse;
    });
}

// Prefixes whose originations came, went or changed (both lists sorted by prefix, then node).
void addChangedOriginations(const std::vector<Origination> &before,
                            const std::vector<Origination> &after, std::vector<Ipv4Prefix> &dirty)
{
    const auto groupEnd = [](const std::vector<Origination> &list, std::size_t first) {
        std::size_t last = first;
        while (last < list.size() && list[last].prefix == list[first].prefix)
            ++last;
        return last;
    };
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < before.size() || j < after.size()) {
        if (j == after.size() || (i < before.size() && before[i].prefix < after[j].prefix)) {
            dirty.push_back(before[i].prefix);
            i = groupEnd(before, i);
        } else if (i == before.size() || after[j].prefix < before[i].prefix) {
            dirty.push_back(after[j].prefix);
            j = groupEnd(after, j);
        } else {
            const std::size_t iEnd = groupEnd(before, i);
            const std::size_t jEnd = groupEnd(after, j);
            if (!sameOriginations(&before[i], before.data() + iEnd, &after[j],
                                  after.data() + jEnd))
                dirty.push_back(before[i].prefix);
            i = iEnd;
            j = jEnd;
        }
    }
}

bool isDirty(const std::vector<Ipv4Prefix> &dirty, const Ipv4Prefix &prefix)
{
    return std::binary_search(dirty.begin(), dirty.end(), prefix);
}

// A session by its ends and link; -1 links (a VNet's gateways and Route Server) are one per
// pair.
std::uint64_t sessionKey(int from, int to, int link)
{
    return (std::uint64_t(std::uint32_t(from)) << 44) | (std::uint64_t(std::uint32_t(to)) << 24)
           | std::uint64_t(std::uint32_t(link + 1));
}

class Merger
{
public:
    Merger(const PreviousPropagation &previous, const SpeakerGraph &graph,
           const std::vector<Ipv4Prefix> &dirty, PropagationResult &fresh)
        : m_previous(previous)
        , m_graph(graph)
        , m_dirty(dirty)
        , m_fresh(fresh)
    {
        const PrefixFootprints &footprints = previous.basis.footprints;
        m_dirtyRow.reserve(footprints.size());
        for (const Ipv4Prefix &prefix : footprints.prefixes)
            m_dirtyRow.push_back(isDirty(dirty, prefix));
    }

    IncrementalPropagation merge()
    {
        IncrementalPropagation merged;
        merged.rerunPrefixes = m_dirty;
        AnnouncementCounts counts(m_previous, m_graph);
        mergeTables(merged, counts);
        for (const RouteDrop &drop : m_previous.drops) {
            if (isDirty(m_dirty, drop.prefix))
                counts.uncount(drop.from, drop.node, drop.link);
        }
        merged.announcedPerEdge = std::move(counts).plus(m_fresh.announcedPerEdge);
        const auto prefixOfDrop = [](const RouteDrop &drop) -> const Ipv4Prefix & {
            return drop.prefix;
        };
        merged.drops = mergeByPrefix<RouteDrop>(m_previous.drops, m_dirty, m_fresh.drops,
                                                prefixOfDrop);
        const auto itself = [](const Ipv4Prefix &prefix) -> const Ipv4Prefix & { return prefix; };
        merged.unconverged = mergeByPrefix<Ipv4Prefix>(m_previous.unconverged, m_dirty,
                                                       m_fresh.unconverged, itself);
        merged.footprints = mergedFootprints();
        return merged;
    }

private:
    // Routes announced over each session: the previous counts carried to the same sessions,
    // less what the dirty prefixes counted then (their routes and drops, uncounted as the
    // merge leaves them out), plus what they count now.
    class AnnouncementCounts
    {
    public:
        AnnouncementCounts(const PreviousPropagation &previous, const SpeakerGraph &graph)
            : m_counts(graph.edges().size(), 0)
        {
            m_edgeByKey.reserve(graph.edges().size());
            for (const auto &edge : graph.edges())
                m_edgeByKey.emplace(sessionKey(edge.from, edge.to, edge.session.link),
                                    std::size_t(edge.session.index));
            const auto &oldEdges = previous.basis.graph->edges();
            for (std::size_t i = 0; i < oldEdges.size(); ++i) {
                if (const auto edge =
                        find(oldEdges[i].from, oldEdges[i].to, oldEdges[i].session.link))
                    m_counts[*edge] += previous.basis.announcedPerEdge[i];
            }
        }

        void uncount(int from, int to, int link)
        {
            if (const auto edge = find(from, to, link))
                --m_counts[*edge];
        }

        std::vector<std::size_t> plus(const std::vector<std::size_t> &fresh) &&
        {
            for (std::size_t edge = 0; edge < m_counts.size(); ++edge)
                m_counts[edge] += fresh[edge];
            return std::move(m_counts);
        }

    private:
        std::optional<std::size_t> find(int from, int to, int link) const
        {
            const auto found = m_edgeByKey.find(sessionKey(from, to, link));
            return found == m_edgeByKey.end() ? std::nullopt : std::optional(found->second);
        }

        std::unordered_map<std::uint64_t, std::size_t> m_edgeByKey;
        std::vector<std::size_t> m_counts;
    };

    // Rows of dirty prefixes sit only in the tables of speakers those prefixes reached.
    std::vector<bool> speakersHoldingDirtyRows() const
    {
        std::vector<bool> holding(std::size_t(m_graph.vertexCount()), false);
        const PrefixFootprints &footprints = m_previous.basis.footprints;
        for (std::size_t row = 0; row < footprints.size(); ++row) {
            if (!m_dirtyRow[row])
                continue;
            for (const int node : footprints.nodesOf(row))
                holding[std::size_t(node)] = true;
        }
        return holding;
    }

    void mergeTables(IncrementalPropagation &merged, AnnouncementCounts &counts) const
    {
        const auto holding = speakersHoldingDirtyRows();
        const auto prefixOf = [](const BgpRoute &route) -> const Ipv4Prefix & {
            return route.prefix;
        };
        static const auto empty = std::make_shared<const BgpTable>();
        merged.tables.resize(std::size_t(m_graph.vertexCount()));
        for (std::size_t node = 0; node < merged.tables.size(); ++node) {
            const bool existed = node < m_previous.tables.size();
            const auto &fresh = m_fresh.tables[node];
            if (existed && !holding[node] && fresh.empty()) {
                merged.tables[node] = m_previous.tables[node];
                continue;
            }
            const auto old = existed ? m_previous.tables[node]->routes()
                                     : std::span<const BgpRoute>();
            // A learned route left out was announced to this speaker over its session.
            const auto uncount = [&counts, node](const BgpRoute &route) {
                if (!route.isLocal())
                    counts.uncount(route.learnedFrom, int(node), route.link);
            };
            merged.tables[node] = old.empty() && fresh.empty()
                                      ? empty
                                      : std::make_shared<const BgpTable>(mergeByPrefix<BgpRoute>(
                                            old, m_dirty, fresh, prefixOf, uncount));
        }
    }

    PrefixFootprints mergedFootprints() const
    {
        const PrefixFootprints &old = m_previous.basis.footprints;
        const PrefixFootprints &fresh = m_fresh.footprints;
        PrefixFootprints merged;
        merged.prefixes.reserve(old.size() + fresh.size());
        merged.nodes.reserve(old.nodes.size() + fresh.nodes.size());
        std::size_t next = 0;
        for (std::size_t row = 0; row < old.size(); ++row) {
            if (m_dirtyRow[row])
                continue;
            const Ipv4Prefix &prefix = old.prefixes[row];
            for (; next < fresh.size() && fresh.prefixes[next] < prefix; ++next)
                merged.append(fresh.prefixes[next], fresh.nodesOf(next));
            merged.append(prefix, old.nodesOf(row));
        }
        for (; next < fresh.size(); ++next)
            merged.append(fresh.prefixes[next], fresh.nodesOf(next));
        return merged;
    }

    const PreviousPropagation &m_previous;
    const SpeakerGraph &m_graph;
    const std::vector<Ipv4Prefix> &m_dirty;
    PropagationResult &m_fresh;
    std::vector<bool> m_dirtyRow; // by row of the previous footprints
};

} // namespace

std::optional<IncrementalPropagation>
propagateIncrementally(const PreviousPropagation &previous, const Topology &topology,
                       const SpeakerGraph &graph, RoutingPolicy &policy,
                       const std::vector<Origination> &originations, double fullRunAbove)
{
    if (!indicesCarryOver(previous.topology, topology))
        return std::nullopt;
    const PropagationBasis &basis = previous.basis;

    std::vector<Ipv4Prefix> dirty;
    addChangedOriginations(basis.originations, originations, dirty);
    const EditedSpeakers edited = editedSpeakers(previous.topology, *basis.graph, topology, graph);
    const PrefixFootprints &footprints = basis.footprints;
    for (std::size_t row = 0; row < footprints.size(); ++row) {
        const auto nodes = footprints.nodesOf(row);
        const Ipv4Prefix &prefix = footprints.prefixes[row];
        if (std::any_of(nodes.begin(), nodes.end(),
                        [&](int node) { return edited.changes(node, prefix); }))
            dirty.push_back(prefix);
    }
    dirty = sortedCopy(std::move(dirty));
    if (double(dirty.size()) > fullRunAbove * double(std::max(footprints.size(), std::size_t(1))))
        return std::nullopt;

    std::vector<Origination> rerun;
    for (const Origination &origination : originations) {
        if (isDirty(dirty, origination.prefix))
            rerun.push_back(origination);
    }
    PropagationResult fresh = RoutePropagation(graph, policy).run(rerun);
    return Merger(previous, graph, dirty, fresh).merge();
}

} // namespace avsnet::core
