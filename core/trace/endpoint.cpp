// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include "routing/analysis.h"

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

} // namespace

Place placeOf(const Analysis &analysis, Ipv4Address address)
{
    // Called for every endpoint of design-wide checks: the label is built once, for the
    // winner, not for every prefix compared.
    const Topology &topology = analysis.topology();
    struct Best
    {
        PlaceKind kind = PlaceKind::Nowhere;
        int node = -1;
        int index = -1;
        int length = -1;
    } best;
    const auto consider = [&](const Ipv4Prefix &prefix, PlaceKind kind, int node, int index) {
        if (prefix.length() > best.length && prefix.contains(address))
            best = {kind, node, index, prefix.length()};
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

std::optional<Endpoint> representativeEndpoint(const Analysis &analysis, int node)
{
    const Node &model = analysis.topology().nodes[std::size_t(node)];
    std::optional<Ipv4Address> address;
    if (const auto *site = model.as<OnPremSite>(); site && !site->prefixes.empty())
        address = firstHost(site->prefixes.front());
    else if (const auto *cloud = model.as<AvsPrivateCloud>())
        address = cloud->segments.empty() ? firstHost(cloud->managementBlock)
                                          : firstVmAddress(cloud->segments.front().prefix);
    if (!address)
        return std::nullopt;
    return Endpoint{*address, placeOf(analysis, *address)};
}

RepresentativeEndpoints::RepresentativeEndpoints(const Analysis &analysis)
    : m_analysis(&analysis)
    , m_endpoints(analysis.topology().nodes.size())
    , m_known(analysis.topology().nodes.size(), false)
{}

const std::optional<Endpoint> &RepresentativeEndpoints::operator()(int node)
{
    const auto index = std::size_t(node);
    if (!m_known[index]) {
        m_endpoints[index] = representativeEndpoint(*m_analysis, node);
        m_known[index] = true;
    }
    return m_endpoints[index];
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
