// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace avsnet::core {

// Writes `bytes` to `fileName` atomically: a temporary file beside it, synced, then renamed
// over it, so a crash or a full disk leaves the old file or the new one, never half of one.
// Keeps the permissions of a file it replaces and follows a symbolic link to its target.
// Returns an empty string on success, else a message naming the file, the reason and a fix.
std::string writeFileAtomically(const std::string &fileName, std::string_view bytes);

} // namespace avsnet::core
