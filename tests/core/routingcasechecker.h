// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace avsnet::core {

struct CaseOutcome
{
    int checks = 0;
    std::vector<std::string> failures; // one line each
};

// Checks one design against its expectations (the schema of tests/data/routing/README.md), using
// the engine directly: the same functions the `avsnet` commands call.
CaseOutcome checkRoutingCase(const std::string &designFile, const std::string &expectFile);

} // namespace avsnet::core
