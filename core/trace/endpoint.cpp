// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include "routing/analysis.h"

#include <algorithm>

namespace avsnet::core {

namespace {

int internetNode(const Topology &topology)
{
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        if (topology.nodes[i].kind() == NodeKind::Internet)
            return int(i);
    }
    return -1;
}

// The first address Azure gives a VM in a subnet (the network address + 4).
Ipv4Address firstVmAddress(const Ipv4Prefix &prefix)
{
    return Ipv4Address(prefix.first() + 4);
}

Ipv4Address firstHost(const Ipv4Prefix &prefix)
{
    return Ipv4Address(prefix.length() >= 31 ? prefix.first() : prefix.first() + 1);
}

// The most specific prefix found so far for one address, and whose it is.
struct PlaceMatch
{
    PlaceKind kind = PlaceKind::Nowhere;
    int node = -1;
    int index = -1;
    int length = -1;
};

// placeOf() for many addresses at once: one pass over the design's prefixes, each prefix
// checked against the run of sorted addresses it holds. Design-wide checks ask for a few dozen
// sites and clouds in a design of 100,000 prefixes, so a pass per address would dominate.
std::vector<PlaceMatch> bestMatches(const Topology &topology,
                                    const std::vector<Ipv4Address> &addresses)
{
    // The addresses in ascending order (values), with where each was asked (positions).
    std::vector<std::size_t> positions(addresses.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] = i;
    std::sort(positions.begin(), positions.end(),
              [&](std::size_t a, std::size_t b) { return addresses[a] < addresses[b]; });
    std::vector<std::uint32_t> values;
    values.reserve(positions.size());
    for (const std::size_t position : positions)
        values.push_back(addresses[position].value());
    std::vector<PlaceMatch> best(addresses.size());
    // The first prefix of the longest length wins, in node order as the design lists them.
    const auto consider = [&](const Ipv4Prefix &prefix, PlaceKind kind, int node, int index) {
        auto held = std::lower_bound(values.begin(), values.end(), prefix.first());
        for (; held != values.end() && *held <= prefix.last(); ++held) {
            PlaceMatch &match = best[positions[std::size_t(held - values.begin())]];
            if (prefix.length() > match.length)
                match = {kind, node, index, prefix.length()};
        }
    };
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
        const Node &node = topology.nodes[i];
        if (const auto *vnet = node.as<VirtualNetwork>()) {
            for (std::size_t s = 0; s < vnet->subnets.size(); ++s)
                consider(vnet->subnets[s].prefix, PlaceKind::Subnet, int(i), int(s));
        } else if (const auto *cloud = node.as<AvsPrivateCloud>()) {
            consider(cloud->managementBlock, PlaceKind::AvsManagement, int(i), -1);
            for (std::size_t s = 0; s < cloud->segments.size(); ++s)
                consider(cloud->segments[s].prefix, PlaceKind::AvsSegment, int(i), int(s));
        } else if (const auto *site = node.as<OnPremSite>()) {
            for (const auto &prefix : site->prefixes)
                consider(prefix, PlaceKind::OnPrem, int(i), -1);
        }
    }
    return best;
}

// The place of `address` given its best match: the label is built once, for the winner, not
// for every prefix compared.
Place placeFromMatch(const Topology &topology, Ipv4Address address, const PlaceMatch &best)
{
    if (best.length < 0)
        return address.isPublic() ? Place{PlaceKind::Internet, internetNode(topology), -1, "internet"}
                                  : Place{};
    const Node &node = topology.nodes[std::size_t(best.node)];
    std::string label = node.id;
    switch (best.kind) {
    case PlaceKind::Subnet:
        label += '/' + node.as<VirtualNetwork>()->subnets[std::size_t(best.index)].name;
        break;
    case PlaceKind::AvsSegment:
        label += '/' + node.as<AvsPrivateCloud>()->segments[std::size_t(best.index)].name;
        break;
    case PlaceKind::AvsManagement:
        label += "/management";
        break;
    default:
        break;
    }
    return {best.kind, best.node, best.index, std::move(label)};
}

std::vector<Place> placesOf(const Analysis &analysis, const std::vector<Ipv4Address> &addresses)
{
    const auto matches = bestMatches(analysis.topology(), addresses);
    std::vector<Place> places;
    places.reserve(addresses.size());
    for (std::size_t i = 0; i < addresses.size(); ++i)
        places.push_back(placeFromMatch(analysis.topology(), addresses[i], matches[i]));
    return places;
}

