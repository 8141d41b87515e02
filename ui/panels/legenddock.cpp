// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "legenddock.h"

#include "scene/legendentries.h"
#include "scene/nodestyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>

#include <algorithm>
#include <functional>

namespace avsnet::ui {

// One sample of the canvas's look, painted on the canvas colour of the current theme so the
// colours read as they do on the canvas.
class LegendSample final : public QWidget
{
public:
    using Painter = std::function<void(QPainter &, const QRectF &, bool dark)>;

    explicit LegendSample(Painter paint)
        : m_paint(std::move(paint))
    {
        setFixedSize(60, 22);
    }

    void setDark(bool dark)
    {
        m_dark = dark;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const Palette &colours = canvasPalette(m_dark);
        painter.setPen(QPen(colours.grid, 1));
        painter.setBrush(colours.canvas);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        m_paint(painter, QRectF(rect()).adjusted(8, 2, -8, -2), m_dark);
    }

private:
    Painter m_paint;
    bool m_dark = false;
};

LegendDock::LegendDock(QWidget *parent)
    : QDockWidget(parent)
    , m_layout(new QGridLayout)
{
    setObjectName(QStringLiteral("legendDock"));
    setWindowTitle(tr("Legend"));

    m_layout->setContentsMargins(8, 6, 8, 8);
    m_layout->setHorizontalSpacing(8);
    m_layout->setVerticalSpacing(4);
    m_layout->setColumnStretch(1, 1);

    std::optional<LegendEntry::Group> group;
    for (const LegendEntry &entry : legendEntries()) {
        if (entry.group != group) {
            group = entry.group;
            addHeading(legendGroupTitle(entry.group));
        }
        if (entry.linkKind)
            m_linkKinds.append(*entry.linkKind);
        addEntry(new LegendSample(entry.paintSample), entry.label, entry.description);
    }
    m_layout->setRowStretch(m_rows, 1);

    auto *content = new QWidget;
    content->setLayout(m_layout);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("legendScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);
}

void LegendDock::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    for (LegendSample *sample : std::as_const(m_samples))
        sample->setDark(dark);
}

QStringList LegendDock::entryLabels() const
{
    QStringList labels;
    for (const QLabel *label : m_labels)
        labels.append(label->text());
    return labels;
}

void LegendDock::addHeading(const QString &text)
{
    auto *heading = new QLabel(text);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    if (m_rows > 0)
        heading->setContentsMargins(0, 6, 0, 0);
    m_layout->addWidget(heading, m_rows++, 0, 1, 2);
}

void LegendDock::addEntry(LegendSample *sample, const QString &text, const QString &toolTip)
{
    sample->setDark(m_dark);
    auto *label = new QLabel(text);
    if (!toolTip.isEmpty()) {
        sample->setToolTip(toolTip);
        label->setToolTip(toolTip);
    }
    m_layout->addWidget(sample, m_rows, 0);
    m_layout->addWidget(label, m_rows, 1);
    ++m_rows;
    m_samples.append(sample);
    m_labels.append(label);
}

} // namespace avsnet::ui
