// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the lessons: Help > Lessons, the lesson dock, and remembering where an open
// lesson came from (a built-in one opens unsaved, so the document cannot tell).
#include "mainwindow.h"

#include "document/document.h"
#include "panels/lessondock.h"
#include "panels/lessonfiles.h"
#include "panels/tracedock.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/nodeitem.h"

#include <QMenu>

namespace avsnet::ui {

namespace {

void showLessonDock(QMainWindow *window, QDockWidget *dock)
{
    const bool wasHidden = dock->isHidden();
    dock->show();
    dock->raise();
    // The lesson is what a learner reads most: when it appears, give it most of its side.
    if (wasHidden && !dock->isFloating())
        window->resizeDocks({dock}, {window->height() * 3 / 5}, Qt::Vertical);
}

} // namespace

void MainWindow::createLessonDock()
{
    m_lessonDock = new LessonDock(m_document, m_runner, m_selection, this);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    // Above Properties: a learner reads the step and edits what it asks for at once.
    splitDockWidget(m_lessonDock, m_propertyDock, Qt::Vertical);
    // Shown when a design with a lesson opens (lessonDesignOpened).
    m_lessonDock->hide();
    connect(m_lessonDock, &LessonDock::nodeLinkActivated, this, [this](const QString &id) {
        if (NodeItem *item = m_scene->nodeItem(id))
            m_view->ensureVisible(item);
    });
}

void MainWindow::createLessonsMenu(QMenu *help)
{
    QMenu *menu = help->addMenu(tr("&Lessons"));
    menu->setObjectName(QStringLiteral("lessonsMenu"));
    int number = 0;
    for (const BuiltInLesson &lesson : builtInLessons()) {
        QString title = lesson.title;
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        ++number;
        const QString text = number < 10 ? QStringLiteral("&%1. %2").arg(number).arg(title)
                                         : QStringLiteral("%1. %2").arg(number).arg(title);
        menu->addAction(text, this, [this, resource = lesson.resource] {
            if (maybeSave())
                openLesson(resource);
        })->setData(lesson.resource);
    }
    menu->setEnabled(!menu->isEmpty());
}

bool MainWindow::openLesson(const QString &resource)
{
    if (!openSample(resource))
        return false;
    // Asked for a lesson: show the dock even if the file turned out to have none.
    showLessonDock(this, m_lessonDock);
    return true;
}

void MainWindow::lessonDesignOpened(const QString &source)
{
    m_lessonDock->setLessonSource(source);
    if (m_document->topology().lesson)
        showLessonDock(this, m_lessonDock);
    else
        m_lessonDock->hide();
}

} // namespace avsnet::ui
