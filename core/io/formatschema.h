// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <span>
#include <string_view>

namespace avsnet::core {

struct ObjectSchema;

// One field an object of the `.avsnet` format accepts, in the words docs/format.md uses.
struct FieldSpec
{
    std::string_view name;
    std::string_view type;     // "boolean", "list of prefixes", "one of `a`, `b`", ...
    std::string_view fallback; // the value when absent; "required" when it must be present
    const ObjectSchema *children = nullptr; // the object (or each object of the list) it holds
};

// The fields of one kind of object. The reader asks only for fields its schema declares (it
// refuses to read any other, as a bug), and its defaults must be the ones declared here; the
// documentation test compares every schema with its table in docs/format.md.
struct ObjectSchema
{
    std::string_view title; // the heading of its section in docs/format.md
    std::string_view owner; // how error messages name such an object ("subnet")
    std::span<const FieldSpec> fields;

    const FieldSpec *field(std::string_view name) const;
};

namespace formatschema {

const ObjectSchema &design();
const ObjectSchema &node(); // the fields every node has
const ObjectSchema &link(); // the fields every link has
const ObjectSchema &nodeKind(NodeKind kind);
const ObjectSchema &linkKind(LinkKind kind);
const ObjectSchema &position();
const ObjectSchema &size();
const ObjectSchema &segment();
const ObjectSchema &subnet();
const ObjectSchema &routeTable();
const ObjectSchema &route();
const ObjectSchema &asPathPolicy();
const ObjectSchema &routingIntent();
const ObjectSchema &intent();
const ObjectSchema &annotation();
const ObjectSchema &lesson();
const ObjectSchema &lessonStep();

// Every schema above, in the order docs/format.md presents them.
std::span<const ObjectSchema *const> all();

} // namespace formatschema

} // namespace avsnet::core
