// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"
#include "panels/legenddock.h"
#include "panels/palettedock.h"
#include "scene/nodestyle.h"

#include <QApplication>
#include <QScrollBar>
#include <QStandardPaths>
#include <QImage>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace avsnet;
using namespace avsnet::ui;

// core::toString(kind) returns a std::string_view, which QTest would find through ADL and
// cannot print: kinds are compared with QVERIFY, not QCOMPARE.
Q_DECLARE_METATYPE(avsnet::core::NodeKind)

namespace {

// Share of pixels that are not fully transparent.
double coverage(const QImage &image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return double(painted) / (image.width() * image.height());
}

QImage renderSvg(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return image;
}

// WCAG relative luminance contrast.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
               + 0.0722 * channel(colour.blueF());
    };
    const double first = luminance(a) + 0.05;
    const double second = luminance(b) + 0.05;
    return std::max(first, second) / std::min(first, second);
}

} // namespace

// The visual language (nodestyle.h), the palette that offers every node kind for dragging,
// and the legend that explains every line.
class TestPaletteDock : public QObject
{
    Q_OBJECT

private slots:
    void nodeIconsAreValidSvg_data();
    void nodeIconsAreValidSvg();
    void interfaceIconsAreValidSvg_data();
    void interfaceIconsAreValidSvg();
    void nodeIconIsCrispAtHighDpi();
    void labelsAreDistinct();
    void linkPensTellKindsApart();
    void palettesAreReadable();
    void paletteListsEveryKind();
    void paletteShowsEveryKindInTheWindow();
    void dragMimeDataNamesTheKind();
    void enterAndDoubleClickRequestPlacement();
    void legendListsEveryLinkKind();
    void legendFollowsTheTheme();
};

void TestPaletteDock::nodeIconsAreValidSvg_data()
{
    QTest::addColumn<core::NodeKind>("kind");
    for (const core::NodeKind kind : allNodeKinds)
        QTest::newRow(core::toString(kind).data()) << kind;
}

void TestPaletteDock::nodeIconsAreValidSvg()
{
    QFETCH(core::NodeKind, kind);
    const QString path = iconPath(kind);
    QCOMPARE(path, QStringLiteral(":/icons/%1.svg").arg(kindName(kind)));
    QSvgRenderer renderer(path);
    QVERIFY2(renderer.isValid(), qPrintable(path));
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 48, 48));
    for (const int size : {16, 64}) {
        const double painted = coverage(renderSvg(renderer, size));
        QVERIFY2(
            painted > 0.2,
            qPrintable(QStringLiteral("%1 at %2 px covers %3").arg(path).arg(size).arg(painted)));
    }
    const QIcon icon = nodeIcon(kind);
    QVERIFY(!icon.isNull());
    QVERIFY(coverage(icon.pixmap(16, 16).toImage()) > 0.2);
    QVERIFY(!kindLabel(kind).isEmpty());
    QVERIFY(kindDescription(kind).endsWith(QLatin1Char('.')));
    QVERIFY(accentColour(kind, false).isValid());
    QVERIFY(accentColour(kind, true).isValid());
}

void TestPaletteDock::interfaceIconsAreValidSvg_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("app") << QStringLiteral(":/icons/avsnet.svg");
    for (const core::Severity severity : allSeverities)
        QTest::newRow(core::toString(severity).data()) << findingIconPath(severity);
}

void TestPaletteDock::interfaceIconsAreValidSvg()
{
    QFETCH(QString, path);
    QSvgRenderer renderer(path);
    QVERIFY2(renderer.isValid(), qPrintable(path));
    QVERIFY(coverage(renderSvg(renderer, 16)) > 0.2);
    QVERIFY(coverage(renderSvg(renderer, 64)) > 0.2);
}

