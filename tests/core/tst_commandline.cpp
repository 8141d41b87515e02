// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <sstream>

using namespace avsnet::core;

// What `avsnet` prints beyond what the routing cases check through the engine.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    // A trace over equal-cost next hops follows the lowest id and names the others, in the
    // text (a line under the hop table) and in the JSON (`alternatives` of the hop).
    void traceNamesEqualCostAlternatives()
    {
        // AVS learns 0.0.0.0/0 from two hubs whose paths differ only in private prepends.
        const std::string design = AVSNET_SOURCE_DIR "/resources/lessons/10-private-prepend.avsnet";
        const std::vector<std::string> trace{"trace",  design,  "--from", "avs-weu/web",
                                             "--to",   "internet"};
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(runCommandLine(trace, out, err, false), int(ExitOk));
        const QString text = QString::fromStdString(out.str());
        QVERIFY2(text.contains("hop 1 also has equal-cost next hop ergw-weu: flows are spread over all "
                               "of them"),
                 qPrintable(text));

        std::vector<std::string> asJson = trace;
        asJson.push_back("--json");
        std::ostringstream json;
        QCOMPARE(runCommandLine(asJson, json, err, false), int(ExitOk));
        const auto hops = nlohmann::json::parse(json.str()).at("forward").at("hops");
        QCOMPARE(hops.at(0).at("node").get<std::string>(), std::string("avs-weu"));
        QCOMPARE(hops.at(0).at("route").at("nextHop").get<std::string>(), std::string("ergw-neu"));
        QVERIFY(hops.at(0).at("alternatives") == nlohmann::json::array({"ergw-weu"}));
        QVERIFY(!hops.at(1).contains("alternatives"));
    }

    // One path only: no alternatives line.
    void traceWithoutAlternativesSaysNothingMore()
    {
        // The lesson's solution: a public ASN keeps the backup's prepends, one path wins.
        const std::string design
            = AVSNET_SOURCE_DIR "/resources/lessons/10-private-prepend.solution.avsnet";
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(runCommandLine({"trace", design, "--from", "avs-weu/web", "--to", "internet"}, out,
                                err, false),
                 int(ExitOk));
        QVERIFY(!QString::fromStdString(out.str()).contains("equal-cost"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
