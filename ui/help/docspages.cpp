// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docspages.h"

#include "export/reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <vector>

namespace avsnet::ui {

namespace {

// The pages, by the name of their Markdown file in docs/.
const QStringList pageNames = {QStringLiteral("routing"), QStringLiteral("format"),
                               QStringLiteral("cli")};

QString anchorOf(const QString &headingText)
{
    return QString::fromStdString(core::headingAnchor(headingText.toStdString()));
}

// "### `overlap`" -> 3 and "`overlap`"; 0 for a line that is no heading.
int headingLevel(const QString &line, QString *text)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*$"));
    const auto match = heading.match(line);
    if (!match.hasMatch())
        return 0;
    *text = match.captured(2);
    return int(match.capturedLength(1));
}

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

// Renders every page into the cache folder (they link to each other) and returns the folder.
QString renderPages(QString *error)
{
    const QString source = DocsPages::markdownFolder();
    if (source.isEmpty()) {
        *error = QObject::tr("the documentation (docs/routing.md) is neither installed beside "
                             "avsnet nor in the source tree it was built from");
        return {};
    }
    const QString target
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/docs");
    if (!QDir().mkpath(target)) {
        *error = QObject::tr("cannot create the folder %1").arg(target);
        return {};
    }
    for (const QString &name : pageNames) {
        const QString markdown = readText(source + '/' + name + QStringLiteral(".md"), error);
        if (markdown.isEmpty())
            return {};
        const QString title = QStringLiteral("avsnet: docs/%1.md").arg(name);
        if (!writeText(target + '/' + name + QStringLiteral(".html"),
                       DocsPages::toHtml(markdown, title), error))
            return {};
    }
    return target;
}

} // namespace

QString DocsPages::markdownFolder()
{
    // Installed: share/doc/avsnet beside bin/ (Debian package, `cmake --install`, Windows).
    // Built: the source tree's docs/.
    const QStringList candidates
        = {QCoreApplication::applicationDirPath() + QStringLiteral("/../" AVSNET_DOCS_INSTALL_DIR),
           QStringLiteral(AVSNET_DOCS_SOURCE_DIR)};
    for (const QString &folder : candidates) {
        if (QFile::exists(folder + QStringLiteral("/routing.md")))
            return QDir::cleanPath(folder);
    }
    return {};
}

QUrl DocsPages::page(const QString &name, const QString &fragment, QString *error)
{
    const QString folder = renderPages(error);
    if (folder.isEmpty())
        return {};
    QUrl url = QUrl::fromLocalFile(folder + '/' + name + QStringLiteral(".html"));
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    return url;
}

QUrl DocsPages::findingPage(const core::FindingCodeInfo &code, QString *error)
{
    const QString folder = renderPages(error);
    if (folder.isEmpty())
        return {};
    const QString markdown = readText(markdownFolder() + QStringLiteral("/routing.md"), error);
    const QString name = QString::fromLatin1(code.name.data(), qsizetype(code.name.size()));
    QString text = section(markdown, name);
    if (text.isEmpty()) {
        *error = QObject::tr("docs/routing.md has no section for the finding code %1").arg(name);
        return {};
    }
    // Links within routing.md now point into the whole page.
    text.replace(QStringLiteral("](#"), QStringLiteral("](routing.md#"));
    QString page = QObject::tr("# Why `%1` is a finding\n\n").arg(name) + text
                   + QStringLiteral("\n\n---\n\n")
                   + QObject::tr("- The whole routing model: [docs/routing.md](routing.md#%1)\n")
                         .arg(name);
    if (!code.learnUrl.empty()) {
        const QString learn
            = QString::fromLatin1(code.learnUrl.data(), qsizetype(code.learnUrl.size()));
        page += QObject::tr("- Microsoft Learn: [%1](%1)\n").arg(learn);
    }
    const QString path = folder + QStringLiteral("/why-%1.html").arg(name);
    if (!writeText(path, toHtml(page, QObject::tr("avsnet: why %1").arg(name)), error))
        return {};
    return QUrl::fromLocalFile(path);
}

QString DocsPages::toHtml(const QString &markdown, const QString &title)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);

    struct Change
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    std::vector<Change> changes;
    static const QRegularExpression markdownLink(QStringLiteral("^([A-Za-z0-9_-]+)\\.md(#.*)?$"));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const bool heading = block.blockFormat().headingLevel() > 0;
        const QString anchor = heading ? anchorOf(block.text()) : QString();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            bool changed = false;
            if (heading) {
                format.setAnchor(true);
                format.setAnchorNames({anchor});
                changed = true;
            }
            const auto link = markdownLink.match(format.anchorHref());
            if (link.hasMatch()) {
                format.setAnchorHref(link.captured(1) + QStringLiteral(".html")
                                     + link.captured(2));
                changed = true;
            }
            if (changed)
                changes.push_back({fragment.position(), fragment.length(), format});
        }
    }
    for (const Change &change : changes) {
        QTextCursor cursor(&document);
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
    // Qt writes the widget font in points; a browser page reads better at its own size, with
    // a measure and table rules.
    QString html = document.toHtml();
    static const QRegularExpression bodyStyle(QStringLiteral("<body style=\"[^\"]*\">"));
    html.replace(bodyStyle, QStringLiteral("<body>"));
    html.replace(QStringLiteral("</head>"),
                 QStringLiteral("<style>body{max-width:52em;margin:2em auto;padding:0 1em;"
                                "font-family:sans-serif;line-height:1.45}"
                                "table{border-collapse:collapse}"
                                "td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}"
                                "</style></head>"));
    return html;
}

QString DocsPages::section(const QString &markdown, const QString &anchor)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    int level = 0;
    bool inCode = false;
    QStringList taken;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("```")))
            inCode = !inCode;
        QString text;
        const int lineLevel = inCode ? 0 : headingLevel(line, &text);
        if (level == 0) {
            if (lineLevel > 0 && anchorOf(text) == anchor) {
                level = lineLevel;
                taken.append(line);
            }
            continue;
        }
        if (lineLevel > 0 && lineLevel <= level)
            break;
        taken.append(line);
    }
    return taken.join(QLatin1Char('\n')).trimmed();
}

} // namespace avsnet::ui
