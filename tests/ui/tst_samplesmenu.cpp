// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/intentcheck.h"
#include "document/document.h"
#include "io/documentreader.h"
#include "mainwindow/mainwindow.h"
#include "routing/analysis.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace avsnet;
using namespace avsnet::ui;

// File > Samples offers every design in resources/samples, each opens from the designer's
// resources as the file on disk holds it, and each is a design to learn from: no error
// finding, every intent met.
class TestSamplesMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName("avsnet-samples-test");
    }

    void everySampleOpensFromTheMenu()
    {
        MainWindow window;
        QMenu *samples = nullptr;
        for (QAction *action : window.menuBar()->actions().front()->menu()->actions()) {
            if (action->menu() && action->text() == QLatin1String("&Samples"))
                samples = action->menu();
        }
        QVERIFY(samples);
        const QStringList files = QDir(QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples"))
                                      .entryList({QStringLiteral("*.avsnet")}, QDir::Files);
        QCOMPARE(samples->actions().size(), files.size());
        QStringList opened;
        for (QAction *action : samples->actions()) {
            action->trigger();
            const core::Topology &topology = window.document()->topology();
            QVERIFY2(!topology.nodes.empty(), qPrintable(action->text()));
            QVERIFY2(!window.document()->isModified(), qPrintable(action->text()));
            for (const QString &file : files) {
                auto onDisk = core::DocumentReader::readFile(
                    QDir(QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples")).filePath(file).toStdString());
                if (std::holds_alternative<core::Topology>(onDisk)
                    && std::get<core::Topology>(onDisk) == topology)
                    opened << file;
            }
            const auto analysis = core::analyze(topology);
            for (const core::Finding &finding : analysis->findings())
                QVERIFY2(finding.severity != core::Severity::Error, finding.message.c_str());
            for (const core::IntentResult &result : core::checkIntents(*analysis))
                QVERIFY2(result.holds, (result.intent->name + ": " + result.problem).c_str());
        }
        opened.sort();
        QCOMPARE(opened, files);
    }
};

QTEST_MAIN(TestSamplesMenu)
#include "tst_samplesmenu.moc"
