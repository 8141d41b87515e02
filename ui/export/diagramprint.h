// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramoptions.h"
#include "model/topology.h"

#include <QString>

class QWidget;

namespace avsnet::ui {

// Asks for a printer (the system's print dialog) and prints the design on one page, as the
// PDF export lays it out. Returns an empty string when printed or cancelled, else the reason.
QString printDiagram(QWidget *parent, const core::Topology &topology, const DiagramOptions &options);

} // namespace avsnet::ui
