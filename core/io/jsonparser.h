// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentreader.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>
#include <variant>

namespace avsnet::core {

// Turns text into an ordered JSON tree, or a LoadError with the 1-based line and column of a
// syntax fault. Stricter than nlohmann's own parser where a design file needs it: nesting
// deeper than maximumJsonDepth is refused (later steps recurse), a key twice in one object is
// refused (which value would the user mean?); nlohmann itself refuses a number too large for
// a double. Keys are checked for duplicates through a hash set, so an object with many keys
// costs linear time, not quadratic as ordered_json's own insertion would.
using ParsedJson = std::variant<nlohmann::ordered_json, LoadError>;

constexpr std::size_t maximumJsonDepth = 64;

ParsedJson parseJson(std::string_view text);

} // namespace avsnet::core
