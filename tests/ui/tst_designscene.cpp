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
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/linkitem.h"
#include "scene/nodeitem.h"
#include "testdesigns.h"

#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>

using namespace avsnet;
using namespace avsnet::ui;

// The canvas and the window as a user meets them: dropping from the palette, drawing links,
// the live trace following a what-if, autosave and recovery, and a rendered screenshot.
namespace {
std::optional<core::Topology> g_contoso;
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
