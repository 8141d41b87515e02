// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#ifdef AVSNET_HAVE_SYNTHETIC_DESIGNS
#include "syntheticdesign.h"
#endif

#include "cli/commandline.h"
#include "export/diagramexport.h"
#include "export/diagramrenderer.h"
#include "export/exportcommands.h"
#include "export/exportdialog.h"
#include "export/offscreendesign.h"
#include "export/reportexport.h"
#include "io/documentreader.h"
#include "routing/analysis.h"
#include "testdesigns.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <sstream>

using namespace avsnet;
using namespace avsnet::ui;

namespace {

const QString contosoPath = testing::samplePath();

// Loaded by initTestCase, which fails cleanly when it cannot; no test runs without it.
std::optional<core::Topology> g_contoso;

core::Topology contoso()
{
    return *g_contoso;
}

// Every text of an SVG's <text> elements, joined: what a reader can search.
QString svgText(const QByteArray &svg, QString *parseError)
{
    QXmlStreamReader reader(svg);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("text"))
            text += reader.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
    }
    if (reader.hasError())
        *parseError = reader.errorString();
    return text;
}

// The pages of a PDF: poppler's pdfinfo when installed, else the page objects Qt writes.
int pdfPageCount(const QByteArray &pdf)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess process;
        process.start(pdfinfo, {QStringLiteral("-")});
        process.write(pdf);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(QString::fromUtf8(process.readAllStandardOutput()));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    return int(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

int runCli(const std::vector<std::string> &arguments, std::string *out = nullptr,
           std::string *err = nullptr)
{
    std::ostringstream outStream;
    std::ostringstream errStream;
    const int code = core::runCommandLine(arguments, outStream, errStream, false, exportCommands());
    if (out)
        *out = outStream.str();
    if (err)
        *err = errStream.str();
    return code;
}

} // namespace

class TestDiagramExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void svgHoldsEveryNodeNameAsText();
    void pngHasTheChosenScale();
    void pdfIsOnePageWithTitleBlock();
    void selectionHidesTheRest();
    void traceIsDrawnOrRefused();
    void textFormatsNameEveryNode();
    void formatFromSuffix();
    void reportsInEveryFormat();
    void commandLineExports();
    void commandLineRefusesBadInput();
    void dialogPreviewsAndExports();
    void mediumDesignInEveryFormat();
    void virtualWanSampleInEveryFormat();
};

void TestDiagramExport::initTestCase()
{
    const QString loaded = testing::loadDesign(testing::samplePath(), g_contoso);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
}

void TestDiagramExport::svgHoldsEveryNodeNameAsText()
{
    const core::Topology topology = contoso();
    QString error;
    const auto svg = exportDiagram(topology, DiagramFormat::Svg, {}, &error);
    QVERIFY2(svg, qPrintable(error));
    QString parseError;
    const QString text = svgText(*svg, &parseError);
    QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
    for (const auto &node : topology.nodes)
        QVERIFY2(text.contains(QString::fromStdString(node.displayName())), node.id.c_str());
    // The legend explains the link kinds the design uses.
    QVERIFY(text.contains(QStringLiteral("Global Reach")));
}

void TestDiagramExport::pngHasTheChosenScale()
{
    const core::Topology topology = contoso();
    DiagramOptions options;
    const OffscreenDesign design(topology, options);
    const QSizeF size = DiagramRenderer(design).size();
    for (const qreal scale : {1.0, 2.0, 3.0}) {
        options.pngScale = scale;
        QString error;
        const auto png = exportDiagram(topology, DiagramFormat::Png, options, &error);
        QVERIFY2(png, qPrintable(error));
        QImage image;
        QVERIFY(image.loadFromData(*png, "PNG"));
        QCOMPARE(image.size(), (size * scale).toSize());
    }
    // A pixel budget gives the scale that stays within it (the CLI's default for big designs).
    DiagramOptions budget;
    budget.maxPngPixels = 1'000'000;
    qreal fitted = 0;
    QImage budgeted;
    QVERIFY(budgeted.loadFromData(*exportDiagram(topology, DiagramFormat::Png, budget, nullptr, &fitted), "PNG"));
    QVERIFY(fitted < 2);
    QVERIFY(qint64(budgeted.width()) * budgeted.height() <= 1'000'000);
    QVERIFY(qint64(budgeted.width()) * budgeted.height() > 900'000);
    // Neither blank nor one colour: the canvas drew something.
    QImage image;
    options.pngScale = 1;
    image.loadFromData(*exportDiagram(topology, DiagramFormat::Png, options, nullptr), "PNG");
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
}

void TestDiagramExport::pdfIsOnePageWithTitleBlock()
{
    core::Topology topology = contoso();
    DiagramOptions options;
    options.date = QStringLiteral("2026-03-14");
    QString error;
    const auto pdf = exportDiagram(topology, DiagramFormat::Pdf, options, &error);
    QVERIFY2(pdf, qPrintable(error));
    QVERIFY(pdf->startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(*pdf), 1);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the title block is not read back");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-"), QStringLiteral("-")});
    process.write(*pdf);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QString::fromStdString(topology.name)), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("2026-03-14")));
    QVERIFY(text.contains(QString::fromStdString(topology.node("contoso-dc")->displayName())));
}

