// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "azureresource.h"

#include <algorithm>
#include <cctype>

namespace avsnet::core::azure {

std::string ImportError::toString() const
{
    std::string text = file;
    if (!path.empty())
        text += (text.empty() ? "" : ": ") + path;
    return text + (text.empty() ? "" : ": ") + message;
}

std::string lower(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return result;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
           && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
                  return std::tolower(x) == std::tolower(y);
              });
}

std::string idKey(std::string_view id)
{
    while (!id.empty() && id.back() == '/')
        id.remove_suffix(1);
    return lower(id);
}

const Json *member(const Json &object, std::string_view name)
{
    if (!object.is_object())
        return nullptr;
    const auto exact = object.find(name);
    if (exact != object.end())
        return &*exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (equalsIgnoreCase(it.key(), name))
            return &it.value();
    }
    return nullptr;
}

const Json *property(const Json &object, std::string_view name)
{
    const Json *properties = member(object, "properties");
    if (properties && properties->is_object())
        return member(*properties, name);
    return member(object, name);
}

std::string stringMember(const Json &object, std::string_view name)
{
    const Json *value = member(object, name);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

std::string referencedId(const Json &object, std::string_view name)
{
    const Json *value = member(object, name);
    if (!value)
        return {};
    if (value->is_string())
        return value->get<std::string>();
    return stringMember(*value, "id");
}

std::string stringProperty(const Json &object, std::string_view name)
{
    const Json *value = property(object, name);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

std::string referencedProperty(const Json &object, std::string_view name)
{
    const Json *value = property(object, name);
    if (!value)
        return {};
    if (value->is_string())
        return value->get<std::string>();
    return stringMember(*value, "id");
}

std::string parentId(std::string_view id)
{
    for (int cut = 0; cut < 2; ++cut) {
        const auto slash = id.rfind('/');
        if (slash == std::string_view::npos)
            return {};
        id = id.substr(0, slash);
    }
    return std::string(id);
}

std::string lastSegment(std::string_view id)
{
    while (!id.empty() && id.back() == '/')
        id.remove_suffix(1);
    const auto slash = id.rfind('/');
    return std::string(slash == std::string_view::npos ? id : id.substr(slash + 1));
}

std::string ancestorId(std::string_view id, std::string_view segment)
{
    const std::string key = lower(id);
    const std::string marker = "/" + lower(segment) + "/";
    const auto at = key.rfind(marker);
    return at == std::string::npos ? std::string() : std::string(id.substr(0, at));
}

std::string templateAvsCircuitId(std::string_view privateCloudId)
{
    return std::string(privateCloudId) + "/expressRouteCircuit";
}

} // namespace avsnet::core::azure
