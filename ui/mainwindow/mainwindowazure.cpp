// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, Azure: File > Import from Azure (exports merged into the open design as one
// undo step, as `avsnet import` merges them into a file) and File > Compare with Azure Routes
// (what Azure reports, compared with the model after every edit, as `avsnet compare` does).
#include "mainwindow.h"

#include "analysis/analysisrunner.h"
#include "analysis/azurecomparison.h"
#include "commands/designcommands.h"
#include "document/displaynames.h"
#include "document/document.h"
#include "document/selection.h"
#include "import/importsession.h"
#include "panels/azurecomparisonview.h"
#include "panels/routesdock.h"
#include "scene/designscene.h"
#include "scene/designview.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <set>

namespace avsnet::ui {

namespace {

const QString azureFilter = QObject::tr("Azure exports and captures (*.json);;All files (*)");

// core's words for a template parameter with no default and no value. The command line
// asks for --parameter; the designer asks for the value and imports again.
std::string missingParameter(const std::string &message)
{
    const std::string start = "parameter '";
    const std::string end = "' has no defaultValue and no value was given";
    const auto stop = message.find(end);
    const auto begin = message.rfind(start, stop);
    if (stop == std::string::npos || begin == std::string::npos)
        return {};
    return message.substr(begin + start.size(), stop - begin - start.size());
}

QString lastDirectory()
{
    return QSettings().value(QStringLiteral("azure/lastDirectory")).toString();
}

void rememberDirectory(const QString &file)
{
    QSettings().setValue(QStringLiteral("azure/lastDirectory"), QFileInfo(file).absolutePath());
}

} // namespace

void MainWindow::createAzureActions(QMenu *file)
{
    m_azureComparison = new AzureComparison(m_runner, this);
    m_routesDock->setAzureComparison(m_azureComparison);
    connect(m_azureComparison, &AzureComparison::changed, this, [this] {
        m_scene->setAzureDifferences(m_azureComparison->differencesByNode());
    });
    connect(m_routesDock->azureComparisonView(), &AzureComparisonView::nodeActivated, this,
            [this](const QString &id) { m_selection->setIds({id}); });

    QAction *import = file->addAction(tr("&Import from Azure…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import from Azure"), lastDirectory(), azureFilter);
        if (files.isEmpty())
            return;
        rememberDirectory(files.front());
        importFromAzure(files);
    });
    import->setObjectName(QStringLiteral("importFromAzureAction"));
    import->setToolTip(tr("Merge Azure Resource Graph output, ARM templates, az JSON or an "
                          "avsnet-capture bundle into this design"));
    QAction *compare = file->addAction(tr("&Compare with Azure Routes…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Compare with Azure routes"), lastDirectory(), azureFilter);
        if (path.isEmpty())
            return;
        rememberDirectory(path);
        compareWithAzure(path);
    });
    compare->setObjectName(QStringLiteral("compareWithAzureAction"));
    compare->setToolTip(tr("Compare the model's routes with what Azure reports: an "
                           "avsnet-capture bundle or one az route table output"));
    QAction *clear = file->addAction(tr("C&lear Azure Comparison"), m_azureComparison,
                                     &AzureComparison::clear);
    clear->setObjectName(QStringLiteral("clearAzureComparisonAction"));
    clear->setEnabled(false);
    connect(m_azureComparison, &AzureComparison::changed, clear,
            [this, clear] { clear->setEnabled(m_azureComparison->isActive()); });
}

bool MainWindow::importFromAzure(const QStringList &files)
{
    std::vector<std::string> paths;
    for (const QString &file : files)
        paths.push_back(file.toStdString());
    const core::Topology before = m_document->topology();
    core::azure::TemplateParameters parameters;
    core::azure::ImportResult result;
    for (;;) {
        try {
            result = core::azure::importFiles(before, paths, parameters);
            break;
        } catch (const core::azure::ImportError &error) {
            // A template parameter without a default: ask for it, as the command line takes
            // --parameter, and import again; cancelling imports nothing.
            const std::string name = missingParameter(error.message);
            if (!name.empty() && !parameters.contains(name)) {
                bool given = false;
                const QString value = QInputDialog::getText(
                    this, tr("Template parameter"),
                    tr("%1 needs the template parameter '%2', which has no default.\n\nValue:")
                        .arg(QFileInfo(QString::fromStdString(error.file)).fileName(),
                             QString::fromStdString(name)),
                    QLineEdit::Normal, QString(), &given);
                if (given) {
                    parameters[name] = value.toStdString();
                    continue;
                }
            }
            QMessageBox::critical(this, tr("Cannot import from Azure"),
                                  tr("Nothing was imported; the design is unchanged.\n\n%1")
                                      .arg(QString::fromStdString(error.toString())));
            return false;
        }
    }

    const bool wasEmpty = before.nodes.empty();
    std::set<std::string> known;
    for (const core::Node &node : before.nodes)
        known.insert(node.id);
    QStringList added;
    for (const core::Node &node : result.design.nodes) {
        if (!known.contains(node.id))
            added << QString::fromStdString(node.id);
    }
    if (result.design.name.empty())
        result.design.name = QFileInfo(files.front()).baseName().toStdString();
    if (result.summary.changed())
        m_document->undoStack()->push(
            new ReplaceDesign(m_document, std::move(result.design), tr("Import from Azure")));
    // What came in is what the user looks at next: all of it in view and, beside a design
    // that was there before, selected.
    if (wasEmpty) {
        m_view->showDesign();
    } else if (!added.isEmpty()) {
        m_selection->setIds(added);
        m_view->fitToWindow();
    }
    showImportSummary(files, QString::fromStdString(core::azure::summaryText(result.summary)));
    return true;
}

