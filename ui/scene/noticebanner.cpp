// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace avsnet::ui {

namespace {

constexpr int margin = 10;
constexpr int shownMs = 12000;

} // namespace

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setAccessibleName(tr("Notice"));
    setAutoFillBackground(true);
    // The colours of a warning that reads in both themes: dark text on a pale amber.
    setStyleSheet(QStringLiteral(
        "#noticeBanner { background: #fff4ce; border: 1px solid #c19c00; border-radius: 4px; }"
        "#noticeBanner QLabel { color: #3b2f00; background: transparent; border: none; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton;
    close->setObjectName(QStringLiteral("noticeClose"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    if (parent)
        parent->installEventFilter(this);
    hide();
}

void NoticeBanner::showNotice(const QString &text)
{
    m_text->setText(text);
    place();
    show();
    raise();
    m_timer->start(shownMs);
}

QString NoticeBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void NoticeBanner::place()
{
    if (!parentWidget())
        return;
    const int width = std::min(parentWidget()->width() - 2 * margin, 720);
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry((parentWidget()->width() - width) / 2, margin, width, height);
}

bool NoticeBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace avsnet::ui
