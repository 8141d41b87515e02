// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "designdiff.h"

#include "routing/analysis.h"

#include <algorithm>
#include <compare>
#include <future>
#include <map>
#include <numeric>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>

namespace avsnet::core {

namespace {

// ---- pairing equal elements -------------------------------------------------------------

// Which elements of `a` and of `b` have an equal partner on the other side (each partner
// used once), found by sorting indices so neither list is reordered. `compare` is a
// three-way comparison.
template<typename T, typename Compare>
std::pair<std::vector<bool>, std::vector<bool>> pairEqual(const std::vector<T> &a,
                                                          const std::vector<T> &b,
                                                          Compare compare)
{
    const auto sortedIndices = [&](const std::vector<T> &items) {
        std::vector<std::size_t> order(items.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return compare(items[x], items[y]) < 0;
        });
        return order;
    };
    const auto aOrder = sortedIndices(a);
    const auto bOrder = sortedIndices(b);
    std::vector<bool> aPaired(a.size()), bPaired(b.size());
    for (std::size_t i = 0, j = 0; i < aOrder.size() && j < bOrder.size();) {
        const auto order = compare(a[aOrder[i]], b[bOrder[j]]);
        if (order < 0) {
            ++i;
        } else if (order > 0) {
            ++j;
        } else {
            aPaired[aOrder[i++]] = true;
            bPaired[bOrder[j++]] = true;
        }
    }
    return {std::move(aPaired), std::move(bPaired)};
}

// ---- raw routes ---------------------------------------------------------------------------

// The fields a `routes` row shows (viewOf), read from the engine's route without building
// strings, so the millions of unchanged routes of a large design cost no allocation. Equal
// keys give equal rows; the prefix is compared apart, as tables are grouped by it.
struct RouteKey
{
    std::string_view nextHopType;
    std::string_view source;
    std::string_view nextHopNode; // empty when none, or when the row shows nextHopIp
    std::optional<Ipv4Address> nextHopIp;
    std::span<const Asn> asPath;
    bool active = false;
};

std::strong_ordering compareKeys(const RouteKey &a, const RouteKey &b)
{
    const auto fields = [](const RouteKey &key) {
        return std::tie(key.nextHopType, key.source, key.nextHopNode, key.nextHopIp, key.active);
    };
    if (const auto order = fields(a) <=> fields(b); order != 0)
        return order;
    return std::lexicographical_compare_three_way(a.asPath.begin(), a.asPath.end(),
                                                  b.asPath.begin(), b.asPath.end());
}

const std::string &nodeId(const Analysis &analysis, int node)
{
    return analysis.topology().nodes[std::size_t(node)].id;
}

RouteKey keyOf(const Analysis &analysis, int, const EffectiveRoute &route)
{
    RouteKey key{toString(route.nextHopType), toString(route.source), {}, route.nextHopIp,
                 analysis.asPaths().path(route.asPath), route.active};
    if (!route.nextHopIp && route.nextHopNode >= 0)
        key.nextHopNode = nodeId(analysis, route.nextHopNode);
    return key;
}

RouteKey keyOf(const Analysis &analysis, int, const BgpRoute &route)
{
    if (route.isLocal())
        return RouteKey{"Local", "Local", {}, std::nullopt, {}, route.active};
    // AVS shows its paths rewritten (Tier-0 view): raw paths that differ may still give equal
    // rows, which dropCommonRows settles.
    return RouteKey{"Peer", "BGP", nodeId(analysis, route.learnedFrom), std::nullopt,
                    analysis.asPaths().path(route.asPath), route.active};
}

RouteView rowOf(const Analysis &analysis, int, const EffectiveRoute &route)
{
    return viewOf(analysis, route);
}

RouteView rowOf(const Analysis &analysis, int speaker, const BgpRoute &route)
{
    return viewOf(analysis, speaker, route);
}

// One design's side of a context: its routes in table order (by prefix), and the speaker
// whose table it is (BGP tables only).
template<typename Route>
struct TableSide
{
    const Analysis &analysis;
    int speaker = -1;
    std::span<const Route> routes;
};

// Appends the routes of two same-prefix groups that have no equal partner in the other.
template<typename Route>
void unpairedInGroup(const TableSide<Route> &before, std::span<const Route> beforeGroup,
                     const TableSide<Route> &after, std::span<const Route> afterGroup,
                     std::vector<const Route *> &removed, std::vector<const Route *> &added)
{
    const auto keysOf = [](const TableSide<Route> &side, std::span<const Route> group) {
        std::vector<RouteKey> keys;
        keys.reserve(group.size());
        for (const Route &route : group)
            keys.push_back(keyOf(side.analysis, side.speaker, route));
        return keys;
    };
    // Nearly every group is unchanged and in the same order: settle that without sorting.
    if (beforeGroup.size() == afterGroup.size()
        && std::equal(beforeGroup.begin(), beforeGroup.end(), afterGroup.begin(),
                      [&](const Route &x, const Route &y) {
                          return compareKeys(keyOf(before.analysis, before.speaker, x),
                                             keyOf(after.analysis, after.speaker, y))
                                 == 0;
                      }))
        return;
    const auto [beforePaired, afterPaired] =
        pairEqual(keysOf(before, beforeGroup), keysOf(after, afterGroup), compareKeys);
    for (std::size_t i = 0; i < beforeGroup.size(); ++i)
        if (!beforePaired[i])
            removed.push_back(&beforeGroup[i]);
    for (std::size_t i = 0; i < afterGroup.size(); ++i)
        if (!afterPaired[i])
            added.push_back(&afterGroup[i]);
}

// Both tables are sorted by prefix: walk them together, one prefix group at a time, so the
// work is linear in the table sizes.
template<typename Route>
void unpairedRoutes(const TableSide<Route> &before, const TableSide<Route> &after,
                    std::vector<const Route *> &removed, std::vector<const Route *> &added)
{
    const auto a = before.routes;
    const auto b = after.routes;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        const Ipv4Prefix prefix = j >= b.size() || (i < a.size() && a[i].prefix < b[j].prefix)
                                      ? a[i].prefix
                                      : b[j].prefix;
        const auto groupEnd = [&](std::span<const Route> routes, std::size_t at) {
            while (at < routes.size() && routes[at].prefix == prefix)
                ++at;
            return at;
        };
        const std::size_t iEnd = groupEnd(a, i);
        const std::size_t jEnd = groupEnd(b, j);
        unpairedInGroup(before, a.subspan(i, iEnd - i), after, b.subspan(j, jEnd - j), removed,
                        added);
        i = iEnd;
        j = jEnd;
    }
}

