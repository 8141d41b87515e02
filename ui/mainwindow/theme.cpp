// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace avsnet::ui {

void applyTheme(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette;
    if (dark) {
        const QColor window(0x2b, 0x2d, 0x31);
        const QColor base(0x1f, 0x21, 0x24);
        const QColor text(0xe6, 0xe6, 0xe6);
        const QColor disabledText(0x80, 0x80, 0x80);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, disabledText);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
        palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xbf));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
        palette.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
        palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
        palette.setColor(QPalette::Shadow, Qt::black);
        for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, disabledText);
    } else {
        palette = QApplication::style()->standardPalette();
        palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd0));
        palette.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xd0));
    }
    QApplication::setPalette(palette);
}

} // namespace avsnet::ui
