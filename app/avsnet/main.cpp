// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "export/exportcommands.h"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

int main(int argc, char *argv[])
{
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    // Colour only for a person at a terminal, and never when NO_COLOR asks (no-color.org).
    const bool useColour = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
    std::ios::sync_with_stdio(false);
    return avsnet::core::runCommandLine(arguments, std::cout, std::cerr, useColour,
                                        avsnet::ui::exportCommands());
}
