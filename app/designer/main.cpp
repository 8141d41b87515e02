// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"
#include "routing/heapretention.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    // Every edit re-analyses the design: reuse the last run's memory (routing/heapretention.h).
    avsnet::core::keepFreedMemoryForReuse();
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("avsnet"));
    QApplication::setOrganizationName(QStringLiteral("avsnet"));
    QApplication::setApplicationVersion(QStringLiteral(AVSNET_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("avsnet"));
    // Matches the installed desktop entry, so desktops pair the window with its menu item.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.avsnet.Designer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Designer for hybrid Azure networks with Azure VMware Solution"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A design to open; without it, the Contoso sample "
                                                "(or, with --import, an empty design)"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        QStringLiteral("Import an Azure export (Resource Graph, ARM template, az JSON, "
                       "avsnet-capture bundle) into the design, as File > Import from Azure; "
                       "repeat for more files"),
        QStringLiteral("AZUREFILE"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QStringLiteral("Compare the design with the routes Azure reports (an avsnet-capture "
                       "bundle), as File > Compare with Azure Routes"),
        QStringLiteral("OBSERVED"));
    parser.addOption(import);
    parser.addOption(compare);
    parser.process(application);

    avsnet::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    const QStringList imports = parser.values(import);
    // Recovery first: a crash's unsaved work matters more than the sample.
    if (!window.offerRecovery()) {
        if (files.isEmpty() || !window.openFile(files.front())) {
            // An estate imported from Azure starts from an empty design, not the sample.
            if (imports.isEmpty())
                window.openSample(QStringLiteral(":/samples/contoso.avsnet"));
        }
    }
    if (!imports.isEmpty())
        window.importFromAzure(imports);
    if (parser.isSet(compare))
        window.compareWithAzure(parser.value(compare));
    return application.exec();
}
