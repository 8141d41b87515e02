// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <vector>

namespace avsnet::core {

class Analysis;

// Every finding of routing.md R9 for an analysed design, errors first, then warnings, then
// information, each group in a stable order.
std::vector<Finding> collectFindings(const Analysis &analysis);

} // namespace avsnet::core
