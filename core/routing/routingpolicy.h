// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aspathpool.h"
#include "speakergraph.h"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace avsnet::core {

// How a speaker came by a route: its own, or over a session of some kind.
struct RouteCandidate
{
    int edge = -1;        // index of the incoming edge; -1 for the speaker's own prefix
    int from = -1;        // neighbour node; -1 for its own prefix
    AsPathId asPath = AsPathPool::emptyPath;
    int origin = -1;      // node that originated the prefix
    // The ExpressRoute gateway through which the route entered the circuits (R4: another
    // VNet's routes need allowRemoteVnetTraffic); -1 when it did not come from a gateway.
    // Circuits and Global Reach keep it.
    int entry = -1;
    unsigned localUse = 0; // own prefixes: which sessions may carry it (LocalUse bits)
    bool rejected = false; // announced but refused by the receiver (still counts for limits)
    // R10.1: how a route a hub passes to another hub entered the Virtual WAN.
    HubEntry hubEntry = HubEntry::None;

    bool isLocal() const { return edge < 0; }
    bool operator==(const RouteCandidate &) const = default;
};

// Own prefixes an on-prem site announces over BGP, and the ones a static VPN connection
// carries instead (R5: without BGP, the site's `prefixes` as static routes).
enum LocalUse : unsigned {
    OverBgp = 1,
    OverStaticVpn = 2,
    // A Virtual WAN hub's own routes (R10.2, R10.5, R10.6, R10.7), each with its audience.
    HubVnetConnection = 4, // a connected VNet's range
    HubAddressPrefix = 8,  // the hub's addressPrefix
    HubErAggregate = 16,   // R10.5: erToErTransit aggregates, to circuits only
    HubNvaAggregate = 32,  // R10.6: private-intent aggregates, to NVA peers only
    HubDefaultRoute = 64,  // R10.6: internet intent's 0.0.0.0/0
};

// A prefix a speaker originates (R1), with the AS path it starts with.
struct Origination
{
    Ipv4Prefix prefix;
    int node = -1;
    AsPathId asPath = AsPathPool::emptyPath;
    unsigned localUse = OverBgp;
};

// The rules of routing.md R1-R6, each in one named function: what a speaker originates,
// what it accepts, what it passes to which neighbour, how the AS path changes on the way,
// and which route it prefers. It holds no routes; propagation asks it.
class RoutingPolicy
{
public:
    using RankKey = std::array<long long, 4>;

    RoutingPolicy(const Topology &topology, const SpeakerGraph &graph, AsPathPool &asPaths);

    // R1, for every active speaker, sorted by prefix then node.
    std::vector<Origination> originations();

    // Why `receiver` refuses a route for `prefix`, or nothing when it takes it.
    std::optional<std::string> refusal(int receiver, const RouteCandidate &route,
                                       const Ipv4Prefix &prefix) const;
    // Whether `sender` may pass its best route over `edge` (not counting the never-back rule).
    bool mayExport(int sender, const RouteCandidate &route, const SpeakerGraph::Edge &edge,
                   const Ipv4Prefix &prefix) const;
    // The AS path the neighbour receives when `sender` passes `route` over `edge`.
    AsPathId exportedPath(int sender, const RouteCandidate &route, const SpeakerGraph::Edge &edge);
    // Larger is better; equal keys are equal-cost (ECMP).
    RankKey rank(int speaker, const RouteCandidate &route) const;

    // The kind of session a route came over; nullopt for a speaker's own prefix. Inline: the
    // hub rules ask it for every candidate of every session.
    std::optional<SessionKind> learnedOver(const RouteCandidate &route) const
    {
        if (route.isLocal())
            return std::nullopt;
        return m_graph.edges()[std::size_t(route.edge)].session.kind;
    }
    // What a receiver keeps of where a route came from: the ExpressRoute gateway or hub it
    // entered the circuits through (R4, R10.8) and how it entered the Virtual WAN (R10.1).
    void markOffer(int sender, const RouteCandidate &best, const SpeakerGraph::Edge &edge,
                   RouteCandidate &offer) const;
    // R10.1: how a route in a hub's table entered the Virtual WAN.
    HubEntry hubEntryOf(const RouteCandidate &route) const;

private:
    // Virtual WAN hubs (R10), in hubpolicy.cpp.
    void addHubOriginations(int hub, std::vector<Origination> &result);
    std::optional<std::string> hubRefusal(int hub, const RouteCandidate &route,
                                          const Ipv4Prefix &prefix) const;
    bool hubMayExport(int hub, const RouteCandidate &route, const SpeakerGraph::Edge &edge,
                      const Ipv4Prefix &prefix) const;
    RankKey hubRank(int hub, const RouteCandidate &route) const;
    bool hubPropagatesDefaultRoute(const SpeakerGraph::Edge &edge) const;

    AsPathId prepend(AsPathId path, Asn asn, int times);
    AsPathId withoutLeadingPrivateAsns(AsPathId path);
    AsPathId withPrivateAsnsReplaced(AsPathId path, Asn asn);
    AsPathId circuitExport(AsPathId path, std::optional<SessionKind> learned, SessionKind out);

    const Topology &m_topology;
    const SpeakerGraph &m_graph;
    AsPathPool &m_asPaths;
    std::unordered_map<std::uint64_t, AsPathId> m_exportCache; // (path, edge, how learned)
};

// The length of a path once the leading private ASNs are gone (R2, towards a customer edge).
std::size_t lengthWithoutLeadingPrivateAsns(std::span<const Asn> path);

} // namespace avsnet::core
