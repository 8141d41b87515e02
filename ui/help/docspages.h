// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/findingcatalog.h"

#include <QString>
#include <QUrl>

namespace avsnet::ui {

// The project's own documentation (docs/routing.md, format.md, cli.md) as pages a browser
// shows. The Markdown is found beside the installed program (share/doc/avsnet, as the Debian
// package and `cmake --install` put it) or in the source tree the program was built from,
// and rendered to HTML in the user's cache folder, with an anchor per heading named as
// GitHub names it and the links between the pages kept. It only writes that cache.
class DocsPages
{
public:
    // The folder that holds routing.md, or an empty string when neither place has it.
    static QString markdownFolder();

    // Renders the page NAME.md ("routing") and returns the URL of its HTML, with `fragment`
    // (a heading's anchor) when given. On failure: an empty URL and `error` says why.
    static QUrl page(const QString &name, const QString &fragment, QString *error);

    // A page of its own for one finding code: its section of routing.md, then links to the
    // whole routing model and to the Microsoft Learn page behind the rule. (A page, not a
    // fragment of routing.html: desktops' openers drop fragments of local files.)
    static QUrl findingPage(const core::FindingCodeInfo &code, QString *error);

    // Markdown to a standalone HTML page titled `title`: headings get GitHub's anchors, links
    // to NAME.md become NAME.html. Exposed for tests.
    static QString toHtml(const QString &markdown, const QString &title);
    // The section under the heading whose anchor is `anchor`, down to the next heading of the
    // same or a higher level; empty when there is none.
    static QString section(const QString &markdown, const QString &anchor);
};

} // namespace avsnet::ui
