// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "commands/designcommands.h"
#include "document/autosaver.h"
#include "document/document.h"
#include "document/selection.h"
#include "io/documentreader.h"
#include "mainwindow/mainwindow.h"
#include "model/linkrules.h"
#include "panels/palettedock.h"
#include "panels/propertydock.h"
#include "panels/propertypage.h"
#include "panels/routesdock.h"
#include "panels/routesmodel.h"
#include "routing/routecontext.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/linkitem.h"
#include "scene/nodeitem.h"
#include "scene/noticebanner.h"
#include "scene/traceoverlay.h"
#include "testdesigns.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>

using namespace avsnet;
using namespace avsnet::ui;

// The canvas and the window as a user meets them: dropping from the palette, drawing links,
// the live trace following a what-if, autosave and recovery, and a rendered screenshot.
namespace {
std::optional<core::Topology> g_contoso;

QRectF sceneBox(const NodeItem *item)
{
    return item->mapRectToScene(item->bodyRect());
}

// Drops a kind as the palette's own drag does, through the view; returns what is selected
// then (the new node), or empty when the drop was refused.
QString dropKind(MainWindow &window, core::NodeKind kind, const QPointF &scenePos)
{
    auto *palette = window.findChild<PaletteDock *>();
    QListWidget *list = palette->kindList();
    const int row = int(palette->kinds().indexOf(kind));
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->model()->index(row, 0)}));
    QWidget *viewport = window.view()->viewport();
    const QPoint at = window.view()->mapFromScene(scenePos);
    window.selection()->setIds({});
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent dropped(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropped);
    QApplication::processEvents();
    window.analysisRunner()->waitForIdle();
    QApplication::processEvents();
    return window.selection()->current();
}

void settle(MainWindow &window)
{
    QApplication::processEvents();
    window.analysisRunner()->waitForIdle();
    QApplication::processEvents();
}

// The rows of the Routes dock as "prefix|next hop type|next hop".
QStringList routeRows(MainWindow &window)
{
    QStringList rows;
    for (const auto &route : window.findChild<RoutesDock *>()->routesModel()->routes())
        rows << QString::fromStdString(route.prefix + "|" + route.nextHopType + "|" + route.nextHop);
    return rows;
}
} // namespace

