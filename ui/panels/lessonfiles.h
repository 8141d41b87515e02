// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace avsnet::ui {

// A lesson that ships in the designer's resources (resources/lessons, README.md there).
struct BuiltInLesson
{
    QString resource; // ":/lessons/NAME.avsnet", the start design
    QString title;    // the lesson's own title
};

// Every built-in lesson, in file-name order (the two-digit number gives the order).
const std::vector<BuiltInLesson> &builtInLessons();

// Reads a design from a file or a Qt resource; on failure returns nothing and says why.
std::optional<core::Topology> readDesign(const QString &path, QString *error);

// Where Reset reloads a lesson from: `source` when it is a lesson start (a solution lies
// beside it), else the built-in lesson of the same title (a learner's saved copy, a
// recovered design), else `source`.
QString lessonStartPath(const QString &source, const std::string &title);

// The worked solution: NAME.solution.avsnet beside `source`, else the built-in lesson's of
// the same title; empty when there is none.
QString lessonSolutionPath(const QString &source, const std::string &title);

} // namespace avsnet::ui
