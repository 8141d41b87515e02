// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syntheticdesign.h"

#include <cstddef>
#include <memory>
#include <string>

namespace avsnet::core {
class Analysis;
struct Topology;
namespace azure {
struct ImportResult;
}
} // namespace avsnet::core

namespace avsnet::bench {

class ResultTable;

struct BenchmarkOptions
{
    int runs = 3;                // timings are the median of this many runs
    int traces = 500;            // traces averaged for the per-trace time
    std::string workDirectory;   // where the generated files are written for the CLI
    std::string commandLineTool; // path of `avsnet`; empty or missing: not measured
};

// Measures one synthetic design end to end, as the designer and the CLI use the engine:
// generate, load, analyse, re-analyse after an edit, trace, and the real `avsnet trace`
// process; then the import of what Azure would hold for it (resourcegraphdump), in process
// and as `avsnet import`. It fills one column of the table; it changes nothing but its own
// files.
class DesignBenchmark
{
public:
    DesignBenchmark(DesignScale scale, BenchmarkOptions options);

    // The rows every column shares, in print order.
    static void addRows(ResultTable &table, const BenchmarkOptions &options);
    // Throws std::runtime_error when the design does not load.
    void run(ResultTable &table, std::size_t column) const;

private:
    // One column of the table, written cell by cell.
    struct Column
    {
        ResultTable &table;
        std::size_t index;
        void set(const std::string &key, const std::string &value) const;
    };

    std::shared_ptr<const core::Topology> measureLoading(const Column &column) const;
    std::shared_ptr<const core::Analysis>
    measureAnalysis(const Column &column,
                    const std::shared_ptr<const core::Topology> &topology) const;
    void measureTraces(const Column &column, const core::Analysis &analysis) const;
    void measureCommandLine(const Column &column, const std::string &text) const;
    void measureImport(const Column &column) const;
    std::string writeBundle(const Column &column, const nlohmann::ordered_json &bundle,
                            const std::string &suffix, const std::string &fileSuffix) const;
    static core::azure::ImportResult importOnce(const std::string &fileName);
    void timeImport(const Column &column, const std::string &fileName,
                    const std::string &suffix) const;

    DesignScale m_scale;
    BenchmarkOptions m_options;
};

} // namespace avsnet::bench
