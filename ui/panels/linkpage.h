// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkeditors.h"
#include "propertypage.h"

#include <string>

namespace avsnet::ui {

// The fields of one link: kind, id and ends (read-only: a link is redrawn, not re-attached),
// disabled, notes, and those of its kind. Edits go through ChangeLink commands.
class LinkPage final : public PropertyPage
{
    Q_OBJECT

public:
    LinkPage(Document *document, const std::string &id, QWidget *parent = nullptr);

    ~LinkPage() override;

    bool refresh() override;
    void detach() override;
    const std::string &linkId() const { return m_id; }

private:
    std::string m_id;
    LinkBinder m_binder;
};

} // namespace avsnet::ui
