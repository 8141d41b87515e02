// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldreader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace avsnet::core {

namespace {

// What to write instead, per expected type: the second half of a wrong-type message.
[[noreturn]] void failType(const Json &value, const JsonPath &path, std::string_view expected,
                           std::string_view fix)
{
    failAt(path, "expected " + std::string(expected) + " but found " + value.type_name() + "; "
                     + std::string(fix));
}

Json::object_t::Container &membersOf(Json &object, const JsonPath &path)
{
    if (!object.is_object())
        failType(object, path, "an object", "put the fields in { }");
    return static_cast<Json::object_t::Container &>(object.get_ref<Json::object_t &>());
}

} // namespace

void failAt(const JsonPath &path, std::string message)
{
    throw FormatError{path.toString(), std::move(message)};
}

bool isValidId(std::string_view id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
               || c == '_' || c == '.' || c == '-';
    });
}

std::string readString(const Json &value, const JsonPath &path)
{
    if (!value.is_string())
        failType(value, path, "a string", "put the value in double quotes");
    return value.get_ref<const std::string &>();
}

std::string readId(const Json &value, const JsonPath &path)
{
    std::string id = readString(value, path);
    if (!isValidId(id))
        failAt(path,
               "\"" + id + "\" is not a valid id; use only letters, digits, '_', '.' and '-'");
    return id;
}

bool readBool(const Json &value, const JsonPath &path)
{
    if (!value.is_boolean())
        failType(value, path, "true or false", "write true or false without quotes");
    return value.get<bool>();
}

std::int64_t readInteger(const Json &value, const JsonPath &path, std::int64_t minimum,
                         std::int64_t maximum, std::string_view what)
{
    const auto outOfRange = [&](const std::string &text) {
        failAt(path, std::string(what) + " " + text + " is out of range; use a whole number from "
                         + std::to_string(minimum) + " to " + std::to_string(maximum));
    };
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number > std::uint64_t(maximum) || std::int64_t(number) < minimum)
            outOfRange(std::to_string(number));
        return std::int64_t(number);
    }
    if (value.is_number_integer()) {
        const auto number = value.get<std::int64_t>();
        if (number < minimum || number > maximum)
            outOfRange(std::to_string(number));
        return number;
    }
    // JSON has one number type; a whole number too large for 64 bits arrives as a double.
    if (value.is_number_float()) {
        const double number = value.get<double>();
        if (std::isfinite(number) && std::trunc(number) == number)
            outOfRange(value.dump());
    }
    failType(value, path, "a whole number", "write digits without quotes or a decimal point");
}

double readNumber(const Json &value, const JsonPath &path)
{
    if (!value.is_number())
        failType(value, path, "a number", "write digits without quotes");
    return value.get<double>();
}

Asn readAsn(const Json &value, const JsonPath &path)
{
    return Asn(readInteger(value, path, 0, std::numeric_limits<Asn>::max(), "ASN"));
}

Ipv4Prefix readPrefix(const Json &value, const JsonPath &path)
{
    const auto prefix = Ipv4Prefix::parse(readString(value, path));
    if (!prefix)
        failAt(path, "\"" + value.get_ref<const std::string &>()
                         + "\" is not an IPv4 prefix; write it as a.b.c.d/n, like 10.1.0.0/16");
    return *prefix;
}

Ipv4Address readAddress(const Json &value, const JsonPath &path)
{
    const auto address = Ipv4Address::parse(readString(value, path));
    if (!address)
        failAt(path, "\"" + value.get_ref<const std::string &>()
                         + "\" is not an IPv4 address; write it as a.b.c.d, like 10.0.1.4");
    return *address;
}

const Json::array_t &readArray(const Json &value, const JsonPath &path)
{
    if (!value.is_array())
        failType(value, path, "a list", "put the values in [ ]");
    return value.get_ref<const Json::array_t &>();
}

Json::array_t &readArray(Json &value, const JsonPath &path)
{
    return const_cast<Json::array_t &>(readArray(std::as_const(value), path));
}

std::vector<Ipv4Prefix> readPrefixes(const Json &value, const JsonPath &path)
{
    const auto &array = readArray(value, path);
    std::vector<Ipv4Prefix> prefixes;
    prefixes.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i)
        prefixes.push_back(readPrefix(array[i], path.index(i)));
    return prefixes;
}

std::vector<std::string> readStrings(const Json &value, const JsonPath &path)
{
    const auto &array = readArray(value, path);
    std::vector<std::string> strings;
    strings.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i)
        strings.push_back(readString(array[i], path.index(i)));
    return strings;
}

// ---- ObjectReader ------------------------------------------------------------------------

ObjectReader::ObjectReader(Json &object, const JsonPath &path, const ObjectSchema &schema)
    : m_members(membersOf(object, path))
    , m_path(path)
    , m_owner(schema.owner)
    , m_schemas{&schema, nullptr}
    , m_used(m_members.size(), false)
{
}

