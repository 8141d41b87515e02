// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// avsnet-bench [--runs N] [--traces N] [--keep DIR] [M] [L] [V]: measures the engine on the
// synthetic designs and prints one aligned table. Without --keep the generated files go to a
// temporary folder that is removed at the end.

#include "designbenchmark.h"
#include "processstats.h"
#include "resulttable.h"
#include "routing/heapretention.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#ifndef AVSNET_BUILD_TYPE
#define AVSNET_BUILD_TYPE "unknown"
#endif

namespace {

constexpr const char *usage = "usage: avsnet-bench [--runs N] [--traces N] [--keep DIR] [M] [L] [V]\n";

bool parsePositive(const char *text, int &value)
{
    try {
        value = std::stoi(text);
    } catch (const std::exception &) {
        return false;
    }
    return value > 0;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace avsnet::bench;
    // The designer keeps freed memory for its next analysis; the re-analysis rows measure that.
    const bool keepsFreedMemory = avsnet::core::keepFreedMemoryForReuse();

    BenchmarkOptions options;
    std::vector<DesignScale> scales;
    std::string keep;
    for (int index = 1; index < argc; ++index) {
        const std::string argument = argv[index];
        const bool hasValue = index + 1 < argc;
        if (argument == "--runs" && hasValue && parsePositive(argv[index + 1], options.runs)) {
            ++index;
        } else if (argument == "--traces" && hasValue &&
                   parsePositive(argv[index + 1], options.traces)) {
            ++index;
        } else if (argument == "--keep" && hasValue) {
            keep = argv[++index];
        } else if (const auto scale = scaleByLabel(argument)) {
            scales.push_back(*scale);
        } else {
            std::cerr << "avsnet-bench: unexpected argument '" << argument << "'\n" << usage;
            return 2;
        }
    }
    if (scales.empty())
        scales = {mediumScale(), largeScale(), virtualWanScale()};

    const auto temporary =
        std::filesystem::temp_directory_path() / ("avsnet-bench-" + std::to_string(getpid()));
    options.workDirectory = keep.empty() ? temporary.string() : keep;
    options.commandLineTool = (std::filesystem::path(executableDirectory()) / "avsnet").string();
    const bool haveTool = std::filesystem::exists(options.commandLineTool);

    std::vector<std::string> columns;
    for (const DesignScale &scale : scales)
        columns.push_back(scale.label);
    ResultTable table(columns);
    DesignBenchmark::addRows(table, options);

    int status = 0;
    for (std::size_t column = 0; column < scales.size(); ++column) {
        std::cerr << "avsnet-bench: measuring " << scales[column].label << "...\n";
        try {
            DesignBenchmark(scales[column], options).run(table, column);
        } catch (const std::exception &error) {
            std::cerr << "avsnet-bench: " << scales[column].label << ": " << error.what() << '\n';
            status = 1;
        }
    }

    std::cout << "avsnet-bench (" << AVSNET_BUILD_TYPE << " build)\n";
    table.print(std::cout);
    if (keepsFreedMemory)
        std::cout << "(freed memory kept for the next analysis, as in the designer)\n";
    if (!haveTool)
        std::cout << "(no " << options.commandLineTool << ": command line not measured)\n";
    if (keep.empty())
        std::filesystem::remove_all(temporary);
    return status;
}
