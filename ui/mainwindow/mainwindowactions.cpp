// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part two: its actions and menus, and the edits they start.
#include "mainwindow.h"
#include "presentermode.h"

#include "analysis/tracecontroller.h"
#include "commands/designcommands.h"
#include "document/clipboard.h"
#include "document/document.h"
#include "document/selection.h"
#include "help/docspages.h"
#include "layout/autolayout.h"
#include "panels/comparedock.h"
#include "panels/legenddock.h"
#include "panels/lessondock.h"
#include "panels/propagationdock.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/nodeitem.h"
#include "scene/noticebanner.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>
#include <QUndoStack>

namespace avsnet::ui {

namespace {

const QString fileFilter = QObject::tr("avsnet designs (*.avsnet);;All files (*)");

} // namespace

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("mainToolBar");

    QAction *newAction = menu->addAction(tr("&New"), this, &MainWindow::newDesign);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = menu->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    QMenu *samples = menu->addMenu(tr("&Samples"));
    samples->addAction(tr("Contoso hybrid network"), this, [this] {
        if (maybeSave())
            openSample(QStringLiteral(":/samples/contoso.avsnet"));
    });
    samples->addAction(tr("Contoso on Virtual WAN"), this, [this] {
        if (maybeSave())
            openSample(QStringLiteral(":/samples/contoso-vwan.avsnet"));
    });
    menu->addSeparator();
    QAction *saveAction = menu->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = menu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    menu->addSeparator();
    createAzureActions(menu);
    menu->addSeparator();
    QAction *exportAction = menu->addAction(tr("&Export Diagram…"), this, [this] { exportDiagram(); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addAction(tr("Export &Report…"), this, &MainWindow::exportReport);
    menu->addAction(tr("&Print…"), this, &MainWindow::printDiagram)->setShortcut(QKeySequence::Print);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addAction(saveAction);
    toolbar->addSeparator();
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well as the platform's own (Ctrl+Shift+Z here): users bring it from Windows.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    // The menu says what would be undone; the tool bar keeps a fixed word, so its buttons do
    // not move as that text changes, and says the rest in its tooltip.
    for (auto [action, word] : {std::pair{undo, tr("Undo")}, std::pair{redo, tr("Redo")}}) {
        auto *button = new QAction(word, this);
        button->setObjectName(action == undo ? "undoToolAction" : "redoToolAction");
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->text().remove(QLatin1Char('&')));
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text().remove(QLatin1Char('&')));
        });
        connect(button, &QAction::triggered, action, &QAction::trigger);
        toolbar->addAction(button);
    }
    undo->setObjectName("undoAction");
    redo->setObjectName("redoAction");
    addAction(undo);
    addAction(redo);
}

