// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace avsnet::ui {

// QUndoCommand::id() values of the commands that merge; one place, so ids never clash.
enum MergeId : int {
    MergeChangeNode = 1,  // typing in one field of one node
    MergeChangeLink,
    MergeDesignInfo,
};

} // namespace avsnet::ui
