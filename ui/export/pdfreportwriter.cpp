// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreportwriter.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

#include <algorithm>

namespace avsnet::ui {

namespace {

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

QColor toneColour(core::Tone tone)
{
    switch (tone) {
    case core::Tone::Plain:
        return QColor(0x20, 0x1f, 0x1e);
    case core::Tone::Error:
    case core::Tone::Bad:
        return QColor(0xa4, 0x26, 0x2c);
    case core::Tone::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case core::Tone::Info:
        return QColor(0x00, 0x5a, 0x9e);
    case core::Tone::Good:
        return QColor(0x10, 0x7c, 0x10);
    case core::Tone::Muted:
        return QColor(0x60, 0x5e, 0x5c);
    }
    return Qt::black;
}

constexpr qreal rowPadding = 1.5; // points, above and below a table row's text
// A diagram wider than this (width over height) is drawn on a landscape page.
constexpr qreal wideDiagram = 1.25;

} // namespace

PdfReportWriter::PdfReportWriter(QPagedPaintDevice *device, QImage diagram)
    : m_device(device)
    , m_diagram(std::move(diagram))
{
    m_pointSize = device->logicalDpiY() / 72.0;
    m_body = bodyOfPage();
    if (!m_painter.begin(device))
        return;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_font = QFont(QStringLiteral("Sans Serif"));
    m_font.setPointSizeF(9);
    m_mono = QFont(QStringLiteral("Monospace"));
    m_mono.setStyleHint(QFont::Monospace);
    m_mono.setPointSizeF(7);
    m_page = 1;
}

PdfReportWriter::~PdfReportWriter()
{
    if (m_painter.isActive())
        m_painter.end();
}

QRectF PdfReportWriter::bodyOfPage() const
{
    return QRectF(0, 0, m_device->width(), m_device->height() - points(18));
}

void PdfReportWriter::newPage(QPageLayout::Orientation orientation)
{
    drawFooter();
    // The next page's orientation is set before it starts; the body follows it.
    if (m_device->pageLayout().orientation() != orientation)
        m_device->setPageOrientation(orientation);
    m_device->newPage();
    m_body = bodyOfPage();
    ++m_page;
    m_y = m_body.top();
    m_pageEmpty = true;
}

void PdfReportWriter::ensureSpace(qreal height)
{
    if (!m_pageEmpty && m_y + height > m_body.bottom())
        newPage();
}

void PdfReportWriter::drawFooter()
{
    QFont font = m_font;
    font.setPointSizeF(7.5);
    m_painter.setFont(font);
    m_painter.setPen(toneColour(core::Tone::Muted));
    const QRectF footer(m_body.left(), m_body.bottom() + points(6), m_body.width(), points(12));
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("Page %1").arg(m_page));
}

void PdfReportWriter::wrappedText(const QString &value, const QFont &font, const QColor &colour,
                                  qreal indent)
{
    m_painter.setFont(font);
    const QRectF bounds(m_body.left() + indent, 0, m_body.width() - indent, m_body.height());
    const QRectF needed = m_painter.boundingRect(bounds, Qt::TextWordWrap, value);
    ensureSpace(needed.height());
    m_painter.setPen(colour);
    m_painter.drawText(QRectF(bounds.left(), m_y, bounds.width(), needed.height()),
                       Qt::TextWordWrap, value);
    m_y += needed.height();
    m_pageEmpty = false;
}

void PdfReportWriter::begin(std::string_view title)
{
    m_title = text(title);
    m_y = m_body.top();
}

void PdfReportWriter::heading(int level, std::string_view value, std::string_view)
{
    // Drawn with what follows it (flushHeading), so it lands on the page its content starts
    // on: a wide diagram's landscape page, or the next page when this one is nearly full.
    flushHeading();
    m_heading = {level, text(value)};
}

void PdfReportWriter::flushHeading()
{
    if (!m_heading)
        return;
    const auto [level, value] = *m_heading;
    m_heading.reset();
    QFont font = m_font;
    font.setBold(true);
    font.setPointSizeF(level == 1 ? 18 : level == 2 ? 14 : level == 3 ? 10.5 : 9.5);
    const qreal before = m_pageEmpty ? 0 : points(level <= 2 ? 16 : 8);
    // Keep a heading with at least a few lines of what follows it.
    ensureSpace(before + QFontMetricsF(font, m_device).height() + points(40));
    m_y += m_pageEmpty ? 0 : before;
    wrappedText(value, font, toneColour(core::Tone::Plain));
    m_y += points(3);
}

void PdfReportWriter::paragraph(std::string_view value, core::Tone tone)
{
    flushHeading();
    wrappedText(text(value), m_font, toneColour(tone));
    m_y += points(4);
}

void PdfReportWriter::list(const std::vector<std::string> &items)
{
    flushHeading();
    for (const auto &item : items)
        wrappedText(QStringLiteral("•  ") + text(item), m_font, toneColour(core::Tone::Plain),
                    points(8));
    m_y += points(4);
}

void PdfReportWriter::contents(const std::vector<std::pair<std::string, std::string>> &entries)
{
    std::vector<std::string> items;
    for (const auto &entry : entries)
        items.push_back(entry.first);
    list(items);
}

void PdfReportWriter::beginTable(const std::vector<std::string> &header, bool compact)
{
    m_table = {};
    for (const auto &title : header)
        m_table.header.push_back(text(title));
    m_table.compact = compact;
}

void PdfReportWriter::row(const std::vector<core::ReportCell> &cells)
{
    m_table.rows.push_back(cells);
}

