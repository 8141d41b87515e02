// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QDialog;
class QLabel;
class QMenu;

namespace avsnet::core {
class Analysis;
}

namespace avsnet::ui {

class ExportDialog;

class AnalysisRunner;
class Autosaver;
class AzureComparison;
class CompareDock;
class PresenterMode;
class DesignScene;
class DesignView;
class Document;
class LegendDock;
class PaletteDock;
class PropagationDock;
class RoutesDock;
class LessonDock;
class NoticeBanner;
class Selection;
class TraceController;
class TraceDock;

// The designer's window: menus, tool bar, status bar, the canvas and the docks, and the file
// life cycle (new, open, save, recent files, samples, autosave and recovery). It wires the
// pieces together and owns no design data of its own: that is the Document's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow();
    ~MainWindow() override;

    Document *document() const { return m_document; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    AnalysisRunner *analysisRunner() const { return m_runner; }
    TraceController *traceController() const { return m_trace; }
    Selection *selection() const { return m_selection; }
    // View > Step Through Propagation (mainwindowpropagation.cpp); its public slots step.
    PropagationDock *propagationDock() const { return m_propagationDock; }
    CompareDock *compareDock() const { return m_compareDock; }
    PresenterMode *presenterMode() const { return m_presenter; }
    // The inline banner over the canvas that says why a gesture was refused.
    NoticeBanner *notice() const { return m_notice; }

    // Opens a file; on failure shows why and keeps the current design.
    bool openFile(const QString &path);
    // Opens a built-in sample (":/samples/NAME.avsnet") as an unsaved design.
    bool openSample(const QString &resource);
    // Help > Lessons: a built-in lesson (":/lessons/NAME.avsnet") opened like a sample, with
    // the lesson dock shown (mainwindowlessons.cpp).
    bool openLesson(const QString &resource);
    LessonDock *lessonDock() const { return m_lessonDock; }
    // File > Export Diagram: a dialog with a preview; returns it (open, not modal) for tests.
    ExportDialog *exportDiagram();
    // File > Import from Azure (mainwindowazure.cpp): merges Azure exports into the open
    // design as one undo step and shows the summary, or says why not (the file and the JSON
    // path) and leaves the design unchanged; a template parameter without a default is asked
    // for. Returns whether anything was imported.
    bool importFromAzure(const QStringList &files);
    // File > Compare with Azure Routes: compares what Azure reports with the model from now
    // on, after every edit, in the Routes dock and as badges on the canvas. A bare az output
    // is compared at `context`, asked for when empty. Returns false after saying why not.
    bool compareWithAzure(const QString &file, QString context = {});
    AzureComparison *azureComparison() const { return m_azureComparison; }
    RoutesDock *routesDock() const { return m_routesDock; }
    // Offers to recover designs a crash left behind. Returns true if one was recovered.
    bool offerRecovery();
    void setDark(bool dark);
    // Help > User Guide (F1): the guide in resources/help, in a window of its own.
    QDialog *showUserGuide();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void createAzureActions(QMenu *file);
    QDialog *showImportSummary(const QStringList &files, const QString &summary);
    void createPropagationDock(RoutesDock *routes);
    QAction *createPropagationAction();
    // The canvas marker and the Routes dock follow the step-through.
    void followPropagation();
    void createLessonDock();
    void createLessonsMenu(QMenu *help);
    // After a design opens: remembers its source for the lesson dock, shows it for a lesson.
    void lessonDesignOpened(const QString &source);
    void restoreSettings();
    void saveSettings();
    void updateTitle();
    void updateStatus();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    bool maybeSave();
    bool save();
    bool saveAs();
    void newDesign();
    void open();
    void copy();
    void paste();
    void duplicate();
    void autoLayout();
    void exportReport();
    void printDiagram();
    void align(Qt::Alignment alignment);
    void about();

    Document *m_document;
    Selection *m_selection;
    AnalysisRunner *m_runner;
    TraceController *m_trace;
    Autosaver *m_autosaver;
    DesignScene *m_scene;
    DesignView *m_view;
    TraceDock *m_traceDock = nullptr;
    QDockWidget *m_propertyDock = nullptr;
    LegendDock *m_legendDock = nullptr;
    PaletteDock *m_paletteDock = nullptr;
    PropagationDock *m_propagationDock = nullptr;
    RoutesDock *m_routesDock = nullptr;
    LessonDock *m_lessonDock = nullptr;
    CompareDock *m_compareDock = nullptr;
    AzureComparison *m_azureComparison = nullptr;
    PresenterMode *m_presenter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_docksMenu = nullptr;
    QLabel *m_selectionLabel;
    QLabel *m_analysisLabel;
    QLabel *m_zoomLabel;
    NoticeBanner *m_notice;
    bool m_dark = false;
    QString m_raisedTrace; // the endpoints the trace dock was last raised for
};

} // namespace avsnet::ui