void TestDiagramExport::selectionHidesTheRest()
{
    const core::Topology topology = contoso();
    DiagramOptions options;
    options.onlyIds = {QStringLiteral("hub")};
    const OffscreenDesign whole(topology, {});
    const OffscreenDesign part(topology, options);
    QVERIFY(part.sourceRect().width() < whole.sourceRect().width());
    QString error;
    const auto svg = exportDiagram(topology, DiagramFormat::Svg, options, &error);
    QVERIFY(svg);
    const QString text = svgText(*svg, &error);
    QVERIFY(text.contains(QString::fromStdString(topology.node("ergw")->displayName())));
    QVERIFY(!text.contains(QString::fromStdString(topology.node("spoke1")->displayName())));
    const auto dot = exportDiagram(topology, DiagramFormat::Dot, options, &error);
    QVERIFY(dot->contains("ergw"));
    QVERIFY(!dot->contains("spoke1"));
}

void TestDiagramExport::traceIsDrawnOrRefused()
{
    const core::Topology topology = contoso();
    DiagramOptions options;
    options.traceFrom = QStringLiteral("contoso-dc");
    options.traceTo = QStringLiteral("avs-weu");
    QString error;
    const auto plain = exportDiagram(topology, DiagramFormat::Png, {}, &error);
    const auto traced = exportDiagram(topology, DiagramFormat::Png, options, &error);
    QVERIFY2(traced, qPrintable(error));
    QVERIFY(*plain != *traced);
    const auto drawio = exportDiagram(topology, DiagramFormat::Drawio, options, &error);
    // The trace layer is named as people name the ends.
    QVERIFY(drawio->contains("Trace Contoso datacenter to AVS West Europe"));

    options.traceTo = QStringLiteral("no-such-place");
    for (const DiagramFormat format : {DiagramFormat::Svg, DiagramFormat::Dot}) {
        error.clear();
        QVERIFY(!exportDiagram(topology, format, options, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-place")), qPrintable(error));
    }
}

void TestDiagramExport::textFormatsNameEveryNode()
{
    const core::Topology topology = contoso();
    for (const DiagramFormat format : {DiagramFormat::Drawio, DiagramFormat::Dot, DiagramFormat::Mermaid}) {
        QString error;
        const auto text = exportDiagram(topology, format, {}, &error);
        QVERIFY2(text, qPrintable(error));
        for (const auto &node : topology.nodes)
            QVERIFY2(text->contains(QByteArray::fromStdString(node.displayName())), node.id.c_str());
    }
}

void TestDiagramExport::formatFromSuffix()
{
    QVERIFY(diagramFormatOf(QStringLiteral("a/b.SVG")) == DiagramFormat::Svg);
    QVERIFY(diagramFormatOf(QStringLiteral("net.drawio")) == DiagramFormat::Drawio);
    QVERIFY(diagramFormatOf(QStringLiteral("net.gv")) == DiagramFormat::Dot);
    QVERIFY(diagramFormatOf(QStringLiteral("net.mmd")) == DiagramFormat::Mermaid);
    QVERIFY(!diagramFormatOf(QStringLiteral("net.txt")));
    QVERIFY(reportFormatOf(QStringLiteral("r.md")) == ReportFormat::Markdown);
    QVERIFY(!reportFormatOf(QStringLiteral("r.docx")));
}

void TestDiagramExport::reportsInEveryFormat()
{
    const core::Topology topology = contoso();
    QTemporaryDir folder;
    const QString html = folder.filePath(QStringLiteral("report.html"));
    QCOMPARE(writeReport(topology, ReportFormat::Html, html, QStringLiteral("2026-03-14")), QString());
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlText = htmlFile.readAll();
    QVERIFY(htmlText.contains("<svg"));
    QVERIFY(!htmlText.contains("<img")); // self-contained
    for (const auto &node : topology.nodes)
        QVERIFY(htmlText.contains(QByteArray::fromStdString(node.displayName())));

    const QString markdown = folder.filePath(QStringLiteral("design report.md"));
    QCOMPARE(writeReport(topology, ReportFormat::Markdown, markdown), QString());
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("design report.svg"))));
    QFile markdownFile(markdown);
    QVERIFY(markdownFile.open(QIODevice::ReadOnly));
    QVERIFY(markdownFile.readAll().contains("design report.svg"));

    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    QCOMPARE(writeReport(topology, ReportFormat::Pdf, pdf, {}, &pages), QString());
    QVERIFY(pages > 1);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPageCount(pdfFile.readAll()), pages);
}

