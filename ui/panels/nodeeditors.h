// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldbinder.h"

#include "model/topology.h"

#include <variant>

namespace avsnet::ui {

class PropertyPage;

// The kind-specific fields of a node (format.md, "Node kinds"), one builder per kind, grouped
// in nodeeditors.cpp (onprem, er-circuit, avs), vneteditors.cpp, gatewayeditors.cpp
// (er-gateway, vpn-gateway, route-server, nva; a hub's gateways too) and vwaneditors.cpp
// (vwan, vwan-hub, hub-firewall). Builders add rows to the page and bind them.
using NodeBinder = FieldBinder<core::Node>;

void addNodeKindFields(PropertyPage *page, const NodeBinder &binder, core::NodeKind kind);

void addOnPremFields(PropertyPage *page, const NodeBinder &binder);
void addErCircuitFields(PropertyPage *page, const NodeBinder &binder);
void addAvsFields(PropertyPage *page, const NodeBinder &binder);
void addVnetFields(PropertyPage *page, const NodeBinder &binder);
void addErGatewayFields(PropertyPage *page, const NodeBinder &binder);
void addVpnGatewayFields(PropertyPage *page, const NodeBinder &binder);
void addRouteServerFields(PropertyPage *page, const NodeBinder &binder);
void addNvaFields(PropertyPage *page, const NodeBinder &binder);
void addVwanFields(PropertyPage *page, const NodeBinder &binder);
void addVwanHubFields(PropertyPage *page, const NodeBinder &binder);
void addHubFirewallFields(PropertyPage *page, const NodeBinder &binder);
// The free-text Azure region of kinds that have one (ErCircuit, AvsPrivateCloud,
// VirtualNetwork, VirtualHub).
template<typename Data> void addLocationField(PropertyPage *page, const NodeBinder &binder);

// The kind data of a node the builder was made for; the kind of a node never changes.
template<typename Data> const Data &nodeData(const core::Node &node)
{
    return std::get<Data>(node.data);
}

template<typename Data> Data &nodeData(core::Node &node)
{
    return std::get<Data>(node.data);
}

} // namespace avsnet::ui
