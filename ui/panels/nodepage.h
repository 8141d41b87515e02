// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeeditors.h"
#include "propertypage.h"

#include <string>

namespace avsnet::ui {

// The fields of one node: name, id (a rename carries every reference), disabled, notes, and those of its kind. It
// addresses the node by id and edits it only through ChangeNode commands.
class NodePage final : public PropertyPage
{
    Q_OBJECT

public:
    NodePage(Document *document, const std::string &id, QWidget *parent = nullptr);

    ~NodePage() override;

    bool refresh() override;
    void detach() override;
    const std::string &nodeId() const { return m_id; }

private:
    std::string m_id;
    NodeBinder m_binder;
};

} // namespace avsnet::ui