// ---- rows ---------------------------------------------------------------------------------

// A row with its prefix, to order rows as `routes` does without parsing the text again.
struct PlacedRow
{
    Ipv4Prefix prefix;
    RouteView view;
};

template<typename Route>
std::vector<PlacedRow> rowsOf(const TableSide<Route> &side, const std::vector<const Route *> &routes)
{
    std::vector<PlacedRow> rows;
    rows.reserve(routes.size());
    for (const Route *route : routes)
        rows.push_back({route->prefix, rowOf(side.analysis, side.speaker, *route)});
    return rows;
}

std::strong_ordering compareRows(const PlacedRow &a, const PlacedRow &b)
{
    const auto fields = [](const RouteView &view) {
        return std::tie(view.prefix, view.nextHopType, view.nextHop, view.source, view.asPath,
                        view.active);
    };
    return fields(a.view) <=> fields(b.view);
}

// Rows that look the same on both sides are no change, though their routes differed.
void dropCommonRows(std::vector<PlacedRow> &removed, std::vector<PlacedRow> &added)
{
    const auto [removedPaired, addedPaired] = pairEqual(removed, added, compareRows);
    const auto keepUnpaired = [](std::vector<PlacedRow> &rows, const std::vector<bool> &paired) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (paired[i])
                continue;
            if (kept != i) // a self-move would empty the strings
                rows[kept] = std::move(rows[i]);
            ++kept;
        }
        rows.resize(kept);
    };
    keepUnpaired(removed, removedPaired);
    keepUnpaired(added, addedPaired);
}

// `routes` order (sortForDisplay): longest prefix first, then by address, else table order.
std::vector<RouteView> inRoutesOrder(std::vector<PlacedRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const PlacedRow &a, const PlacedRow &b) {
        return std::pair(-a.prefix.length(), a.prefix.first())
               < std::pair(-b.prefix.length(), b.prefix.first());
    });
    std::vector<RouteView> views;
    views.reserve(rows.size());
    for (auto &row : rows)
        views.push_back(std::move(row.view));
    return views;
}

template<typename Route>
ContextRouteChanges diffTable(const std::string &context, const TableSide<Route> &before,
                              const TableSide<Route> &after)
{
    std::vector<const Route *> removedRoutes, addedRoutes;
    unpairedRoutes(before, after, removedRoutes, addedRoutes);
    auto removed = rowsOf(before, removedRoutes);
    auto added = rowsOf(after, addedRoutes);
    dropCommonRows(removed, added);
    return {context, inRoutesOrder(std::move(added)), inRoutesOrder(std::move(removed))};
}

