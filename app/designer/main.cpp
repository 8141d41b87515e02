// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
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
                                 QStringLiteral("A design to open; without it, the Contoso sample"));
    parser.process(application);

    avsnet::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // Recovery first: a crash's unsaved work matters more than the sample.
    if (!window.offerRecovery()) {
        if (files.isEmpty() || !window.openFile(files.front()))
            window.openSample(QStringLiteral(":/samples/contoso.avsnet"));
    }
    return application.exec();
}
