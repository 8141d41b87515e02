// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldvalidation.h"

#include <QLineEdit>

namespace avsnet::ui {

// A list of IPv4 prefixes typed on one line, separated by commas or spaces. It only parses
// and checks; the binder decides when the list reaches the model (on editingFinished, and
// never while an entry is not CIDR).
class PrefixListEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit PrefixListEdit(QWidget *parent = nullptr);

    // nullopt while an entry is not CIDR.
    std::optional<std::vector<core::Ipv4Prefix>> prefixes() const
    {
        return parsePrefixList(text());
    }
    void setPrefixes(const std::vector<core::Ipv4Prefix> &prefixes);
    FieldCheck check() const { return checkPrefixList(text()); }
};

} // namespace avsnet::ui
