// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/intentcheck.h"
#include "io/documentreader.h"
#include "io/documentwriter.h"
#include "routing/analysis.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

#include <set>
#include <string>

using namespace avsnet::core;

namespace {

const QString lessonFolder = QStringLiteral(AVSNET_SOURCE_DIR "/resources/lessons");
const QString solutionSuffix = QStringLiteral(".solution.avsnet");
const char *const docsPrefix = "https://learn.microsoft.com";

// The start designs: every NAME.avsnet that is not a NAME.solution.avsnet.
QStringList startFiles()
{
    QStringList starts;
    const QDir dir(lessonFolder);
    for (const QString &name : dir.entryList({QStringLiteral("*.avsnet")}, QDir::Files, QDir::Name)) {
        if (!name.endsWith(solutionSuffix))
            starts << name;
    }
    return starts;
}

QString solutionOf(const QString &startName)
{
    return startName.chopped(int(qstrlen(".avsnet"))) + solutionSuffix;
}

// Loads a design or fails the current test with the reader's message.
bool load(const QString &path, Topology &topology)
{
    auto result = DocumentReader::readFile(path.toStdString());
    if (const auto *error = std::get_if<LoadError>(&result)) {
        QTest::qFail(error->toString().c_str(), __FILE__, __LINE__);
        return false;
    }
    topology = std::get<Topology>(std::move(result));
    return true;
}

// The hint is our extension of the step format. A reader that knows it keeps it in
// LessonStep::hint; one that does not keeps it as an unknown field, written back unchanged.
template<typename Step>
std::string hintOf(const Step &step)
{
    if constexpr (requires { step.hint; }) {
        if (!step.hint.empty())
            return step.hint;
    }
    const auto found = step.unknown.find("hint");
    if (found == step.unknown.end() || !found->is_string())
        return {};
    return found->template get<std::string>();
}

bool isBlank(const std::string &text)
{
    return QString::fromStdString(text).trimmed().isEmpty();
}

// Whether every goal of step `step` (from 0) holds in `design`; `why` lists those that do not.
bool stepMet(const Topology &design, std::size_t step, std::string *why = nullptr)
{
    const auto analysis = analyze(design);
    const auto results = checkIntents(*analysis);
    bool met = true;
    for (const std::string &goal : design.lesson->steps.at(step).goals) {
        for (const IntentResult &result : results) {
            if (result.intent->name != goal || result.holds)
                continue;
            met = false;
            if (why)
                *why += goal + ": " + result.problem + "; ";
        }
    }
    return met;
}

int findingCount(const Topology &design, std::string_view code)
{
    const auto analysis = analyze(design);
    return int(std::count_if(analysis->findings().begin(), analysis->findings().end(),
                             [&](const Finding &finding) { return finding.code == code; }));
}

} // namespace

// Every built-in lesson in resources/lessons: a start design that breaks a goal, and a worked
// solution with the same lesson and intents in which every intent holds.
class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void enoughLessons();
    void lesson_data();
    void lesson();
    void isCanonical_data() { lesson_data(); }
    void isCanonical();
    void avsBehindASecuredHub();
    void migratingAClassicHubOnOneCircuit();
};

void TestLessons::enoughLessons()
{
    const QStringList starts = startFiles();
    QVERIFY2(starts.size() >= 8, qPrintable(QStringLiteral("only %1 lessons in %2")
                                                .arg(starts.size())
                                                .arg(lessonFolder)));
    // No solution without its start design.
    const QDir dir(lessonFolder);
    for (const QString &name : dir.entryList({QStringLiteral("*") + solutionSuffix}, QDir::Files)) {
        const QString start = name.chopped(solutionSuffix.size()) + QStringLiteral(".avsnet");
        QVERIFY2(starts.contains(start), qPrintable(name + QStringLiteral(" has no start design")));
    }
}

