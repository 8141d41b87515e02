// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"
#include "trace/tracer.h"

#include <optional>
#include <string>
#include <vector>

namespace avsnet::core {

class Analysis;

// Whether one intent of a design holds, with the trace that decided it.
struct IntentResult
{
    const Intent *intent = nullptr;
    bool holds = false;
    std::optional<TraceResult> trace; // empty when an endpoint does not resolve
    std::string problem;              // why it does not hold, in one sentence
};

IntentResult checkIntent(const Analysis &analysis, const Intent &intent);
std::vector<IntentResult> checkIntents(const Analysis &analysis);

} // namespace avsnet::core
