// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatedheaderview.h"

#include <QPainter>
#include <QStyleOptionHeader>

#include <algorithm>

namespace avsnet::ui {

namespace {

constexpr int labelMargin = 6;

// Cut a long label after its last whole word that fits, never inside a word; a single word
// too long for the space is cut at its end.
QString elidedAtWord(const QFontMetrics &metrics, const QString &label, int width)
{
    if (metrics.horizontalAdvance(label) <= width)
        return label;
    const QString ellipsis = QStringLiteral("…");
    QString kept = label;
    while (true) {
        const qsizetype space = kept.lastIndexOf(QLatin1Char(' '));
        if (space <= 0)
            break;
        kept = kept.left(space);
        while (kept.endsWith(QLatin1Char(' ')) || kept.endsWith(QLatin1Char('/')))
            kept.chop(1);
        if (metrics.horizontalAdvance(kept + ellipsis) <= width)
            return kept + ellipsis;
    }
    return metrics.elidedText(label, Qt::ElideRight, width);
}

} // namespace

RotatedHeaderView::RotatedHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QSize RotatedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QString label =
        model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const QFontMetrics metrics(font());
    const int length = std::min(metrics.horizontalAdvance(label), m_maximumLabelWidth);
    return {metrics.height() + labelMargin, length + 2 * labelMargin};
}

void RotatedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    // Let the style draw the section without a label, then write the label on its side.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();

    const QString label = model()->headerData(logicalIndex, orientation()).toString();
    const QFontMetrics metrics(font());
    const int length = rect.height() - 2 * labelMargin;
    const QString elided = elidedAtWord(metrics, label, length);

    painter->save();
    painter->translate(rect.left() + (rect.width() + metrics.ascent() - metrics.descent()) / 2,
                       rect.bottom() - labelMargin);
    painter->rotate(-90);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(0, 0, elided);
    painter->restore();
}

} // namespace avsnet::ui
