// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "propertypage.h"

#include <QStringList>

class QCheckBox;

namespace avsnet::ui {

class Document;

// Shown for several selected items: how many, and when they are all nodes or all links a
// shared "Disabled" switch (partly checked when they differ) that changes them all in one
// undo macro.
class MultiSelectionPage final : public PropertyPage
{
    Q_OBJECT

public:
    MultiSelectionPage(Document *document, const QStringList &ids, QWidget *parent = nullptr);

    ~MultiSelectionPage() override;

    bool refresh() override;
    void detach() override;

private:
    void setDisabled(bool disabled);

    Document *m_document;
    QStringList m_ids;
    bool m_nodes = false;
    QCheckBox *m_disabled = nullptr;
};

} // namespace avsnet::ui
