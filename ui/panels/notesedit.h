// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldvalidation.h"

#include <QPlainTextEdit>

namespace avsnet::ui {

// Multi-line free text (notes, the design's description) that commits like a line edit:
// edited() when it loses focus after a change, never per keystroke. Tab moves on.
class NotesEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NotesEdit(QWidget *parent = nullptr);

    QString value() const { return toPlainText(); }
    // Replaces the text without emitting edited(), keeping the cursor where it was.
    void setValue(const QString &text);
    FieldCheck check() const { return FieldCheck::valid(); }

signals:
    void edited(const QString &part);
    void restructured();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace avsnet::ui
