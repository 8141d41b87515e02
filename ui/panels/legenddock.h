// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QDockWidget>
#include <QList>

class QGridLayout;
class QLabel;

namespace avsnet::ui {

class LegendSample;

// Explains the canvas: each link kind's line, drawn with the same pen the canvas uses, the
// forward, return and dropped trace colours, and the finding badges. It draws samples of the
// visual language in nodestyle.h and knows nothing of any design; setDark follows the theme.
class LegendDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit LegendDock(QWidget *parent = nullptr);

    bool isDark() const { return m_dark; }
    void setDark(bool dark);

    // The link kinds listed, in order.
    QList<core::LinkKind> linkKinds() const { return m_linkKinds; }
    // Every entry's text as shown, in order (for tests and accessibility checks).
    QStringList entryLabels() const;

private:
    void addHeading(const QString &text);
    void addEntry(LegendSample *sample, const QString &text, const QString &toolTip = {});

    bool m_dark = false;
    int m_rows = 0;
    QList<core::LinkKind> m_linkKinds;
    QList<LegendSample *> m_samples;
    QList<QLabel *> m_labels;
    QGridLayout *m_layout;
};

} // namespace avsnet::ui
