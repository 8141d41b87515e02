// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azureresource.h"

#include <map>
#include <string>
#include <vector>

namespace avsnet::core::azure {

// Values for template parameters, by name (`avsnet import --parameter NAME=VALUE`): they win
// over a parameter's defaultValue, and a parameter without either is an error once a value
// the importer reads needs it.
using TemplateParameters = std::map<std::string, std::string>;

// True when a JSON document is an ARM template (a `$schema` naming a deployment template, or
// `resources` beside `parameters`/`variables`/`contentVersion`).
bool isArmTemplate(const Json &document);

// The resources an ARM template deploys, nested deployments included, with the expressions
// of every resource the importer maps evaluated: parameters(), variables(), resourceId(),
// subscriptionResourceId(), extensionResourceId(), concat(), format(), the placeholders
// resourceGroup(), subscription() and deployment(), the logic of conditions (equals, not,
// and, or, if, empty), toLower/toUpper/string/int/bool/createObject, reference() of a
// nested deployment's outputs or of a resource the template deploys, and uniqueString()
// and guid() (as stable stand-ins, not Azure's values). Any other function, where a mapped
// value needs it, throws ImportError naming the expression. Resources of types the importer
// does not map are listed with their type only: their expressions are never evaluated.
// Secrets (any property whose name holds "key" or "password") are dropped unread.
std::vector<AzureResource> expandTemplate(const Json &document, const std::string &file,
                                          const TemplateParameters &parameters);

// Whether the importer reads resources of this (lower-case) type.
bool isMappedType(std::string_view type);

} // namespace avsnet::core::azure
