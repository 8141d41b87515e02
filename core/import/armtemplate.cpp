// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A small evaluator of ARM template expressions
// (https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions):
// enough to read the templates that `az group export`, the portal and compiled Bicep write.
#include "armtemplate.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>

namespace avsnet::core::azure {

namespace {

// DECISION: a template names no subscription; every resource it deploys gets this one, and
// the resource group of its (nested) deployment, or this one.
constexpr std::string_view templateSubscription = "00000000-0000-0000-0000-000000000000";
constexpr std::string_view templateResourceGroup = "template-resource-group";
constexpr std::string_view templateDeployment = "template";
// An output that could not be evaluated: its error travels as a value and is raised only when
// an expression the importer needs reads it.
constexpr std::string_view errorMarker = "\x01avsnet-template-error:";

constexpr std::array mappedTypes = {
    "microsoft.network/virtualnetworks",
    "microsoft.network/virtualnetworks/subnets",
    "microsoft.network/virtualnetworks/virtualnetworkpeerings",
    "microsoft.network/routetables",
    "microsoft.network/routetables/routes",
    "microsoft.network/virtualnetworkgateways",
    "microsoft.network/localnetworkgateways",
    "microsoft.network/connections",
    "microsoft.network/expressroutecircuits",
    "microsoft.network/expressroutecircuits/peerings",
    "microsoft.network/expressroutecircuits/peerings/connections",
    "microsoft.network/virtualhubs",
    "microsoft.network/virtualhubs/ipconfigurations",
    "microsoft.network/virtualhubs/bgpconnections",
    "microsoft.network/virtualhubs/hubvirtualnetworkconnections",
    "microsoft.network/virtualhubs/routingintent",
    "microsoft.network/virtualwans",
    "microsoft.network/expressroutegateways",
    "microsoft.network/expressroutegateways/expressrouteconnections",
    "microsoft.network/vpngateways",
    "microsoft.network/vpnsites",
    "microsoft.network/networkinterfaces",
    "microsoft.network/azurefirewalls",
    "microsoft.avs/privateclouds",
    "microsoft.avs/privateclouds/globalreachconnections",
    "microsoft.avs/privateclouds/workloadnetworks/segments",
};

[[noreturn]] void fail(const std::string &file, const std::string &path, std::string message)
{
    throw ImportError{file, path, std::move(message)};
}

// A secret or credential: never evaluated, never kept (research §2.4: authorizationKey).
bool isSecretName(std::string_view name)
{
    const std::string key = lower(name);
    return key.find("key") != std::string::npos || key.find("password") != std::string::npos
           || key.find("secret") != std::string::npos;
}

std::string valueText(const Json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_null())
        return {};
    return value.dump();
}

bool truthy(const Json &value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_string())
        return equalsIgnoreCase(value.get<std::string>(), "true");
    if (value.is_number())
        return value.get<double>() != 0;
    return !value.is_null();
}

