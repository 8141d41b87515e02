// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <string>
#include <string_view>
#include <variant>

namespace avsnet::core {

// Why a document was refused: enough for a user to find and fix the fault.
struct LoadError
{
    std::string file;    // as given by the caller; may be empty for in-memory text
    std::string path;    // JSON path of the faulty value, e.g. "nodes[3].addressSpace[0]"
    int line = 0;        // 1-based, 0 when unknown (syntax errors know it)
    int column = 0;      // 1-based, 0 when unknown
    std::string message; // one sentence: what is wrong and how to fix it

    // "FILE:LINE:COLUMN: PATH: MESSAGE", leaving out what is unknown.
    std::string toString() const;
};

using LoadResult = std::variant<Topology, LoadError>;

// Reads the `.avsnet` format (docs/format.md). Accepts any key order, keeps unknown
// fields, migrates older versions, and refuses everything cli.md lists as bad input with a
// LoadError; it never throws and never half-reads. Findings (overlaps, host bits, link kinds
// that do not fit their ends) are not its business: such files load.
class DocumentReader
{
public:
    static LoadResult readText(std::string_view text, const std::string &fileName = {});
    static LoadResult readFile(const std::string &fileName);
};

} // namespace avsnet::core