// ---- contexts -----------------------------------------------------------------------------

// Where one context's routes live in one design: a subnet of a VNet, or a speaker's table.
struct ContextSource
{
    int node = -1;
    int subnet = -1; // -1: the node's BGP table
};

// Every context `routes --at` accepts (routecontext.h), by name.
std::map<std::string, ContextSource> routeContexts(const Analysis &analysis)
{
    std::map<std::string, ContextSource> contexts;
    const auto &nodes = analysis.topology().nodes;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const Node &node = nodes[n];
        if (const auto *vnet = node.as<VirtualNetwork>()) {
            // emplace keeps the first subnet of a repeated name, as routesAt finds it.
            for (std::size_t s = 0; s < vnet->subnets.size(); ++s)
                contexts.emplace(node.id + '/' + vnet->subnets[s].name,
                                 ContextSource{int(n), int(s)});
        } else if (node.kind() != NodeKind::Internet) {
            contexts.emplace(node.id, ContextSource{int(n), -1});
        }
    }
    return contexts;
}

// ---- unchanged tables, settled without building them --------------------------------------

// Whether two lists give the same rows: same prefixes, same keys, same order.
template<typename Route>
bool sameRows(const Analysis &before, std::span<const Route> a, const Analysis &after,
              std::span<const Route> b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [&](const Route &x, const Route &y) {
        return x.prefix == y.prefix && compareKeys(keyOf(before, -1, x), keyOf(after, -1, y)) == 0;
    });
}

// A subnet's effective routes are three layers combined (EffectiveRouteTable): where every
// layer is equal in both analyses, so is the table. Comparing a hub's shared BGP layer once
// costs far less than building the table of each of its spokes' subnets, which a large
// design's what-if would otherwise do thousands of times. A speaker's table that the two
// analyses share (reanalyze keeps the tables an edit left alone) is equal without a look.
class UnchangedTables
{
public:
    UnchangedTables(const Analysis &before, const Analysis &after)
        : m_before(before)
        , m_after(after)
    {}

    bool subnet(const ContextSource &was, const ContextSource &is)
    {
        if (!m_before.isNodeActive(was.node) || !m_after.isNodeActive(is.node))
            return false;
        const auto a = m_before.effectiveRoutes(was.node, was.subnet);
        const auto b = m_after.effectiveRoutes(is.node, is.subnet);
        return sameRows(m_before, a.systemLayer(), m_after, b.systemLayer())
               && sameRows(m_before, a.userLayer(), m_after, b.userLayer())
               && sameBgpLayer(a.bgpRoutes().get(), b.bgpRoutes().get());
    }

    bool speaker(const ContextSource &was, const ContextSource &is) const
    {
        const BgpTable &a = m_before.bgpTable(was.node);
        const BgpTable &b = m_after.bgpTable(is.node);
        return &a == &b || sameRows(m_before, a.routes(), m_after, b.routes());
    }

private:
    bool sameBgpLayer(const ProgrammedRouteSet *a, const ProgrammedRouteSet *b)
    {
        if (!a || !b)
            return a == b;
        if (a->omitInsideVnetRanges != b->omitInsideVnetRanges)
            return false;
        const auto [known, added] = m_bgpLayers.try_emplace({a, b}, false);
        if (added)
            known->second = sameRows<EffectiveRoute>(m_before, a->routes, m_after, b->routes);
        return known->second;
    }

    const Analysis &m_before;
    const Analysis &m_after;
    std::map<std::pair<const ProgrammedRouteSet *, const ProgrammedRouteSet *>, bool> m_bgpLayers;
};

// A subnet's effective routes, held for the duration of one comparison.
std::vector<EffectiveRoute> subnetRoutes(const Analysis &analysis,
                                         const std::optional<ContextSource> &source)
{
    // As routesAt: a disabled VNet has no routes at all.
    if (!source || !analysis.isNodeActive(source->node))
        return {};
    return analysis.effectiveRoutes(source->node, source->subnet).allRoutes();
}

TableSide<BgpRoute> speakerTable(const Analysis &analysis,
                                 const std::optional<ContextSource> &source)
{
    if (!source)
        return {analysis, -1, {}};
    return {analysis, source->node, analysis.bgpTable(source->node).routes()};
}