void ObjectReader::extend(const ObjectSchema &kind)
{
    m_schemas[1] = &kind;
    m_owner = kind.owner;
}

const FieldSpec &ObjectReader::declared(std::string_view key) const
{
    for (const ObjectSchema *schema : m_schemas) {
        if (const FieldSpec *spec = schema ? schema->field(key) : nullptr)
            return *spec;
    }
    throw std::logic_error("the reader reads the field \"" + std::string(key) + "\" of a " + m_owner
                           + ", which the format schema does not declare");
}

void ObjectReader::checkFallback(std::string_view key, std::string_view fallback) const
{
    const FieldSpec &spec = declared(key);
    if (spec.fallback != fallback)
        throw std::logic_error("the reader's default for \"" + std::string(key) + "\" of a "
                               + m_owner + " is " + std::string(fallback)
                               + ", but the format schema declares " + std::string(spec.fallback));
}

const ObjectSchema &ObjectReader::schemaOf(std::string_view key) const
{
    const FieldSpec &spec = declared(key);
    if (!spec.children)
        throw std::logic_error("the field \"" + std::string(key) + "\" of a " + m_owner
                               + " holds no objects in the format schema");
    return *spec.children;
}

Json *ObjectReader::find(std::string_view key)
{
    declared(key);
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (m_members[i].first == key) {
            m_used[i] = true;
            return &m_members[i].second;
        }
    }
    return nullptr;
}

Json &ObjectReader::require(std::string_view key)
{
    if (Json *value = find(key))
        return *value;
    failAt(m_path.key(key),
           "the required field \"" + std::string(key) + "\" is missing; add it to this " + m_owner);
}

std::string ObjectReader::requiredString(std::string_view key)
{
    return readString(require(key), m_path.key(key));
}

std::string ObjectReader::requiredId(std::string_view key)
{
    return readId(require(key), m_path.key(key));
}

std::string ObjectReader::string(std::string_view key)
{
    const Json *value = find(key);
    return value ? readString(*value, m_path.key(key)) : std::string();
}

bool ObjectReader::boolean(std::string_view key, bool fallback)
{
    checkFallback(key, fallback ? "true" : "false");
    const Json *value = find(key);
    return value ? readBool(*value, m_path.key(key)) : fallback;
}

std::int64_t ObjectReader::integer(std::string_view key, std::int64_t minimum, std::int64_t maximum,
                                   std::int64_t fallback)
{
    checkFallback(key, std::to_string(fallback));
    const Json *value = find(key);
    return value ? readInteger(*value, m_path.key(key), minimum, maximum, key) : fallback;
}

std::optional<Asn> ObjectReader::asn(std::string_view key)
{
    const Json *value = find(key);
    return value ? std::optional(readAsn(*value, m_path.key(key))) : std::nullopt;
}

Ipv4Prefix ObjectReader::requiredPrefix(std::string_view key)
{
    return readPrefix(require(key), m_path.key(key));
}

std::optional<Ipv4Prefix> ObjectReader::prefix(std::string_view key)
{
    const Json *value = find(key);
    return value ? std::optional(readPrefix(*value, m_path.key(key))) : std::nullopt;
}

std::vector<Ipv4Prefix> ObjectReader::prefixes(std::string_view key)
{
    const Json *value = find(key);
    return value ? readPrefixes(*value, m_path.key(key)) : std::vector<Ipv4Prefix>();
}

std::vector<std::string> ObjectReader::strings(std::string_view key)
{
    const Json *value = find(key);
    return value ? readStrings(*value, m_path.key(key)) : std::vector<std::string>();
}

// Positions and sizes keep no unknown fields: the model has no room for them.
std::optional<Position> ObjectReader::position(std::string_view key)
{
    Json *value = find(key);
    if (!value)
        return std::nullopt;
    const JsonPath path = m_path.key(key);
    ObjectReader object(*value, path, schemaOf(key));
    Position position;
    position.x = readNumber(object.require("x"), path.key("x"));
    position.y = readNumber(object.require("y"), path.key("y"));
    return position;
}

std::optional<Size> ObjectReader::size(std::string_view key)
{
    Json *value = find(key);
    if (!value)
        return std::nullopt;
    const JsonPath path = m_path.key(key);
    ObjectReader object(*value, path, schemaOf(key));
    Size size;
    size.width = readNumber(object.require("width"), path.key("width"));
    size.height = readNumber(object.require("height"), path.key("height"));
    return size;
}

UnknownFields ObjectReader::takeUnknown()
{
    UnknownFields unknown = UnknownFields::object();
    // The parser refused duplicate keys, so appending keeps the object valid without
    // ordered_map's linear search per insertion.
    auto &members = static_cast<Json::object_t::Container &>(unknown.get_ref<Json::object_t &>());
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (!m_used[i])
            members.emplace_back(m_members[i].first, std::move(m_members[i].second));
    }
    return unknown;
}

} // namespace avsnet::core
