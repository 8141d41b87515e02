// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <string>

namespace avsnet::core {

// Writes the `.avsnet` format: keys in a stable order (the order of format.md), two-space
// indentation, fields at their default left out, unknown fields written back after the known
// ones. Reading the output gives back an equal Topology.
class DocumentWriter
{
public:
    static std::string toText(const Topology &topology);
    // Writes atomically: a temporary file beside the target, then a rename. Returns an empty
    // string on success, else a message naming the file and the reason.
    static std::string writeFile(const Topology &topology, const std::string &fileName);
};

} // namespace avsnet::core
