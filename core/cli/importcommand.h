// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace avsnet::core {

// `avsnet import FILE... -o DESIGN [--parameter NAME=VALUE]... [--json]` (cli.md). `arguments`
// starts with "import". Returns the exit code; writes DESIGN only when every input was read.
int runImportCommand(const std::vector<std::string> &arguments, std::ostream &out,
                     std::ostream &err, const std::string &help);

} // namespace avsnet::core
