// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

// core/ is std + Boost + nlohmann only (README): the command-line tool and the
// engine's tests must not pull in Qt. This test reads every file under core/ and lists each
// line that includes a Qt header.
class TestCoreLayering : public QObject
{
    Q_OBJECT

private slots:
    void includesNoQtHeader();
};

void TestCoreLayering::includesNoQtHeader()
{
    const QString core = QStringLiteral(AVSNET_SOURCE_DIR "/core");
    // <QString>, <QtCore/...>, <qtconcurrentrun.h>, "QObject" and the like.
    static const QRegularExpression qtInclude(
        QStringLiteral(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]|qt)[^>"]*[>"])"));
    QStringList offenders;
    int scanned = 0;
    QDirIterator files(core, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString fileName = files.next();
        QFile file(fileName);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fileName));
        ++scanned;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            if (qtInclude.match(line).hasMatch())
                offenders << QStringLiteral("%1:%2: %3")
                                 .arg(fileName.mid(core.size() - 4))
                                 .arg(lineNumber)
                                 .arg(line.trimmed());
        }
    }
    QVERIFY2(scanned > 0, qPrintable(core));
    QVERIFY2(offenders.isEmpty(),
             qPrintable("core/ must not include Qt headers:\n" + offenders.join('\n')));
}

QTEST_APPLESS_MAIN(TestCoreLayering)
#include "tst_corelayering.moc"
