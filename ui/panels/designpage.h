// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "propertypage.h"

#include <optional>

class QLineEdit;

namespace avsnet::ui {

class Document;
class NotesEdit;

// Shown when nothing is selected: the design's name and description, edited through
// SetDesignInfo (successive edits merge into one step).
class DesignPage final : public PropertyPage
{
    Q_OBJECT

public:
    explicit DesignPage(Document *document, QWidget *parent = nullptr);

    ~DesignPage() override;

    bool refresh() override;
    void detach() override;

private:
    void commit();

    Document *m_document;
    QLineEdit *m_name;
    NotesEdit *m_description;
    std::optional<std::pair<QString, QString>> m_shown;
};

} // namespace avsnet::ui
