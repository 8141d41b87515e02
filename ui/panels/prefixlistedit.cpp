// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefixlistedit.h"

#include <QSignalBlocker>

namespace avsnet::ui {

PrefixListEdit::PrefixListEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("10.1.0.0/16, 10.2.0.0/16"));
    setToolTip(tr("IPv4 prefixes in CIDR notation, separated by commas"));
    setClearButtonEnabled(true);
}

void PrefixListEdit::setPrefixes(const std::vector<core::Ipv4Prefix> &prefixes)
{
    const QString text = formatPrefixList(prefixes);
    if (text == this->text())
        return;
    const QSignalBlocker blocker(this);
    setText(text);
}

} // namespace avsnet::ui