class TestDesignScene : public QObject
{
    Q_OBJECT

private:
    // Loaded by initTestCase, which fails cleanly when it cannot; no test runs without it.
    static core::Topology sample() { return *g_contoso; }

private slots:
    void initTestCase()
    {
        const QString loaded = testing::loadDesign(testing::samplePath(), g_contoso);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName("avsnet-test");
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void sceneHasAnItemPerNodeAndLink()
    {
        Document document;
        Selection selection;
        document.reset(sample(), {});
        DesignScene scene(&document, &selection, nullptr);
        for (const auto &node : document.topology().nodes)
            QVERIFY2(scene.nodeItem(QString::fromStdString(node.id)), node.id.c_str());
        for (const auto &link : document.topology().links)
            QVERIFY2(scene.linkItem(QString::fromStdString(link.id)), link.id.c_str());
        // Undo of a delete brings the items back.
        document.undoStack()->push(new RemoveItems(&document, {"hub"}, {}));
        QVERIFY(!scene.nodeItem("hub"));
        QVERIFY(!scene.nodeItem("ergw"));
        document.undoStack()->undo();
        QVERIFY(scene.nodeItem("hub"));
        QVERIFY(scene.linkItem("er-ams-ergw"));
    }

    void dropFromPaletteCreatesANode()
    {
        Document document;
        Selection selection;
        document.reset(sample(), {});
        DesignScene scene(&document, &selection, nullptr);
        DesignView view(&scene);
        view.resize(800, 600);
        view.show();
        const std::size_t before = document.topology().nodes.size();

        QMimeData mime;
        mime.setData("application/x-avsnet-node-kind", "onprem");
        const QPoint target = view.mapFromScene(QPointF(-600, -400));
        QDragEnterEvent enter(target, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &enter);
        QDropEvent drop(target, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &drop);
        QCOMPARE(document.topology().nodes.size(), before + 1);
        QVERIFY(document.topology().nodes.back().kind() == core::NodeKind::OnPrem);
        QVERIFY(scene.nodeItem(QString::fromStdString(document.topology().nodes.back().id)));

        // A gateway dropped outside any VNet is refused with a message.
        const std::size_t count = document.topology().nodes.size();
        QVERIFY(scene.placeNode(core::NodeKind::ErGateway, QPointF(-3000, -3000)).isEmpty());
        QCOMPARE(document.topology().nodes.size(), count);

        // Onto a VNet it lands inside it, with the GatewaySubnet it needs, as one undo step.
        core::Topology bare;
        bare.nodes.push_back(sample().nodes[std::size_t(sample().nodeIndex("spoke1"))]);
        document.reset(bare, {});
        const QPointF inside = scene.nodeItem("spoke1")->sceneBoundingRect().center();
        const QString id = scene.placeNode(core::NodeKind::VpnGateway, inside);
        QVERIFY(!id.isEmpty());
        QCOMPARE(document.topology().node(id.toStdString())->parentVnet(), std::string("spoke1"));
        QVERIFY(document.topology().node("spoke1")->as<core::VirtualNetwork>()->subnet("GatewaySubnet"));
        document.undoStack()->undo();
        QVERIFY(!document.topology().node("spoke1")->as<core::VirtualNetwork>()->subnet("GatewaySubnet"));
    }

    void aDesignOpensReadableOnASmallCanvas()
    {
        Document document;
        Selection selection;
        document.reset(sample(), {});
        DesignScene scene(&document, &selection, nullptr);
        DesignView view(&scene);
        // The canvas a 1280x800 screen leaves between the docks.
        view.resize(540, 400);
        view.show();
        view.fitToWindow();
        const qreal fitted = view.zoom();
        view.showDesign();
        QVERIFY2(view.zoom() >= 0.6, qPrintable(QString::number(view.zoom())));
        // The sample does not fit at that zoom, so opening it is a choice: its middle shown.
        QVERIFY2(fitted < 0.6, qPrintable(QString::number(fitted)));
        const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(scene.designRect().center()));
        // A canvas large enough fits the whole design as before.
        view.resize(1600, 1000);
        view.showDesign();
        QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(scene.designRect()));
        // The window settles its size after opening (docks laid out): the refit keeps the
        // design readable; it once dropped the opened sample to 58%.
        view.resize(540, 400);
        QCoreApplication::processEvents();
        QVERIFY2(view.zoom() >= 0.6, qPrintable(QString::number(view.zoom())));
        // Fit to Window chosen by the user fits whatever the size.
        view.resize(1600, 1000);
        view.fitToWindow();
        view.resize(540, 400);
        QCoreApplication::processEvents();
        QVERIFY2(view.zoom() < 0.6, qPrintable(QString::number(view.zoom())));
    }

    void onlyFittingLinkKindsAreOffered()
    {
        QVERIFY(core::fittingLinkKinds(core::NodeKind::OnPrem, core::NodeKind::ErCircuit)
                == std::vector<core::LinkKind>{core::LinkKind::ErPeering});
        QVERIFY(core::fittingLinkKinds(core::NodeKind::OnPrem, core::NodeKind::Vnet).empty());
        const auto circuitToAvs = core::fittingLinkKinds(core::NodeKind::ErCircuit, core::NodeKind::Avs);
        QVERIFY(circuitToAvs == std::vector<core::LinkKind>{core::LinkKind::GlobalReach});

        Document document;
        Selection selection;
        document.reset(sample(), {});
        DesignScene scene(&document, &selection, nullptr);
        scene.addLink(core::LinkKind::VnetPeering, "spoke1", "spoke2");
        QVERIFY(document.topology().link("spoke1-spoke2"));
        QVERIFY(scene.linkItem("spoke1-spoke2"));
    }

    void traceFollowsAWhatIf()
    {
        Document document;
        Selection selection;
        document.reset(sample(), {});
        AnalysisRunner runner(&document);
        TraceController trace(&runner);
        runner.analyzeNow();
        trace.setEndpoints("contoso-dc", "avs-weu/web");
        QVERIFY(trace.result());
        QVERIFY(trace.result()->reachable());

        const core::Link before = *document.topology().link("gr-ams-avs");
        core::Link after = before;
        after.disabled = true;
        document.undoStack()->push(new ChangeLink(&document, before, after, "Disable Global Reach"));
        runner.waitForIdle();
        QVERIFY(trace.result());
        QVERIFY(!trace.result()->reachable());
        QVERIFY(trace.result()->forward.dropped.has_value());

        document.undoStack()->undo();
        runner.waitForIdle();
        QVERIFY(trace.result()->reachable());
    }

    void linkDownByALimitIsDrawnDown()
    {
        // Revision 2: 1,001 routes towards the circuit disconnect the gateway's connection;
        // the canvas marks that link down and says why on hover, and forgets it once fixed.
        std::optional<core::Topology> limited;
        const QString loaded = testing::loadDesign(
            QStringLiteral(AVSNET_TEST_DATA "/routing/96-r2-connection-down-1001-routes/design.avsnet"),
            limited);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        Document document;
        Selection selection;
        document.reset(*limited, {});
        AnalysisRunner runner(&document);
        DesignScene scene(&document, &selection, nullptr);
        connect(&runner, &AnalysisRunner::analysisReady, &scene, &DesignScene::setAnalysis);
        runner.analyzeNow();
        LinkItem *connection = scene.linkItem("er-dc-ergw");
        QVERIFY(connection);
        QVERIFY2(connection->downReason().contains("above the limit of 1000"),
                 qPrintable(connection->downReason()));
        QVERIFY(connection->toolTip().contains("Down:"));
        QVERIFY(scene.linkItem("dc-er-dc")->downReason().isEmpty());

        // Removing the spoke's peering brings the gateway under the limit.
        document.undoStack()->push(new RemoveItems(&document, {}, {"spoke-hub"}));
        runner.waitForIdle();
        QVERIFY(connection->downReason().isEmpty());
        QVERIFY(!connection->toolTip().contains("Down:"));
    }

    void autosaveAndRecovery()
    {
        Document document;
        document.reset(sample(), {});
        Autosaver autosaver(&document);
        document.undoStack()->push(new SetDesignInfo(&document, "unsaved work", ""));
        autosaver.autosave();
        QVERIFY(QFile::exists(autosaver.file()));
        // Our own live autosave is not offered for recovery...
        QVERIFY(Autosaver::recoverable().isEmpty());
        // ...but one whose process is gone is.
        const QString orphan = QDir(Autosaver::folder()).filePath("session-999999.avsnet");
        QFile::copy(autosaver.file(), orphan);
        QFile meta(orphan + ".meta.json");
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(R"({"pid": 999999, "original": "", "savedAt": "2026-11-21T10:00:00"})");
        meta.close();
        const auto entries = Autosaver::recoverable();
        QCOMPARE(entries.size(), 1);
        std::optional<core::Topology> recovered;
        const QString loaded = testing::loadDesign(entries.front().autosaveFile, recovered);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QCOMPARE(recovered->name, std::string("unsaved work"));
        Autosaver::discard(entries.front());
        QVERIFY(Autosaver::recoverable().isEmpty());
        // Saving removes the autosave.
        document.undoStack()->setClean();
        QVERIFY(!QFile::exists(autosaver.file()));
    }

    void dropsBuildASecuredHub()
    {
        // Through the widgets a user touches: palette drops into containers, a Shift+drag
        // from a spoke to its hub, routing intent chosen on the hub's page, the Routes dock,
        // and undo and redo of all of it.
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QAction *action : window.menuBar()->actions().front()->menu()->actions()) {
            if (action->text() == QLatin1String("&New"))
                action->trigger();
        }
        QVERIFY(window.document()->topology().nodes.empty());
        window.view()->resetZoom();
        window.view()->centerOn(QPointF(450, 300));
        settle(window);
        const auto &topology = [&]() -> const core::Topology & { return window.document()->topology(); };

        // A hub needs its Virtual WAN, a firewall its hub: both refused on the bare canvas.
        QVERIFY(dropKind(window, core::NodeKind::VwanHub, {300, 300}).isEmpty());
        QVERIFY2(window.notice()->text().contains("Virtual WAN"), qPrintable(window.notice()->text()));
        QVERIFY(dropKind(window, core::NodeKind::HubFirewall, {300, 300}).isEmpty());
        QVERIFY(window.notice()->text().contains("virtual hub"));
        QVERIFY(topology().nodes.empty());

        const QString wan = dropKind(window, core::NodeKind::Vwan, {300, 200});
        QVERIFY(!wan.isEmpty());
        NodeItem *wanItem = window.scene()->nodeItem(wan);
        QVERIFY(wanItem->isContainer());
        QVERIFY(QLineF(sceneBox(wanItem).center(), QPointF(300, 200)).length() <= 30);
        const QString hub = dropKind(window, core::NodeKind::VwanHub, sceneBox(wanItem).center());
        QVERIFY(!hub.isEmpty());
        NodeItem *hubItem = window.scene()->nodeItem(hub);
        QCOMPARE(QString::fromStdString(topology().node(hub.toStdString())->as<core::VirtualHub>()->vwan), wan);
        QVERIFY(hubItem->isContainer());
        QVERIFY(hubItem->zValue() > wanItem->zValue());
        QVERIFY(sceneBox(wanItem).contains(sceneBox(hubItem)));

        // Into the hub: the firewall and an ExpressRoute gateway become the hub's, with no
        // GatewaySubnet anywhere and one undo step each.
        const int stepsBefore = window.document()->undoStack()->count();
        const QString firewall = dropKind(window, core::NodeKind::HubFirewall, sceneBox(hubItem).center());
        QVERIFY(!firewall.isEmpty());
        QCOMPARE(topology().node(firewall.toStdString())->parentHub(), hub.toStdString());
        const QString gateway = dropKind(window, core::NodeKind::ErGateway,
                                         sceneBox(hubItem).center() - QPointF(140, 0));
        QVERIFY(!gateway.isEmpty());
        const auto *hubGateway = topology().node(gateway.toStdString())->as<core::ErGateway>();
        QCOMPARE(hubGateway->hub, hub.toStdString());
        QVERIFY(hubGateway->vnet.empty());
        QCOMPARE(window.document()->undoStack()->count(), stepsBefore + 2);
        // The hub holds both, the Virtual WAN holds the hub.
        for (const QString &child : {firewall, gateway})
            QVERIFY(sceneBox(hubItem).contains(window.scene()->nodeItem(child)->sceneBoundingRect()));
        QVERIFY(sceneBox(wanItem).contains(sceneBox(hubItem)));

        // A spoke, then a Shift+drag from it to the hub (inside the hub, off its children).
        const QString spoke = dropKind(window, core::NodeKind::Vnet, sceneBox(wanItem).topRight() + QPointF(260, 60));
        QVERIFY(!spoke.isEmpty());
        DesignView *view = window.view();
        const QPoint start = view->mapFromScene(window.scene()->nodeItem(spoke)->anchor());
        const QPoint end = view->mapFromScene(sceneBox(hubItem).topLeft() + QPointF(20, 45));
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, start);
        QTest::mouseMove(view->viewport(), (start + end) / 2);
        QTest::mouseMove(view->viewport(), end);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, end);
        settle(window);
        QCOMPARE(topology().links.size(), std::size_t(1));
        const core::Link connection = topology().links.front();
        QVERIFY(connection.kind() == core::LinkKind::HubConnection);
        QCOMPARE(QString::fromStdString(connection.from), spoke);
        QCOMPARE(QString::fromStdString(connection.to), hub);
        QVERIFY(window.scene()->linkItem(QString::fromStdString(connection.id)));

        // Routing intent on the hub's page: private traffic through the firewall.
        window.selection()->setIds({hub});
        settle(window);
        PropertyPage *page = window.findChild<PropertyDock *>()->page();
        auto *privateTraffic = page->findChild<QComboBox *>("routingIntent.privateTraffic");
        QVERIFY(privateTraffic);
        QVERIFY(!hubItem->isSecured());
        const int choice = privateTraffic->findData(firewall);
        QVERIFY(choice > 0);
        privateTraffic->setCurrentIndex(choice);
        settle(window);
        QCOMPARE(topology().node(hub.toStdString())->as<core::VirtualHub>()->routingIntent->privateTraffic,
                 firewall.toStdString());
        QVERIFY(hubItem->isSecured());
        QVERIFY2(window.document()->undoStack()->undoText().contains("Private traffic"),
                 qPrintable(window.document()->undoStack()->undoText()));

        // The Routes dock shows the hub's table as Azure does: only the aggregates, towards
        // the firewall; the spoke's range is in the firewall's table.
        auto *routes = window.findChild<RoutesDock *>();
        QCOMPARE(routes->context(), hub);
        const QString fwName = window.scene()->nodeItem(firewall)->displayName();
        QStringList rows = routeRows(window);
        QVERIFY2(rows.contains("10.0.0.0/8|Azure Firewall|" + fwName), qPrintable(rows.join(" ; ")));
        QVERIFY(rows.contains("192.168.0.0/16|Azure Firewall|" + fwName));
        QVERIFY(rows.filter("Virtual Network Connection").isEmpty());
        const QString spokeRange = QString::fromStdString(
            topology().node(spoke.toStdString())->as<core::VirtualNetwork>()->addressSpace.front().toString());
        window.selection()->setIds({firewall});
        settle(window);
        QCOMPARE(routes->context(), firewall);
        rows = routeRows(window);
        QVERIFY2(rows.filter(spokeRange + "|Virtual Network Connection").size() == 1, qPrintable(rows.join(" ; ")));

        // Undo: no intent, the hub programs the spoke's range itself; redo puts it back.
        const std::string secured = window.document()->toText();
        window.document()->undoStack()->undo();
        settle(window);
        QVERIFY(!topology().node(hub.toStdString())->as<core::VirtualHub>()->routingIntent);
        QVERIFY(!hubItem->isSecured());
        window.selection()->setIds({hub});
        settle(window);
        rows = routeRows(window);
        QVERIFY2(rows.filter(spokeRange + "|Virtual Network Connection").size() == 1, qPrintable(rows.join(" ; ")));
        QVERIFY(rows.filter("Azure Firewall").isEmpty());
        window.document()->undoStack()->redo();
        settle(window);
        QCOMPARE(window.document()->toText(), secured);
        QVERIFY(hubItem->isSecured());

        // Everything undoes to the empty canvas and redoes to the same file.
        while (window.document()->undoStack()->canUndo())
            window.document()->undoStack()->undo();
        QVERIFY(topology().nodes.empty() && topology().links.empty());
        while (window.document()->undoStack()->canRedo())
            window.document()->undoStack()->redo();
        settle(window);
        QCOMPARE(window.document()->toText(), secured);
        QVERIFY(window.scene()->nodeItem(firewall));
        QVERIFY(window.scene()->nodeItem(hub)->isSecured());
        window.document()->undoStack()->setClean(); // close without the unsaved-changes question
    }

    void containersMoveAndDeleteWithTheirContents()
    {
        LOAD_DESIGN_FILE(design, testing::designPath("vwan-secured-hub"));
        Document document;
        Selection selection;
        document.reset(*design, {});
        DesignScene scene(&document, &selection, nullptr);
        NodeItem *wan = scene.nodeItem("vwan1");
        NodeItem *hub = scene.nodeItem("hub1");
        // Layers: the Virtual WAN under its hub, the hub under its gateways and firewall.
        QVERIFY(wan->zValue() < hub->zValue());
        QVERIFY(hub->zValue() < scene.nodeItem("fw1")->zValue());
        for (const char *child : {"ergw1", "vpngw1", "fw1"})
            QVERIFY2(sceneBox(hub).contains(scene.nodeItem(child)->sceneBoundingRect()), child);
        QVERIFY(sceneBox(wan).contains(sceneBox(hub)));
        // The hub reads as a secured hub: private intent through its own firewall.
        QVERIFY(hub->isSecured());
        QVERIFY2(hub->detailLines().join('\n').contains("private → Hub firewall"),
                 qPrintable(hub->detailLines().join(" | ")));
        QVERIFY(hub->detailLines().join('\n').contains("Virtual hub"));
        QVERIFY(scene.linkItem("spoke1-hub1"));
        // Drawn from the hub, a hub connection still runs VNet to hub, as format.md reads it.
        document.undoStack()->push(new RemoveItems(&document, {}, {"spoke2-hub1"}));
        QVERIFY(scene.addLink(core::LinkKind::HubConnection, "hub1", "spoke2"));
        const core::Link drawn = document.topology().links.back();
        QVERIFY(drawn.kind() == core::LinkKind::HubConnection);
        QCOMPARE(drawn.from, std::string("spoke2"));
        QCOMPARE(drawn.to, std::string("hub1"));
        QVERIFY(drawn.as<core::HubConnectionLink>()->propagateDefaultRoute);
        document.undoStack()->undo();
        document.undoStack()->undo();

        // Dragging the Virtual WAN by its title bar carries the hub and the hub's contents.
        DesignView view(&scene);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.resetZoom();
        view.centerOn(sceneBox(wan).center());
        QApplication::processEvents();
        const QPointF firewallBefore = scene.nodeItem("fw1")->pos();
        const QPointF hubBefore = hub->pos();
        const QPoint grab = view.mapFromScene(sceneBox(wan).topLeft() + QPointF(120, 12));
        const QPoint drop = grab + QPoint(100, 60);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, grab);
        QMouseEvent move(QEvent::MouseMove, drop, view.viewport()->mapToGlobal(drop), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, drop);
        QApplication::processEvents();
        const QPointF moved = scene.nodeItem("fw1")->pos() - firewallBefore;
        QVERIFY2(moved.manhattanLength() > 50, qPrintable(QString("%1,%2").arg(moved.x()).arg(moved.y())));
        QCOMPARE(hub->pos() - hubBefore, moved);
        QCOMPARE(QPointF(document.topology().node("fw1")->position->x,
                         document.topology().node("fw1")->position->y), scene.nodeItem("fw1")->pos());
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(scene.nodeItem("fw1")->pos(), firewallBefore);

        // Deleting the Virtual WAN deletes what it holds, and undo brings all of it back.
        const std::string before = document.toText();
        document.undoStack()->push(new RemoveItems(&document, {"vwan1"}, {}));
        for (const char *gone : {"vwan1", "hub1", "ergw1", "vpngw1", "fw1"})
            QVERIFY2(!scene.nodeItem(gone), gone);
        QVERIFY(!scene.linkItem("spoke1-hub1"));
        QVERIFY(scene.nodeItem("spoke1"));
        document.undoStack()->undo();
        QCOMPARE(document.toText(), before);
        QVERIFY(scene.nodeItem("fw1"));
        QVERIFY(scene.nodeItem("hub1")->isSecured());
    }

    void traceRunsThroughTheHubAndItsFirewall()
    {
        LOAD_DESIGN_FILE(design, testing::designPath("vwan-secured-hub"));
        Document document;
        Selection selection;
        document.reset(*design, {});
        AnalysisRunner runner(&document);
        TraceController trace(&runner);
        DesignScene scene(&document, &selection, &trace);
        connect(&runner, &AnalysisRunner::analysisReady, &scene, &DesignScene::setAnalysis);
        runner.analyzeNow();
        trace.setEndpoints("spoke1/workload", "avs1/web");
        QVERIFY(trace.result());
        QVERIFY(trace.result()->reachable());
        const auto &forward = trace.result()->forward.path;
        QVERIFY2(std::find(forward.begin(), forward.end(), "fw1") != forward.end(),
                 "the spoke's traffic to AVS crosses the firewall (private intent)");
        // The overlay draws one segment per hop between drawn nodes, and one of them ends at
        // the firewall.
        const TraceOverlay::Route &drawn = scene.traceOverlay()->forward();
        QCOMPARE(qsizetype(drawn.segments.size()), qsizetype(forward.size() - 1));
        const QPointF firewall = scene.nodeItem("fw1")->anchor();
        QVERIFY(std::any_of(drawn.segments.begin(), drawn.segments.end(), [&](const QLineF &line) {
            return QLineF(line.p2(), firewall).length() < 40;
        }));
        QVERIFY(!scene.traceOverlay()->back().segments.isEmpty());
        // Off the path things dim; the firewall on it and the containers do not.
        QVERIFY(!scene.nodeItem("fw1")->isDimmed());
        QVERIFY(!scene.nodeItem("hub1")->isDimmed());
        QVERIFY(!scene.nodeItem("vwan1")->isDimmed());
        QVERIFY(scene.nodeItem("vpngw1")->isDimmed());
        // Switching the firewall off (what-if) turns the private policy off with it.
        const core::Node before = *document.topology().node("fw1");
        core::Node after = before;
        after.disabled = true;
        document.undoStack()->push(new ChangeNode(&document, before, after, "Disable firewall"));
        runner.waitForIdle();
        QVERIFY(trace.result());
        const auto &changed = trace.result()->forward.path;
        QVERIFY(std::find(changed.begin(), changed.end(), "fw1") == changed.end());
    }

    void dropCalloutNamesNodesByName()
    {
        // The sample with the spoke's peering off: the trace from the datacenter drops there,
        // and the callout on the canvas names it as the Trace dock does.
        Document document;
        Selection selection;
        document.reset(sample(), {});
        AnalysisRunner runner(&document);
        TraceController trace(&runner);
        DesignScene scene(&document, &selection, &trace);
        connect(&runner, &AnalysisRunner::analysisReady, &scene, &DesignScene::setAnalysis);
        runner.analyzeNow();
        const core::Link before = *document.topology().link("spoke1-hub");
        core::Link after = before;
        after.disabled = true;
        document.undoStack()->push(new ChangeLink(&document, before, after, "Disable peering"));
        runner.waitForIdle();
        trace.setEndpoints("contoso-dc", "spoke1/workload");
        const TraceOverlay::Route &drawn = scene.traceOverlay()->forward();
        QVERIFY(drawn.hasDrop);
        QVERIFY2(drawn.dropReason.contains("Contoso datacenter"), qPrintable(drawn.dropReason));
        QVERIFY2(!drawn.dropReason.contains("contoso-dc"), qPrintable(drawn.dropReason));
    }

    void findingBadgesOnHubsAndFirewalls()
    {
        // vwan-hub-prefix names the hub; vwan-asymmetric (case V6) names the firewalls.
        LOAD_DESIGN_FILE(design, testing::designPath("vwan-secured-hub"));
        design->nodes[std::size_t(design->nodeIndex("hub1"))].as<core::VirtualHub>()->addressPrefix
            = *core::Ipv4Prefix::parse("10.200.0.0/25");
        Document document;
        Selection selection;
        document.reset(*design, {});
        AnalysisRunner runner(&document);
        DesignScene scene(&document, &selection, nullptr);
        connect(&runner, &AnalysisRunner::analysisReady, &scene, &DesignScene::setAnalysis);
        runner.analyzeNow();
        QVERIFY(scene.nodeItem("hub1")->findingCount() >= 1);
        QVERIFY(scene.nodeItem("hub1")->worstFinding() == core::Severity::Error);

        LOAD_DESIGN_FILE(twoHubs, QStringLiteral(AVSNET_TEST_DATA "/routing/143-r10-v6-two-secured-hubs/design.avsnet"));
        document.reset(*twoHubs, {});
        runner.analyzeNow();
        bool firewallBadge = false;
        for (const auto &node : document.topology().nodes) {
            if (node.kind() == core::NodeKind::HubFirewall)
                firewallBadge = firewallBadge || scene.nodeItem(QString::fromStdString(node.id))->findingCount() > 0;
        }
        QVERIFY(firewallBadge);
    }

    void mainWindowTracesThroughASecuredHub()
    {
        // The Virtual WAN test design with a trace through the hub's firewall, as a user sees
        // it at 1600 x 1000. With AVSNET_SCREENSHOTS=DIR (under Xvfb) the window and the
        // whole screen are saved there, light and dark, the Routes dock on the hub.
        MainWindow window;
        window.move(0, 0);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(testing::designPath("vwan-secured-hub")));
        settle(window);
        window.traceController()->setEndpoints("spoke1/workload", "avs1/web");
        settle(window);
        const auto &result = window.traceController()->result();
        QVERIFY(result && result->reachable());
        QVERIFY(std::find(result->forward.path.begin(), result->forward.path.end(), "fw1")
                != result->forward.path.end());
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QDir(QStringLiteral(AVSNET_BUILD_DIR)).filePath("mainwindow-vwan.png")));
        // The secured hub reads as one: its mark is on, and the firewall sits in its box.
        NodeItem *hub = window.scene()->nodeItem("hub1");
        QVERIFY(hub->isSecured());
        QVERIFY(sceneBox(hub).contains(window.scene()->nodeItem("fw1")->sceneBoundingRect()));

        const QString folder = qEnvironmentVariable("AVSNET_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        const auto shoot = [&](const QString &name) {
            settle(window);
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(folder).filePath(name + "-window.png")));
            if (QScreen *screen = window.screen())
                QVERIFY(screen->grabWindow(0).save(QDir(folder).filePath(name + "-screen.png")));
        };
        shoot("vwan-trace-light");
        window.selection()->setIds({QStringLiteral("hub1")});
        window.findChild<RoutesDock *>()->raise();
        shoot("vwan-hub-routes-light");
        window.selection()->setIds({QStringLiteral("fw1")});
        shoot("vwan-firewall-routes-light");
        // Close up, at 150 %: the hub's title, its mark and the icons.
        window.view()->resetZoom();
        window.view()->scale(1.5, 1.5);
        window.view()->centerOn(window.scene()->nodeItem("hub1")->anchor());
        shoot("vwan-hub-closeup-light");
        window.view()->showDesign();
        window.selection()->setIds({});
        window.setDark(true);
        shoot("vwan-trace-dark");
        window.setDark(false);
    }

    void mainWindowRendersTheSample()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QVERIFY(window.openSample(":/samples/contoso.avsnet"));
        window.analysisRunner()->waitForIdle();
        window.traceController()->setEndpoints("contoso-dc", "avs-weu/web");
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = QDir(QStringLiteral(AVSNET_BUILD_DIR)).filePath("mainwindow-contoso.png");
        QVERIFY(image.save(path));
        // Close without the unsaved-changes question: the sample is unmodified.
        QVERIFY(!window.document()->isModified());
    }
};

QTEST_MAIN(TestDesignScene)
#include "tst_designscene.moc"