// FNV-1a, printed in base 32: uniqueString()'s stand-in.
std::uint64_t stableHash(const std::string &text)
{
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

struct Deployment;

// One template being evaluated: its parameters, variables, placeholders, and the nested
// deployments its resources declare.
struct Scope
{
    const Json *parameterDeclarations = nullptr;
    Json parameterValues = Json::object(); // given by the caller, or evaluated
    // Values an outer deployment passes, evaluated in its scope when first read.
    std::map<std::string, std::pair<const Json *, Scope *>> pendingParameters;
    const Json *variables = nullptr;
    std::map<std::string, Json> variableCache;
    std::set<std::string> variablesInProgress;
    std::string subscription;
    std::string resourceGroup;
    std::string deploymentName;
    std::string location;
    std::map<std::string, Deployment *> deploymentsBySymbol; // languageVersion 2.0 names
    const Json *resources = nullptr;
};

struct Deployment
{
    std::unique_ptr<Scope> inner; // how its template's expressions evaluate
    const Json *outputs = nullptr;
    const Json *resource = nullptr;
    Scope *outer = nullptr;
    std::string path;
    std::string id;
    bool expanded = false;
};

class Evaluator;

// The expression language: `name(args)` calls, 'strings', integers, `.member` and `[index]`.
class ExpressionParser
{
public:
    ExpressionParser(std::string_view text, Evaluator &evaluator, Scope &scope)
        : m_text(text)
        , m_evaluator(evaluator)
        , m_scope(scope)
    {}

    Json parse();

private:
    Json expression();
    Json call(const std::string &name);
    void skipSpace()
    {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    [[noreturn]] void syntax(const std::string &what);

    std::string_view m_text;
    std::size_t m_at = 0;
    Evaluator &m_evaluator;
    Scope &m_scope;
};

class Evaluator
{
public:
    Evaluator(std::string file, const TemplateParameters &given)
        : m_file(std::move(file))
        , m_given(given)
    {}

    std::vector<AzureResource> run(const Json &document)
    {
        auto scope = std::make_unique<Scope>();
        scope->subscription = templateSubscription;
        scope->resourceGroup = templateResourceGroup;
        scope->deploymentName = templateDeployment;
        for (const auto &[name, value] : m_given)
            scope->parameterValues[name] = value;
        expandTemplate(document, *scope, "");
        m_scopes.push_back(std::move(scope));
        return std::move(m_resources);
    }

    // Evaluates one JSON string: an expression when it is `[...]`, else itself.
    Json evaluateString(const std::string &text, Scope &scope, const std::string &path)
    {
        if (text.size() < 2 || text.front() != '[' || text.back() != ']')
            return text;
        if (text.starts_with("[["))
            return text.substr(1);
        const std::string saved = m_path;
        m_path = path;
        Json value = ExpressionParser(std::string_view(text).substr(1, text.size() - 2), *this,
                                      scope)
                         .parse();
        raiseMarked(value, text);
        m_path = saved;
        return value;
    }

    // Every string of a value evaluated, secrets dropped.
    Json evaluateDeep(const Json &value, Scope &scope, const std::string &path)
    {
        if (value.is_string())
            return evaluateString(value.get<std::string>(), scope, path);
        if (value.is_array()) {
            Json result = Json::array();
            for (std::size_t i = 0; i < value.size(); ++i)
                result.push_back(
                    evaluateDeep(value[i], scope, path + "[" + std::to_string(i) + "]"));
            return result;
        }
        if (value.is_object()) {
            Json result = Json::object();
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (isSecretName(it.key()))
                    continue;
                result[it.key()] = evaluateDeep(it.value(), scope, path + "." + it.key());
            }
            return result;
        }
        return value;
    }

    Json parameter(const std::string &name, Scope &scope)
    {
        if (const auto pending = scope.pendingParameters.find(name);
            pending != scope.pendingParameters.end()) {
            const auto [value, outer] = pending->second;
            scope.pendingParameters.erase(pending);
            scope.parameterValues[name] = evaluateDeep(*value, *outer, m_path);
        }
        if (scope.parameterValues.contains(name))
            return typed(scope.parameterValues[name], declaration(name, scope));
        const Json *declared = declaration(name, scope);
        if (!declared)
            failHere("parameters('" + name + "'): the template declares no such parameter");
        if (const Json *fallback = member(*declared, "defaultValue")) {
            Json value = evaluateDeep(*fallback, scope, m_path);
            scope.parameterValues[name] = value;
            return value;
        }
        failHere("parameter '" + name
                 + "' has no defaultValue and no value was given: run the import with "
                   "--parameter "
                 + name + "=VALUE");
    }

    Json variable(const std::string &name, Scope &scope)
    {
        if (const auto cached = scope.variableCache.find(name); cached != scope.variableCache.end())
            return cached->second;
        const Json *declared = scope.variables ? member(*scope.variables, name) : nullptr;
        if (!declared)
            failHere("variables('" + name + "'): the template declares no such variable");
        if (!scope.variablesInProgress.insert(name).second)
            failHere("variables('" + name + "') refers to itself");
        Json value = evaluateDeep(*declared, scope, "variables." + name);
        scope.variablesInProgress.erase(name);
        scope.variableCache[name] = value;
        return value;
    }

    // reference(): a nested deployment's outputs, or the properties of a resource this
    // template deploys.
    Json reference(const std::string &target, Scope &scope)
    {
        Deployment *deployment = nullptr;
        if (const auto found = scope.deploymentsBySymbol.find(target);
            found != scope.deploymentsBySymbol.end())
            deployment = found->second;
        else if (const auto byId = m_deploymentsById.find(idKey(target));
                 byId != m_deploymentsById.end())
            deployment = byId->second;
        if (deployment) {
            if (!deployment->expanded && deployment->resource
                && deploys(*deployment->resource, *deployment->outer, deployment->path)) {
                const std::string saved = m_path;
                expandDeployment(*deployment->resource, *deployment, deployment->path);
                m_path = saved;
            }
            Json outputs = Json::object();
            if (deployment->outputs && deployment->inner) {
                for (auto it = deployment->outputs->begin(); it != deployment->outputs->end();
                     ++it) {
                    Json entry = Json::object();
                    const Json *value = member(it.value(), "value");
                    entry["value"] = value ? evaluateQuietly(*value, *deployment->inner) : Json();
                    outputs[it.key()] = entry;
                }
            }
            return Json{{"outputs", outputs}};
        }
        if (const auto resource = m_resourcesById.find(idKey(target));
            resource != m_resourcesById.end())
            return resource->second;
        // DECISION: a private cloud the template does not deploy exists already; its circuit's
        // id is known only in Azure, so the stand-in id joins the connection to the private
        // cloud of that id in the design (templateAvsCircuitId).
        const std::string key = lower(target);
        const auto cloudAt = key.find("/providers/microsoft.avs/privateclouds/");
        if (cloudAt != std::string::npos
            && key.find('/', cloudAt + std::string_view("/providers/microsoft.avs/privateclouds/").size())
                   == std::string::npos)
            return Json{{"circuit", {{"expressRouteID", templateAvsCircuitId(target)}}}};
        failHere("reference('" + target
                 + "'): the template deploys no such resource or deployment, so its runtime "
                   "values are unknown");
    }

    std::string resourceId(const std::vector<Json> &arguments, Scope &scope,
                           std::string_view function)
    {
        std::size_t typeAt = 0;
        while (typeAt < arguments.size() && valueText(arguments[typeAt]).find('/') == std::string::npos)
            ++typeAt;
        if (typeAt >= arguments.size() || typeAt > 2)
            failHere(std::string(function) + "(): no resource type among its arguments");
        std::string subscription = scope.subscription;
        std::string group = scope.resourceGroup;
        if (typeAt == 2) {
            subscription = valueText(arguments[0]);
            group = valueText(arguments[1]);
        } else if (typeAt == 1) {
            group = valueText(arguments[0]);
        }
        std::vector<std::string> names;
        for (std::size_t i = typeAt + 1; i < arguments.size(); ++i)
            names.push_back(valueText(arguments[i]));
        const std::string type = valueText(arguments[typeAt]);
        if (function == "subscriptionResourceId")
            return "/subscriptions/" + subscription + "/providers/" + joinTypeAndNames(type, names);
        return scopeId(subscription, group) + "/providers/" + joinTypeAndNames(type, names);
    }

    static std::string scopeId(const std::string &subscription, const std::string &group)
    {
        return "/subscriptions/" + subscription + "/resourceGroups/" + group;
    }

    // "Microsoft.Network/virtualNetworks/subnets" + ["vnet", "sub"]:
    // "Microsoft.Network/virtualNetworks/vnet/subnets/sub".
    static std::string joinTypeAndNames(const std::string &type, const std::vector<std::string> &names)
    {
        std::vector<std::string> parts;
        std::size_t start = 0;
        while (true) {
            const auto slash = type.find('/', start);
            parts.push_back(type.substr(start, slash == std::string::npos ? slash : slash - start));
            if (slash == std::string::npos)
                break;
            start = slash + 1;
        }
        std::string id = parts.empty() ? std::string() : parts[0];
        for (std::size_t i = 1; i < parts.size(); ++i) {
            id += "/" + parts[i];
            if (i - 1 < names.size())
                id += "/" + names[i - 1];
        }
        return id;
    }

    [[noreturn]] void failHere(const std::string &message) const { fail(m_file, m_path, message); }
    const std::string &path() const { return m_path; }

    static Json marked(const ImportError &error)
    {
        return std::string(errorMarker) + error.path + "\x02" + error.message;
    }

    // Raises the error an unevaluable output carried, when an expression's value is one.
    void raiseMarked(const Json &value, const std::string &expression) const
    {
        if (!value.is_string())
            return;
        const auto &text = value.get_ref<const std::string &>();
        if (!text.starts_with(errorMarker))
            return;
        const auto split = text.find('\x02');
        fail(m_file, m_path,
             "\"" + expression + "\" needs a value the template cannot give: "
                 + text.substr(split + 1));
    }

private:
    const Json *declaration(const std::string &name, const Scope &scope) const
    {
        return scope.parameterDeclarations ? member(*scope.parameterDeclarations, name) : nullptr;
    }

    // A --parameter value is text: an int or bool parameter gets its type.
    static Json typed(const Json &value, const Json *declared)
    {
        if (!value.is_string() || !declared)
            return value;
        const std::string type = lower(stringMember(*declared, "type"));
        const std::string text = value.get<std::string>();
        if (type == "int") {
            try {
                return std::stoll(text);
            } catch (...) {
                return value;
            }
        }
        if (type == "bool")
            return equalsIgnoreCase(text, "true");
        return value;
    }

    Json evaluateQuietly(const Json &value, Scope &scope)
    {
        try {
            return evaluateDeep(value, scope, m_path);
        } catch (const ImportError &error) {
            return marked(error);
        }
    }

    void expandTemplate(const Json &document, Scope &scope, const std::string &path)
    {
        scope.parameterDeclarations = member(document, "parameters");
        scope.variables = member(document, "variables");
        const Json *resources = member(document, "resources");
        if (!resources)
            return;
        scope.resources = resources;
        // Index nested deployments first: reference() may name one listed later.
        std::vector<std::pair<std::string, const Json *>> entries;
        if (resources->is_object()) {
            for (auto it = resources->begin(); it != resources->end(); ++it)
                entries.emplace_back(path + "resources." + it.key(), &it.value());
        } else if (resources->is_array()) {
            for (std::size_t i = 0; i < resources->size(); ++i)
                entries.emplace_back(path + "resources[" + std::to_string(i) + "]",
                                     &(*resources)[i]);
        }
        std::vector<std::pair<std::string, Deployment *>> deployments(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const Json &resource = *entries[i].second;
            if (!equalsIgnoreCase(stringMember(resource, "type"), "Microsoft.Resources/deployments"))
                continue;
            deployments[i] = {entries[i].first, prepareDeployment(resource, scope, entries[i].first)};
            // reference('name') of a deployment in the same template, by its name.
            scope.deploymentsBySymbol.emplace(deployments[i].second->inner->deploymentName,
                                              deployments[i].second);
            if (resources->is_object()) {
                const std::string symbol = entries[i].first.substr(path.size() + 10);
                scope.deploymentsBySymbol[symbol] = deployments[i].second;
            }
        }
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const Json &resource = *entries[i].second;
            if (deployments[i].second) {
                if (deploys(resource, scope, entries[i].first))
                    expandDeployment(resource, *deployments[i].second, entries[i].first);
                continue;
            }
            readResource(resource, scope, entries[i].first, "", "");
        }
    }

    bool deploys(const Json &resource, Scope &scope, const std::string &path)
    {
        const Json *condition = member(resource, "condition");
        if (!condition)
            return true;
        return truthy(evaluateDeep(*condition, scope, path + ".condition"));
    }

    // Works out a nested deployment's scope (its parameters are evaluated lazily, when its
    // template asks) and id, so reference() finds it.
    Deployment *prepareDeployment(const Json &resource, Scope &outer, const std::string &path)
    {
        auto deployment = std::make_unique<Deployment>();
        const Json *properties = member(resource, "properties");
        const Json *nested = properties ? member(*properties, "template") : nullptr;
        auto inner = std::make_unique<Scope>();
        const Json *options = properties ? member(*properties, "expressionEvaluationOptions") : nullptr;
        const bool innerScope = options && equalsIgnoreCase(stringMember(*options, "scope"), "inner");
        inner->subscription = outer.subscription;
        inner->resourceGroup = outer.resourceGroup;
        try {
            if (const Json *subscription = member(resource, "subscriptionId"))
                inner->subscription = valueText(evaluateDeep(*subscription, outer, path));
            if (const Json *group = member(resource, "resourceGroup"))
                inner->resourceGroup = valueText(evaluateDeep(*group, outer, path));
            inner->deploymentName = valueText(evaluateDeep(*member(resource, "name"), outer, path));
        } catch (const ImportError &) {
            inner->deploymentName = "deployment";
        }
        deployment->id = scopeId(inner->subscription, inner->resourceGroup)
                         + "/providers/Microsoft.Resources/deployments/" + inner->deploymentName;
        if (nested && innerScope) {
            // Parameters are passed as { "name": { "value": ... } }, evaluated in the outer scope.
            if (const Json *given = member(*properties, "parameters")) {
                for (auto it = given->begin(); it != given->end(); ++it) {
                    const Json *value = member(it.value(), "value");
                    inner->pendingParameters[it.key()] = {value ? value : &it.value(), &outer};
                }
            }
        } else if (nested) {
            // "outer" scope: the nested template's expressions see the parent's parameters.
            inner->parameterDeclarations = outer.parameterDeclarations;
            inner->parameterValues = outer.parameterValues;
            inner->variables = outer.variables;
        }
        if (nested)
            deployment->outputs = member(*nested, "outputs");
        deployment->resource = &resource;
        deployment->outer = &outer;
        deployment->path = path;
        Deployment *raw = deployment.get();
        deployment->inner = std::move(inner);
        m_deploymentsById[idKey(raw->id)] = raw;
        m_deployments.push_back(std::move(deployment));
        return raw;
    }

    void expandDeployment(const Json &resource, Deployment &deployment, const std::string &path)
    {
        if (deployment.expanded)
            return;
        deployment.expanded = true;
        const Json *properties = member(resource, "properties");
        const Json *nested = properties ? member(*properties, "template") : nullptr;
        if (!nested) {
            m_resources.push_back({"", "microsoft.resources/deployments", "", "", "", Json(),
                                   Json::object(), m_file, path});
            return;
        }
        const Json *options = member(*properties, "expressionEvaluationOptions");
        const bool innerScope = options && equalsIgnoreCase(stringMember(*options, "scope"), "inner");
        Scope &scope = *deployment.inner;
        if (innerScope)
            scope.parameterDeclarations = member(*nested, "parameters");
        const Json *declarations = scope.parameterDeclarations;
        const Json *variables = scope.variables;
        expandTemplate(*nested, scope, path + ".properties.template.");
        if (!innerScope) {
            scope.parameterDeclarations = declarations;
            scope.variables = variables;
        }
    }

    void readResource(const Json &resource, Scope &scope, const std::string &path,
                      const std::string &parentType, const std::string &parentName)
    {
        const Json *typeValue = member(resource, "type");
        if (!typeValue || !typeValue->is_string())
            fail(m_file, path + ".type", "a template resource without a type");
        std::string type = typeValue->get<std::string>();
        if (!parentType.empty() && type.find('/') == std::string::npos)
            type = parentType + "/" + type;
        AzureResource result;
        result.type = lower(type);
        result.file = m_file;
        result.path = path;
        if (!isMappedType(result.type)) {
            m_resources.push_back(std::move(result));
            return;
        }
        if (!deploys(resource, scope, path))
            return;
        if (member(resource, "copy"))
            fail(m_file, path + ".copy",
                 "copy loops are not supported; export the deployed resources instead "
                 "(az group export) or use a Resource Graph query");
        std::string name = valueText(evaluateDeep(*member(resource, "name"), scope, path + ".name"));
        if (!parentName.empty())
            name = parentName + "/" + name;
        std::vector<std::string> names;
        for (std::size_t start = 0;;) {
            const auto slash = name.find('/', start);
            names.push_back(name.substr(start, slash == std::string::npos ? slash : slash - start));
            if (slash == std::string::npos)
                break;
            start = slash + 1;
        }
        result.name = names.back();
        result.id = scopeId(scope.subscription, scope.resourceGroup) + "/providers/"
                    + joinTypeAndNames(type, names);
        if (const Json *location = member(resource, "location"))
            result.location = valueText(evaluateDeep(*location, scope, path + ".location"));
        if (const Json *kind = member(resource, "kind"))
            result.kind = valueText(evaluateDeep(*kind, scope, path + ".kind"));
        if (const Json *sku = member(resource, "sku"))
            result.sku = evaluateDeep(*sku, scope, path + ".sku");
        if (const Json *properties = member(resource, "properties"))
            result.properties = evaluateDeep(*properties, scope, path + ".properties");
        if (result.type == "microsoft.avs/privateclouds" && !member(result.properties, "circuit"))
            result.properties["circuit"] = {{"expressRouteID", templateAvsCircuitId(result.id)}};
        m_resourcesById[idKey(result.id)] = result.properties;
        m_resources.push_back(result);
        // Child resources declared inside their parent.
        if (const Json *children = member(resource, "resources"); children && children->is_array()) {
            for (std::size_t i = 0; i < children->size(); ++i)
                readResource((*children)[i], scope, path + ".resources[" + std::to_string(i) + "]",
                             type, name);
        }
    }

    std::string m_file;
    const TemplateParameters &m_given;
        std::string m_path;
    std::vector<AzureResource> m_resources;
    std::vector<std::unique_ptr<Scope>> m_scopes;
    std::vector<std::unique_ptr<Deployment>> m_deployments;
    std::map<std::string, Deployment *> m_deploymentsById;
    std::map<std::string, Json> m_resourcesById;
};