void PdfReportWriter::drawTableHeader()
{
    QFont font = m_table.compact ? m_mono : m_font;
    font.setBold(true);
    const qreal height = QFontMetricsF(font, m_device).height() + points(2 * rowPadding);
    m_painter.fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), QColor(0xed, 0xeb, 0xe9));
    m_painter.setFont(font);
    m_painter.setPen(toneColour(core::Tone::Plain));
    qreal x = m_body.left();
    for (std::size_t column = 0; column < m_table.header.size(); ++column) {
        const QRectF cell(x + points(2), m_y, m_table.widths[column] - points(4), height);
        m_painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(font, m_device).elidedText(m_table.header[column],
                                                                    Qt::ElideRight, cell.width()));
        x += m_table.widths[column];
    }
    m_y += height;
}

// Columns get their natural widths (header and rows) when they fit, else shrink in
// proportion; a cell too long for its column is cut with an ellipsis, never wrapped, so a
// row is one line and long tables stay fast to lay out.
void PdfReportWriter::flushTable()
{
    flushHeading();
    const QFont font = m_table.compact ? m_mono : m_font;
    const QFontMetricsF metrics(font, m_device);
    const std::size_t columns = m_table.header.size();
    std::vector<qreal> natural(columns, points(12));
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold, m_device);
    for (std::size_t column = 0; column < columns; ++column)
        natural[column] = std::max(natural[column], boldMetrics.horizontalAdvance(m_table.header[column]));
    // The widths come from the first rows: enough to size a column, and measuring every
    // row of a 100,000-row report would double its time.
    const std::size_t measured = std::min<std::size_t>(m_table.rows.size(), 200);
    for (std::size_t row = 0; row < measured; ++row) {
        const auto &cells = m_table.rows[row];
        for (std::size_t column = 0; column < std::min(columns, cells.size()); ++column)
            natural[column] = std::max(natural[column],
                                       metrics.horizontalAdvance(text(cells[column].text)));
    }
    qreal total = 0;
    for (qreal &width : natural) {
        width += points(6);
        total += width;
    }
    const qreal shrink = total > m_body.width() ? m_body.width() / total : 1;
    m_table.widths.clear();
    for (const qreal width : natural)
        m_table.widths.push_back(width * shrink);

    const qreal rowHeight = metrics.height() + points(2 * rowPadding);
    ensureSpace(rowHeight * std::min<qreal>(3, qreal(m_table.rows.size()) + 1));
    drawTableHeader();
    bool shaded = false;
    for (const auto &cells : m_table.rows) {
        if (m_y + rowHeight > m_body.bottom()) {
            newPage();
            drawTableHeader();
        }
        if (shaded)
            m_painter.fillRect(QRectF(m_body.left(), m_y, m_body.width(), rowHeight), QColor(0xf8, 0xf7, 0xf6));
        shaded = !shaded;
        m_painter.setFont(font);
        qreal x = m_body.left();
        for (std::size_t column = 0; column < std::min(columns, cells.size()); ++column) {
            const QRectF cell(x + points(2), m_y, m_table.widths[column] - points(4), rowHeight);
            m_painter.setPen(toneColour(cells[column].tone));
            m_painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                               metrics.elidedText(text(cells[column].text), Qt::ElideRight, cell.width()));
            x += m_table.widths[column];
        }
        m_y += rowHeight;
    }
    m_pageEmpty = false;
    m_y += points(3);
}

void PdfReportWriter::endTable(std::string_view note)
{
    flushTable();
    m_table = {};
    if (!note.empty()) {
        QFont small = m_font;
        small.setPointSizeF(8);
        wrappedText(text(note), small, toneColour(core::Tone::Muted));
    }
    m_y += points(5);
}

bool PdfReportWriter::diagram(std::string_view, std::string_view)
{
    if (m_diagram.isNull())
        return false;
    const qreal aspect = qreal(m_diagram.width()) / std::max(1, m_diagram.height());
    if (aspect > wideDiagram) {
        // A wide design gets a landscape page of its own, as wide as the paper allows; the
        // report goes on in portrait after it.
        if (!m_pageEmpty || m_device->pageLayout().orientation() != QPageLayout::Landscape)
            newPage(QPageLayout::Landscape);
        flushHeading();
        const QSizeF fitted = QSizeF(m_diagram.size()).scaled(
            QSizeF(m_body.width(), m_body.bottom() - m_y), Qt::KeepAspectRatio);
        m_painter.drawImage(QRectF(QPointF(m_body.left(), m_y), fitted), m_diagram);
        m_pageEmpty = false;
        newPage(QPageLayout::Portrait);
        return true;
    }
    // Otherwise the page's width, as long as it leaves room for the caption and a heading.
    flushHeading();
    const QSizeF fitted = QSizeF(m_diagram.size()).scaled(
        QSizeF(m_body.width(), m_body.height() * 0.85), Qt::KeepAspectRatio);
    ensureSpace(fitted.height());
    m_painter.drawImage(QRectF(QPointF(m_body.left(), m_y), fitted), m_diagram);
    m_y += fitted.height() + points(8);
    m_pageEmpty = false;
    return true;
}

void PdfReportWriter::end(std::string_view footer)
{
    flushHeading();
    m_y += points(10);
    QFont small = m_font;
    small.setPointSizeF(8);
    wrappedText(text(footer), small, toneColour(core::Tone::Muted));
    drawFooter();
    m_painter.end();
}

} // namespace avsnet::ui
