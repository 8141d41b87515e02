// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the engine: how the propagation timeline gets the events of an analysis.

#include "analysis.h"
#include "propagation.h"
#include "speakergraph.h"

#include <memory>
#include <vector>

namespace avsnet::core {

// The propagation run whose tables an analysis keeps (the last one, after R6 has taken down
// the sessions it takes down), event by event, with the speaker graph its indices refer to.
struct PropagationRecording
{
    std::vector<PropagationEvent> events;
    std::shared_ptr<const SpeakerGraph> graph;
};

// analyze(), recording its propagation into `recording`. analyze() itself records nothing,
// so it pays nothing for this.
std::shared_ptr<const Analysis>
analyzeRecordingPropagation(std::shared_ptr<const Topology> topology,
                            PropagationRecording &recording);

} // namespace avsnet::core
