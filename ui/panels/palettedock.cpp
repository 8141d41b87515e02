// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettedock.h"

#include "scene/nodestyle.h"

#include <QDrag>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QListWidget>
#include <QMimeData>
#include <QPixmap>

#include <algorithm>

namespace avsnet::ui {

namespace {

constexpr int kindRole = Qt::UserRole + 1;
constexpr int iconSize = 24;
constexpr int dragIconSize = 48;

core::NodeKind itemKind(const QListWidgetItem *item)
{
    return core::NodeKind(item->data(kindRole).toInt());
}

// The list of kinds: it starts its own drag so a drop can only ever copy (the default drag of
// an item view removes the item after a move), and it turns Enter into a placement.
class KindList final : public QListWidget
{
public:
    explicit KindList(PaletteDock *dock)
        : m_dock(dock)
    {
    }

protected:
    QStringList mimeTypes() const override { return {PaletteDock::mimeType()}; }

    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        return items.isEmpty() ? nullptr : PaletteDock::createMimeData(itemKind(items.front()));
    }

    void startDrag(Qt::DropActions) override
    {
        const QListWidgetItem *item = currentItem();
        if (!item)
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(PaletteDock::createMimeData(itemKind(item)));
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap = item->icon().pixmap(QSize(dragIconSize, dragIconSize), ratio);
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(dragIconSize / 2, dragIconSize / 2));
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && currentItem()) {
            emit m_dock->placeRequested(itemKind(currentItem()));
            event->accept();
            return;
        }
        QListWidget::keyPressEvent(event);
    }

private:
    PaletteDock *m_dock;
};

} // namespace

PaletteDock::PaletteDock(QWidget *parent)
    : QDockWidget(parent)
    , m_list(new KindList(this))
{
    setObjectName(QStringLiteral("paletteDock"));
    setWindowTitle(tr("Palette"));

    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Node kinds"));
    // A list, icon beside label: all twelve kinds fit a narrow dock without scrolling (a grid
    // of two-line labels needed five rows and hid three kinds).
    m_list->setViewMode(QListView::ListMode);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setIconSize(QSize(iconSize, iconSize));
    m_list->setSpacing(1);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QFontMetrics metrics(m_list->font());
    // Twelve rows: a little tighter than before Virtual WAN's three kinds came, so the Legend
    // under the palette keeps its room.
    const QSize cell(100, std::max(iconSize, metrics.height()) + 4);
    for (const core::NodeKind kind : allNodeKinds) {
        auto *item = new QListWidgetItem(nodeIcon(kind), kindLabel(kind), m_list);
        item->setData(kindRole, int(kind));
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                             .arg(kindLabel(kind).toHtmlEscaped(),
                                  kindDescription(kind).toHtmlEscaped(),
                                  tr("Drag onto the canvas, or double-click to place.")));
        item->setStatusTip(kindDescription(kind));
        item->setSizeHint(cell);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    m_list->setCurrentRow(0);
    m_rowHeight = cell.height() + 2 * m_list->spacing();
    setCompact(false);
    setWidget(m_list);

    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit placeRequested(itemKind(item)); });
}

void PaletteDock::setCompact(bool compact)
{
    // The dock asks for this height when the window lays out.
    const int rows = compact ? std::min(m_list->count(), 8) : m_list->count();
    m_list->setMinimumHeight(rows * m_rowHeight + 2 * m_list->frameWidth() + 4);
}

QString PaletteDock::mimeType()
{
    return QStringLiteral("application/x-avsnet-node-kind");
}

QMimeData *PaletteDock::createMimeData(core::NodeKind kind)
{
    auto *data = new QMimeData;
    const std::string_view name = core::toString(kind);
    data->setData(mimeType(), QByteArray(name.data(), qsizetype(name.size())));
    return data;
}

std::optional<core::NodeKind> PaletteDock::kindFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    return core::nodeKindFromString(data->data(mimeType()).toStdString());
}

QList<core::NodeKind> PaletteDock::kinds() const
{
    QList<core::NodeKind> result;
    for (int row = 0; row < m_list->count(); ++row)
        result.append(itemKind(m_list->item(row)));
    return result;
}

} // namespace avsnet::ui
