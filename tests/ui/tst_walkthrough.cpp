// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "document/document.h"
#include "document/selection.h"
#include "mainwindow/mainwindow.h"
#include "panels/comparedock.h"
#include "panels/findingsdock.h"
#include "panels/palettedock.h"
#include "panels/propertydock.h"
#include "panels/propertypage.h"
#include "panels/tracedock.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/nodeitem.h"
#include "scene/noticebanner.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace avsnet;
using namespace avsnet::ui;

// A new user builds a Contoso-like design from an empty canvas with the mouse, as the
// designer review did: palette drops, Shift+drags, property edits, a trace, a what-if. Every
// step goes through the widgets a person uses (drag and drop events on the canvas, mouse
// presses on it, keys typed into the Properties dock), and every check is on what the user
// then sees.
class TestWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildTraceAndWhatIf();

private:
    // Drops a kind from the palette at a point of the canvas; returns what is selected then.
    QString drop(core::NodeKind kind, const QPointF &scenePos);
    // Shift+drag from one node to another.
    void shiftDrag(const QString &from, const QString &to);
    // Types into a field of the Properties dock and presses Enter.
    void type(const char *field, const QString &text);
    template<typename Widget> Widget *property(const char *name) const
    {
        PropertyPage *page = m_window->findChild<PropertyDock *>()->page();
        return page ? page->findChild<Widget *>(QLatin1String(name)) : nullptr;
    }
    void settle();
    const core::Topology &topology() const { return m_window->document()->topology(); }
    QStringList findingMessages() const;

    MainWindow *m_window = nullptr;
};

void TestWalkthrough::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName("avsnet-walkthrough-test");
}

void TestWalkthrough::settle()
{
    QApplication::processEvents();
    m_window->analysisRunner()->waitForIdle();
    QApplication::processEvents();
}

QString TestWalkthrough::drop(core::NodeKind kind, const QPointF &scenePos)
{
    // What the palette's own drag carries: the list's model builds it for the item.
    auto *palette = m_window->findChild<PaletteDock *>();
    QListWidget *list = palette->kindList();
    const int row = int(palette->kinds().indexOf(kind));
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->model()->index(row, 0)}));
    QWidget *viewport = m_window->view()->viewport();
    const QPoint at = m_window->view()->mapFromScene(scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent dropped(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropped);
    settle();
    return m_window->selection()->current();
}

void TestWalkthrough::shiftDrag(const QString &from, const QString &to)
{
    DesignView *view = m_window->view();
    const QPoint start = view->mapFromScene(m_window->scene()->nodeItem(from)->anchor());
    const QPoint end = view->mapFromScene(m_window->scene()->nodeItem(to)->anchor());
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, start);
    QTest::mouseMove(view->viewport(), (start + end) / 2);
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, end);
    settle();
}

void TestWalkthrough::type(const char *field, const QString &text)
{
    auto *edit = property<QLineEdit>(field);
    QVERIFY2(edit, field);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    settle();
}

QStringList TestWalkthrough::findingMessages() const
{
    QTreeView *view = m_window->findChild<FindingsDock *>()->view();
    QStringList messages;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        messages << view->model()->index(row, 2).data().toString();
    return messages;
}

