// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace avsnet::core {

// An aligned plain-text table for terminals. Colour (ANSI) is applied per cell after the
// padding is computed, so colours never break the alignment.
class TextTable
{
public:
    enum class Colour { Plain, Red, Yellow, Green, Cyan, Dim };

    explicit TextTable(std::vector<std::string> headers);
    void addRow(std::vector<std::string> cells, std::vector<Colour> colours = {});
    void print(std::ostream &out, bool useColour) const;

    static std::string paint(const std::string &text, Colour colour, bool useColour);

private:
    std::vector<std::string> m_headers;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<std::vector<Colour>> m_colours;
};

} // namespace avsnet::core
