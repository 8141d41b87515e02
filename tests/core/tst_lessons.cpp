// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/intentcheck.h"
#include "io/documentreader.h"
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

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
