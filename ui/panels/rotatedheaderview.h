// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace avsnet::ui {

// A horizontal header that writes its labels bottom to top, so a square matrix keeps narrow
// columns however long the endpoint names are. Long labels are elided; the model's tooltip
// gives the full name.
class RotatedHeaderView final : public QHeaderView
{
    Q_OBJECT

public:
    explicit RotatedHeaderView(QWidget *parent = nullptr);

    // The longest label drawn before eliding, in pixels.
    void setMaximumLabelWidth(int width) { m_maximumLabelWidth = width; }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int m_maximumLabelWidth = 220;
};

} // namespace avsnet::ui
