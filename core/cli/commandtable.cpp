// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

namespace avsnet::core {

namespace {

const OptionSpec json{"--json"};

const std::vector<CommandSpec> commands = {
    {"validate",
     "avsnet validate FILE [--json]",
     "Lists the findings of a design (overlaps, limits, links that do not fit...), each with\n"
     "the section of docs/routing.md that explains its code and the Microsoft Learn page\n"
     "behind the rule. Exit 0 when no finding is an error, 1 when one is, 2 when FILE is\n"
     "refused.\n",
     {json}},
    {"routes",
     "avsnet routes FILE --at CONTEXT [--json]",
     "Shows one routing table. CONTEXT is VNET/SUBNET (the subnet's effective routes,\n"
     "as Azure shows them) or the id of an onprem, er-circuit, avs, er-gateway,\n"
     "vpn-gateway, route-server or nva node (its BGP table).\n",
     {{"--at", 1, true}, json}},
    {"trace",
     "avsnet trace FILE --from ENDPOINT --to ENDPOINT [--json]",
     "Follows a packet hop by hop, and the answer back, with the route that decided\n"
     "every hop. ENDPOINT is an IPv4 address, VNET/SUBNET, AVS/SEGMENT, or the id of\n"
     "an onprem, avs or internet node. Exit 0 whether or not it is delivered.\n",
     {{"--from", 1, true}, {"--to", 1, true}, json}},
    {"check",
     "avsnet check FILE [--json]",
     "Checks every intent of the design. Exit 0 when all hold, 1 when one is broken.\n",
     {json}},
    {"matrix",
     "avsnet matrix FILE [--json]",
     "Traces every endpoint (subnets, AVS segments and management blocks, on-prem\n"
     "sites, the internet) to every other and prints who reaches whom.\n",
     {json}},
    {"diff",
     "avsnet diff BEFORE AFTER [--routes-only] [--json]",
     "Compares two designs (a what-if): the endpoint pairs that gained or lost\n"
     "reachability, and per routing table the routes that appeared or disappeared.\n"
     "--routes-only skips the reachability matrix, which traces every endpoint to\n"
     "every other (seconds on hundreds of VNets). Exit 0 when the designs route\n"
     "alike, 1 when they differ, 2 when a file is refused.\n",
     {{"--routes-only"}, json}},
    {"import",
     "avsnet import FILE... -o DESIGN [--parameter NAME=VALUE]... [--json]",
     "Reads Azure's configuration (Resource Graph output, ARM templates, az ... show/list\n"
     "JSON, avsnet-capture bundles) and writes it as a design. When DESIGN exists the import\n"
     "merges into it by Azure resource id: positions, notes and your own nodes are kept,\n"
     "changed resources updated, vanished ones listed. A bundle's observed routes fill in\n"
     "what configuration cannot tell (a site's prefixes, an NVA's originate) where it is\n"
     "empty. --parameter gives an ARM template parameter a value. Prints a summary (--json:\n"
     "as JSON). Exit 0 when DESIGN was written, 2 on bad input (nothing is written).\n",
     {{"-o", 1, true}, {"--parameter", 1}, json}},
    {"compare",
     "avsnet compare DESIGN OBSERVED [--at CONTEXT] [--json]",
     "Compares the routes Azure reports (an avsnet-capture bundle, or one az output with\n"
     "--at naming its CONTEXT) with the design's, prefix by prefix: same, only in Azure,\n"
     "only in the model, or different (next hop type, next hop, AS path). Exit 0 when\n"
     "all are the same, 1 when one differs, 2 on bad input.\n",
     {{"--at", 1}, json}},
};

} // namespace

const OptionSpec *CommandSpec::option(std::string_view optionName) const
{
    for (const OptionSpec &spec : options) {
        if (spec.name == optionName)
            return &spec;
    }
    return nullptr;
}

std::span<const CommandSpec> coreCommands()
{
    return commands;
}

const CommandSpec *coreCommand(std::string_view name)
{
    for (const CommandSpec &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace avsnet::core