void TestDiagramExport::commandLineExports()
{
    QTemporaryDir folder;
    const std::string file = contosoPath.toStdString();
    for (const char *name : {"d.svg", "d.png", "d.pdf", "d.drawio", "d.dot", "d.mmd"}) {
        const std::string out = folder.filePath(QString::fromLatin1(name)).toStdString();
        std::string err;
        QCOMPARE(runCli({"export", file, "-o", out}, nullptr, &err), 0);
        QVERIFY2(err.empty(), err.c_str());
        QVERIFY2(QFileInfo(QString::fromStdString(out)).size() > 100, name);
    }
    const std::string traced = folder.filePath(QStringLiteral("t.png")).toStdString();
    QCOMPARE(runCli({"export", file, "-o", traced, "--trace", "contoso-dc", "avs-weu", "--scale",
                     "1", "--theme", "dark", "--no-legend"}),
             0);
    QImage image(QString::fromStdString(traced));
    QVERIFY(!image.isNull());

    std::string out;
    QCOMPARE(runCli({"export", file, "-o", "-", "--format", "mermaid"}, &out), 0);
    QVERIFY(out.starts_with("flowchart"));

    const std::string report = folder.filePath(QStringLiteral("r.html")).toStdString();
    QCOMPARE(runCli({"report", file, "-o", report, "--date", "2026-03-14"}), 0);
    QFile reportFile(QString::fromStdString(report));
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    QVERIFY(reportFile.readAll().contains("2026-03-14"));

    QCOMPARE(runCli({"export", "--help"}, &out), 0);
    QVERIFY(out.find("--trace") != std::string::npos);
}

void TestDiagramExport::commandLineRefusesBadInput()
{
    QTemporaryDir folder;
    const std::string file = contosoPath.toStdString();
    const std::string out = folder.filePath(QStringLiteral("x.svg")).toStdString();
    struct Case
    {
        std::vector<std::string> arguments;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"export", file}, "-o OUT is required"},
        {{"export", file, "-o", folder.filePath(QStringLiteral("x.txt")).toStdString()}, "cannot tell the format"},
        {{"export", file, "-o", out, "--format", "bmp"}, "unknown format 'bmp'"},
        {{"export", file, "-o", out, "--scale", "zero"}, "--scale"},
        {{"export", file, "-o", out, "--trace", "contoso-dc"}, "needs two values"},
        {{"export", file, "-o", out, "--trace", "contoso-dc", "nowhere"}, "nowhere"},
        {{"export", file, "-o", out, "--only", "ghost"}, "'ghost'"},
        {{"export", "/no/such/file.avsnet", "-o", out}, "/no/such/file.avsnet"},
        {{"export", file, "-o", "/no/such/folder/x.svg"}, "/no/such/folder/x.svg"},
        {{"report", file, "-o", folder.filePath(QStringLiteral("r.doc")).toStdString()}, "--format html, md or pdf"},
    };
    for (const Case &bad : cases) {
        std::string err;
        QCOMPARE(runCli(bad.arguments, nullptr, &err), 2);
        QVERIFY2(err.find(bad.message) != std::string::npos, err.c_str());
    }
    QVERIFY(!QFile::exists(QString::fromStdString(out)));
}

void TestDiagramExport::dialogPreviewsAndExports()
{
    ExportDialog::Context context;
    context.topology = contoso();
    context.selectedIds = {QStringLiteral("hub")};
    context.traceFrom = QStringLiteral("contoso-dc");
    context.traceTo = QStringLiteral("avs-weu");
    ExportDialog dialog(context);
    QVERIFY(!dialog.previewImage().isNull());
    QCOMPARE(dialog.options().traceFrom, QStringLiteral("contoso-dc"));

    dialog.setFormat(DiagramFormat::Mermaid);
    QTRY_VERIFY(dialog.previewText().startsWith(QStringLiteral("flowchart")));
    dialog.setFormat(DiagramFormat::Pdf);
    QTRY_VERIFY(dialog.previewText().isEmpty() || !dialog.previewImage().isNull());

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("out.pdf"));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QCOMPARE(dialog.exportTo(path), QString());
    QCOMPARE(exported.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPageCount(file.readAll()), 1);
}

