// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace avsnet::core {

// One option of an `avsnet` command (besides --help, which every command takes).
struct OptionSpec
{
    std::string_view name; // "--at"
    int values = 0;        // how many arguments follow it; 0 for a flag
    bool required = false;
};

// One command of `avsnet`: what the parser accepts, what the usage text and `COMMAND --help`
// print, and what the documentation test checks docs/cli.md against.
struct CommandSpec
{
    std::string_view name;
    std::string_view synopsis;    // "avsnet routes FILE --at CONTEXT [--json]"
    std::string_view description; // printed after the synopsis by `COMMAND --help`
    std::vector<OptionSpec> options;

    const OptionSpec *option(std::string_view optionName) const;
};

// The commands the core runs itself, in the order the usage text lists them. `export` and
// `report` need Qt to draw; the program registers them (ExternalCommand).
std::span<const CommandSpec> coreCommands();
const CommandSpec *coreCommand(std::string_view name);

} // namespace avsnet::core
