// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaynames.h"

#include <QObject>

#include <memory>

namespace avsnet::ui {

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isIdCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')
           || c == QLatin1Char('-');
}

// The format's field names (format.md) as a sentence says them: the engine writes
// "hub.addressSpace", a person reads "Hub address space".
QString fieldWords(const QString &field)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("addressSpace"), QObject::tr("address space")},
        {QStringLiteral("subnets"), QObject::tr("subnets")},
        {QStringLiteral("managementBlock"), QObject::tr("management block")},
        {QStringLiteral("segments"), QObject::tr("segments")},
        {QStringLiteral("prefixes"), QObject::tr("prefixes")},
        {QStringLiteral("advertise"), QObject::tr("advertised prefixes")},
        {QStringLiteral("originate"), QObject::tr("originated prefixes")},
        {QStringLiteral("ip"), QObject::tr("IP address")},
        {QStringLiteral("asn"), QObject::tr("ASN")},
    };
    if (const auto found = words.constFind(field); found != words.constEnd())
        return *found;
    // "routeTables[spoke-rt]"
    static const QString tables = QStringLiteral("routeTables[");
    if (field.startsWith(tables) && field.endsWith(QLatin1Char(']')))
        return QObject::tr("route table %1").arg(field.mid(tables.size()).chopped(1));
    return field;
}

} // namespace

DisplayNames DisplayNames::of(const core::Analysis *analysis)
{
    if (!analysis)
        return {};
    // The last design asked for; a copy shares its hashes (Qt's implicit sharing).
    static std::weak_ptr<const core::Topology> named;
    static DisplayNames names;
    if (named.lock() != analysis->sharedTopology()) {
        names = DisplayNames(analysis->topology());
        named = analysis->sharedTopology();
    }
    return names;
}

DisplayNames::DisplayNames(const core::Topology &topology)
{
    QHash<QString, int> uses;
    for (const core::Node &node : topology.nodes)
        ++uses[QString::fromStdString(node.displayName())];
    m_nodes.reserve(qsizetype(topology.nodes.size()));
    for (const core::Node &node : topology.nodes) {
        const QString id = QString::fromStdString(node.id);
        QString shown = QString::fromStdString(node.displayName());
        // Two nodes named alike stay apart by their ids.
        if (uses.value(shown) > 1 && shown != id)
            shown = QStringLiteral("%1 (%2)").arg(shown, id);
        m_nodes.insert(id, shown);
        m_byName.insert(shown.toCaseFolded(), id);
    }
    m_links.reserve(qsizetype(topology.links.size()));
    for (const core::Link &link : topology.links) {
        m_links.insert(QString::fromStdString(link.id),
                       QStringLiteral("%1 – %2").arg(node(link.from), node(link.to)));
    }
}

QString DisplayNames::node(std::string_view id) const
{
    const QString key = toQString(id);
    return m_nodes.value(key, key);
}

QString DisplayNames::endpoint(std::string_view endpoint) const
{
    const std::size_t slash = endpoint.find('/');
    if (slash == std::string_view::npos)
        return node(endpoint);
    const QString owner = toQString(endpoint.substr(0, slash));
    const auto found = m_nodes.constFind(owner);
    // An address with a length ("10.0.0.0/8") is no node.
    if (found == m_nodes.constEnd())
        return toQString(endpoint);
    return QStringLiteral("%1 / %2").arg(*found, toQString(endpoint.substr(slash + 1)));
}

QString DisplayNames::link(std::string_view id) const
{
    const QString key = toQString(id);
    return m_links.value(key, key);
}

QString DisplayNames::item(std::string_view id) const
{
    const QString key = toQString(id);
    if (const auto found = m_nodes.constFind(key); found != m_nodes.constEnd())
        return *found;
    return m_links.value(key, key);
}

QString DisplayNames::text(std::string_view text) const
{
    const QString input = toQString(text);
    QString out;
    out.reserve(input.size());
    qsizetype i = 0;
    while (i < input.size()) {
        if (!isIdCharacter(input[i])) {
            out += input[i++];
            continue;
        }
        qsizetype end = i;
        while (end < input.size() && isIdCharacter(input[end]))
            ++end;
        QString token = input.mid(i, end - i);
        QString tail;
        // "...of hub." ends a sentence: the full stop is no part of the id.
        while (!m_nodes.contains(token) && !m_links.contains(token)
               && token.endsWith(QLatin1Char('.'))) {
            tail.prepend(QLatin1Char('.'));
            token.chop(1);
        }
        if (const auto found = m_nodes.constFind(token); found != m_nodes.constEnd()) {
            out += *found;
            // "hub/fw" is subnet fw of VNet hub: the subnet keeps its own name even when a
            // node has that id (a firewall NVA "fw" in subnet "fw" is common).
            qsizetype subnetEnd = end + 1;
            while (subnetEnd < input.size() && isIdCharacter(input[subnetEnd]))
                ++subnetEnd;
            if (end < input.size() && input[end] == QLatin1Char('/') && subnetEnd > end + 1) {
                QString subnet = input.mid(end + 1, subnetEnd - end - 1);
                qsizetype kept = subnetEnd;
                // A sentence's full stop is no part of the subnet's name.
                while (subnet.endsWith(QLatin1Char('.'))) {
                    subnet.chop(1);
                    --kept;
                }
                out += QStringLiteral(" / ") + subnet + tail;
                i = kept;
                continue;
            }
        } else if (const auto link = m_links.constFind(token); link != m_links.constEnd())
            out += *link;
        else
            out += fieldOfNode(token);
        out += tail;
        i = end;
    }
    return out;
}

QString DisplayNames::fieldOfNode(const QString &token) const
{
    // Ids may hold dots themselves: try every dot from the left.
    for (qsizetype dot = token.indexOf(QLatin1Char('.')); dot > 0;
         dot = token.indexOf(QLatin1Char('.'), dot + 1)) {
        if (const auto found = m_nodes.constFind(token.left(dot)); found != m_nodes.constEnd())
            return QStringLiteral("%1 %2").arg(*found, fieldWords(token.mid(dot + 1)));
    }
    return token;
}

QString DisplayNames::endpointId(const QString &typed) const
{
    const QString trimmed = typed.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const QString owner = (slash < 0 ? trimmed : trimmed.left(slash)).trimmed();
    QString id;
    if (m_nodes.contains(owner))
        id = owner;
    else
        id = m_byName.value(owner.toCaseFolded());
    if (id.isEmpty())
        return trimmed;
    if (slash < 0)
        return id;
    return id + QLatin1Char('/') + trimmed.mid(slash + 1).trimmed();
}

} // namespace avsnet::ui
