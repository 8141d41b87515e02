// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QString>

class QUrl;

namespace avsnet::ui {

// Lesson step text names nodes and links of the design as `[[id]]`. These turn each one into
// a Markdown link `[display name](avsnet-node:id)` that the lesson dock follows to select it.
QString linkNodeReferences(const QString &markdown, const core::Topology &topology);

// The id a link made by linkNodeReferences points at; empty for any other URL.
QString nodeIdFromUrl(const QUrl &url);

} // namespace avsnet::ui
