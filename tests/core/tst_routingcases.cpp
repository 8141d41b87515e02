// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingcasechecker.h"

#include <QDir>
#include <QTest>

using namespace avsnet::core;

// Runs every routing case as data: tests/data/routing/<case>/design.avsnet with its
// expect.json (the schema is in tests/data/routing/README.md). The shared conformance designs
// are an extra step of scripts/run-tests, through the avsnet program.
class TestRoutingCases : public QObject
{
    Q_OBJECT

private slots:
    void routingCase_data()
    {
        QTest::addColumn<QString>("design");
        QTest::addColumn<QString>("expectation");

        const QDir cases(QStringLiteral(AVSNET_TEST_DATA "/routing"));
        const auto folders = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(folders.size() >= 40, "fewer than 40 routing cases");
        for (const QString &folder : folders) {
            const QDir dir(cases.filePath(folder));
            QTest::addRow("%s", qPrintable(folder))
                << dir.filePath("design.avsnet") << dir.filePath("expect.json");
        }
    }

    void routingCase()
    {
        QFETCH(QString, design);
        QFETCH(QString, expectation);
        const CaseOutcome outcome = checkRoutingCase(design.toStdString(),
                                                     expectation.toStdString());
        QVERIFY2(outcome.checks > 0, "the case checks nothing");
        std::string failures;
        for (const auto &failure : outcome.failures)
            failures += "\n  " + failure;
        QVERIFY2(outcome.failures.empty(), failures.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRoutingCases)
#include "tst_routingcases.moc"
