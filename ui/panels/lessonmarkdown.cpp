// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonmarkdown.h"

#include <QRegularExpression>
#include <QUrl>

namespace avsnet::ui {

namespace {

const QString nodeScheme = QStringLiteral("avsnet-node");

// A name is shown as link text: Markdown's punctuation in it must stay literal.
QString escapeMarkdown(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-!|~");
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString displayName(const std::string &id, const core::Topology &topology)
{
    if (const auto *node = topology.node(id))
        return QString::fromStdString(node->displayName());
    if (const auto *link = topology.link(id)) {
        // A link has no name of its own: its two ends say what it is.
        const auto end = [&](const std::string &nodeId) {
            const auto *node = topology.node(nodeId);
            return QString::fromStdString(node ? node->displayName() : nodeId);
        };
        return QStringLiteral("%1 – %2").arg(end(link->from), end(link->to));
    }
    return {};
}

} // namespace

QString linkNodeReferences(const QString &markdown, const core::Topology &topology)
{
    static const QRegularExpression reference(QStringLiteral("\\[\\[([^\\[\\]\\s]+)\\]\\]"));
    QString result;
    qsizetype copied = 0;
    for (auto it = reference.globalMatch(markdown); it.hasNext();) {
        const auto match = it.next();
        result += markdown.mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        const QString id = match.captured(1);
        const QString name = displayName(id.toStdString(), topology);
        if (name.isEmpty()) // not in this design (any more): show the id, not a dead link
            result += QLatin1Char('`') + id + QLatin1Char('`');
        else
            result += QStringLiteral("[%1](%2:%3)").arg(escapeMarkdown(name), nodeScheme,
                                                        QString::fromLatin1(QUrl::toPercentEncoding(id)));
    }
    result += markdown.mid(copied);
    return result;
}

QString nodeIdFromUrl(const QUrl &url)
{
    if (url.scheme() != nodeScheme)
        return {};
    return url.path(QUrl::FullyDecoded);
}

} // namespace avsnet::ui
