// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandtable.h"

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace avsnet::core {

// Exit codes of cli.md.
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2 };

// A command whose work needs more than the core: `export` and `report` draw the diagram
// with Qt, which the core must not depend on. The program registers them; the core lists
// them in its usage and hands over the arguments after the command name.
struct ExternalCommand
{
    std::string name;
    std::string synopsis;            // its line in the usage text
    std::string help;                // shown by `avsnet NAME --help`
    std::vector<OptionSpec> options; // what its own parser accepts (docs/cli.md lists them)
    std::function<int(const std::vector<std::string> &arguments, std::ostream &out,
                      std::ostream &err)>
        run;
};

// The `avsnet` command line without a window: parses `arguments` (without the program
// name), runs the command on the engine and writes to `out` and `err`. Returns the exit code.
int runCommandLine(const std::vector<std::string> &arguments, std::ostream &out,
                   std::ostream &err, bool useColour,
                   const std::vector<ExternalCommand> &external = {});

} // namespace avsnet::core
