// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace avsnet::ui {

// "1 error", "2 errors": English plurals without a translation catalogue (tr("%n error(s)")
// shows "1 error(s)" when no translation is loaded).
inline QString counted(long long count, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

} // namespace avsnet::ui
