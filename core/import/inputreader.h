// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "armtemplate.h"
#include "azureresource.h"

#include <string>
#include <string_view>
#include <vector>

namespace avsnet::core::azure {

// What one input file held.
struct AzureInput
{
    std::vector<AzureResource> resources;
    // "FILE: an ARM template: ..." lines for the import summary.
    std::vector<std::string> notes;
    // The observed-routes part of a capture bundle, when the file is one (else null).
    Json observed;
};

// Reads one Azure export (cli.md, `avsnet import`): a Resource Graph result (the `data`
// array, or the whole `az graph query` object), an ARM template, `az ... show/list` JSON
// (CLI shape or REST shape, one object, a list, or `{ "value": [...] }`), a REST example
// file (`responses."200".body`), or an `avsnet-capture` bundle. Throws ImportError naming
// the file and the line and column or JSON path of a fault.
AzureInput readAzureText(std::string_view text, const std::string &file,
                         const TemplateParameters &parameters = {});
AzureInput readAzureFile(const std::string &file, const TemplateParameters &parameters = {});

// One object in REST shape: CLI-shape objects get their top-level fields moved under
// `properties`. Throws ImportError when a mapped type has no id.
AzureResource normaliseResource(const Json &object, const std::string &file,
                                const std::string &path);

} // namespace avsnet::core::azure
