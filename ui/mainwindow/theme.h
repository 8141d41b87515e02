// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace avsnet::ui {

// Light and dark themes: Fusion with our own palettes (Qt 6.4 has no colour-scheme API).
void applyTheme(bool dark);

} // namespace avsnet::ui
