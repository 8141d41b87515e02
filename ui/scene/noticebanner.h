// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace avsnet::ui {

// An inline message across the top of the canvas (KDE's KMessageWidget, a browser's info
// bar): why a gesture was refused, in a sentence that says what to do instead. It stays
// until closed, replaced or, after a while, timed out; it never takes the focus or blocks
// the canvas the way a modal message box would.
class NoticeBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void showNotice(const QString &text);
    QString text() const;

private:
    void place();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QLabel *m_icon;
    QLabel *m_text;
    QTimer *m_timer;
};

} // namespace avsnet::ui
