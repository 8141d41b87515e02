// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routeview.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace avsnet::core {

class Analysis;

// The routes of one CONTEXT (cli.md): `VNET/SUBNET` gives that subnet's effective routes, the
// id of a BGP speaker its BGP table. Sorted for display. A message when the context is
// unknown.
std::variant<std::vector<RouteView>, std::string> routesAt(const Analysis &analysis,
                                                           std::string_view context);

} // namespace avsnet::core
