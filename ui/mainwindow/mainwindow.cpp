// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "document/autosaver.h"
#include "document/displaynames.h"
#include "document/document.h"
#include "document/selection.h"
#include "document/wording.h"
#include "io/documentreader.h"
#include "panels/comparedock.h"
#include "panels/findingsdock.h"
#include "panels/intentsdock.h"
#include "panels/legenddock.h"
#include "panels/matrixdock.h"
#include "panels/palettedock.h"
#include "panels/propertydock.h"
#include "panels/routesdock.h"
#include "panels/tracedock.h"
#include "routing/analysis.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/noticebanner.h"
#include "theme.h"

#include <QCloseEvent>
#include <QResizeEvent>
#include <QDockWidget>
#include <QTimer>
#include <QScreen>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace avsnet::ui {

namespace {

// Bumped when the docks change places, so a saved layout of the old places is not restored.
constexpr int layoutVersion = 2;

} // namespace

MainWindow::MainWindow()
    : m_document(new Document(this))
    , m_selection(new Selection(this))
    , m_runner(new AnalysisRunner(m_document, this))
    , m_trace(new TraceController(m_runner, this))
    , m_autosaver(new Autosaver(m_document, this))
    , m_scene(new DesignScene(m_document, m_selection, m_trace, this))
    , m_view(new DesignView(m_scene, this))
    , m_selectionLabel(new QLabel(this))
    , m_analysisLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_notice(new NoticeBanner(m_view))
{
    setObjectName("mainWindow");
    setWindowIcon(QIcon(QStringLiteral(":/icons/avsnet.svg")));
    setCentralWidget(m_view);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_analysisLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    createDocks();
    createActions();

    connect(m_runner, &AnalysisRunner::analysisReady, m_scene, &DesignScene::setAnalysis);
    connect(m_runner, &AnalysisRunner::analysisReady, this, &MainWindow::updateStatus);
    // The docks take a new analysis once the canvas has shown it.
    connect(m_view, &DesignView::painted, m_runner, &AnalysisRunner::canvasPainted);
    connect(m_selection, &Selection::changed, this, &MainWindow::updateStatus);
    // Holders of ids follow a rename before the views rebuild on the new design.
    connect(m_document, &Document::itemRenamed, this, [this](const QString &from, const QString &to) {
        m_selection->rename(from, to);
        m_trace->renameNode(from, to);
    });
    connect(m_document, &Document::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::designInfoChanged, this, &MainWindow::updateTitle);
    // Refusals show where the user looks, over the canvas, not in the status bar.
    connect(m_scene, &DesignScene::refused, m_notice, &NoticeBanner::showNotice);
    connect(m_view, &DesignView::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    // Picking an end from the canvas traces at once when the other end is known: a user who
    // chose "Trace to" expects to see the path, not to press a button.
    const auto pickEnd = [this](bool from, const QString &endpoint) {
        if (from)
            m_traceDock->setFrom(endpoint);
        else
            m_traceDock->setTo(endpoint);
        m_traceDock->show();
        m_traceDock->raise();
        if (!m_traceDock->from().isEmpty() && !m_traceDock->to().isEmpty())
            m_traceDock->startTrace();
    };
    connect(m_scene, &DesignScene::traceFromRequested, this,
            [pickEnd](const QString &endpoint) { pickEnd(true, endpoint); });
    connect(m_scene, &DesignScene::traceToRequested, this,
            [pickEnd](const QString &endpoint) { pickEnd(false, endpoint); });

    restoreSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the docks, and a hidden dock reports it (the propagation
    // dock stops its step-through): by then this is no longer a MainWindow to notify.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->blockSignals(true);
    // Likewise the document: its undo stack, deleted with it, reports a last change of the
    // clean state when it held unsaved edits (UBSan saw the title updated mid-destruction).
    m_document->disconnect(this);
}

void MainWindow::createDocks()
{
    auto *palette = new PaletteDock(this);
    m_paletteDock = palette;
    connect(palette, &PaletteDock::placeRequested, this, [this](core::NodeKind kind) {
        // Placed at the centre of what the user sees.
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        const QString id = m_scene->placeNode(kind, centre);
        if (!id.isEmpty())
            m_selection->setIds({id});
    });
    addDockWidget(Qt::LeftDockWidgetArea, palette);

    m_legendDock = new LegendDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_legendDock);

    // Right: Properties alone, the full height, so a VNet's subnets and route tables show
    // without scrolling the dock. A lesson splits it when one opens; the propagation
    // step-through is a tab beside it.
    m_propertyDock = new PropertyDock(m_document, m_selection, this);
    addDockWidget(Qt::RightDockWidgetArea, m_propertyDock);

    // Bottom: what the analysis says, in wide tables that need no sideways scrolling.
    m_traceDock = new TraceDock(m_runner, m_trace, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_traceDock);
    connect(m_traceDock, &TraceDock::hopActivated, this,
            [this](const QString &id) { m_selection->setIds({id}); });
    auto *findings = new FindingsDock(m_runner, m_selection, this);
    addDockWidget(Qt::BottomDockWidgetArea, findings);
    tabifyDockWidget(m_traceDock, findings);
    auto *routes = new RoutesDock(m_document, m_runner, m_selection, this);
    addDockWidget(Qt::BottomDockWidgetArea, routes);
    tabifyDockWidget(findings, routes);
    auto *matrix = new MatrixDock(m_runner, m_trace, this);
    addDockWidget(Qt::BottomDockWidgetArea, matrix);
    tabifyDockWidget(routes, matrix);
    m_compareDock = new CompareDock(m_document, m_runner, m_trace, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_compareDock);
    tabifyDockWidget(matrix, m_compareDock);
    auto *intents = new IntentsDock(m_document, m_runner, m_trace, this);
    addDockWidget(Qt::BottomDockWidgetArea, intents);
    tabifyDockWidget(m_compareDock, intents);
    createLessonDock();
    createPropagationDock(routes);
    m_traceDock->raise();
    // A trace started anywhere (the canvas, the matrix, an intent) comes to the front.
    // (once per new pair of endpoints: a retrace after each edit leaves the tabs alone).
    connect(m_trace, &TraceController::traceChanged, this, [this] {
        const QString shown = m_trace->from() + QLatin1Char('\n') + m_trace->to();
        if (m_trace->isActive() && shown != m_raisedTrace && m_traceDock->isVisible())
            m_traceDock->raise();
        m_raisedTrace = shown;
    });
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_document->load(path, &error)) {
        QMessageBox::critical(this, tr("Cannot open design"),
                              tr("%1 could not be opened; the current design is unchanged.\n\n%2")
                                  .arg(QFileInfo(path).fileName(), error));
        return false;
    }
    addRecentFile(QFileInfo(path).absoluteFilePath());
    m_trace->clear();
    m_view->showDesign();
    statusBar()->showMessage(tr("Opened %1").arg(path), 4000);
    lessonDesignOpened(QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::openSample(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    auto result = core::DocumentReader::readText(std::string_view(text.constData(), std::size_t(text.size())),
                                                 resource.toStdString());
    if (const auto *error = std::get_if<core::LoadError>(&result)) {
        QMessageBox::critical(this, tr("Cannot open sample"), QString::fromStdString(error->toString()));
        return false;
    }
    m_document->reset(std::get<core::Topology>(std::move(result)), QString());
    m_trace->clear();
    m_view->showDesign();
    lessonDesignOpened(resource);
    return true;
}

bool MainWindow::offerRecovery()
{
    const auto entries = Autosaver::recoverable();
    for (const auto &entry : entries) {
        const QString what = entry.originalFile.isEmpty()
                                 ? tr("an unsaved design")
                                 : QFileInfo(entry.originalFile).fileName();
        const auto answer = QMessageBox::question(
            this, tr("Recover design"),
            tr("avsnet did not close properly. An autosave of %1 from %2 was found.\n\n"
               "Recover it?")
                .arg(what, QLocale().toString(entry.savedAt, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::No)
            continue; // keep it for next time
        if (answer == QMessageBox::Discard) {
            Autosaver::discard(entry);
            continue;
        }
        auto result = core::DocumentReader::readFile(entry.autosaveFile.toStdString());
        if (const auto *error = std::get_if<core::LoadError>(&result)) {
            QMessageBox::warning(this, tr("Recover design"),
                                 tr("The autosave cannot be read: %1").arg(QString::fromStdString(error->toString())));
            continue;
        }
        m_document->reset(std::get<core::Topology>(std::move(result)), entry.originalFile);
        // Recovered work is unsaved work: mark it so closing asks.
        m_document->undoStack()->resetClean();
        Autosaver::discard(entry);
        m_view->showDesign();
        lessonDesignOpened(entry.originalFile);
        return true;
    }
    return false;
}

void MainWindow::setDark(bool dark)
{
    m_dark = dark;
    applyTheme(dark);
    m_scene->setDark(dark);
    m_legendDock->setDark(dark);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    // (decision) Below 900 pixels of height the palette scrolls so the bottom docks keep
    // five rows of trace hops and the Properties dock five subnets.
    m_paletteDock->setCompact(event->size().height() < 900);
    QMainWindow::resizeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_autosaver->clear();
    event->accept();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — avsnet").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const QStringList ids = m_selection->ids();
    const core::Topology &topology = m_document->topology();
    if (ids.isEmpty())
        m_selectionLabel->setText(
            tr("%1, %2").arg(counted(qsizetype(topology.nodes.size()), tr("node"), tr("nodes")),
                             counted(qsizetype(topology.links.size()), tr("link"), tr("links"))));
    else if (ids.size() == 1)
        m_selectionLabel->setText(
            tr("Selected: %1").arg(DisplayNames(topology).item(ids.front().toStdString())));
    else
        m_selectionLabel->setText(tr("%1 selected").arg(counted(ids.size(), tr("item"), tr("items"))));

    const auto analysis = m_runner->analysis();
    if (!analysis) {
        m_analysisLabel->clear();
        return;
    }
    int errors = 0;
    int warnings = 0;
    for (const auto &finding : analysis->findings()) {
        errors += finding.severity == core::Severity::Error;
        warnings += finding.severity == core::Severity::Warning;
    }
    m_analysisLabel->setText(tr("%1, %2 · analysed in %3 ms")
                                 .arg(counted(errors, tr("error"), tr("errors")),
                                      counted(warnings, tr("warning"), tr("warnings")))
                                 .arg(m_runner->lastDurationMs(), 0, 'f', 1));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) {
        // First start: the whole screen, as a drawing tool wants it; unmaximised, most of it.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.9);
        move(available.center() - rect().center());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    // A layout saved by an older version (other docks, other places) is not restored.
    if (!restoreState(settings.value("window/state").toByteArray(), layoutVersion)) {
        // First start: dock sizes only hold once the window is laid out, so after it shows.
        QTimer::singleShot(0, this, [this] {
            QList<QDockWidget *> left;
            QList<QDockWidget *> right;
            QList<QDockWidget *> bottom;
            for (QDockWidget *dock : findChildren<QDockWidget *>()) {
                if (dock->isHidden() || dock->isFloating())
                    continue;
                const auto area = dockWidgetArea(dock);
                (area == Qt::LeftDockWidgetArea    ? left
                 : area == Qt::RightDockWidgetArea ? right
                                                   : bottom)
                    .append(dock);
            }
            // Side docks a little narrower on a small screen; the bottom tables tall enough
            // for a trace's hops (at least five rows) and the canvas the rest.
            const bool small = screen()->availableGeometry().width() < 1500;
            resizeDocks(left, QList<int>(left.size(), small ? 230 : 260), Qt::Horizontal);
            resizeDocks(right, QList<int>(right.size(), small ? 350 : 400), Qt::Horizontal);
            const int bottomHeight = std::clamp(height() * 3 / 10, 250, 320);
            resizeDocks(bottom, QList<int>(bottom.size(), bottomHeight), Qt::Vertical);
            m_view->showDesign(); // the canvas changed size
        });
    }
    setDark(settings.value("view/dark", false).toBool());
    rebuildRecentMenu();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState(layoutVersion));
    settings.setValue("view/dark", m_dark);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value("recentFiles").toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 10)
        files.removeLast();
    settings.setValue("recentFiles", files);
    rebuildRecentMenu();
}

} // namespace avsnet::ui