void TestPaletteDock::nodeIconIsCrispAtHighDpi()
{
    // A 16 px icon on a 2x screen is drawn from the vectors at 32 device pixels, not scaled up.
    const QPixmap pixmap = nodeIcon(core::NodeKind::Vnet).pixmap(QSize(16, 16), 2.0);
    QCOMPARE(pixmap.size(), QSize(32, 32));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    // Same object every time: the icons are cached.
    QCOMPARE(nodeIcon(core::NodeKind::Nva).cacheKey(), nodeIcon(core::NodeKind::Nva).cacheKey());
}

void TestPaletteDock::labelsAreDistinct()
{
    QStringList labels;
    for (const core::NodeKind kind : allNodeKinds)
        labels.append(kindLabel(kind));
    for (const core::LinkKind kind : allLinkKinds)
        labels.append(linkLabel(kind));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    QCOMPARE(kindLabel(core::NodeKind::OnPrem), QStringLiteral("On-premises site"));
    QCOMPARE(kindLabel(core::NodeKind::ErGateway), QStringLiteral("ExpressRoute gateway"));
    QCOMPARE(linkLabel(core::LinkKind::ErPeering), QStringLiteral("ExpressRoute peering"));
}

void TestPaletteDock::linkPensTellKindsApart()
{
    for (const bool dark : {false, true}) {
        const QPen expressRoute = linkPen(core::LinkKind::ErConnection, dark, false);
        const QPen globalReach = linkPen(core::LinkKind::GlobalReach, dark, false);
        const QPen peering = linkPen(core::LinkKind::VnetPeering, dark, false);
        const QPen vpn = linkPen(core::LinkKind::VpnConnection, dark, false);
        const QPen bgp = linkPen(core::LinkKind::BgpSession, dark, false);
        // Private peering: ExpressRoute's colour, drawn as a double line of thin strokes.
        const QPen privatePeering = linkPen(core::LinkKind::ErPeering, dark, false);
        QCOMPARE(privatePeering.color(), expressRoute.color());
        QVERIFY(privatePeering.widthF() < expressRoute.widthF());
        QCOMPARE(expressRoute.style(), Qt::SolidLine);
        QCOMPARE(peering.style(), Qt::SolidLine);
        QVERIFY(expressRoute.widthF() > peering.widthF());
        QCOMPARE(globalReach.widthF(), expressRoute.widthF());
        QVERIFY(peering.widthF() > bgp.widthF());
        // Dashed, dash-dot and dotted: three different patterns.
        QCOMPARE(globalReach.dashPattern().size(), 2);
        QCOMPARE(vpn.dashPattern().size(), 4);
        QCOMPARE(bgp.dashPattern().size(), 2);
        QVERIFY(bgp.dashPattern().front() < 0.1);
        QVERIFY(globalReach.dashPattern().front() > 1);

        // Hub connection: the hub's navy in long dashes, apart from Global Reach's short thick
        // dashes, the solid peering and the VPN's dash-dot.
        const QPen hub = linkPen(core::LinkKind::HubConnection, dark, false);
        QCOMPARE(hub.dashPattern().size(), 2);
        QVERIFY(hub.dashPattern().front() > 1.5 * globalReach.dashPattern().front());
        QVERIFY(hub.dashPattern().front() > 2 * hub.dashPattern().back());
        QVERIFY(hub.widthF() != globalReach.widthF());
        QVERIFY(hub.color() != peering.color());
        QVERIFY(hub.color() != vpn.color());

        // Disabled keeps the pattern and greys out.
        const QPen off = linkPen(core::LinkKind::VpnConnection, dark, true);
        QCOMPARE(off.dashPattern(), vpn.dashPattern());
        QVERIFY(off.color() != vpn.color());
        QVERIFY(off.color().hsvSaturationF() < 0.15);
    }
}

