// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include <algorithm>

namespace avsnet::core {

namespace {

// Inline styles only, no fonts or images from elsewhere: the report is one file that opens
// offline and prints on A4 with every section on a new page and table headers repeated.
constexpr std::string_view htmlStyle = R"(
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10.5pt; color: #201f1e;
       line-height: 1.4; max-width: 1100px; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 22pt; color: #004e8c; margin-bottom: .2em; }
h2 { font-size: 15pt; color: #004e8c; border-bottom: 2px solid #0078d4; padding-bottom: .2em;
     margin-top: 2em; }
h3 { font-size: 12pt; margin: 1.4em 0 .4em; }
h4 { font-size: 10.5pt; margin: 1.2em 0 .3em; font-family: Consolas, "Courier New", monospace; }
p.meta, p.note, footer { color: #605e5c; }
p.note { font-size: 9pt; font-style: italic; margin-top: -.5em; }
table { border-collapse: collapse; margin: .4em 0 1em; }
th, td { border: 1px solid #d2d0ce; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
tbody tr:nth-child(even) { background: #faf9f8; }
table.compact { font-size: 8.5pt; }
table.compact td { font-family: Consolas, "Courier New", monospace; }
.error, .bad { color: #a4262c; font-weight: 600; }
.warning { color: #8a5a00; font-weight: 600; }
.info { color: #004e8c; }
.good { color: #107c10; font-weight: 600; }
.muted { color: #8a8886; }
figure.diagram { margin: 1em 0; border: 1px solid #d2d0ce; padding: .5em; overflow: auto; }
figure.diagram svg { max-width: 100%; height: auto; }
nav.contents ol { columns: 2; }
footer { margin-top: 3em; border-top: 1px solid #d2d0ce; font-size: 9pt; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
  h2 { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tbody tr:nth-child(even) { background: none; }
  a { color: inherit; text-decoration: none; }
  figure.diagram { border: none; overflow: visible; }
}
)";

std::string_view toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Plain:
        return {};
    case Tone::Error:
        return "error";
    case Tone::Warning:
        return "warning";
    case Tone::Info:
        return "info";
    case Tone::Good:
        return "good";
    case Tone::Bad:
        return "bad";
    case Tone::Muted:
        return "muted";
    }
    return {};
}

// A web address as a Markdown link target: the characters that would end it, escaped.
std::string linkTarget(std::string_view url)
{
    std::string target;
    for (const char c : url) {
        if (c == ' ' || c == '(' || c == ')' || c == '<' || c == '>') {
            static constexpr char hex[] = "0123456789ABCDEF";
            target += '%';
            target += hex[(unsigned char)c >> 4];
            target += hex[(unsigned char)c & 15];
        } else {
            target += c;
        }
    }
    return target;
}

class MarkdownWriter final : public ReportWriter
{
public:
    void begin(std::string_view) override {}

    void heading(int level, std::string_view text, std::string_view) override
    {
        m_out += std::string(std::size_t(std::clamp(level, 1, 6)), '#') + ' '
                 + escapeMarkdown(text, true) + "\n\n";
    }

    void paragraph(std::string_view text, Tone) override { m_out += escapeMarkdown(text) + "\n\n"; }

    void list(const std::vector<std::string> &items) override
    {
        for (const std::string &item : items)
            m_out += "- " + escapeMarkdown(item, true) + '\n';
        m_out += '\n';
    }

    void contents(const std::vector<std::pair<std::string, std::string>> &entries) override
    {
        for (const auto &[text, anchor] : entries)
            m_out += "- [" + escapeMarkdown(text, true) + "](#" + anchor + ")\n";
        m_out += '\n';
    }

    void beginTable(const std::vector<std::string> &header, bool) override
    {
        std::string rule = "|";
        m_out += '|';
        for (const std::string &title : header) {
            m_out += ' ' + escapeMarkdown(title, true) + " |";
            rule += " --- |";
        }
        m_out += '\n' + rule + '\n';
    }

    void row(const std::vector<ReportCell> &cells) override
    {
        m_out += '|';
        for (const ReportCell &cell : cells) {
            if (cell.link.empty())
                m_out += ' ' + escapeMarkdown(cell.text, true) + " |";
            else
                m_out += " [" + escapeMarkdown(cell.text, true) + "](" + linkTarget(cell.link)
                         + ") |";
        }
        m_out += '\n';
    }

    void endTable(std::string_view note) override
    {
        m_out += '\n';
        if (!note.empty())
            m_out += '*' + escapeMarkdown(note) + "*\n\n";
    }

    bool diagram(std::string_view, std::string_view file) override
    {
        if (file.empty())
            return false;
        // An angle-bracketed destination may hold spaces and parentheses; only < > \ and
        // line breaks must be escaped inside it.
        std::string destination;
        for (const char c : file) {
            if (c == '<' || c == '>' || c == '\\')
                destination += '\\';
            if (c != '\n' && c != '\r')
                destination += c;
        }
        m_out += "![Diagram of the design](<" + destination + ">)\n\n";
        return true;
    }

    void end(std::string_view footer) override
    {
        m_out += "---\n\n" + escapeMarkdown(footer) + "\n";
    }
};

class HtmlWriter final : public ReportWriter
{
public:
    void begin(std::string_view title) override
    {
        m_out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"avsnet\">\n<title>"
                + escapeHtml(title) + "</title>\n<style>" + std::string(htmlStyle)
                + "</style>\n</head>\n<body>\n";
    }

    void heading(int level, std::string_view text, std::string_view anchor) override
    {
        const std::string tag = "h" + std::to_string(std::clamp(level, 1, 6));
        m_out += '<' + tag;
        if (!anchor.empty())
            m_out += " id=\"" + escapeHtml(anchor) + '"';
        m_out += '>' + escapeHtml(text) + "</" + tag + ">\n";
    }

    void paragraph(std::string_view text, Tone tone) override
    {
        m_out += "<p" + classAttribute(tone) + '>' + withBreaks(text) + "</p>\n";
    }

    void list(const std::vector<std::string> &items) override
    {
        m_out += "<ul>\n";
        for (const std::string &item : items)
            m_out += "<li>" + escapeHtml(item) + "</li>\n";
        m_out += "</ul>\n";
    }

    void contents(const std::vector<std::pair<std::string, std::string>> &entries) override
    {
        m_out += "<nav class=\"contents\"><ol>\n";
        for (const auto &[text, anchor] : entries)
            m_out += "<li><a href=\"#" + escapeHtml(anchor) + "\">" + escapeHtml(text)
                     + "</a></li>\n";
        m_out += "</ol></nav>\n";
    }

    void beginTable(const std::vector<std::string> &header, bool compact) override
    {
        m_out += compact ? "<table class=\"compact\">\n<thead><tr>" : "<table>\n<thead><tr>";
        for (const std::string &title : header)
            m_out += "<th>" + escapeHtml(title) + "</th>";
        m_out += "</tr></thead>\n<tbody>\n";
    }

    void row(const std::vector<ReportCell> &cells) override
    {
        m_out += "<tr>";
        for (const ReportCell &cell : cells) {
            const std::string text = withBreaks(cell.text);
            m_out += "<td" + classAttribute(cell.tone) + '>'
                     + (cell.link.empty()
                            ? text
                            : "<a href=\"" + escapeHtml(cell.link) + "\">" + text + "</a>")
                     + "</td>";
        }
        m_out += "</tr>\n";
    }

    void endTable(std::string_view note) override
    {
        m_out += "</tbody>\n</table>\n";
        if (!note.empty())
            m_out += "<p class=\"note\">" + escapeHtml(note) + "</p>\n";
    }

    bool diagram(std::string_view svg, std::string_view file) override
    {
        // Inline SVG may not carry an XML declaration or doctype: keep the <svg> element.
        const auto start = svg.find("<svg");
        const auto stop = svg.rfind("</svg>");
        if (start == std::string_view::npos || stop == std::string_view::npos || stop < start) {
            // No SVG: an image by reference (the PDF report's renderer supplies it).
            if (file.empty())
                return false;
            m_out += "<figure class=\"diagram\"><img src=\"" + escapeHtml(file)
                     + "\" alt=\"Diagram of the design\" width=\"100%\"></figure>\n";
            return true;
        }
        m_out += "<figure class=\"diagram\">\n";
        m_out += svg.substr(start, stop + 6 - start);
        m_out += "\n</figure>\n";
        return true;
    }

    void end(std::string_view footer) override
    {
        m_out += "<footer>" + escapeHtml(footer) + "</footer>\n</body>\n</html>\n";
    }

private:
    static std::string classAttribute(Tone tone)
    {
        const std::string_view name = toneClass(tone);
        return name.empty() ? std::string() : " class=\"" + std::string(name) + '"';
    }

    static std::string withBreaks(std::string_view text)
    {
        std::string out = escapeHtml(text);
        for (std::size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', at))
            out.replace(at, 1, "<br>");
        return out;
    }
};

} // namespace

std::unique_ptr<ReportWriter> makeMarkdownWriter()
{
    return std::make_unique<MarkdownWriter>();
}

std::unique_ptr<ReportWriter> makeHtmlWriter()
{
    return std::make_unique<HtmlWriter>();
}

std::string escapeMarkdown(std::string_view text, bool inLine)
{
    std::string out;
    out.reserve(text.size() + 8);
    bool lineStart = !inLine;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r')
            continue;
        if (c == '\n') {
            out += inLine ? "<br>" : "\n";
            lineStart = !inLine;
            continue;
        }
        // Anywhere: what opens emphasis, code, links, HTML, entities or a table cell.
        constexpr std::string_view inline_ = "\\`*_[]<>|&";
        // At the start of a line: what opens a heading, list, quote or rule.
        constexpr std::string_view block = "#+-=!";
        const bool orderedList = lineStart && c >= '0' && c <= '9';
        if (inline_.find(c) != std::string_view::npos
            || (lineStart && block.find(c) != std::string_view::npos))
            out += '\\';
        out += c;
        if (orderedList) {
            // "1. text" would become a list: escape the dot or parenthesis after the digits.
            while (i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9')
                out += text[++i];
            if (i + 1 < text.size() && (text[i + 1] == '.' || text[i + 1] == ')'))
                out += '\\';
        }
        lineStart = lineStart && (c == ' ' || c == '\t');
    }
    return out;
}

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string headingAnchor(std::string_view text)
{
    std::string anchor;
    for (const char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
            anchor += c;
        else if (c >= 'A' && c <= 'Z')
            anchor += char(c - 'A' + 'a');
        else if (c == ' ')
            anchor += '-';
    }
    return anchor;
}

} // namespace avsnet::core