void ExpressionParser::syntax(const std::string &what)
{
    m_evaluator.failHere("cannot read the expression \"[" + std::string(m_text) + "]\": " + what
                         + " at character " + std::to_string(m_at + 1));
}

Json ExpressionParser::parse()
{
    Json value = expression();
    skipSpace();
    if (m_at != m_text.size())
        syntax("unexpected text");
    return value;
}

Json ExpressionParser::expression()
{
    skipSpace();
    if (m_at >= m_text.size())
        syntax("an expression ends early");
    Json value;
    const char c = m_text[m_at];
    if (c == '\'') {
        std::string text;
        ++m_at;
        while (true) {
            if (m_at >= m_text.size())
                syntax("a string is not closed");
            if (m_text[m_at] == '\'') {
                if (m_at + 1 < m_text.size() && m_text[m_at + 1] == '\'') {
                    text += '\'';
                    m_at += 2;
                    continue;
                }
                ++m_at;
                break;
            }
            text += m_text[m_at++];
        }
        value = text;
    } else if (std::isdigit(static_cast<unsigned char>(c)) || c == '-') {
        const std::size_t start = m_at++;
        while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
        value = std::stoll(std::string(m_text.substr(start, m_at - start)));
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
        const std::size_t start = m_at;
        while (m_at < m_text.size()
               && (std::isalnum(static_cast<unsigned char>(m_text[m_at])) || m_text[m_at] == '_'))
            ++m_at;
        const std::string name(m_text.substr(start, m_at - start));
        if (!take('('))
            syntax("'" + name + "' is not followed by (");
        value = call(name);
    } else {
        syntax("unexpected character '" + std::string(1, c) + "'");
    }
    // Member access and indexing on the result.
    while (true) {
        if (take('.')) {
            skipSpace();
            const std::size_t start = m_at;
            while (m_at < m_text.size()
                   && (std::isalnum(static_cast<unsigned char>(m_text[m_at])) || m_text[m_at] == '_'))
                ++m_at;
            const std::string name(m_text.substr(start, m_at - start));
            m_evaluator.raiseMarked(value, "[" + std::string(m_text) + "]");
            const Json *found = member(value, name);
            if (!found)
                m_evaluator.failHere("\"[" + std::string(m_text) + "]\": the value has no member '"
                                     + name + "'");
            value = Json(*found);
            m_evaluator.raiseMarked(value, "[" + std::string(m_text) + "]");
        } else if (take('[')) {
            const Json index = expression();
            if (!take(']'))
                syntax("an index is not closed with ]");
            if (value.is_array() && index.is_number_integer()
                && index.get<std::int64_t>() >= 0
                && std::size_t(index.get<std::int64_t>()) < value.size()) {
                value = Json(value[std::size_t(index.get<std::int64_t>())]);
            } else if (value.is_object() && index.is_string() && member(value, index.get<std::string>())) {
                value = Json(*member(value, index.get<std::string>()));
            } else {
                m_evaluator.failHere("\"[" + std::string(m_text) + "]\": index " + index.dump()
                                     + " is not in the value");
            }
        } else {
            return value;
        }
    }
}

