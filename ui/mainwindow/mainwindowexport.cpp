// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's export actions: File > Export Diagram, Export Report and Print.
#include "mainwindow.h"

#include "analysis/tracecontroller.h"
#include "document/document.h"
#include "document/selection.h"
#include "export/diagramprint.h"
#include "export/exportdialog.h"
#include "export/reportexport.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace avsnet::ui {

namespace {

// Where an export of the design goes by default: beside its file, named after it.
QString proposedPath(const Document &document, const QString &suffix)
{
    const QFileInfo file(document.filePath());
    const QString stem = file.completeBaseName().isEmpty() ? QStringLiteral("design")
                                                           : file.completeBaseName();
    const QString folder = document.filePath().isEmpty() ? QDir::homePath() : file.absolutePath();
    return QDir(folder).filePath(stem + QLatin1Char('.') + suffix);
}

} // namespace

ExportDialog *MainWindow::exportDiagram()
{
    ExportDialog::Context context;
    context.topology = m_document->topology();
    context.selectedIds = m_selection->ids();
    if (m_trace->isActive()) {
        context.traceFrom = m_trace->from();
        context.traceTo = m_trace->to();
    }
    context.suggestedPath = m_document->filePath();
    auto *dialog = new ExportDialog(std::move(context), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 6000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::exportReport()
{
    const QString filters = QStringList{reportFilter(ReportFormat::Html),
                                        reportFilter(ReportFormat::Markdown),
                                        reportFilter(ReportFormat::Pdf)}
                                .join(QStringLiteral(";;"));
    QString chosenFilter = reportFilter(ReportFormat::Html);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                proposedPath(*m_document, QStringLiteral("html")),
                                                filters, &chosenFilter);
    if (path.isEmpty())
        return;
    // A name without a known suffix takes the one of the chosen filter.
    auto format = reportFormatOf(path);
    if (!format) {
        for (const ReportFormat candidate : {ReportFormat::Html, ReportFormat::Markdown, ReportFormat::Pdf}) {
            if (reportFilter(candidate) == chosenFilter)
                format = candidate;
        }
        path += format == ReportFormat::Markdown ? QStringLiteral(".md")
                : format == ReportFormat::Pdf    ? QStringLiteral(".pdf")
                                                 : QStringLiteral(".html");
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = writeReport(m_document->topology(), *format, path);
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export Report"), problem);
        return;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::printDiagram()
{
    DiagramOptions options;
    if (m_trace->isActive()) {
        options.traceFrom = m_trace->from();
        options.traceTo = m_trace->to();
    }
    if (const QString problem = ui::printDiagram(this, m_document->topology(), options);
        !problem.isEmpty())
        QMessageBox::warning(this, tr("Print"), problem);
}

} // namespace avsnet::ui