void TestWalkthrough::buildTraceAndWhatIf()
{
    MainWindow window;
    m_window = &window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // File > New: an empty canvas.
    for (QAction *action : window.menuBar()->actions().front()->menu()->actions()) {
        if (action->text() == QLatin1String("&New"))
            action->trigger();
    }
    QVERIFY(topology().nodes.empty());
    window.view()->resetZoom();
    window.view()->centerOn(QPointF(400, 350));
    settle();

    // ---- palette drops: each lands centred where it is dropped, and is selected at once
    const QString site = drop(core::NodeKind::OnPrem, {0, 200});
    QVERIFY(!site.isEmpty());
    QCOMPARE(topology().nodes.size(), std::size_t(1));
    type("name", "Contoso DC");
    const QString circuit = drop(core::NodeKind::ErCircuit, {220, 200});
    QVERIFY(circuit != site);
    type("name", "ER Amsterdam");
    const QString avs = drop(core::NodeKind::Avs, {220, 520});
    type("name", "AVS West Europe");
    const QString hub = drop(core::NodeKind::Vnet, {640, 200});
    const QRectF hubBox = window.scene()->nodeItem(hub)->mapRectToScene(
        window.scene()->nodeItem(hub)->bodyRect());
    QVERIFY2(QLineF(hubBox.center(), QPointF(640, 200)).length() <= 30,
             "a VNet lands centred under the pointer, not by its corner");
    type("name", "Hub");
    // The id is editable too, and a rename carries its references along.
    type("id", "hub");
    QCOMPARE(window.selection()->current(), QStringLiteral("hub"));
    QVERIFY(topology().node("hub"));
    const QString gateway = drop(core::NodeKind::ErGateway, hubBox.center());
    QCOMPARE(QString::fromStdString(topology().node(gateway.toStdString())->parentVnet()),
             QStringLiteral("hub"));
    type("name", "Hub gateway");
    const QString spoke = drop(core::NodeKind::Vnet, {640, 560});
    type("name", "Spoke");
    QCOMPARE(topology().nodes.size(), std::size_t(6));

    // ---- Shift+drags draw links of the one kind that fits
    shiftDrag(site, circuit);
    shiftDrag(circuit, gateway);
    shiftDrag(avs, gateway);
    shiftDrag(circuit, avs);
    QCOMPARE(topology().links.size(), std::size_t(4));
    const core::Link globalReach = topology().links.back();
    QVERIFY(globalReach.kind() == core::LinkKind::GlobalReach);
    // A second Global Reach over the same pair, drawn the other way, is refused and says so
    // where the user looks; the existing one is selected instead.
    shiftDrag(avs, circuit);
    QCOMPARE(topology().links.size(), std::size_t(4));
    const QString refusal = window.notice()->text();
    QVERIFY2(refusal.contains("ER Amsterdam") && refusal.contains("AVS West Europe")
                 && refusal.contains("already"),
             qPrintable(refusal));
    QCOMPARE(window.selection()->current(), QString::fromStdString(globalReach.id));

    // ---- the peering, drawn hub to spoke, and its gateway transit by VNet name
    shiftDrag(QStringLiteral("hub"), spoke);
    QCOMPARE(topology().links.size(), std::size_t(5));
    const std::string peeringId = window.selection()->current().toStdString();
    QVERIFY(topology().link(peeringId)->kind() == core::LinkKind::VnetPeering);
    auto *transit = property<QComboBox>("gatewayTransit");
    QVERIFY(transit);
    const int spokeUsesHub = transit->findText("Spoke uses the gateways of Hub");
    QVERIFY2(spokeUsesHub >= 0, qPrintable(transit->itemText(1) + " | " + transit->itemText(2)));
    transit->setCurrentIndex(spokeUsesHub);
    settle();
    const core::Link *peering = topology().link(peeringId);
    QCOMPARE(QString::fromStdString(peering->from), spoke);
    QCOMPARE(peering->to, std::string("hub"));
    QVERIFY(peering->as<core::VnetPeeringLink>()->useRemoteGateways);
    const QString sides = property<QLabel>("peeringSides")->text();
    QVERIFY2(sides.contains("Hub") && sides.contains("Spoke"), qPrintable(sides));
    QVERIFY(findingMessages().filter("remote").isEmpty());
    // The undo text names the field as the page labels it.
    QAction *undo = window.findChild<QAction *>("undoAction");
    QVERIFY2(undo->text().contains("Gateway transit") && !undo->text().contains("useRemote"),
             qPrintable(undo->text()));

    // The other way round is wrong (the spoke has no gateway): the finding names the VNets.
    transit->setCurrentIndex(transit->findText("Hub uses the gateways of Spoke", Qt::MatchStartsWith));
    settle();
    QCOMPARE(topology().link(peeringId)->from, std::string("hub"));
    const QStringList remote = findingMessages().filter("gateways of");
    QVERIFY(!remote.isEmpty());
    for (const QString &message : remote) {
        QVERIFY2(message.contains("Spoke") && !message.contains(spoke), qPrintable(message));
    }
    // Ctrl+Z puts it back, Ctrl+Y redoes it, Ctrl+Z again.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    settle();
    QCOMPARE(QString::fromStdString(topology().link(peeringId)->from), spoke);
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
    settle();
    QCOMPARE(topology().link(peeringId)->from, std::string("hub"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    settle();
    QCOMPARE(QString::fromStdString(topology().link(peeringId)->from), spoke);

    // A prefix with host bits set is refused at the field and never written.
    window.selection()->setIds({spoke});
    settle();
    const auto spaceBefore = topology().node(spoke.toStdString())->as<core::VirtualNetwork>()->addressSpace;
    type("addressSpace", "10.77.0.1/16");
    QCOMPARE(topology().node(spoke.toStdString())->as<core::VirtualNetwork>()->addressSpace, spaceBefore);

    // ---- a trace, picked by name in the Trace dock
    auto *traceDock = window.findChild<TraceDock *>();
    auto *from = traceDock->findChild<QComboBox *>("from");
    auto *to = traceDock->findChild<QComboBox *>("to");
    QVERIFY(from->findText("Contoso DC") >= 0);
    const int segment = to->findText("AVS West Europe / ", Qt::MatchStartsWith);
    QVERIFY2(segment >= 0, "AVS segments are listed by the cloud's name");
    from->setCurrentIndex(from->findText("Contoso DC"));
    to->setCurrentIndex(segment);
    QTest::mouseClick(traceDock->findChild<QPushButton *>("traceButton"), Qt::LeftButton);
    settle();
    QCOMPARE(traceDock->verdict(), QStringLiteral("reachable"));
    QStringList hops;
    QTreeWidget *tree = traceDock->hopTree();
    for (int path = 0; path < tree->topLevelItemCount(); ++path) {
        for (int hop = 0; hop < tree->topLevelItem(path)->childCount(); ++hop)
            hops << tree->topLevelItem(path)->child(hop)->text(0);
    }
    QVERIFY2(hops.contains("Contoso DC") && hops.contains("ER Amsterdam")
                 && hops.contains("AVS West Europe"),
             qPrintable(hops.join(", ")));
    for (const QString &id : {site, circuit, avs})
        QVERIFY2(!hops.contains(id), qPrintable(id));

    // ---- what-if: disable Global Reach first, then ask what changed (no snapshot taken)
    window.selection()->setIds({QString::fromStdString(globalReach.id)});
    settle();
    QVERIFY(window.statusBar()->findChildren<QLabel *>().size() > 0);
    bool named = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        named = named || label->text().contains("ER Amsterdam – AVS West Europe");
    QVERIFY2(named, "the status bar names the selected link by its ends");
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QLatin1String("Disable (what-if)"))
            action->trigger();
    }
    settle();
    QVERIFY(topology().link(globalReach.id)->disabled);
    QCOMPARE(traceDock->verdict().startsWith("dropped at"), true);
    QVERIFY2(traceDock->verdict().contains("ER Amsterdam") || traceDock->verdict().contains("Contoso DC"),
             qPrintable(traceDock->verdict()));
    window.compareDock()->waitForIdle();
    settle();
    window.compareDock()->waitForIdle();
    const auto &difference = window.compareDock()->difference();
    QVERIFY(!window.compareDock()->hasSnapshot());
    QVERIFY2(std::any_of(difference.reachability.begin(), difference.reachability.end(),
                         [&](const core::ReachabilityChange &change) {
                             return !change.gained && change.from == site.toStdString();
                         }),
             "the what-if compare lists what the disabled Global Reach lost");
    // Help > User Guide explains what the user just did.
    QDialog *guide = window.showUserGuide();
    const QString guideText = guide->findChild<QTextBrowser *>("userGuideText")->toPlainText();
    QVERIFY2(guideText.contains("Gateway transit") && guideText.contains("Ctrl+Y"),
             qPrintable(guideText.left(200)));
    guide->close();

    m_window = nullptr;
    // Close without the unsaved-changes question.
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
