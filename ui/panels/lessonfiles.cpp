// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfiles.h"

#include "io/documentreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace avsnet::ui {

namespace {

const QString solutionSuffix = QStringLiteral(".solution.avsnet");
const QString designSuffix = QStringLiteral(".avsnet");

// NAME.avsnet -> NAME.solution.avsnet; empty for anything else (a solution has none).
QString besideSolution(const QString &source)
{
    if (!source.endsWith(designSuffix) || source.endsWith(solutionSuffix))
        return {};
    return source.chopped(designSuffix.size()) + solutionSuffix;
}

const BuiltInLesson *builtInWithTitle(const std::string &title)
{
    const QString wanted = QString::fromStdString(title);
    for (const auto &lesson : builtInLessons()) {
        if (lesson.title == wanted)
            return &lesson;
    }
    return nullptr;
}

} // namespace

const std::vector<BuiltInLesson> &builtInLessons()
{
    // The resources never change while the program runs: read the titles once.
    static const std::vector<BuiltInLesson> lessons = [] {
        std::vector<BuiltInLesson> found;
        const QDir folder(QStringLiteral(":/lessons"));
        const QStringList names =
            folder.entryList({QStringLiteral("*.avsnet")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (name.endsWith(solutionSuffix))
                continue;
            const QString resource = folder.filePath(name);
            const auto design = readDesign(resource, nullptr);
            if (design && design->lesson)
                found.push_back({resource, QString::fromStdString(design->lesson->title)});
        }
        return found;
    }();
    return lessons;
}

std::optional<core::Topology> readDesign(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("avsnet::ui::LessonDock", "%1 cannot be read: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    auto result = core::DocumentReader::readText(
        std::string_view(text.constData(), std::size_t(text.size())), path.toStdString());
    if (const auto *failure = std::get_if<core::LoadError>(&result)) {
        if (error)
            *error = QString::fromStdString(failure->toString());
        return std::nullopt;
    }
    return std::get<core::Topology>(std::move(result));
}

QString lessonStartPath(const QString &source, const std::string &title)
{
    const QString solution = besideSolution(source);
    if (!solution.isEmpty() && QFile::exists(solution))
        return source;
    if (const auto *builtIn = builtInWithTitle(title))
        return builtIn->resource;
    return source;
}

QString lessonSolutionPath(const QString &source, const std::string &title)
{
    const QString solution = besideSolution(source);
    if (!solution.isEmpty() && QFile::exists(solution))
        return solution;
    if (const auto *builtIn = builtInWithTitle(title)) {
        const QString builtInSolution = besideSolution(builtIn->resource);
        if (QFile::exists(builtInSolution))
            return builtInSolution;
    }
    return {};
}

} // namespace avsnet::ui
