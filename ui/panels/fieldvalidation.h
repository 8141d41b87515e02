// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QString>

#include <optional>
#include <vector>

class QWidget;

namespace avsnet::ui {

// The verdict on what the user typed into one field. Invalid input (not a prefix, host bits
// set, which Azure refuses) is never written to the model; a warning (an unusual prefix
// length) is written and shown, because the analysis reports it as a finding rather than
// refusing the design (format.md).
struct FieldCheck
{
    enum class State { Valid, Warning, Invalid };

    State state = State::Valid;
    QString message;

    static FieldCheck valid() { return {}; }
    static FieldCheck warning(const QString &message) { return {State::Warning, message}; }
    static FieldCheck invalid(const QString &message) { return {State::Invalid, message}; }
    bool isInvalid() const { return state == State::Invalid; }
    bool operator==(const FieldCheck &) const = default;
};

// Parsers for text the user typed; surrounding whitespace is ignored.
std::optional<core::Ipv4Prefix> parsePrefix(const QString &text);
std::optional<core::Ipv4Address> parseAddress(const QString &text);
std::optional<core::Asn> parseAsn(const QString &text);
// Entries separated by commas, semicolons or whitespace; nullopt when one is not CIDR.
std::optional<std::vector<core::Ipv4Prefix>> parsePrefixList(const QString &text);
QString formatPrefixList(const std::vector<core::Ipv4Prefix> &prefixes);

// `expectedLength` (-1: any) only warns: a /23 management block loads and is a finding.
FieldCheck checkPrefix(const QString &text, int expectedLength = -1, bool optional = false);
FieldCheck checkPrefixList(const QString &text);
FieldCheck checkAddress(const QString &text, bool optional = false);
// ASNs are 1..4294967295 (RFC 6793); 0 is reserved (RFC 7607).
FieldCheck checkAsn(const QString &text, bool optional = false);
// Invalid for a prefix with host bits set, naming the network address to write instead.
FieldCheck checkHostBits(const core::Ipv4Prefix &prefix);
// The worse of two checks; the first wins a tie.
FieldCheck worse(const FieldCheck &first, const FieldCheck &second);

// Shows a check at the field: the dynamic property "fieldState" ("invalid", "warning" or
// empty, matched by the dock's style sheet), the reason as tooltip, and the field's hint
// label (the QLabel in its "fieldHint" property) under it.
void markField(QWidget *field, const FieldCheck &check);
// The state markField last set: "invalid", "warning" or empty.
QString fieldState(const QWidget *field);

// The field's name as its page labels it ("Use remote gateways", "Address space"), for undo
// texts; set by PropertyPage when it adds the editor, else a check box's text, else the
// field path.
QString fieldLabel(const QWidget *field);
void setFieldLabel(QWidget *field, const QString &label);

} // namespace avsnet::ui
