// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace avsnet::core {

// How a piece of report text reads: a colour in HTML, nothing in Markdown.
enum class Tone { Plain, Error, Warning, Info, Good, Bad, Muted };

struct ReportCell
{
    ReportCell(std::string text = {}, Tone tone = Tone::Plain)
        : text(std::move(text))
        , tone(tone)
    {
    }
    ReportCell(const char *text)
        : text(text)
    {
    }

    // A cell whose text links to `url` (a web address).
    static ReportCell linked(std::string text, std::string url)
    {
        ReportCell cell(std::move(text));
        cell.link = std::move(url);
        return cell;
    }

    std::string text;
    Tone tone = Tone::Plain;
    std::string link; // empty: plain text
};

// Writes the blocks of a report as they come (headings, paragraphs, lists, tables), so a
// report of a large design streams into one string without an intermediate copy. Everything
// it is given is plain text, and every implementation escapes it for its own syntax.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;

    virtual void begin(std::string_view title) = 0;
    // Level 1 is the title; level 2 starts a section (a new page when printed). `anchor`
    // names it for the contents; empty: no anchor.
    virtual void heading(int level, std::string_view text, std::string_view anchor = {}) = 0;
    virtual void paragraph(std::string_view text, Tone tone = Tone::Plain) = 0;
    virtual void list(const std::vector<std::string> &items) = 0;
    // Links to the sections: (text, anchor) pairs.
    virtual void contents(const std::vector<std::pair<std::string, std::string>> &entries) = 0;
    // `compact`: small monospaced type for long machine-like tables (routes, the matrix).
    virtual void beginTable(const std::vector<std::string> &header, bool compact = false) = 0;
    virtual void row(const std::vector<ReportCell> &cells) = 0;
    // `note` goes under the table (what was left out); empty: none.
    virtual void endTable(std::string_view note = {}) = 0;
    // The design's picture: the Markdown writer links `file`, the HTML writer inlines `svg`.
    // False when the one it needs is empty.
    virtual bool diagram(std::string_view svg, std::string_view file) = 0;
    virtual void end(std::string_view footer) = 0;

    std::string take() { return std::move(m_out); }

protected:
    std::string m_out;
};

std::unique_ptr<ReportWriter> makeMarkdownWriter();
std::unique_ptr<ReportWriter> makeHtmlWriter();

// Markdown (CommonMark and GitHub tables): every character that could start markup gets a
// backslash. `inLine` text sits after other text on one line (a heading, a list item, a
// table cell): nothing there can start a block, and its line breaks become `<br>`.
std::string escapeMarkdown(std::string_view text, bool inLine = false);
// HTML text and attribute values: & < > " ' as entities.
std::string escapeHtml(std::string_view text);
// GitHub's heading anchor: lower case, spaces to hyphens, other punctuation dropped.
std::string headingAnchor(std::string_view text);

} // namespace avsnet::core
