// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportwriter.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QRectF>

#include <optional>
#include <utility>
#include <vector>

class QPagedPaintDevice;

namespace avsnet::ui {

// The design report drawn straight onto pages (a PDF writer or a printer), flowing as a
// document does: sections follow each other (a heading is kept with the lines under it),
// the diagram takes the page's width (a landscape page of its own when the design is wide),
// tables repeat their header after a page break, every page has a footer with the design's
// name and its number. It lays out as it goes, so a report of
// thousands of route tables prints in seconds where a rich-text document would take minutes.
class PdfReportWriter final : public core::ReportWriter
{
public:
    // `diagram` is the design's picture, drawn where the report places it.
    PdfReportWriter(QPagedPaintDevice *device, QImage diagram);
    ~PdfReportWriter() override;

    bool isOpen() const { return m_painter.isActive(); }
    int pageCount() const { return m_page; }

    void begin(std::string_view title) override;
    void heading(int level, std::string_view text, std::string_view anchor = {}) override;
    void paragraph(std::string_view text, core::Tone tone = core::Tone::Plain) override;
    void list(const std::vector<std::string> &items) override;
    void contents(const std::vector<std::pair<std::string, std::string>> &entries) override;
    void beginTable(const std::vector<std::string> &header, bool compact = false) override;
    void row(const std::vector<core::ReportCell> &cells) override;
    void endTable(std::string_view note = {}) override;
    bool diagram(std::string_view svg, std::string_view file) override;
    void end(std::string_view footer) override;

private:
    qreal points(qreal value) const { return value * m_pointSize; }
    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    QRectF bodyOfPage() const;
    void ensureSpace(qreal height);
    void drawFooter();
    void wrappedText(const QString &text, const QFont &font, const QColor &colour,
                     qreal indent = 0);
    void drawTableHeader();
    void flushHeading();
    void flushTable();

    QPagedPaintDevice *m_device;
    QPainter m_painter;
    QImage m_diagram;
    QRectF m_body;     // the page's text area, in device units
    qreal m_pointSize; // device units per typographic point
    qreal m_y = 0;
    int m_page = 0;
    bool m_pageEmpty = true;
    QString m_title;
    std::optional<std::pair<int, QString>> m_heading; // level and text, not drawn yet
    QFont m_font;
    QFont m_mono;

    struct Table
    {
        std::vector<QString> header;
        std::vector<std::vector<core::ReportCell>> rows;
        std::vector<qreal> widths;
        bool compact = false;
    };
    Table m_table;
};

} // namespace avsnet::ui
