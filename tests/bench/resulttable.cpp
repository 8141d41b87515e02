// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttable.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace avsnet::bench {

namespace {

std::string threeDigits(double value, const char *unit)
{
    char text[32];
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    std::snprintf(text, sizeof text, "%.*f %s", decimals, value, unit);
    return text;
}

} // namespace

ResultTable::ResultTable(std::vector<std::string> columns)
    : m_columns(std::move(columns))
{
}

void ResultTable::addRow(const std::string &key, const std::string &label)
{
    m_rows.push_back({key, label, std::vector<std::string>(m_columns.size(), "-"), false});
}

void ResultTable::addSection(const std::string &title)
{
    m_rows.push_back({{}, title, {}, true});
}

void ResultTable::setCell(const std::string &key, std::size_t column, const std::string &value)
{
    for (Row &row : m_rows) {
        if (!row.section && row.key == key && column < row.cells.size())
            row.cells[column] = value;
    }
}

void ResultTable::print(std::ostream &out) const
{
    std::size_t labelWidth = 0;
    std::vector<std::size_t> widths;
    for (const std::string &column : m_columns)
        widths.push_back(column.size());
    for (const Row &row : m_rows) {
        if (row.section)
            continue;
        labelWidth = std::max(labelWidth, row.label.size());
        for (std::size_t column = 0; column < row.cells.size(); ++column)
            widths[column] = std::max(widths[column], row.cells[column].size());
    }

    const auto printLine = [&](const std::string &label, const std::vector<std::string> &cells) {
        out << "  " << label << std::string(labelWidth - label.size(), ' ');
        for (std::size_t column = 0; column < cells.size(); ++column)
            out << "   " << std::string(widths[column] - cells[column].size(), ' ')
                << cells[column];
        out << '\n';
    };
    printLine("", m_columns);
    for (const Row &row : m_rows) {
        if (row.section)
            out << row.label << '\n';
        else
            printLine(row.label, row.cells);
    }
}

std::string formatDuration(double milliseconds)
{
    if (milliseconds >= 1000)
        return threeDigits(milliseconds / 1000, "s");
    if (milliseconds >= 1)
        return threeDigits(milliseconds, "ms");
    return threeDigits(milliseconds * 1000, "us");
}

std::string formatFileSize(std::size_t bytes)
{
    if (bytes >= 1'000'000)
        return threeDigits(double(bytes) / 1e6, "MB");
    if (bytes >= 1'000)
        return threeDigits(double(bytes) / 1e3, "kB");
    return std::to_string(bytes) + " B";
}

std::string formatMemory(std::size_t bytes)
{
    const double mebibytes = double(bytes) / (1024.0 * 1024.0);
    if (mebibytes >= 1024)
        return threeDigits(mebibytes / 1024, "GiB");
    if (mebibytes >= 1)
        return threeDigits(mebibytes, "MiB");
    return threeDigits(double(bytes) / 1024.0, "KiB");
}

std::string formatCount(std::size_t count)
{
    const std::string digits = std::to_string(count);
    std::string text;
    for (std::size_t index = 0; index < digits.size(); ++index) {
        if (index > 0 && (digits.size() - index) % 3 == 0)
            text += ',';
        text += digits[index];
    }
    return text;
}

} // namespace avsnet::bench