// Every format of the benchmark's M design (500 VNets): produced, and the figures printed
// (the README quotes them; speed is measured, not asserted).
void TestDiagramExport::mediumDesignInEveryFormat()
{
#ifndef AVSNET_HAVE_SYNTHETIC_DESIGNS
    QSKIP("built without the benchmark's design generator (AVSNET_BUILD_BENCH=OFF)");
#else
    auto result = core::DocumentReader::readText(bench::syntheticDesignText(bench::mediumScale()),
                                                 "M.avsnet");
    QVERIFY(std::holds_alternative<core::Topology>(result));
    const core::Topology topology = std::get<core::Topology>(std::move(result));
    for (const DiagramFormat format : {DiagramFormat::Svg, DiagramFormat::Png, DiagramFormat::Pdf,
                                       DiagramFormat::Drawio, DiagramFormat::Dot, DiagramFormat::Mermaid}) {
        DiagramOptions options;
        options.pngScale = 0.25; // 2x of an M design is gigapixels
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto bytes = exportDiagram(topology, format, options, &error);
        QVERIFY2(bytes, qPrintable(error));
        qInfo("M %-8s %6lld ms %10lld bytes", qPrintable(formatName(format)), timer.elapsed(),
              qint64(bytes->size()));
        if (format == DiagramFormat::Svg) {
            QString parseError;
            const QString text = svgText(*bytes, &parseError);
            QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
            QVERIFY(text.contains(QString::fromStdString(topology.nodes.back().displayName())));
        }
    }
    QTemporaryDir folder;
    for (const ReportFormat format : {ReportFormat::Html, ReportFormat::Markdown, ReportFormat::Pdf}) {
        QElapsedTimer timer;
        timer.start();
        const QString path = folder.filePath(QStringLiteral("M-report.") + (format == ReportFormat::Html ? "html" : format == ReportFormat::Markdown ? "md" : "pdf"));
        int pages = 0;
        QCOMPARE(writeReport(topology, format, path, {}, &pages), QString());
        qInfo("M report %-4s %6lld ms %10lld bytes %d pages", qPrintable(QFileInfo(path).suffix()),
              timer.elapsed(), QFileInfo(path).size(), pages);
    }
#endif
}

// The Virtual WAN sample through the program's own exports: every name in the SVG, the hub
// and its firewall nested in the draw.io file with the trace through the firewall, and the
// PDF report's Virtual WAN section (the PDF report is drawn here, in ui/export).
void TestDiagramExport::virtualWanSampleInEveryFormat()
{
    LOAD_DESIGN_FILE(vwan, testing::virtualWanSamplePath());
    QString error;
    const auto svg = exportDiagram(*vwan, DiagramFormat::Svg, {}, &error);
    QVERIFY2(svg, qPrintable(error));
    QString parseError;
    const QString text = svgText(*svg, &parseError);
    QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
    for (const auto &node : vwan->nodes)
        QVERIFY2(text.contains(QString::fromStdString(node.displayName())), node.id.c_str());

    QTemporaryDir folder;
    const std::string file = testing::virtualWanSamplePath().toStdString();
    const QString drawio = folder.filePath(QStringLiteral("vwan.drawio"));
    std::string err;
    QCOMPARE(runCli({"export", file, "-o", drawio.toStdString(), "--trace", "spoke1/workload",
                     "avs-weu/web"},
                    nullptr, &err),
             0);
    QVERIFY2(err.empty(), err.c_str());
    QFile drawioFile(drawio);
    QVERIFY(drawioFile.open(QIODevice::ReadOnly));
    const QByteArray xml = drawioFile.readAll();
    QVERIFY(xml.contains("id=\"node:fw-weu\""));
    QVERIFY(xml.contains("parent=\"node:hub-weu\""));
    QVERIFY(xml.contains("parent=\"node:contoso-vwan\""));
    QVERIFY(xml.contains("target=\"node:fw-weu\""));

    const QString pdf = folder.filePath(QStringLiteral("vwan.pdf"));
    int pages = 0;
    QCOMPARE(writeReport(*vwan, ReportFormat::Pdf, pdf, QStringLiteral("2026-03-14"), &pages), QString());
    QVERIFY(pages > 1);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the report is not read back");
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    // pdftotext gives the font's ligatures as they are drawn ("eﬀective"): undo them.
    QString report = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const auto &[ligature, letters] : {std::pair{u"\uFB00", "ff"}, std::pair{u"\uFB01", "fi"},
                                            std::pair{u"\uFB02", "fl"}, std::pair{u"\uFB03", "ffi"},
                                            std::pair{u"\uFB04", "ffl"}})
        report.replace(QString::fromUtf16(ligature), QLatin1String(letters));
    QVERIFY2(report.contains(QStringLiteral("Routing intent, private traffic: via fw-weu")),
             qPrintable(report.left(2000)));
    QVERIFY(report.contains(QStringLiteral("Effective routes of hub-weu (defaultRouteTable)")));
    QVERIFY(report.contains(QStringLiteral("Virtual Network Connection")));
    QVERIFY(report.contains(QStringLiteral("Hub routing preference: expressroute")));
}

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
