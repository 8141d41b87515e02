// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatschema.h"
#include "jsonpath.h"
#include "model/topology.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace avsnet::core {

using Json = nlohmann::ordered_json;

// A fault in a well-formed JSON document. Thrown by the field readers and caught in
// DocumentReader, which turns it into a LoadError; it never leaves the reader.
struct FormatError
{
    std::string path;
    std::string message;
};

[[noreturn]] void failAt(const JsonPath &path, std::string message);

// Typed readers for one value. Each refuses a value of the wrong type or out of range with a
// FormatError naming `path`.
std::string readString(const Json &value, const JsonPath &path);
std::string readId(const Json &value, const JsonPath &path);
bool readBool(const Json &value, const JsonPath &path);
std::int64_t readInteger(const Json &value, const JsonPath &path, std::int64_t minimum,
                         std::int64_t maximum, std::string_view what);
double readNumber(const Json &value, const JsonPath &path);
Asn readAsn(const Json &value, const JsonPath &path);
Ipv4Prefix readPrefix(const Json &value, const JsonPath &path);
Ipv4Address readAddress(const Json &value, const JsonPath &path);
std::vector<Ipv4Prefix> readPrefixes(const Json &value, const JsonPath &path);
std::vector<std::string> readStrings(const Json &value, const JsonPath &path);
const Json::array_t &readArray(const Json &value, const JsonPath &path);
Json::array_t &readArray(Json &value, const JsonPath &path);

bool isValidId(std::string_view id);

// Reads the fields of one JSON object by name, remembers which it used, and hands the others
// back in their original order as the object's unknown fields. The object's schema names it in
// messages ("route table") and lists the fields it may read: asking for any other field, or
// giving a default other than the schema's, is a bug in the reader and throws
// std::logic_error, so the schema (and docs/format.md, which a test compares with it) stays
// what the reader does.
class ObjectReader
{
public:
    ObjectReader(Json &object, const JsonPath &path, const ObjectSchema &schema);

    const JsonPath &path() const { return m_path; }
    // Adds the fields of the object's kind (a node's or link's kind-specific fields), and
    // names the object after it.
    void extend(const ObjectSchema &kind);
    void setOwner(std::string owner) { m_owner = std::move(owner); }

    // The schema of the object (or of each object of the list) that field `key` holds.
    const ObjectSchema &schemaOf(std::string_view key) const;
    // The value of `key`, marked as used; nullptr when the object has no such key. `key` must
    // outlive the reader's paths (string literals do).
    Json *find(std::string_view key);
    // As find(), but refuses the document when the key is missing.
    Json &require(std::string_view key);

    std::string requiredString(std::string_view key);
    std::string requiredId(std::string_view key);
    std::string string(std::string_view key);
    bool boolean(std::string_view key, bool fallback);
    std::int64_t integer(std::string_view key, std::int64_t minimum, std::int64_t maximum,
                         std::int64_t fallback);
    std::optional<Asn> asn(std::string_view key);
    Ipv4Prefix requiredPrefix(std::string_view key);
    std::optional<Ipv4Prefix> prefix(std::string_view key);
    std::vector<Ipv4Prefix> prefixes(std::string_view key);
    std::vector<std::string> strings(std::string_view key);
    std::optional<Position> position(std::string_view key);
    std::optional<Size> size(std::string_view key);

    // The unused fields, moved out of the object. Call once, after reading every known field.
    UnknownFields takeUnknown();

private:
    // The declared field `key`; throws std::logic_error when no schema of the object has it.
    const FieldSpec &declared(std::string_view key) const;
    // Throws std::logic_error when the reader's default differs from the declared one.
    void checkFallback(std::string_view key, std::string_view fallback) const;

    Json::object_t::Container &m_members;
    JsonPath m_path;
    std::string m_owner;
    std::array<const ObjectSchema *, 2> m_schemas{};
    std::vector<bool> m_used;
};

} // namespace avsnet::core
