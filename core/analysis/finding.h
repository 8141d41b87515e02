// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace avsnet::core {

enum class Severity { Error, Warning, Info };

std::string_view toString(Severity severity);

// Something a design gets wrong or should know, with a stable kebab-case code (routing.md
// R9), a message that names the objects and says how to fix it, and the ids it is about.
struct Finding
{
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
    std::vector<std::string> subjects; // node or link ids

    bool operator==(const Finding &) const = default;
};

} // namespace avsnet::core