void TestLessons::lesson_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("solution");
    const QDir dir(lessonFolder);
    for (const QString &name : startFiles()) {
        QTest::addRow("%s", qPrintable(name.chopped(int(qstrlen(".avsnet")))))
            << dir.filePath(name) << dir.filePath(solutionOf(name));
    }
}

void TestLessons::lesson()
{
    QFETCH(QString, start);
    QFETCH(QString, solution);

    // The start design loads and carries a lesson whose steps are complete.
    Topology design;
    if (!load(start, design))
        return;
    QVERIFY2(design.lesson.has_value(), "the start design has no lesson");
    const Lesson &lesson = *design.lesson;
    QVERIFY2(!isBlank(lesson.title), "the lesson has no title");
    QVERIFY2(!lesson.steps.empty(), "the lesson has no step");
    QVERIFY2(!design.intents.empty(), "the design has no intents");

    std::set<std::string> intentNames;
    for (const Intent &intent : design.intents)
        QVERIFY2(intentNames.insert(intent.name).second,
                 ("two intents are named " + intent.name).c_str());

    const QRegularExpression reference(QStringLiteral("\\[\\[([^\\[\\]]*)\\]\\]"));
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        const std::string where = "step " + std::to_string(i + 1) + ": ";
        QVERIFY2(!isBlank(step.text), (where + "no text").c_str());
        QVERIFY2(!isBlank(hintOf(step)), (where + "no hint").c_str());
        for (const std::string &goal : step.goals)
            QVERIFY2(intentNames.count(goal) == 1,
                     (where + "goal \"" + goal + "\" names no intent").c_str());

        // Every [[ref]] names a node or a link of the start design.
        const QString text = QString::fromStdString(step.text);
        auto matches = reference.globalMatch(text);
        while (matches.hasNext()) {
            const std::string id = matches.next().captured(1).toStdString();
            QVERIFY2(design.node(id) != nullptr || design.link(id) != nullptr,
                     (where + "[[" + id + "]] is no node or link of the start design").c_str());
        }

        // Every step names its Microsoft Learn documentation.
        QVERIFY2(step.text.find(docsPrefix) != std::string::npos,
                 (where + "no link to " + docsPrefix).c_str());
    }

    // The start design breaks at least one intent, so the learner has something to do.
    const auto startAnalysis = analyze(design);
    bool broken = false;
    for (const IntentResult &result : checkIntents(*startAnalysis))
        broken = broken || !result.holds;
    QVERIFY2(broken, "every intent already holds in the start design");

    // The worked solution loads, teaches the same lesson with the same intents, and meets
    // every intent without an error finding.
    QVERIFY2(QFileInfo::exists(solution), qPrintable(solution + QStringLiteral(" is missing")));
    Topology solved;
    if (!load(solution, solved))
        return;
    QVERIFY2(solved.lesson.has_value(), "the solution has no lesson");
    QVERIFY2(*solved.lesson == lesson, "the solution's lesson differs from the start's");
    QVERIFY2(solved.intents == design.intents, "the solution's intents differ from the start's");

    const auto solvedAnalysis = analyze(solved);
    for (const IntentResult &result : checkIntents(*solvedAnalysis))
        QVERIFY2(result.holds, ("in the solution, \"" + result.intent->name
                                + "\" does not hold: " + result.problem)
                                   .c_str());
    for (const Finding &finding : solvedAnalysis->findings())
        QVERIFY2(finding.severity != Severity::Error,
                 ("the solution has an error finding: " + finding.code + ": " + finding.message)
                     .c_str());
}

// The files are in the writer's canonical form, so saving one from the designer gives no
// diff (README.md).
void TestLessons::isCanonical()
{
    QFETCH(QString, start);
    QFETCH(QString, solution);
    for (const QString &path : {start, solution}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        Topology design;
        if (!load(path, design))
            return;
        QVERIFY2(DocumentWriter::toText(design) == text,
                 qPrintable(path + QStringLiteral(" is not in the writer's canonical form")));
    }
}