void MainWindow::createEditMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    for (QAction *action : actions()) {
        if (action->objectName() == "undoAction" || action->objectName() == "redoAction")
            menu->addAction(action);
    }
    menu->addSeparator();
    QAction *cut = menu->addAction(tr("Cu&t"), this, [this] {
        copy();
        m_scene->deleteSelection();
    });
    cut->setShortcut(QKeySequence::Cut);
    menu->addAction(tr("&Copy"), this, &MainWindow::copy)->setShortcut(QKeySequence::Copy);
    menu->addAction(tr("&Paste"), this, &MainWindow::paste)->setShortcut(QKeySequence::Paste);
    menu->addAction(tr("D&uplicate"), this, &MainWindow::duplicate)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    menu->addAction(tr("&Delete"), m_scene, &DesignScene::deleteSelection)
        ->setShortcut(QKeySequence::Delete);
    menu->addAction(tr("Select &All"), this, [this] {
        for (QGraphicsItem *item : m_scene->items())
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
    })->setShortcut(QKeySequence::SelectAll);
    menu->addSeparator();
    menu->addAction(tr("Disable (what-if)"), this, [this] { m_scene->setSelectionDisabled(true); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    menu->addAction(tr("Enable"), this, [this] { m_scene->setSelectionDisabled(false); });
    menu->addSeparator();
    QMenu *alignMenu = menu->addMenu(tr("A&lign"));
    alignMenu->addAction(tr("Left edges"), this, [this] { align(Qt::AlignLeft); });
    alignMenu->addAction(tr("Horizontal centres"), this, [this] { align(Qt::AlignHCenter); });
    alignMenu->addAction(tr("Right edges"), this, [this] { align(Qt::AlignRight); });
    alignMenu->addAction(tr("Top edges"), this, [this] { align(Qt::AlignTop); });
    alignMenu->addAction(tr("Vertical centres"), this, [this] { align(Qt::AlignVCenter); });
    alignMenu->addAction(tr("Bottom edges"), this, [this] { align(Qt::AlignBottom); });
    QAction *layout = menu->addAction(tr("Auto &Layout"), this, &MainWindow::autoLayout);
    layout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    QToolBar *toolbar = findChild<QToolBar *>("mainToolBar");
    toolbar->addSeparator();

    QAction *zoomIn = menu->addAction(tr("Zoom &In"), m_view, &DesignView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = menu->addAction(tr("Zoom &Out"), m_view, &DesignView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    menu->addAction(tr("&Actual Size"), m_view, &DesignView::resetZoom)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *fit = menu->addAction(tr("&Fit to Window"), m_view, &DesignView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    toolbar->addAction(fit);
    menu->addSeparator();

    QAction *connectMode = menu->addAction(tr("&Connect Mode"));
    connectMode->setCheckable(true);
    connectMode->setShortcut(QKeySequence(Qt::Key_C));
    connectMode->setToolTip(tr("Drag from one node to another to link them (or hold Shift)"));
    connect(connectMode, &QAction::toggled, m_scene, &DesignScene::setConnectMode);
    toolbar->addAction(connectMode);
    QAction *grid = menu->addAction(tr("Show &Grid"));
    grid->setCheckable(true);
    grid->setChecked(true);
    connect(grid, &QAction::toggled, m_scene, &DesignScene::setShowGrid);
    QAction *snap = menu->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &DesignScene::setSnapToGrid);
    menu->addSeparator();

    QMenu *theme = menu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    QAction *light = theme->addAction(tr("&Light"));
    QAction *dark = theme->addAction(tr("&Dark"));
    for (QAction *action : {light, dark}) {
        action->setCheckable(true);
        themes->addAction(action);
    }
    (m_dark ? dark : light)->setChecked(true);
    connect(light, &QAction::triggered, this, [this] { setDark(false); });
    connect(dark, &QAction::triggered, this, [this] { setDark(true); });

    menu->addSeparator();
    m_presenter = new PresenterMode(this, m_view, m_scene);
    QAction *presenter = menu->addAction(tr("&Presenter Mode"));
    presenter->setCheckable(true);
    presenter->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_F11)});
    presenter->setToolTip(tr("Full screen canvas for a class: larger type, thicker paths, a "
                             "laser pointer; Escape leaves it."));
    connect(presenter, &QAction::toggled, m_presenter, &PresenterMode::setActive);
    connect(m_presenter, &PresenterMode::activeChanged, presenter, &QAction::setChecked);
    addAction(presenter); // its shortcut must work with the menu bar hidden
    connect(m_presenter, &PresenterMode::nextPropagationEvent, m_propagationDock, &PropagationDock::stepForward);
    connect(m_presenter, &PresenterMode::previousPropagationEvent, m_propagationDock, &PropagationDock::stepBack);
    connect(m_presenter, &PresenterMode::togglePropagationPlay, m_propagationDock, &PropagationDock::togglePlay);
    if (m_lessonDock) {
        connect(m_presenter, &PresenterMode::nextLessonStep, m_lessonDock, &LessonDock::nextStep);
        connect(m_presenter, &PresenterMode::previousLessonStep, m_lessonDock, &LessonDock::previousStep);
    }
    QAction *snapshot = menu->addAction(tr("Take What-if &Snapshot"), this, [this] {
        m_compareDock->takeSnapshot();
        m_compareDock->show();
        m_compareDock->raise();
    });
    snapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)); // Ctrl+Shift+S is Save As
    QAction *clearTrace = menu->addAction(tr("Clear &Trace"), m_trace, &TraceController::clear);
    clearTrace->setShortcut(QKeySequence(Qt::Key_Escape));
    menu->addAction(createPropagationAction());
    menu->addSeparator();
    m_docksMenu = menu->addMenu(tr("&Docks"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_docksMenu->addAction(dock->toggleViewAction());
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    QAction *guide = menu->addAction(tr("User &Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    menu->addSeparator();
    createLessonsMenu(menu);
    menu->addSeparator();
    // docs/ of the project, rendered for the browser (help/docspages.h).
    const std::pair<QString, QString> pages[]
        = {{tr("How avsnet &Routes"), QStringLiteral("routing")},
           {tr("The Design &Format"), QStringLiteral("format")},
           {tr("The &Command Line"), QStringLiteral("cli")}};
    for (const auto &entry : pages) {
        const QString name = entry.second;
        menu->addAction(entry.first, this, [this, name] {
            QString error;
            const QUrl url = DocsPages::page(name, {}, &error);
            if (url.isEmpty() || !QDesktopServices::openUrl(url))
                QMessageBox::warning(
                    this, tr("Documentation"),
                    error.isEmpty() ? tr("No program opens %1.").arg(url.toString()) : error);
        });
    }
    menu->addSeparator();
    menu->addAction(tr("&About avsnet"), this, &MainWindow::about);
    menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value("recentFiles").toStringList();
    for (const QString &file : files) {
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] {
            if (maybeSave())
                openFile(file);
        })->setToolTip(file);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    core::Topology empty;
    empty.name = tr("Untitled").toStdString();
    m_document->reset(std::move(empty), QString());
    m_trace->clear();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), QString(), fileFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"),
                                                m_document->displayName(), fileFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".avsnet");
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::copy()
{
    const QStringList ids = m_scene->selectedIds();
    if (!ids.isEmpty())
        QApplication::clipboard()->setMimeData(copyItems(m_document->topology(), ids));
}

void MainWindow::paste()
{
    QString error;
    const auto items = pasteItems(m_document->topology(), QApplication::clipboard()->mimeData(),
                                  QPointF(40, 40), &error);
    if (!items) {
        m_notice->showNotice(error);
        return;
    }
    m_document->undoStack()->push(new AddItems(m_document, items->nodes, items->links, tr("Paste")));
    QStringList ids;
    for (const auto &node : items->nodes)
        ids << QString::fromStdString(node.id);
    m_selection->setIds(ids);
}

void MainWindow::duplicate()
{
    const QStringList selected = m_scene->selectedIds();
    if (selected.isEmpty())
        return;
    const auto items = duplicateItems(m_document->topology(), selected, QPointF(40, 40));
    m_document->undoStack()->push(new AddItems(m_document, items.nodes, items.links, tr("Duplicate")));
    QStringList ids;
    for (const auto &node : items.nodes)
        ids << QString::fromStdString(node.id);
    m_selection->setIds(ids);
}

void MainWindow::autoLayout()
{
    const auto positions = core::autoLayout(m_document->topology());
    std::map<std::string, core::Position> before;
    for (const auto &node : m_document->topology().nodes) {
        if (node.position && positions.contains(node.id))
            before[node.id] = *node.position;
    }
    m_document->undoStack()->push(new MoveNodes(m_document, before, positions, tr("Auto layout")));
    m_view->fitToWindow();
}

void MainWindow::align(Qt::Alignment alignment)
{
    std::vector<NodeItem *> items;
    for (const QString &id : m_scene->selectedIds()) {
        if (NodeItem *item = m_scene->nodeItem(id))
            items.push_back(item);
    }
    if (items.size() < 2)
        return;
    QRectF bounds;
    for (NodeItem *item : items)
        bounds = bounds.united(item->sceneBoundingRect());
    std::map<std::string, core::Position> before;
    std::map<std::string, core::Position> after;
    for (NodeItem *item : items) {
        const QRectF rect = item->sceneBoundingRect();
        QPointF shift;
        if (alignment & Qt::AlignLeft)
            shift.setX(bounds.left() - rect.left());
        else if (alignment & Qt::AlignRight)
            shift.setX(bounds.right() - rect.right());
        else if (alignment & Qt::AlignHCenter)
            shift.setX(bounds.center().x() - rect.center().x());
        if (alignment & Qt::AlignTop)
            shift.setY(bounds.top() - rect.top());
        else if (alignment & Qt::AlignBottom)
            shift.setY(bounds.bottom() - rect.bottom());
        else if (alignment & Qt::AlignVCenter)
            shift.setY(bounds.center().y() - rect.center().y());
        const std::string id = item->nodeId().toStdString();
        before[id] = {item->pos().x(), item->pos().y()};
        after[id] = {item->pos().x() + shift.x(), item->pos().y() + shift.y()};
    }
    m_document->undoStack()->push(new MoveNodes(m_document, before, after, tr("Align")));
}

QDialog *MainWindow::showUserGuide()
{
    // One window, kept: F1 again brings it to the front where the user left it.
    auto *dialog = findChild<QDialog *>(QStringLiteral("userGuide"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("userGuide"));
        dialog->setWindowTitle(tr("avsnet User Guide"));
        auto *browser = new QTextBrowser(dialog);
        browser->setObjectName(QStringLiteral("userGuideText"));
        browser->setOpenExternalLinks(true);
        QFile file(QStringLiteral(":/help/user-guide.md"));
        if (file.open(QIODevice::ReadOnly))
            browser->setMarkdown(QString::fromUtf8(file.readAll()));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(browser);
        layout->addWidget(buttons);
        dialog->resize(720, 760);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About avsnet"),
        tr("<h3>avsnet %1</h3><p>A designer for hybrid Azure networks with Azure VMware "
           "Solution: draw the design, and see how BGP routes propagate, what every subnet's "
           "effective routes are, and the path a packet takes, live.</p>"
           "<p>Built with Qt %2, Boost.Graph and nlohmann/json.</p>")
            .arg(QStringLiteral(AVSNET_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace avsnet::ui