void TestPaletteDock::palettesAreReadable()
{
    for (const bool dark : {false, true}) {
        const Palette &colours = canvasPalette(dark);
        QVERIFY(contrast(colours.text, colours.canvas) > 7);
        QVERIFY(contrast(colours.mutedText, colours.canvas) > 4.5);
        QVERIFY(contrast(colours.forwardPath, colours.canvas) > 2.5);
        QVERIFY(contrast(colours.returnPath, colours.canvas) > 2.5);
        QVERIFY(contrast(colours.dropped, colours.canvas) > 3);
        // Blue against orange: far apart in hue, so the two directions never blur together.
        const int hueGap = std::abs(colours.forwardPath.hsvHue() - colours.returnPath.hsvHue());
        QVERIFY(std::min(hueGap, 360 - hueGap) > 120);
        for (const core::NodeKind kind : allNodeKinds)
            QVERIFY2(contrast(Qt::white, accentColour(kind, dark)) > 3,
                     qPrintable(kindLabel(kind)));
    }
    QVERIFY(canvasPalette(false).canvas != canvasPalette(true).canvas);
}

void TestPaletteDock::paletteListsEveryKind()
{
    PaletteDock dock;
    QCOMPARE(dock.objectName(), QStringLiteral("paletteDock"));
    QCOMPARE(dock.windowTitle(), QStringLiteral("Palette"));
    const QList<core::NodeKind> expected(allNodeKinds.begin(), allNodeKinds.end());
    QVERIFY(dock.kinds() == expected);
    QListWidget *list = dock.kindList();
    QCOMPARE(list->count(), int(allNodeKinds.size()));
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        QCOMPARE(item->text(), kindLabel(allNodeKinds[row]));
        QVERIFY(!item->icon().isNull());
        QVERIFY(item->toolTip().contains(kindDescription(allNodeKinds[row]).toHtmlEscaped()));
        QVERIFY(item->flags() & Qt::ItemIsDragEnabled);
    }
    // Gateways, Route Servers and NVAs say where they go, and so do Virtual WAN's kinds.
    const auto row = [&](core::NodeKind kind) {
        return int(std::find(allNodeKinds.begin(), allNodeKinds.end(), kind) - allNodeKinds.begin());
    };
    QVERIFY(list->item(row(core::NodeKind::ErGateway))->toolTip().contains(QStringLiteral("dropped onto a VNet")));
    QVERIFY(list->item(row(core::NodeKind::ErGateway))->toolTip().contains(QStringLiteral("virtual hub")));
    QVERIFY(list->item(row(core::NodeKind::HubFirewall))->toolTip().contains(QStringLiteral("dropped onto a virtual hub")));
    QVERIFY(list->item(row(core::NodeKind::VwanHub))->toolTip().contains(QStringLiteral("dropped onto a Virtual WAN")));
    for (const core::NodeKind kind : {core::NodeKind::Vwan, core::NodeKind::VwanHub, core::NodeKind::HubFirewall})
        QVERIFY(row(kind) < int(allNodeKinds.size()));
    QCOMPARE(kindLabel(core::NodeKind::VwanHub), QStringLiteral("Virtual hub"));
}

void TestPaletteDock::paletteShowsEveryKindInTheWindow()
{
    // In the window at 1600 x 1000, beside the legend, every kind shows without scrolling.
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    auto *dock = window.findChild<PaletteDock *>();
    QVERIFY(dock && dock->isVisible());
    QListWidget *list = dock->kindList();
    QCOMPARE(list->count(), int(allNodeKinds.size()));
    QCOMPARE(list->verticalScrollBar()->maximum(), 0);
    const QRect shown = list->viewport()->rect();
    for (int row = 0; row < list->count(); ++row) {
        const QRect cell = list->visualItemRect(list->item(row));
        QVERIFY2(shown.contains(cell), qPrintable(list->item(row)->text()));
    }
}

