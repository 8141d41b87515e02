// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace avsnet::core::azure {

using Json = nlohmann::ordered_json;

// Why an Azure input was refused: the file, the JSON path (or template expression) of the
// fault and what to do. The import writes nothing when it meets one (cli.md: exit 2).
struct ImportError
{
    std::string file;
    std::string path;
    std::string message;

    std::string toString() const;
};

// One Azure resource in the REST shape that Resource Graph, `az rest` and ARM exports share:
// `properties` holds the resource's own fields. CLI-shape objects (`az ... show`, properties
// flattened to the top level) are turned into this shape when read.
struct AzureResource
{
    std::string id;       // as Azure spells it; compare through idKey()
    std::string type;     // lower case: "microsoft.network/virtualnetworks"
    std::string name;     // the last name segment
    std::string location;
    std::string kind;     // "RouteServer" for a Route Server hub; mostly empty
    Json sku;             // the top-level sku object, or null
    Json properties = Json::object();
    std::string file;     // where it was read, for messages
    std::string path;     // its JSON path in that file
};

// The key two resource ids compare by: lower case, no trailing slash (research §1.1: ids
// differ in case between resource providers and resource groups).
std::string idKey(std::string_view id);
std::string lower(std::string_view text);
bool equalsIgnoreCase(std::string_view a, std::string_view b);

// A member of an object by case-insensitive name (AVS spells `expressRouteID` and
// `expressRouteId`), or nullptr.
const Json *member(const Json &object, std::string_view name);
// member() of `properties`, or of the object itself when it has no `properties` (CLI shape).
const Json *property(const Json &object, std::string_view name);
// A string member, or empty when it is absent or not a string.
std::string stringMember(const Json &object, std::string_view name);
// stringMember() and referencedId() of property(): either shape.
std::string stringProperty(const Json &object, std::string_view name);
std::string referencedProperty(const Json &object, std::string_view name);
// `{ "id": "..." }` members such as `remoteVirtualNetwork`: the id, or empty.
std::string referencedId(const Json &object, std::string_view name);

// The id without its last `/type/name` pair: a subnet's VNet, a peering's circuit.
std::string parentId(std::string_view id);
// The last segment of an id: the resource's name.
std::string lastSegment(std::string_view id);
// The id cut before `/segment/` (case-insensitive), or empty when it does not hold it:
// ancestorId(subnetId, "subnets") is the VNet's id.
std::string ancestorId(std::string_view id, std::string_view segment);

// The Azure resource a node or link was imported from: its `azureId` field (format.md),
// which the reader keeps among the unknown fields. Empty when it has none.
template<typename Item>
std::string azureIdOf(const Item &item)
{
    const auto found = item.unknown.find("azureId");
    return found != item.unknown.end() && found->is_string() ? found->template get<std::string>()
                                                             : std::string();
}

template<typename Item>
void setAzureId(Item &item, const std::string &id)
{
    item.unknown["azureId"] = id;
}

// A deploy-time template cannot know the ExpressRoute circuit Azure gives a private cloud;
// the importer stands in this id for it, both where a template asks for
// `reference(cloud).circuit.expressRouteID` and for a cloud without a circuit (DECISION).
std::string templateAvsCircuitId(std::string_view privateCloudId);

} // namespace avsnet::core::azure