ContextRouteChanges diffContext(const std::string &context, const Analysis &before,
                                const std::optional<ContextSource> &beforeSource,
                                const Analysis &after,
                                const std::optional<ContextSource> &afterSource,
                                UnchangedTables &unchanged)
{
    const bool subnet = (beforeSource ? beforeSource : afterSource)->subnet >= 0;
    if (beforeSource && afterSource
        && (subnet ? unchanged.subnet(*beforeSource, *afterSource)
                   : unchanged.speaker(*beforeSource, *afterSource)))
        return {context, {}, {}};
    if (subnet) {
        const auto beforeRoutes = subnetRoutes(before, beforeSource);
        const auto afterRoutes = subnetRoutes(after, afterSource);
        return diffTable<EffectiveRoute>(context, {before, -1, beforeRoutes},
                                         {after, -1, afterRoutes});
    }
    return diffTable(context, speakerTable(before, beforeSource), speakerTable(after, afterSource));
}

// ---- reachability -------------------------------------------------------------------------

// Matrix index of every endpoint, -1 for each name the matrix lacks.
std::vector<std::ptrdiff_t> indicesIn(const ReachabilityMatrix &matrix,
                                      const std::vector<std::string_view> &names)
{
    std::unordered_map<std::string_view, std::ptrdiff_t> byName;
    for (std::size_t i = 0; i < matrix.endpoints.size(); ++i)
        byName.emplace(matrix.endpoints[i], std::ptrdiff_t(i));
    std::vector<std::ptrdiff_t> indices;
    indices.reserve(names.size());
    for (const auto name : names) {
        const auto found = byName.find(name);
        indices.push_back(found == byName.end() ? -1 : found->second);
    }
    return indices;
}

} // namespace

std::vector<ReachabilityChange> diffReachability(const ReachabilityMatrix &before,
                                                 const ReachabilityMatrix &after)
{
    std::vector<std::string_view> names(before.endpoints.begin(), before.endpoints.end());
    names.insert(names.end(), after.endpoints.begin(), after.endpoints.end());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());

    const auto beforeIndex = indicesIn(before, names);
    const auto afterIndex = indicesIn(after, names);
    const auto reaches = [](const ReachabilityMatrix &matrix, std::ptrdiff_t from,
                            std::ptrdiff_t to) {
        return from >= 0 && to >= 0 && matrix.reachable[std::size_t(from)][std::size_t(to)];
    };
    std::vector<ReachabilityChange> changes;
    for (std::size_t from = 0; from < names.size(); ++from) {
        for (std::size_t to = 0; to < names.size(); ++to) {
            if (from == to)
                continue; // an endpoint and itself is no pair (the matrix shows "-")
            const bool was = reaches(before, beforeIndex[from], beforeIndex[to]);
            const bool is = reaches(after, afterIndex[from], afterIndex[to]);
            if (was != is)
                changes.push_back({std::string(names[from]), std::string(names[to]), is});
        }
    }
    return changes;
}

std::vector<ContextRouteChanges> diffRoutes(const Analysis &before, const Analysis &after)
{
    const auto beforeContexts = routeContexts(before);
    const auto afterContexts = routeContexts(after);
    std::vector<ContextRouteChanges> changes;
    UnchangedTables unchanged(before, after);
    const auto compare = [&](const std::string &context, std::optional<ContextSource> was,
                             std::optional<ContextSource> is) {
        auto change = diffContext(context, before, was, after, is, unchanged);
        if (!change.added.empty() || !change.removed.empty())
            changes.push_back(std::move(change));
    };
    // Both maps are sorted by name: walk them together over the union of contexts.
    auto b = beforeContexts.begin();
    auto a = afterContexts.begin();
    while (b != beforeContexts.end() || a != afterContexts.end()) {
        if (a == afterContexts.end() || (b != beforeContexts.end() && b->first < a->first)) {
            compare(b->first, b->second, std::nullopt);
            ++b;
        } else if (b == beforeContexts.end() || a->first < b->first) {
            compare(a->first, std::nullopt, a->second);
            ++a;
        } else {
            compare(a->first, b->second, a->second);
            ++a;
            ++b;
        }
    }
    return changes;
}

DesignDiff diffDesigns(const Analysis &before, const Analysis &after, const DiffOptions &options)
{
    DesignDiff diff;
    diff.reachabilityCompared = options.reachability;
    if (!options.reachability) {
        diff.routes = diffRoutes(before, after);
        return diff;
    }
    // The two matrices are the slow part and independent (an Analysis is immutable): build
    // the first on a second thread while this one builds the second and compares routes.
    auto beforeMatrix =
        std::async(std::launch::async, [&before] { return reachabilityMatrix(before); });
    const ReachabilityMatrix afterMatrix = reachabilityMatrix(after);
    diff.routes = diffRoutes(before, after);
    diff.reachability = diffReachability(beforeMatrix.get(), afterMatrix);
    return diff;
}

} // namespace avsnet::core