void TestPaletteDock::dragMimeDataNamesTheKind()
{
    QCOMPARE(PaletteDock::mimeType(), QStringLiteral("application/x-avsnet-node-kind"));
    PaletteDock dock;
    for (int row = 0; row < dock.kindList()->count(); ++row) {
        const core::NodeKind kind = dock.kinds().at(row);
        const std::unique_ptr<QMimeData> data(PaletteDock::createMimeData(kind));
        QVERIFY(data->hasFormat(PaletteDock::mimeType()));
        QCOMPARE(data->data(PaletteDock::mimeType()),
                 QByteArray(core::toString(kind).data(), qsizetype(core::toString(kind).size())));
        QVERIFY(PaletteDock::kindFromMimeData(data.get()) == kind);
    }
    const std::unique_ptr<QMimeData> gateway(
        PaletteDock::createMimeData(core::NodeKind::ErGateway));
    QCOMPARE(gateway->data(PaletteDock::mimeType()), QByteArray("er-gateway"));

    QMimeData foreign;
    foreign.setText(QStringLiteral("er-gateway"));
    QVERIFY(!PaletteDock::kindFromMimeData(&foreign));
    QMimeData unknown;
    unknown.setData(PaletteDock::mimeType(), "toaster");
    QVERIFY(!PaletteDock::kindFromMimeData(&unknown));
}

void TestPaletteDock::enterAndDoubleClickRequestPlacement()
{
    PaletteDock dock;
    dock.resize(320, 400);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy spy(&dock, &PaletteDock::placeRequested);
    QListWidget *list = dock.kindList();

    list->setCurrentRow(3);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).value<core::NodeKind>() == dock.kinds().at(3));

    const QRect cell = list->visualItemRect(list->item(7));
    QVERIFY(cell.isValid());
    // A real double-click: press and release, then the double-click event of the second press.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(spy.size(), 2);
    QVERIFY(spy.at(1).at(0).value<core::NodeKind>() == dock.kinds().at(7));
    // Nothing was moved or removed by the clicks.
    QCOMPARE(list->count(), int(allNodeKinds.size()));
}

void TestPaletteDock::legendListsEveryLinkKind()
{
    LegendDock legend;
    QCOMPARE(legend.objectName(), QStringLiteral("legendDock"));
    QCOMPARE(legend.windowTitle(), QStringLiteral("Legend"));
    const QList<core::LinkKind> expected(allLinkKinds.begin(), allLinkKinds.end());
    QVERIFY(legend.linkKinds() == expected);
    const QStringList labels = legend.entryLabels();
    for (const core::LinkKind kind : allLinkKinds)
        QVERIFY2(labels.contains(linkLabel(kind)), qPrintable(linkLabel(kind)));
    for (const core::Severity severity : allSeverities)
        QVERIFY(labels.contains(severityLabel(severity)));
    QVERIFY(labels.contains(QStringLiteral("Forward path")));
    QVERIFY(labels.contains(QStringLiteral("Return path")));
    QVERIFY(labels.contains(QStringLiteral("Dropped")));
}

void TestPaletteDock::legendFollowsTheTheme()
{
    LegendDock legend;
    legend.resize(260, 460);
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    QVERIFY(!legend.isDark());
    const QImage light = legend.grab().toImage();
    legend.setDark(true);
    QVERIFY(legend.isDark());
    const QImage dark = legend.grab().toImage();
    QVERIFY(light != dark);
    // The samples sit on the canvas colour of the theme.
    const QColor darkCanvas = canvasPalette(true).canvas;
    bool found = false;
    for (int y = 0; y < dark.height() && !found; y += 2) {
        for (int x = 0; x < dark.width() && !found; x += 2)
            found = dark.pixelColor(x, y) == darkCanvas;
    }
    QVERIFY(found);
    if (qEnvironmentVariableIsSet("AVSNET_SCREENSHOTS")) {
        light.save(QStringLiteral("legend-light.png"));
        dark.save(QStringLiteral("legend-dark.png"));
        PaletteDock palette;
        palette.resize(300, 330);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        palette.grab().save(QStringLiteral("palette.png"));
    }
}

QTEST_MAIN(TestPaletteDock)
#include "tst_palettedock.moc"
