// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

namespace avsnet::core {

class Analysis;
class ReportWriter;

struct ReportOptions
{
    std::string diagramSvg;  // the design drawn as SVG, inlined in the HTML report
    std::string diagramFile; // path of an image of the design, linked from the Markdown report
    std::string date;        // shown as given ("2026-03-14"); empty: left out
    std::string version;     // avsnet version; empty: this build's
    std::size_t maxRouteRows = 200;      // per routing table; the rest is counted, not listed
    std::size_t maxListedPrefixes = 20;  // per prefix list in the inventory
    std::size_t maxMatrixEndpoints = 60; // beyond this the matrix is left out, and says why
};

// The design report (cli.md, `avsnet report`): name, description, date and version; the
// diagram; the inventory and address plan; every subnet's effective routes and every BGP
// speaker's table; findings by severity; intents with their forward paths; the connectivity
// matrix when it stays readable. A pure function of the analysis, like the engine.
std::string reportMarkdown(const Analysis &analysis, const ReportOptions &options = {});
// The same report as one self-contained HTML file: styles inline, no external resource,
// laid out to print (each section on a new page, table headers repeated).
std::string reportHtml(const Analysis &analysis, const ReportOptions &options = {});
// The same report into any writer (the designer's paginated PDF writer draws with Qt).
void writeReport(const Analysis &analysis, const ReportOptions &options, ReportWriter &writer);

} // namespace avsnet::core
