// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldreader.h"

namespace avsnet::core {

// Reads one node object and its kind's fields (format.md, "Node kinds"). Throws FormatError.
// Checks only what one node can tell: references to other nodes (`vnet`) and the NVA's `asn`
// that a `bgp-session` requires are checked by DocumentReader once every node is known.
Node readNode(Json &value, const JsonPath &path);

// Reads one link object and its kind's fields (format.md, "Link kinds"); its ends are checked
// by DocumentReader. Throws FormatError.
Link readLink(Json &value, const JsonPath &path);

} // namespace avsnet::core
