// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldbinder.h"

#include "model/topology.h"

#include <variant>

namespace avsnet::ui {

class PropertyPage;

// The kind-specific fields of a link (format.md, "Link kinds"); bgp-session has none.
using LinkBinder = FieldBinder<core::Link>;

void addLinkKindFields(PropertyPage *page, const LinkBinder &binder, core::LinkKind kind);

template<typename Data> const Data &linkData(const core::Link &link)
{
    return std::get<Data>(link.data);
}

template<typename Data> Data &linkData(core::Link &link)
{
    return std::get<Data>(link.data);
}

} // namespace avsnet::ui
