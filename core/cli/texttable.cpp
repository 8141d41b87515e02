// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace avsnet::core {

namespace {

// Display width of UTF-8 text: count the bytes that start a code point.
std::size_t displayWidth(const std::string &text)
{
    return std::size_t(std::count_if(text.begin(), text.end(),
                                     [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

} // namespace

TextTable::TextTable(std::vector<std::string> headers)
    : m_headers(std::move(headers))
{}

void TextTable::addRow(std::vector<std::string> cells, std::vector<Colour> colours)
{
    cells.resize(m_headers.size());
    colours.resize(m_headers.size(), Colour::Plain);
    m_rows.push_back(std::move(cells));
    m_colours.push_back(std::move(colours));
}

std::string TextTable::paint(const std::string &text, Colour colour, bool useColour)
{
    if (!useColour || colour == Colour::Plain)
        return text;
    const char *code = "";
    switch (colour) {
    case Colour::Red:
        code = "\033[31m";
        break;
    case Colour::Yellow:
        code = "\033[33m";
        break;
    case Colour::Green:
        code = "\033[32m";
        break;
    case Colour::Cyan:
        code = "\033[36m";
        break;
    case Colour::Dim:
        code = "\033[2m";
        break;
    case Colour::Plain:
        break;
    }
    return code + text + "\033[0m";
}

void TextTable::print(std::ostream &out, bool useColour) const
{
    std::vector<std::size_t> widths(m_headers.size());
    for (std::size_t c = 0; c < m_headers.size(); ++c) {
        widths[c] = displayWidth(m_headers[c]);
        for (const auto &row : m_rows)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    const auto printRow = [&](const std::vector<std::string> &cells,
                              const std::vector<Colour> &colours, bool header) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            std::string cell = cells[c];
            if (!last)
                cell += std::string(widths[c] - displayWidth(cells[c]) + 2, ' ');
            line += header ? paint(cell, Colour::Dim, useColour)
                           : paint(cell, colours[c], useColour);
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    printRow(m_headers, {}, true);
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        printRow(m_rows[r], m_colours[r], false);
}

} // namespace avsnet::core