Json ExpressionParser::call(const std::string &name)
{
    std::vector<Json> arguments;
    // uniqueString() and guid() only make a stable name: an argument that has no value before
    // deployment (an authorization key from reference()) is hashed as written (DECISION).
    const bool lenient = equalsIgnoreCase(name, "uniqueString") || equalsIgnoreCase(name, "guid");
    if (!take(')')) {
        while (true) {
            if (lenient) {
                skipSpace();
                const std::size_t start = m_at;
                try {
                    arguments.push_back(expression());
                } catch (const ImportError &) {
                    m_at = start;
                    int depth = 0;
                    bool quoted = false;
                    while (m_at < m_text.size()) {
                        const char c = m_text[m_at];
                        if (c == '\'')
                            quoted = !quoted;
                        else if (!quoted && (c == '(' || c == '['))
                            ++depth;
                        else if (!quoted && (c == ')' || c == ']') && depth > 0)
                            --depth;
                        else if (!quoted && depth == 0 && (c == ',' || c == ')'))
                            break;
                        ++m_at;
                    }
                    arguments.emplace_back(std::string(m_text.substr(start, m_at - start)));
                }
            } else {
                arguments.push_back(expression());
            }
            if (take(')'))
                break;
            if (!take(','))
                syntax("expected , or ) in the arguments of " + name + "()");
        }
    }
    const std::string function = lower(name);
    const auto argument = [&](std::size_t i) -> const Json & {
        if (i >= arguments.size())
            m_evaluator.failHere("\"[" + std::string(m_text) + "]\": " + name + "() needs "
                                 + std::to_string(i + 1) + " argument(s)");
        return arguments[i];
    };
    if (function == "parameters")
        return m_evaluator.parameter(valueText(argument(0)), m_scope);
    if (function == "variables")
        return m_evaluator.variable(valueText(argument(0)), m_scope);
    if (function == "concat") {
        if (!arguments.empty() && arguments[0].is_array()) {
            Json joined = Json::array();
            for (const Json &part : arguments)
                for (const Json &item : part)
                    joined.push_back(item);
            return joined;
        }
        std::string text;
        for (const Json &part : arguments)
            text += valueText(part);
        return text;
    }
    if (function == "format") {
        const std::string pattern = valueText(argument(0));
        std::string text;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
                text += '{';
                ++i;
            } else if (pattern[i] == '}' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
                text += '}';
                ++i;
            } else if (pattern[i] == '{') {
                const auto close = pattern.find('}', i);
                if (close == std::string::npos)
                    syntax("format() has an unclosed {");
                const std::string field = pattern.substr(i + 1, close - i - 1);
                const std::size_t index = std::size_t(std::stoul(field.substr(0, field.find(':'))));
                text += valueText(argument(index + 1));
                i = close;
            } else {
                text += pattern[i];
            }
        }
        return text;
    }
    if (function == "resourceid" || function == "subscriptionresourceid")
        return m_evaluator.resourceId(arguments, m_scope,
                                      function == "resourceid" ? "resourceId" : "subscriptionResourceId");
    if (function == "extensionresourceid") {
        std::vector<std::string> names;
        for (std::size_t i = 2; i < arguments.size(); ++i)
            names.push_back(valueText(arguments[i]));
        return valueText(argument(0)) + "/providers/"
               + Evaluator::joinTypeAndNames(valueText(argument(1)), names);
    }
    if (function == "resourcegroup")
        return Json{{"name", m_scope.resourceGroup},
                    {"location", m_scope.location},
                    {"id", Evaluator::scopeId(m_scope.subscription, m_scope.resourceGroup)}};
    if (function == "subscription")
        return Json{{"subscriptionId", m_scope.subscription},
                    {"id", "/subscriptions/" + m_scope.subscription}};
    if (function == "deployment")
        return Json{{"name", m_scope.deploymentName}, {"location", m_scope.location}};
    if (function == "reference")
        return m_evaluator.reference(valueText(argument(0)), m_scope);
    if (function == "equals")
        return argument(0) == argument(1)
               || (argument(0).is_string() && argument(1).is_string()
                   && argument(0).get<std::string>() == argument(1).get<std::string>());
    if (function == "not")
        return !truthy(argument(0));
    if (function == "and" || function == "or") {
        bool result = function == "and";
        for (const Json &value : arguments)
            result = function == "and" ? (result && truthy(value)) : (result || truthy(value));
        return result;
    }
    if (function == "if")
        return truthy(argument(0)) ? argument(1) : argument(2);
    if (function == "empty") {
        const Json &value = argument(0);
        return value.is_null() || (value.is_string() && value.get<std::string>().empty())
               || ((value.is_array() || value.is_object()) && value.empty());
    }
    if (function == "tolower")
        return lower(valueText(argument(0)));
    if (function == "toupper") {
        std::string text = valueText(argument(0));
        for (char &c : text)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        return text;
    }
    if (function == "string")
        return valueText(argument(0));
    if (function == "int") {
        const Json &value = argument(0);
        return value.is_number() ? value : Json(std::stoll(valueText(value)));
    }
    if (function == "bool")
        return truthy(argument(0));
    if (function == "true")
        return true;
    if (function == "false")
        return false;
    if (function == "null")
        return Json();
    if (function == "createobject") {
        Json object = Json::object();
        for (std::size_t i = 0; i + 1 < arguments.size(); i += 2)
            object[valueText(arguments[i])] = arguments[i + 1];
        return object;
    }
    if (function == "uniquestring" || function == "guid") {
        std::string seed;
        for (const Json &value : arguments)
            seed += valueText(value) + "\x1f";
        const std::uint64_t hash = stableHash(seed);
        static constexpr char digits[] = "abcdefghijklmnopqrstuvwxyz234567";
        std::string text;
        for (int i = 0; i < 13; ++i)
            text += digits[(hash >> (5 * i)) & 31];
        if (function == "uniquestring")
            return text;
        char guid[40];
        std::snprintf(guid, sizeof guid, "%08x-0000-4000-8000-%012llx",
                      unsigned(hash >> 32), (unsigned long long)(hash & 0xffffffffffffull));
        return std::string(guid);
    }
    m_evaluator.failHere("unsupported template function " + name + "() in \"["
                         + std::string(m_text)
                         + "]\"; the importer evaluates parameters(), variables(), resourceId(), "
                           "concat(), format() and a few more (docs/cli.md, avsnet import): "
                           "export the deployed resources instead (az group export, or a "
                           "Resource Graph query)");
}

} // namespace

bool isMappedType(std::string_view type)
{
    for (const char *mapped : mappedTypes) {
        if (type == mapped)
            return true;
    }
    return false;
}

bool isArmTemplate(const Json &document)
{
    if (!document.is_object())
        return false;
    const std::string schema = lower(stringMember(document, "$schema"));
    if (schema.find("deploymenttemplate") != std::string::npos)
        return true;
    return member(document, "resources") && member(document, "contentVersion");
}

std::vector<AzureResource> expandTemplate(const Json &document, const std::string &file,
                                          const TemplateParameters &parameters)
{
    return Evaluator(file, parameters).run(document);
}

} // namespace avsnet::core::azure