// Lesson 11, step by step: the spoke reaches AVS from the start, but not through the
// firewall; the private traffic policy puts the firewall in both directions; the internet
// takes three switches, and the designer warns while one is missing.
void TestLessons::avsBehindASecuredHub()
{
    Topology design;
    if (!load(lessonFolder + QStringLiteral("/11-avs-secured-hub.avsnet"), design))
        return;
    QCOMPARE(design.requiredFormatVersion(), 2);
    QCOMPARE(design.lesson->steps.size(), std::size_t(2));
    const auto analysis = analyze(design);
    for (const IntentResult &result : checkIntents(*analysis)) {
        // Reachable all along: what is missing is the inspection.
        QVERIFY2(!result.holds && result.trace && result.trace->reachable(),
                 result.intent->name.c_str());
        QVERIFY2(result.problem.find("fw-hub") != std::string::npos, result.problem.c_str());
    }
    auto *hub = design.node("hub-weu")->as<VirtualHub>();
    hub->routingIntent = RoutingIntent{};
    hub->routingIntent->privateTraffic = "fw-hub";
    std::string why;
    QVERIFY2(stepMet(design, 0, &why), why.c_str());
    QVERIFY(!stepMet(design, 1));
    hub->routingIntent->internetTraffic = "fw-hub";
    design.node("avs-weu")->as<AvsPrivateCloud>()->internet = AvsInternet::DefaultRoute;
    QVERIFY(!stepMet(design, 1));
    QCOMPARE(findingCount(design, "vwan-avs-no-default"), 1);
    for (Link &link : design.links) {
        if (link.id == "avs-weu-ergw")
            link.as<ErConnectionLink>()->propagateDefaultRoute = true;
    }
    QVERIFY2(stepMet(design, 1, &why), why.c_str());
    QCOMPARE(findingCount(design, "vwan-avs-no-default"), 0);
}

// Lesson 12, step by step: the shared circuit filters both ways (two findings); one switch
// gives half a path; both switches join the spokes through the circuit; the hub connection
// joins them through the hub.
void TestLessons::migratingAClassicHubOnOneCircuit()
{
    Topology design;
    if (!load(lessonFolder + QStringLiteral("/12-vwan-migration-one-circuit.avsnet"), design))
        return;
    QCOMPARE(design.lesson->steps.size(), std::size_t(3));
    std::string why;
    QVERIFY2(stepMet(design, 0, &why), why.c_str());
    QVERIFY(!stepMet(design, 1));
    QCOMPARE(findingCount(design, "vwan-coexist-filtered"), 2);
    design.node("ergw-classic")->as<ErGateway>()->allowVirtualWanTraffic = true;
    QVERIFY(!stepMet(design, 1));
    QCOMPARE(findingCount(design, "vwan-coexist-filtered"), 1);
    design.node("ergw-hub")->as<ErGateway>()->allowNonVirtualWanTraffic = true;
    QVERIFY2(stepMet(design, 1, &why), why.c_str());
    QVERIFY(!stepMet(design, 2));
    QCOMPARE(findingCount(design, "vwan-coexist-filtered"), 0);
    // A hub connection beside the peering that uses the classic gateways is refused.
    Link connection;
    connection.id = "spoke-app-hub";
    connection.from = "spoke-app";
    connection.to = "hub-weu";
    connection.data = HubConnectionLink{};
    design.links.push_back(connection);
    QCOMPARE(findingCount(design, "vwan-spoke-gateway"), 1);
    std::erase_if(design.links, [](const Link &link) { return link.id == "spoke-app-hub-classic"; });
    QCOMPARE(findingCount(design, "vwan-spoke-gateway"), 0);
    for (std::size_t step = 0; step < design.lesson->steps.size(); ++step)
        QVERIFY2(stepMet(design, step, &why), why.c_str());
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
