// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputreader.h"

#include "io/jsonparser.h"

#include <array>
#include <fstream>
#include <sstream>

namespace avsnet::core::azure {

namespace {

// Fields every resource has at the top level in both shapes; the rest of a CLI-shape object
// are its properties (research §1.3).
constexpr std::array envelopeFields = {"id",       "name",           "type",     "location",
                                       "kind",     "sku",            "tags",     "etag",
                                       "resourceGroup", "subscriptionId", "tenantId", "zones",
                                       "identity", "managedBy",      "plan",     "extendedLocation",
                                       "systemData"};

bool isEnvelopeField(std::string_view key)
{
    for (const char *field : envelopeFields) {
        if (equalsIgnoreCase(key, field))
            return true;
    }
    return false;
}

void readList(const Json &list, const std::string &file, const std::string &path,
              AzureInput &input)
{
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        if (!list[i].is_object())
            throw ImportError{file, at, "expected a resource object but found "
                                            + std::string(list[i].type_name())};
        input.resources.push_back(normaliseResource(list[i], file, at));
    }
}

void readDocument(const Json &document, const std::string &file, const std::string &path,
                  const TemplateParameters &parameters, AzureInput &input)
{
    if (document.is_array()) {
        readList(document, file, path, input);
        return;
    }
    if (!document.is_object())
        throw ImportError{file, path, "expected a JSON object or array of Azure resources"};
    if (isArmTemplate(document)) {
        auto resources = expandTemplate(document, file, parameters);
        input.resources.insert(input.resources.end(), resources.begin(), resources.end());
        input.notes.push_back(file
                              + ": an ARM template: its resources as the template declares them "
                                "(parameter defaults), not necessarily the live state");
        return;
    }
    if (equalsIgnoreCase(stringMember(document, "format"), "avsnet-capture")) {
        for (const char *part : {"graph", "resources"}) {
            if (const Json *list = member(document, part))
                readDocument(*list, file, path + (path.empty() ? "" : ".") + part, parameters,
                             input);
        }
        if (const Json *observed = member(document, "observed"))
            input.observed = *observed;
        return;
    }
    // `az graph query` prints {count, data, skip_token, total_records}; the SDK object
    // calls the list `data` too, and a REST list calls it `value`.
    for (const char *list : {"data", "value"}) {
        if (const Json *items = member(document, list); items && items->is_array()) {
            readList(*items, file, path + (path.empty() ? "" : ".") + list, input);
            if (const Json *truncated = member(document, "resultTruncated");
                truncated && truncated->is_string() && truncated->get<std::string>() == "true")
                input.notes.push_back(file + ": the Resource Graph result is truncated: page "
                                             "with --skip-token and import every page");
            return;
        }
    }
    if (const Json *responses = member(document, "responses")) {
        if (const Json *ok = member(*responses, "200")) {
            if (const Json *body = member(*ok, "body")) {
                readDocument(*body, file, "responses.200.body", parameters, input);
                return;
            }
        }
    }
    if (member(document, "type") && member(document, "id")) {
        input.resources.push_back(normaliseResource(document, file, path));
        return;
    }
    throw ImportError{file, path,
                      "not an Azure export avsnet reads: expected a Resource Graph result "
                      "(az graph query), an ARM template, az ... show/list JSON or an "
                      "avsnet-capture bundle"};
}

} // namespace

AzureResource normaliseResource(const Json &object, const std::string &file,
                                const std::string &path)
{
    AzureResource resource;
    resource.file = file;
    resource.path = path;
    const Json *type = member(object, "type");
    if (!type || !type->is_string())
        throw ImportError{file, path + ".type",
                          "a resource without a type; export it with its type (Resource Graph: "
                          "project type)"};
    resource.type = lower(type->get<std::string>());
    resource.id = stringMember(object, "id");
    if (resource.id.empty() && isMappedType(resource.type))
        throw ImportError{file, path + ".id",
                          "a " + type->get<std::string>()
                              + " without an id; the importer joins resources by id (Resource "
                                "Graph: project id)"};
    resource.name = stringMember(object, "name");
    if (resource.name.empty())
        resource.name = lastSegment(resource.id);
    resource.location = stringMember(object, "location");
    resource.kind = stringMember(object, "kind");
    if (const Json *sku = member(object, "sku"))
        resource.sku = *sku;
    if (const Json *properties = member(object, "properties"); properties && properties->is_object()) {
        resource.properties = *properties;
    } else {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isEnvelopeField(it.key()))
                resource.properties[it.key()] = it.value();
        }
        // `az network routeserver show` prints the Route Server's sku as a plain string.
        if (resource.sku.is_string())
            resource.properties["sku"] = resource.sku;
    }
    return resource;
}

AzureInput readAzureText(std::string_view text, const std::string &file,
                         const TemplateParameters &parameters)
{
    auto parsed = parseJson(text);
    if (const auto *error = std::get_if<LoadError>(&parsed)) {
        std::string place = error->line > 0 ? "line " + std::to_string(error->line) + ", column "
                                                  + std::to_string(error->column)
                                            : error->path;
        throw ImportError{file, place, error->message};
    }
    AzureInput input;
    readDocument(std::get<nlohmann::ordered_json>(parsed), file, "", parameters, input);
    return input;
}

AzureInput readAzureFile(const std::string &file, const TemplateParameters &parameters)
{
    std::ifstream stream(file, std::ios::binary);
    if (!stream)
        throw ImportError{file, "", "cannot open the file; check the name and that you may read it"};
    std::ostringstream text;
    text << stream.rdbuf();
    return readAzureText(text.str(), file, parameters);
}

} // namespace avsnet::core::azure
