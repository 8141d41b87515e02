// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalidation.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <set>

namespace avsnet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("avsnet::ui::FieldValidation", text);
}

const char fieldStateProperty[] = "fieldState";
const char fieldHintProperty[] = "fieldHint";
const char baseToolTipProperty[] = "fieldBaseToolTip";
const char fieldLabelProperty[] = "fieldLabel";

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

std::optional<core::Ipv4Prefix> parsePrefix(const QString &text)
{
    return core::Ipv4Prefix::parse(text.trimmed().toStdString());
}

std::optional<core::Ipv4Address> parseAddress(const QString &text)
{
    return core::Ipv4Address::parse(text.trimmed().toStdString());
}

std::optional<core::Asn> parseAsn(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qulonglong value = trimmed.toULongLong(&ok);
    if (!ok || trimmed.startsWith(QLatin1Char('+')) || value < 1 || value > 4294967295ULL)
        return std::nullopt;
    return core::Asn(value);
}

std::optional<std::vector<core::Ipv4Prefix>> parsePrefixList(const QString &text)
{
    std::vector<core::Ipv4Prefix> prefixes;
    for (const QString &entry : splitList(text)) {
        const auto prefix = parsePrefix(entry);
        if (!prefix)
            return std::nullopt;
        prefixes.push_back(*prefix);
    }
    return prefixes;
}

QString formatPrefixList(const std::vector<core::Ipv4Prefix> &prefixes)
{
    QStringList entries;
    for (const auto &prefix : prefixes)
        entries.append(QString::fromStdString(prefix.toString()));
    return entries.join(QStringLiteral(", "));
}

FieldCheck checkHostBits(const core::Ipv4Prefix &prefix)
{
    if (!prefix.hasHostBits())
        return FieldCheck::valid();
    // Azure refuses such a prefix ("invalid address prefix"), so the designer does too.
    return FieldCheck::invalid(tr("%1 has host bits set; write the network address %2")
                                   .arg(QString::fromStdString(prefix.toString()),
                                        QString::fromStdString(prefix.network().toString())));
}

FieldCheck checkPrefix(const QString &text, int expectedLength, bool optional)
{
    if (text.trimmed().isEmpty())
        return optional ? FieldCheck::valid() : FieldCheck::invalid(tr("a prefix is required"));
    const auto prefix = parsePrefix(text);
    if (!prefix)
        return FieldCheck::invalid(
            tr("\"%1\" is not an IPv4 prefix in CIDR notation (10.1.0.0/16)").arg(text.trimmed()));
    if (const FieldCheck hostBits = checkHostBits(*prefix); hostBits.isInvalid())
        return hostBits;
    QStringList warnings;
    if (expectedLength >= 0 && prefix->length() != expectedLength)
        warnings.append(
            tr("a /%1 where a /%2 is expected").arg(prefix->length()).arg(expectedLength));
    return warnings.isEmpty() ? FieldCheck::valid()
                              : FieldCheck::warning(warnings.join(QStringLiteral("; ")));
}

FieldCheck checkPrefixList(const QString &text)
{
    FieldCheck check;
    std::set<core::Ipv4Prefix> seen;
    for (const QString &entry : splitList(text)) {
        const auto prefix = parsePrefix(entry);
        if (!prefix)
            return FieldCheck::invalid(
                tr("\"%1\" is not an IPv4 prefix in CIDR notation").arg(entry));
        if (!seen.insert(*prefix).second)
            check = worse(check, FieldCheck::warning(tr("%1 is listed twice").arg(entry)));
        check = worse(check, checkHostBits(*prefix));
    }
    return check;
}

FieldCheck checkAddress(const QString &text, bool optional)
{
    if (text.trimmed().isEmpty())
        return optional ? FieldCheck::valid() : FieldCheck::invalid(tr("an address is required"));
    if (!parseAddress(text))
        return FieldCheck::invalid(tr("\"%1\" is not an IPv4 address").arg(text.trimmed()));
    return FieldCheck::valid();
}

FieldCheck checkAsn(const QString &text, bool optional)
{
    if (text.trimmed().isEmpty())
        return optional ? FieldCheck::valid() : FieldCheck::invalid(tr("an ASN is required"));
    if (!parseAsn(text))
        return FieldCheck::invalid(tr("an ASN is a number from 1 to 4294967295"));
    return FieldCheck::valid();
}

FieldCheck worse(const FieldCheck &first, const FieldCheck &second)
{
    return int(second.state) > int(first.state) ? second : first;
}

void markField(QWidget *field, const FieldCheck &check)
{
    if (!field)
        return;
    const QString state = check.state == FieldCheck::State::Invalid   ? QStringLiteral("invalid")
                          : check.state == FieldCheck::State::Warning ? QStringLiteral("warning")
                                                                      : QString();
    // The field's own tooltip (what the field means) comes back once the problem is gone.
    if (!field->property(baseToolTipProperty).isValid())
        field->setProperty(baseToolTipProperty, field->toolTip());
    field->setToolTip(check.message.isEmpty() ? field->property(baseToolTipProperty).toString()
                                              : check.message);
    if (field->property(fieldStateProperty).toString() != state) {
        field->setProperty(fieldStateProperty, state);
        // Property selectors in a style sheet are only re-evaluated on a re-polish.
        field->style()->unpolish(field);
        field->style()->polish(field);
        field->update();
    }
    if (auto *hint =
            qobject_cast<QLabel *>(field->property(fieldHintProperty).value<QObject *>())) {
        hint->setText(check.message);
        hint->setStyleSheet(state == QLatin1String("invalid") ? QStringLiteral("color: #c62828;")
                                                              : QStringLiteral("color: #b26a00;"));
        hint->setVisible(!check.message.isEmpty());
    }
}

QString fieldState(const QWidget *field)
{
    return field ? field->property(fieldStateProperty).toString() : QString();
}

QString fieldLabel(const QWidget *field)
{
    if (!field)
        return {};
    QString label = field->property(fieldLabelProperty).toString();
    if (label.isEmpty()) {
        if (const auto *box = qobject_cast<const QAbstractButton *>(field))
            label = box->text();
    }
    label.remove(QLatin1Char('&'));
    return label.isEmpty() ? field->objectName() : label;
}

void setFieldLabel(QWidget *field, const QString &label)
{
    field->setProperty(fieldLabelProperty, label);
}

} // namespace avsnet::ui
