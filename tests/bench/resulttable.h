// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace avsnet::bench {

// The benchmark's figures: one row per measure, one column per design size, printed as an
// aligned plain-text table. It only formats; it measures nothing.
class ResultTable
{
public:
    explicit ResultTable(std::vector<std::string> columns);

    // A row whose cells are filled column by column with setCell; unset cells print "-".
    void addRow(const std::string &key, const std::string &label);
    void addSection(const std::string &title);
    void setCell(const std::string &key, std::size_t column, const std::string &value);

    void print(std::ostream &out) const;

private:
    struct Row
    {
        std::string key;
        std::string label;
        std::vector<std::string> cells;
        bool section = false;
    };

    std::vector<std::string> m_columns;
    std::vector<Row> m_rows;
};

// "12.3 ms", "1.85 s", "640 us": three significant digits, a readable unit.
std::string formatDuration(double milliseconds);
// "4.17 MB", "812 kB" (decimal units, as file sizes are usually quoted: MiB for memory).
std::string formatFileSize(std::size_t bytes);
// "1.23 GiB", "45.6 MiB".
std::string formatMemory(std::size_t bytes);
// "100,000".
std::string formatCount(std::size_t count);

} // namespace avsnet::bench
