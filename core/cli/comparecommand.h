// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>

namespace avsnet::core {

// `avsnet compare DESIGN OBSERVED [--at CONTEXT] [--json]` (cli.md). Returns the exit code.
int runCompareCommand(const std::string &design, const std::string &observed,
                      const std::string &context, bool json, std::ostream &out,
                      std::ostream &err, bool useColour);

} // namespace avsnet::core