QDialog *MainWindow::showImportSummary(const QStringList &files, const QString &summary)
{
    // One window, reused: a second import replaces the first one's summary.
    auto *dialog = findChild<QDialog *>(QStringLiteral("importSummary"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("importSummary"));
        dialog->setWindowTitle(tr("Imported from Azure"));
        auto *heading = new QLabel(dialog);
        heading->setObjectName(QStringLiteral("importSummaryHeading"));
        heading->setWordWrap(true);
        auto *text = new QPlainTextEdit(dialog);
        text->setObjectName(QStringLiteral("importSummaryText"));
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(heading);
        layout->addWidget(text);
        layout->addWidget(buttons);
        dialog->resize(760, 520);
    }
    QStringList names;
    for (const QString &file : files)
        names << QFileInfo(file).fileName();
    dialog->findChild<QLabel *>(QStringLiteral("importSummaryHeading"))
        ->setText(tr("Imported %1 into %2. Edit ▸ Undo takes the whole import back.")
                      .arg(names.join(QStringLiteral(", ")), m_document->displayName()));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("importSummaryText"))->setPlainText(summary);
    statusBar()->showMessage(tr("Imported from Azure: %1").arg(summary.section(QLatin1Char('\n'), 0, 0)),
                             8000);
    dialog->show();
    dialog->raise();
    dialog->activateWindow(); // Escape closes it
    return dialog;
}

bool MainWindow::compareWithAzure(const QString &file, QString context)
{
    if (context.isEmpty() && AzureComparison::needsContext(file)) {
        // One bare az output: the user says where it was taken, from the places the design
        // has, starting at what the Routes dock shows.
        const DisplayNames names(m_document->topology());
        QStringList labels;
        QStringList contexts;
        for (const core::Node &node : m_document->topology().nodes) {
            if (const auto *network = node.as<core::VirtualNetwork>()) {
                for (const core::Subnet &subnet : network->subnets)
                    contexts << QString::fromStdString(node.id + "/" + subnet.name);
            } else if (node.kind() != core::NodeKind::Internet && node.kind() != core::NodeKind::Vwan) {
                contexts << QString::fromStdString(node.id);
            }
        }
        if (contexts.isEmpty()) {
            QMessageBox::information(this, tr("Compare with Azure routes"),
                                     tr("%1 is one route table, and the design has no subnet or "
                                        "node to compare it with: import the estate first.")
                                         .arg(QFileInfo(file).fileName()));
            return false;
        }
        for (const QString &place : std::as_const(contexts))
            labels << names.endpoint(place.toStdString());
        bool chosen = false;
        const QString label = QInputDialog::getItem(
            this, tr("Compare with Azure routes"),
            tr("%1 is one route table and does not say where it was taken.\nCompare it with "
               "the routes at:")
                .arg(QFileInfo(file).fileName()),
            labels, std::max<qsizetype>(0, contexts.indexOf(m_routesDock->context())), false,
            &chosen);
        if (!chosen)
            return false;
        context = contexts[labels.indexOf(label)];
    }
    // Compared with the design as it is now, not an analysis still on its way (an import
    // just before, from the command line).
    m_runner->analyzeNow();
    if (const QString error = m_azureComparison->load(file, context); !error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot compare with Azure"),
                              tr("The routes cannot be read; the comparison is unchanged.\n\n%1")
                                  .arg(error));
        return false;
    }
    m_routesDock->show();
    m_routesDock->raise();
    statusBar()->showMessage(m_routesDock->azureComparisonView()->summary(), 8000);
    return true;
}

} // namespace avsnet::ui
