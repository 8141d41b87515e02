// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

#include <vector>

namespace avsnet::ui {

// `avsnet export` and `avsnet report` (cli.md): they draw with the canvas's scene, so they
// live beside the Qt exporters and the `avsnet` program registers them with the core's
// command line. They run headless: without a QApplication they start one on Qt's offscreen
// platform, whatever the environment says, so they work with no display at all.
std::vector<core::ExternalCommand> exportCommands();

} // namespace avsnet::ui
