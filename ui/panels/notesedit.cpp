// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesedit.h"

#include <QFontMetrics>
#include <QTextCursor>

#include <algorithm>

namespace avsnet::ui {

NotesEdit::NotesEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * frameWidth() + 8);
}

void NotesEdit::setValue(const QString &text)
{
    if (toPlainText() != text) {
        const int position = textCursor().position();
        const QSignalBlocker blocker(this);
        setPlainText(text);
        QTextCursor cursor = textCursor();
        cursor.setPosition(std::min(position, int(text.size())));
        setTextCursor(cursor);
    }
    document()->setModified(false);
}

void NotesEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (document()->isModified()) {
        document()->setModified(false);
        emit edited(QString());
    }
}

} // namespace avsnet::ui
