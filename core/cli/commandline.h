// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace avsnet::core {

// Exit codes of cli.md.
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2 };

// The `avsnet` command line without a window: parses `arguments` (without the program
// name), runs the command on the engine and writes to `out` and `err`. Returns the exit code.
int runCommandLine(const std::vector<std::string> &arguments, std::ostream &out,
                   std::ostream &err, bool useColour);

} // namespace avsnet::core
