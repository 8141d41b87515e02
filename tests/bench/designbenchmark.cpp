// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "designbenchmark.h"

#include "processstats.h"
#include "resourcegraphdump.h"
#include "resulttable.h"

#include "import/importsession.h"
#include "io/documentreader.h"
#include "routing/analysis.h"
#include "trace/tracer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <stdexcept>
#include <utility>
#include <variant>

namespace avsnet::bench {

using core::Topology;

namespace {

// Fixed, so every run traces the same pairs.
constexpr std::mt19937::result_type traceSeed = 20260101;

template<typename Work> double medianMilliseconds(int runs, Work work)
{
    std::vector<double> times;
    for (int run = 0; run < std::max(runs, 1); ++run) {
        const auto start = Clock::now();
        work();
        times.push_back(Milliseconds(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The medians of wall and CPU time over the runs.
template<typename Work> std::pair<double, double> medianWallAndCpu(int runs, Work work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < std::max(runs, 1); ++run) {
        const auto start = Clock::now();
        const Milliseconds cpuStart = processCpuTime();
        work();
        cpu.push_back((processCpuTime() - cpuStart).count());
        wall.push_back(Milliseconds(Clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

std::size_t bgpRouteCount(const core::Analysis &analysis)
{
    std::size_t count = 0;
    const auto &nodes = analysis.topology().nodes;
    for (std::size_t index = 0; index < nodes.size(); ++index) {
        switch (nodes[index].kind()) {
        case core::NodeKind::Vnet:
        case core::NodeKind::Internet:
            break;
        default:
            count += analysis.bgpTable(int(index)).size();
        }
    }
    return count;
}

std::string findingSummary(const core::Analysis &analysis)
{
    std::size_t counts[3] = {};
    for (const core::Finding &finding : analysis.findings())
        ++counts[int(finding.severity)];
    return std::to_string(counts[0]) + " / " + std::to_string(counts[1]) + " / " +
           std::to_string(counts[2]);
}

// How much of the design an incremental analysis propagated again ("full" when it fell back).
std::string rerunSummary(const core::Analysis &analysis)
{
    const core::AnalysisProvenance &provenance = analysis.provenance();
    if (!provenance.incremental)
        return "full";
    return formatCount(provenance.prefixesRerun) + " of " + formatCount(provenance.prefixes);
}

// The first AVS private cloud's first Global Reach link, switched off (or on again).
std::shared_ptr<const Topology> withGlobalReachToggled(const Topology &topology,
                                                       const DesignScale &scale)
{
    auto edited = std::make_shared<Topology>(topology);
    const std::string id = globalReachLinkId(1, globalReachCircuit(scale, 1, 0));
    for (core::Link &link : edited->links) {
        if (link.id == id)
            link.disabled = !link.disabled;
    }
    return edited;
}

// spoke-2 renumbered into a free /24 at the top of the VNet pool, its subnets moved along.
std::shared_ptr<const Topology> withSpokeRenumbered(const Topology &topology)
{
    auto edited = std::make_shared<Topology>(topology);
    core::Node *spoke = edited->node(spokeId(2));
    auto *vnet = spoke ? spoke->as<core::VirtualNetwork>() : nullptr;
    const auto target = core::Ipv4Prefix::parse("10.63.255.0/24");
    if (!vnet || vnet->addressSpace.size() != 1 || vnet->addressSpace[0].length() != 24)
        throw std::runtime_error("spoke-2 is not the /24 spoke the benchmark edits");
    const std::uint32_t oldBase = vnet->addressSpace[0].first();
    vnet->addressSpace[0] = *target;
    for (core::Subnet &subnet : vnet->subnets) {
        const std::uint32_t offset = subnet.prefix.first() - oldBase;
        subnet.prefix =
            core::Ipv4Prefix(core::Ipv4Address(target->first() + offset), subnet.prefix.length());
    }
    return edited;
}

// What a user traces: on-prem sites, spoke workloads and AVS segments, in three groups so
// that each pairing of groups (site to spoke, spoke to AVS, ...) is drawn equally often
// however many spokes there are.
std::vector<std::vector<std::string>> traceEndpoints(const DesignScale &scale)
{
    std::vector<std::vector<std::string>> groups(3);
    for (int site = 1; site <= scale.circuits; ++site)
        groups[0].push_back(onPremSiteId(site));
    for (int spoke = 1; spoke <= scale.spokes(); ++spoke)
        groups[1].push_back(spokeId(spoke) + "/workload");
    for (int avs = 1; avs <= scale.avsClouds; ++avs)
        groups[2].push_back(avsId(avs) + "/web");
    std::erase_if(groups, [](const auto &group) { return group.empty(); });
    return groups;
}

const std::string &pickEndpoint(const std::vector<std::vector<std::string>> &groups,
                                std::mt19937 &random)
{
    const auto &group =
        groups[std::uniform_int_distribution<std::size_t>(0, groups.size() - 1)(random)];
    return group[std::uniform_int_distribution<std::size_t>(0, group.size() - 1)(random)];
}

std::string writeDesign(const std::string &directory, const DesignScale &scale,
                        const std::string &text, const std::string &suffix = ".avsnet")
{
    std::filesystem::create_directories(directory);
    const std::string fileName =
        (std::filesystem::path(directory) / ("synthetic-" + scale.label + suffix)).string();
    std::ofstream file(fileName, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush())
        throw std::runtime_error("cannot write " + fileName);
    return fileName;
}

} // namespace

DesignBenchmark::DesignBenchmark(DesignScale scale, BenchmarkOptions options)
    : m_scale(std::move(scale))
    , m_options(std::move(options))
{
}

void DesignBenchmark::addRows(ResultTable &table, const BenchmarkOptions &options)
{
    table.addSection("design");
    table.addRow("vnets", "VNets (hubs)");
    table.addRow("circuits", "circuits / AVS private clouds");
    table.addRow("prefixes", "on-prem prefixes");
    table.addRow("size", "file size");
    table.addRow("generate", "generate (syntheticDesignText)");
    table.addSection(options.runs == 1
                         ? std::string("engine, one run")
                         : "engine, median of " + std::to_string(options.runs) + " runs");
    table.addRow("load", "load (DocumentReader::readText)");
    table.addRow("analyze", "analyze, full");
    table.addRow("memory", "analysis memory (heap in use)");
    table.addRow("routes", "BGP routes, all tables");
    table.addRow("findings", "findings error / warning / info");
    table.addRow("reanalyzeLink", "re-analyze, Global Reach link toggled");
    table.addRow("reanalyzeSpoke", "re-analyze, spoke renumbered");
    table.addRow("rerun", "prefixes propagated again (link / spoke)");
    table.addRow("trace", "trace, mean of " + std::to_string(options.traces));
    table.addRow("reachable", "traces reachable");
    table.addRow("peak", "peak RSS of the bench so far");
    table.addSection("command line: avsnet trace FILE --from onprem-site-1 --to spoke-1/workload");
    table.addRow("cli", "whole process");
    table.addRow("cliPeak", "peak RSS");
    table.addSection("import: what Azure would hold (Resource Graph rows and AVS lists, one "
                     "avsnet-capture bundle); L goal 5 s");
    table.addRow("dumpRows", "Resource Graph rows + AVS resources");
    table.addRow("dumpSize", "bundle size");
    table.addRow("import", "importFiles (read, map, lay out)");
    table.addRow("importCpu", "importFiles, CPU time");
    table.addRow("importMemory", "imported design (heap in use)");
    table.addRow("imported", "nodes / links imported (in the design)");
    table.addRow("cliImport", "avsnet import BUNDLE -o FILE, whole process");
    table.addRow("cliImportPeak", "avsnet import, peak RSS");
    table.addSection("import with the routes Azure would report (sites' prefixes, NVAs' "
                     "originate filled from them)");
    table.addRow("dumpSizeObserved", "bundle size");
    table.addRow("filledObserved", "filled from routes / left to fill in");
    table.addRow("importObserved", "importFiles (read, map, fill, lay out)");
    table.addRow("importCpuObserved", "importFiles, CPU time");
    table.addRow("cliImportObserved", "avsnet import BUNDLE -o FILE, whole process");
    table.addRow("cliImportPeakObserved", "avsnet import, peak RSS");
}

void DesignBenchmark::run(ResultTable &table, std::size_t index) const
{
    const Column column{table, index};
    column.set("vnets",
               formatCount(std::size_t(m_scale.vnets)) + " (" + std::to_string(m_scale.hubs) + ")");
    column.set("circuits",
               std::to_string(m_scale.circuits) + " / " + std::to_string(m_scale.avsClouds));
    column.set("prefixes", formatCount(std::size_t(m_scale.onPremPrefixes)));

    std::string text;
    column.set("generate", formatDuration(medianMilliseconds(
                               m_options.runs, [&] { text = syntheticDesignText(m_scale); })));
    column.set("size", formatFileSize(text.size()));

    std::shared_ptr<const Topology> topology;
    column.set("load", formatDuration(medianMilliseconds(m_options.runs, [&] {
                   auto result = core::DocumentReader::readText(text, "synthetic-" + m_scale.label);
                   if (const auto *error = std::get_if<core::LoadError>(&result))
                       throw std::runtime_error(error->toString());
                   topology =
                       std::make_shared<const Topology>(std::get<Topology>(std::move(result)));
               })));

    const auto analysis = measureAnalysis(column, topology);
    measureTraces(column, *analysis);
    column.set("peak", formatMemory(peakResidentBytes()));
    measureCommandLine(column, text);
    measureImport(column);
}

void DesignBenchmark::Column::set(const std::string &key, const std::string &value) const
{
    table.setCell(key, index, value);
}

std::shared_ptr<const core::Analysis>
DesignBenchmark::measureAnalysis(const Column &column,
                                 const std::shared_ptr<const Topology> &topology) const
{
    // Measured with no other analysis alive, so the difference is this one's own memory.
    const std::size_t heapBefore = heapInUseBytes();
    auto analysis = core::analyze(topology);
    column.set("memory", formatMemory(heapInUseBytes() - heapBefore));
    column.set("routes", formatCount(bgpRouteCount(*analysis)));
    column.set("findings", findingSummary(*analysis));
    analysis.reset();

    column.set("analyze", formatDuration(medianMilliseconds(
                              m_options.runs, [&] { analysis = core::analyze(topology); })));

    // The designer re-analyses a fresh snapshot after every edit, starting from the analysis
    // before it (core::reanalyze): time that analysis alone.
    // The result of the run before is freed outside the timing, as the designer's worker
    // never frees one (the window drops the analysis it replaces).
    const auto timeReanalysis = [&](const std::shared_ptr<const Topology> &edited,
                                    std::string &rerun) {
        std::vector<double> times;
        for (int run = 0; run < std::max(m_options.runs, 1); ++run) {
            const auto start = Clock::now();
            const auto after = core::reanalyze(analysis, edited);
            times.push_back(Milliseconds(Clock::now() - start).count());
            rerun = rerunSummary(*after);
        }
        std::sort(times.begin(), times.end());
        return times[times.size() / 2];
    };
    std::string linkRerun;
    std::string spokeRerun;
    column.set("reanalyzeLink", formatDuration(timeReanalysis(
                                    withGlobalReachToggled(*topology, m_scale), linkRerun)));
    column.set("reanalyzeSpoke",
               formatDuration(timeReanalysis(withSpokeRenumbered(*topology), spokeRerun)));
    column.set("rerun", linkRerun + " / " + spokeRerun);
    return analysis;
}

void DesignBenchmark::measureTraces(const Column &column, const core::Analysis &analysis) const
{
    const auto resolve = [&](const std::string &name) {
        auto endpoint = core::resolveEndpoint(analysis, name);
        if (const auto *message = std::get_if<std::string>(&endpoint))
            throw std::runtime_error("endpoint " + name + ": " + *message);
        return std::get<core::Endpoint>(endpoint);
    };
    const auto groups = traceEndpoints(m_scale);
    std::mt19937 random(traceSeed);
    std::vector<std::pair<core::Endpoint, core::Endpoint>> pairs;
    for (int index = 0; index < m_options.traces; ++index) {
        // Two statements: the order of draws must not depend on argument evaluation order.
        const core::Endpoint from = resolve(pickEndpoint(groups, random));
        pairs.emplace_back(from, resolve(pickEndpoint(groups, random)));
    }

    int reachable = 0;
    const auto start = Clock::now();
    for (const auto &[from, to] : pairs)
        reachable += core::trace(analysis, from, to).reachable() ? 1 : 0;
    const double total = Milliseconds(Clock::now() - start).count();
    column.set("trace", formatDuration(total / double(std::max<std::size_t>(pairs.size(), 1))));
    column.set("reachable", std::to_string(reachable) + " / " + std::to_string(pairs.size()));
}

void DesignBenchmark::measureCommandLine(const Column &column, const std::string &text) const
{
    const std::string &tool = m_options.commandLineTool;
    if (tool.empty() || !std::filesystem::exists(tool))
        return;
    const std::string fileName = writeDesign(m_options.workDirectory, m_scale, text);
    const ChildRun cli = runProgram(
        tool, {"trace", fileName, "--from", onPremSiteId(1), "--to", spokeId(1) + "/workload"});
    if (!cli.error.empty() || cli.exitCode != 0) {
        column.set("cli", cli.error.empty() ? "exit " + std::to_string(cli.exitCode) : cli.error);
        return;
    }
    column.set("cli", formatDuration(cli.wallTime.count()));
    column.set("cliPeak", formatMemory(cli.peakResident));
}

void DesignBenchmark::measureImport(const Column &column) const
{
    const nlohmann::ordered_json design = syntheticDesign(m_scale);
    nlohmann::ordered_json bundle;
    try {
        bundle = captureBundle(design);
    } catch (const std::invalid_argument &) {
        column.set("dumpRows", "not written"); // VPN kinds: resourcegraphdump.h
        return;
    }
    column.set("dumpRows", formatCount(bundle["graph"].size()) + " + "
                               + formatCount(bundle["resources"].size()));
    std::size_t internet = 0;
    for (const auto &node : design["nodes"])
        internet += node["kind"] == "internet" ? 1 : 0;
    const std::string wanted = formatCount(design["nodes"].size() - internet) + " / "
                               + formatCount(design["links"].size());

    const std::string fileName = writeBundle(column, bundle, "", "-azure.json");
    // Measured with no other import alive, so the difference is the imported design's own.
    const std::size_t heapBefore = heapInUseBytes();
    auto result = std::make_unique<core::azure::ImportResult>(importOnce(fileName));
    column.set("importMemory", formatMemory(heapInUseBytes() - heapBefore));
    column.set("imported", formatCount(result->design.nodes.size()) + " / "
                               + formatCount(result->design.links.size()) + " (" + wanted + ")");
    result.reset();
    timeImport(column, fileName, "");

    // The same with the routes Azure would report: the sites' prefixes and the NVAs'
    // announcements are filled from them.
    bundle["observed"] = observedRoutes(design);
    const std::string withRoutes = writeBundle(column, bundle, "Observed", "-azure-routes.json");
    const core::azure::ImportResult filled = importOnce(withRoutes);
    column.set("filledObserved", formatCount(filled.summary.fromObserved.size()) + " / "
                                     + formatCount(filled.summary.incomplete.size()));
    timeImport(column, withRoutes, "Observed");
}

std::string DesignBenchmark::writeBundle(const Column &column,
                                         const nlohmann::ordered_json &bundle,
                                         const std::string &suffix,
                                         const std::string &fileSuffix) const
{
    const std::string text = bundle.dump(2);
    column.set("dumpSize" + suffix, formatFileSize(text.size()));
    return writeDesign(m_options.workDirectory, m_scale, text, fileSuffix);
}

core::azure::ImportResult DesignBenchmark::importOnce(const std::string &fileName)
{
    try {
        return core::azure::importFiles({}, {fileName});
    } catch (const core::azure::ImportError &error) {
        throw std::runtime_error("import: " + error.toString());
    }
}

// Median wall and CPU time of importFiles, then `avsnet import` as a process.
void DesignBenchmark::timeImport(const Column &column, const std::string &fileName,
                                 const std::string &suffix) const
{
    const auto [wall, cpu] =
        medianWallAndCpu(m_options.runs, [&] { importOnce(fileName); });
    column.set("import" + suffix, formatDuration(wall));
    column.set("importCpu" + suffix, formatDuration(cpu));

    const std::string &tool = m_options.commandLineTool;
    if (tool.empty() || !std::filesystem::exists(tool))
        return;
    // A fresh output each time: an existing one would be merged into.
    const std::string output =
        writeDesign(m_options.workDirectory, m_scale, "", "-imported" + suffix + ".avsnet");
    std::filesystem::remove(output);
    const ChildRun cli = runProgram(tool, {"import", fileName, "-o", output});
    if (!cli.error.empty() || cli.exitCode != 0) {
        column.set("cliImport" + suffix,
                   cli.error.empty() ? "exit " + std::to_string(cli.exitCode) : cli.error);
        return;
    }
    column.set("cliImport" + suffix, formatDuration(cli.wallTime.count()));
    column.set("cliImportPeak" + suffix, formatMemory(cli.peakResident));
}

} // namespace avsnet::bench
