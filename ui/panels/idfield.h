// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldbinder.h"

namespace avsnet::ui {

class PropertyPage;

// The Id row of a node or link page: editable, checked as typed (core::checkNewId: unique,
// [A-Za-z0-9_.-]+), and on Enter or focus loss a RenameItem that carries every reference
// along, as one undo step. Ids are what files and the command line use; the page's Name is
// what people read.
template<typename Item> void addIdField(PropertyPage *page, const FieldBinder<Item> &binder);

} // namespace avsnet::ui
