// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "analysis/intentcheck.h"
#include "analysis/reachabilitymatrix.h"
#include "routing/routeview.h"
#include "trace/tracer.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace avsnet::core {

// The JSON documents of cli.md, one function per shape. Key order follows cli.md.
nlohmann::ordered_json toJson(const RouteView &route);
nlohmann::ordered_json toJson(const PathTrace &path);
nlohmann::ordered_json toJson(const TraceResult &trace);
nlohmann::ordered_json toJson(const Finding &finding);
nlohmann::ordered_json routesJson(const std::string &context, const std::vector<RouteView> &routes);
nlohmann::ordered_json findingsJson(const std::vector<Finding> &findings);
nlohmann::ordered_json intentsJson(const std::vector<IntentResult> &results);
nlohmann::ordered_json matrixJson(const ReachabilityMatrix &matrix);

} // namespace avsnet::core
