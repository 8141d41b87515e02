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
    matrix.reachable.assign(resolved.size(), std::vector<bool>(resolved.size(), false));
    for (std::size_t from = 0; from < resolved.size(); ++from) {
        for (std::size_t to = 0; to < resolved.size(); ++to)
            matrix.reachable[from][to] = trace(analysis, resolved[from], resolved[to]).reachable();
    }
    return matrix;
}

} // namespace avsnet::core
