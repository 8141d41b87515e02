// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reachabilitymatrix.h"

#include "routing/analysis.h"
#include "trace/tracer.h"

namespace avsnet::core {

std::vector<std::string> matrixEndpoints(const Analysis &analysis)
{
    std::vector<std::string> endpoints;
    for (const Node &node : analysis.topology().nodes) {
        if (const auto *vnet = node.as<VirtualNetwork>()) {
            for (const auto &subnet : vnet->subnets) {
                if (subnet.name != "GatewaySubnet" && subnet.name != "RouteServerSubnet"
                    && subnet.name != "AzureFirewallSubnet")
                    endpoints.push_back(node.id + '/' + subnet.name);
            }
        } else if (const auto *cloud = node.as<AvsPrivateCloud>()) {
            endpoints.push_back(node.id); // its management block
            for (const auto &segment : cloud->segments)
                endpoints.push_back(node.id + '/' + segment.name);
        } else if (const auto *site = node.as<OnPremSite>()) {
            if (!site->prefixes.empty())
                endpoints.push_back(node.id);
        } else if (node.kind() == NodeKind::Internet) {
            endpoints.push_back(node.id);
        }
    }
    return endpoints;
}

ReachabilityMatrix reachabilityMatrix(const Analysis &analysis)
{
    ReachabilityMatrix matrix;
    std::vector<Endpoint> resolved;
    for (const auto &name : matrixEndpoints(analysis)) {
        const auto endpointOrError = resolveEndpoint(analysis, name);
        if (const auto *endpoint = std::get_if<Endpoint>(&endpointOrError)) {
            matrix.endpoints.push_back(name);
            resolved.push_back(*endpoint);
        }
    }
    // trace() is a one-way trace there and one back, and the way back from B to A is the
    // one-way trace B -> A: so one-way traces of every ordered pair, each done once, answer
    // every pair both ways, half the work of tracing each pair there and back. The internet
    // is the exception trace() makes too: its answer retraces the way out.
    const std::size_t count = resolved.size();
    std::vector<std::vector<bool>> delivered(count, std::vector<bool>(count, false));
    for (std::size_t from = 0; from < count; ++from) {
        for (std::size_t to = 0; to < count; ++to)
            delivered[from][to] = traceOneWay(analysis, resolved[from], resolved[to].ip).delivered;
    }
    matrix.reachable.assign(count, std::vector<bool>(count, false));
    for (std::size_t from = 0; from < count; ++from) {
        for (std::size_t to = 0; to < count; ++to) {
            const bool toInternet = resolved[to].place.kind == PlaceKind::Internet;
            matrix.reachable[from][to] =
                delivered[from][to] && (toInternet || delivered[to][from]);
        }
    }
    return matrix;
}

} // namespace avsnet::core
