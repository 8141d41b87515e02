// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "intentcheck.h"

#include "routing/analysis.h"

#include <algorithm>

namespace avsnet::core {

namespace {

// `via` must appear in the forward path in order, not necessarily adjacent.
bool passesInOrder(const std::vector<std::string> &path, const std::vector<std::string> &via)
{
    auto position = path.begin();
    for (const auto &node : via) {
        position = std::find(position, path.end(), node);
        if (position == path.end())
            return false;
        ++position;
    }
    return true;
}

} // namespace

IntentResult checkIntent(const Analysis &analysis, const Intent &intent)
{
    IntentResult result;
    result.intent = &intent;
    const auto from = resolveEndpoint(analysis, intent.from);
    const auto to = resolveEndpoint(analysis, intent.to);
    if (const auto *message = std::get_if<std::string>(&from)) {
        result.problem = *message;
        return result;
    }
    if (const auto *message = std::get_if<std::string>(&to)) {
        result.problem = *message;
        return result;
    }
    result.trace = trace(analysis, std::get<Endpoint>(from), std::get<Endpoint>(to));
    const bool reachable = result.trace->reachable();
    if (intent.expect == Expectation::Unreachable) {
        result.holds = !reachable;
        if (!result.holds)
            result.problem = intent.from + " reaches " + intent.to + ", but should not";
        return result;
    }
    if (!reachable) {
        const auto &dropped = result.trace->forward.dropped ? result.trace->forward.dropped
                                                            : result.trace->back.dropped;
        result.problem = dropped ? dropped->reason : intent.from + " does not reach " + intent.to;
        return result;
    }
    result.holds = passesInOrder(result.trace->forward.path, intent.via);
    if (!result.holds) {
        std::string via;
        for (const auto &node : intent.via)
            via += (via.empty() ? "" : ", ") + node;
        result.problem = "the path does not pass " + via + " in that order";
    }
    return result;
}

std::vector<IntentResult> checkIntents(const Analysis &analysis)
{
    std::vector<IntentResult> results;
    for (const auto &intent : analysis.topology().intents)
        results.push_back(checkIntent(analysis, intent));
    return results;
}

} // namespace avsnet::core