// The address representativeEndpoint() stands a node by; nothing for other kinds.
std::optional<Ipv4Address> representativeAddress(const Node &model)
{
    if (const auto *site = model.as<OnPremSite>(); site && !site->prefixes.empty())
        return firstHost(site->prefixes.front());
    if (const auto *cloud = model.as<AvsPrivateCloud>())
        return cloud->segments.empty() ? firstHost(cloud->managementBlock)
                                       : firstVmAddress(cloud->segments.front().prefix);
    return std::nullopt;
}

} // namespace

Place placeOf(const Analysis &analysis, Ipv4Address address)
{
    return std::move(placesOf(analysis, {address}).front());
}

std::optional<Endpoint> representativeEndpoint(const Analysis &analysis, int node)
{
    const auto address = representativeAddress(analysis.topology().nodes[std::size_t(node)]);
    if (!address)
        return std::nullopt;
    return Endpoint{*address, placeOf(analysis, *address)};
}

RepresentativeEndpoints::RepresentativeEndpoints(const Analysis &analysis)
    : m_analysis(&analysis)
{}

const std::optional<Endpoint> &RepresentativeEndpoints::operator()(int node)
{
    if (m_endpoints.empty())
        findAll();
    return m_endpoints[std::size_t(node)];
}

void RepresentativeEndpoints::findAll()
{
    // Every site and cloud at once, in one pass over the prefixes (placesOf).
    const auto &nodes = m_analysis->topology().nodes;
    std::vector<int> represented;
    std::vector<Ipv4Address> addresses;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (const auto address = representativeAddress(nodes[i])) {
            represented.push_back(int(i));
            addresses.push_back(*address);
        }
    }
    auto places = placesOf(*m_analysis, addresses);
    m_endpoints.assign(nodes.size(), std::nullopt);
    for (std::size_t k = 0; k < represented.size(); ++k)
        m_endpoints[std::size_t(represented[k])] = Endpoint{addresses[k], std::move(places[k])};
}

std::string placeNodeId(const Analysis &analysis, const Place &place)
{
    if (place.node >= 0)
        return analysis.topology().nodes[std::size_t(place.node)].id;
    return place.kind == PlaceKind::Internet ? "internet" : std::string();
}

std::variant<Endpoint, std::string> resolveEndpoint(const Analysis &analysis,
                                                    std::string_view text)
{
    const Topology &topology = analysis.topology();
    if (const auto address = Ipv4Address::parse(text))
        return Endpoint{*address, placeOf(analysis, *address)};

    const auto endpointAt = [&](Ipv4Address address) {
        return Endpoint{address, placeOf(analysis, address)};
    };
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        const std::string_view owner = text.substr(0, slash);
        const std::string_view part = text.substr(slash + 1);
        const Node *node = topology.node(owner);
        if (const auto *vnet = node ? node->as<VirtualNetwork>() : nullptr) {
            if (const Subnet *subnet = vnet->subnet(part))
                return endpointAt(firstVmAddress(subnet->prefix));
            return "unknown endpoint '" + std::string(text) + "': VNet '" + std::string(owner)
                   + "' has no subnet '" + std::string(part) + "'";
        }
        if (const auto *cloud = node ? node->as<AvsPrivateCloud>() : nullptr) {
            for (const auto &segment : cloud->segments) {
                if (segment.name == part)
                    return endpointAt(firstVmAddress(segment.prefix));
            }
            if (part == "management")
                return endpointAt(firstHost(cloud->managementBlock));
            return "unknown endpoint '" + std::string(text) + "': AVS '" + std::string(owner)
                   + "' has no segment '" + std::string(part) + "'";
        }
        return "unknown endpoint '" + std::string(text) + "': no VNet or AVS named '"
               + std::string(owner) + "'";
    }
    if (const Node *node = topology.node(text)) {
        if (const auto *site = node->as<OnPremSite>()) {
            if (site->prefixes.empty())
                return "endpoint '" + std::string(text) + "' is an on-prem site without prefixes";
            return endpointAt(firstHost(site->prefixes.front()));
        }
        if (const auto *cloud = node->as<AvsPrivateCloud>())
            return endpointAt(firstHost(cloud->managementBlock));
        if (node->kind() == NodeKind::Internet)
            return endpointAt(*Ipv4Address::parse("8.8.8.8"));
        return "endpoint '" + std::string(text) + "' is a " + std::string(toString(node->kind()))
               + "; use an address, VNET/SUBNET, AVS/SEGMENT, or an onprem, avs or internet node";
    }
    return "unknown endpoint '" + std::string(text)
           + "': not an IPv4 address, VNET/SUBNET, AVS/SEGMENT or node id";
}

} // namespace avsnet::core
