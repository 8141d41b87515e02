// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/displaynames.h"
#include "panelfixture.h"

#include "commands/designcommands.h"
#include "mainwindow/mainwindow.h"
#include "panels/propagationdock.h"
#include "panels/propagationeventsmodel.h"
#include "panels/routesdock.h"
#include "panels/routesmodel.h"
#include "routing/routecontext.h"
#include "scene/designscene.h"
#include "scene/nodeitem.h"
#include "scene/propagationmarker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStandardPaths>
#include <QTreeView>

#include <functional>

using namespace avsnet;
using namespace avsnet::ui;
using Kind = core::PropagationEvent::Kind;

namespace {

// The names of the design under test: the Routes dock shows a next hop that is a node by
// its name, the engine by its id.
DisplayNames names;

bool sameRoutes(const std::vector<core::RouteView> &a, const std::vector<core::RouteView> &b)
{
    const auto sameHop = [](const std::string &x, const std::string &y) {
        return x == y || x == names.node(y).toStdString() || names.node(x).toStdString() == y;
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const core::RouteView &x, const core::RouteView &y) {
                          return x.prefix == y.prefix && x.nextHopType == y.nextHopType
                                 && sameHop(x.nextHop, y.nextHop) && x.source == y.source
                                 && x.asPath == y.asPath && x.active == y.active;
                      });
}

// A speaker's rows as of a step, from a replay of its own, independent of the dock's.
std::vector<core::RouteView> replayedRows(const core::PropagationTimeline &timeline,
                                          std::size_t step, int node)
{
    core::TimelineReplay replay(timeline);
    replay.seek(step);
    const core::BgpTable table = replay.table(node);
    std::vector<core::RouteView> rows;
    for (const auto &route : table.routes())
        rows.push_back(core::viewOf(timeline.analysis(), node, route));
    core::sortForDisplay(rows);
    return rows;
}

std::vector<core::RouteView> finalRows(const core::Analysis &analysis, const std::string &id)
{
    auto result = core::routesAt(analysis, id);
    return std::get<std::vector<core::RouteView>>(std::move(result));
}

} // namespace

// The step-through inside the designer's window, on the Contoso sample: its list, its
// stepping and playing, its filter, and the canvas and the Routes dock following it.
class TestPropagationDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryEvent();
    void routesShowTheTableAsOfTheStep();
    void endShowsTheAnalysisTables();
    void stepBackRestoresTheTable();
    void filterByKind();
    void filterByNodeAndPrefix();
    void playAdvancesAndPauseStops();
    void keyboardSteps();
    void markerDrawsTheCurrentEvent();
    void closingEndsTheStepThrough();
    void editReRecords();

private:
    // Steps forward until the current event matches; false at the end.
    bool forwardUntil(const std::function<bool(const core::TimelineEvent &)> &match);
    // The events each step forward visits from the start, as timeline indices.
    std::vector<std::size_t> visitedFromStart();
    std::size_t listed() const { return std::size_t(m_dock->eventsModel()->rowCount()); }
    const core::PropagationTimeline &timeline() const { return *m_dock->timeline(); }

    std::unique_ptr<MainWindow> m_window;
    PropagationDock *m_dock = nullptr;
    RoutesDock *m_routes = nullptr;
};

void TestPropagationDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName("avsnet-test-propagation");
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestPropagationDock::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openFile(test::samplePath()), qPrintable(test::samplePath()));
    m_window->analysisRunner()->waitForIdle();
    m_window->analysisRunner()->analyzeNow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    names = DisplayNames(m_window->document()->topology());
    m_dock = m_window->propagationDock();
    m_routes = m_window->findChild<RoutesDock *>(QStringLiteral("routesDock"));
    QVERIFY(m_dock && m_routes);
    QVERIFY(!m_dock->isVisible()); // hidden until asked for
    QVERIFY(!m_dock->timeline());  // and a hidden step-through records nothing

    auto *action = m_window->findChild<QAction *>(QStringLiteral("stepThroughPropagationAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QElapsedTimer timer;
    timer.start();
    action->trigger();
    QVERIFY(m_dock->isVisible());
    QTRY_VERIFY(m_dock->timeline() && !m_dock->isRecording());
    qInfo("Contoso: %zu events recorded in %.1f ms, listed %lld ms after the action",
          m_dock->eventCount(), m_dock->lastRecordingMs(), timer.elapsed());
    QCOMPARE(m_dock->step(), std::size_t(0));
    QVERIFY(m_dock->eventCount() > 20);
}

void TestPropagationDock::cleanup()
{
    m_window.reset();
}

bool TestPropagationDock::forwardUntil(
    const std::function<bool(const core::TimelineEvent &)> &match)
{
    while (!m_dock->atEnd()) {
        m_dock->stepForward();
        if (match(*m_dock->currentEvent()))
            return true;
    }
    return false;
}

std::vector<std::size_t> TestPropagationDock::visitedFromStart()
{
    m_dock->toStart();
    std::vector<std::size_t> visited;
    for (;;) {
        const std::size_t before = m_dock->step();
        m_dock->stepForward();
        if (m_dock->step() == before)
            return visited;
        visited.push_back(m_dock->step() - 1);
    }
}

void TestPropagationDock::listsEveryEvent()
{
    QCOMPARE(listed(), timeline().size());
    const auto *model = m_dock->view()->model();
    for (int row : {0, 1, int(listed()) - 1}) {
        const std::size_t event = std::size_t(row);
        QCOMPARE(model->index(row, PropagationEventsModel::NumberColumn).data().toULongLong(),
                 qulonglong(event + 1));
        QCOMPARE(model->index(row, PropagationEventsModel::KindColumn).data().toString(),
                 propagationKindName(timeline().events()[event].kind));
        // Described as the engine does, with names for ids.
        QCOMPARE(model->index(row, PropagationEventsModel::EventColumn).data().toString(),
                 names.text(timeline().describe(event)));
        QVERIFY(model->index(row, PropagationEventsModel::KindColumn)
                    .data(Qt::DecorationRole)
                    .isValid());
    }
    auto *status = m_dock->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(status->text().startsWith(QStringLiteral("Step 0 of %1").arg(timeline().size())));
    m_dock->stepForward();
    m_dock->stepForward();
    QVERIFY(status->text().startsWith(QStringLiteral("Step 2 of %1").arg(timeline().size())));
    // The current event's row is the view's current one.
    QCOMPARE(m_dock->view()->currentIndex().row(), 1);
    // Clicking a row (making it current) goes to just after its event.
    m_dock->view()->setCurrentIndex(model->index(9, 0));
    QCOMPARE(m_dock->step(), std::size_t(10));
}

void TestPropagationDock::routesShowTheTableAsOfTheStep()
{
    // Following the receiver: after each step the Routes dock shows the table of the
    // event's receiver as of that step.
    for (int i = 0; i < 12; ++i) {
        m_dock->stepForward();
        const auto event = m_dock->currentEvent();
        QVERIFY(event);
        QCOMPARE(m_routes->context(), QString::fromStdString(event->toId));
        QVERIFY(m_routes->showsReplay());
        QVERIFY2(sameRoutes(m_routes->routesModel()->routes(),
                            replayedRows(timeline(), m_dock->step(), event->to)),
                 event->description.c_str());
    }
    // Not following: a speaker chosen in the Routes dock stays and steps with the replay.
    m_dock->findChild<QCheckBox *>(QStringLiteral("followReceiver"))->setChecked(false);
    const QString onPrem = QStringLiteral("contoso-dc");
    const int node = timeline().analysis().nodeIndex(onPrem.toStdString());
    QVERIFY(node >= 0);
    m_routes->setContext(onPrem);
    bool sawRoutes = false;
    for (std::size_t step :
         {std::size_t(0), std::size_t(5), timeline().size() / 2, timeline().size() - 1}) {
        m_dock->seek(step);
        QCOMPARE(m_routes->context(), onPrem);
        const auto expected = replayedRows(timeline(), step, node);
        sawRoutes = sawRoutes || !expected.empty();
        QVERIFY(sameRoutes(m_routes->routesModel()->routes(), expected));
    }
    QVERIFY(sawRoutes);
    auto *status = m_routes->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY2(status->text().contains(QStringLiteral("as of step")), qPrintable(status->text()));
    // A subnet keeps its final effective routes, and says so.
    m_routes->setContext(QStringLiteral("spoke1/workload"));
    if (m_routes->context() == QLatin1String("spoke1/workload")) {
        QVERIFY(m_window->analysisRunner()->analysis());
        QVERIFY(sameRoutes(m_routes->routesModel()->routes(),
                           finalRows(*m_window->analysisRunner()->analysis(), "spoke1/workload")));
        QVERIFY2(status->text().contains(QStringLiteral("BGP tables only")),
                 qPrintable(status->text()));
    }
}

void TestPropagationDock::endShowsTheAnalysisTables()
{
    m_dock->seek(timeline().size() - 1);
    QVERIFY(m_dock->isStepping());
    QVERIFY(m_routes->showsReplay());
    m_dock->stepForward();
    QVERIFY(m_dock->atEnd());
    QVERIFY(!m_dock->isStepping());
    QVERIFY(!m_routes->showsReplay());
    QVERIFY(m_window->analysisRunner()->analysis());
    const core::Analysis &analysis = *m_window->analysisRunner()->analysis();
    int speakers = 0;
    for (const auto &node : analysis.topology().nodes) {
        if (node.kind() == core::NodeKind::Vnet || node.kind() == core::NodeKind::Internet)
            continue;
        ++speakers;
        m_routes->setContext(QString::fromStdString(node.id));
        const auto final = finalRows(analysis, node.id);
        QVERIFY2(sameRoutes(m_routes->routesModel()->routes(), final), node.id.c_str());
        // The replay's own end agrees: the step-through ends where the analysis does.
        const int index = timeline().analysis().nodeIndex(node.id);
        QVERIFY2(sameRoutes(replayedRows(timeline(), timeline().size(), index), final),
                 node.id.c_str());
    }
    QVERIFY(speakers >= 5);
}

void TestPropagationDock::stepBackRestoresTheTable()
{
    m_dock->findChild<QCheckBox *>(QStringLiteral("followReceiver"))->setChecked(false);
    const QString speaker = QStringLiteral("ergw");
    m_routes->setContext(speaker);
    const int node = timeline().analysis().nodeIndex(speaker.toStdString());
    // Up to just before the first advertisement ergw hears, then across it and back.
    QVERIFY(forwardUntil([&](const core::TimelineEvent &event) {
        return event.to == node && event.kind == Kind::Advertise;
    }));
    const std::size_t after = m_dock->step();
    const auto withEvent = m_routes->routesModel()->routes();
    m_dock->stepBack();
    QCOMPARE(m_dock->step(), after - 1);
    const auto before = m_routes->routesModel()->routes();
    QVERIFY(!sameRoutes(before, withEvent));
    QVERIFY(sameRoutes(before, replayedRows(timeline(), after - 1, node)));
    m_dock->stepForward();
    QVERIFY(sameRoutes(m_routes->routesModel()->routes(), withEvent));
    // Back to the start: nobody knows a route yet.
    m_dock->toStart();
    QVERIFY(m_routes->routesModel()->routes().empty());
    QVERIFY(!m_dock->currentEvent());
}

void TestPropagationDock::filterByKind()
{
    auto *kinds = m_dock->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    QVERIFY(kinds);
    QCOMPARE(kinds->count(), 6);
    for (const Kind kind :
         {Kind::Originate, Kind::Advertise, Kind::Refuse, Kind::Withdraw, Kind::SessionDown}) {
        kinds->setCurrentIndex(kinds->findData(int(kind)));
        core::TimelineFilter filter;
        filter.kind = kind;
        const auto matching = timeline().find(filter);
        QCOMPARE(listed(), matching.size());
        QVERIFY(visitedFromStart() == matching);
        for (int row = 0; row < int(listed()); ++row)
            QVERIFY(timeline().events()[m_dock->eventsModel()->eventAt(row)].kind == kind);
    }
    // Stepping back from the end visits the same events in reverse, then the start.
    kinds->setCurrentIndex(kinds->findData(int(Kind::Originate)));
    core::TimelineFilter originations;
    originations.kind = Kind::Originate;
    const auto matching = timeline().find(originations);
    QVERIFY(matching.size() >= 3);
    m_dock->toEnd();
    std::vector<std::size_t> backwards;
    while (m_dock->step() > 0) {
        m_dock->stepBack();
        if (m_dock->step() > 0)
            backwards.push_back(m_dock->step() - 1);
    }
    std::reverse(backwards.begin(), backwards.end());
    QVERIFY(backwards == matching);
    kinds->setCurrentIndex(0);
    QCOMPARE(listed(), timeline().size());
}

void TestPropagationDock::filterByNodeAndPrefix()
{
    auto *nodes = m_dock->findChild<QComboBox *>(QStringLiteral("nodeFilter"));
    auto *prefix = m_dock->findChild<QLineEdit *>(QStringLiteral("prefixFilter"));
    QVERIFY(nodes && prefix);
    QVERIFY(nodes->findData(QStringLiteral("avs-weu")) > 0);
    QCOMPARE(nodes->findData(QStringLiteral("hub")), -1); // a VNet sends nothing

    nodes->setCurrentIndex(nodes->findData(QStringLiteral("avs-weu")));
    core::TimelineFilter byNode;
    byNode.nodeId = "avs-weu";
    const auto ofNode = timeline().find(byNode);
    QVERIFY(!ofNode.empty() && ofNode.size() < timeline().size());
    QCOMPARE(listed(), ofNode.size());
    QVERIFY(visitedFromStart() == ofNode);

    // Node and prefix together: the prefix of the node's first event.
    const core::Ipv4Prefix first = timeline().events()[ofNode.front()].prefix;
    prefix->setText(QString::fromStdString(first.toString()));
    core::TimelineFilter both = byNode;
    both.prefix = first;
    const auto ofBoth = timeline().find(both);
    QVERIFY(!ofBoth.empty() && ofBoth.size() < ofNode.size());
    QCOMPARE(listed(), ofBoth.size());
    QVERIFY(visitedFromStart() == ofBoth);
    for (std::size_t event : ofBoth)
        QVERIFY(timeline().events()[event].prefix == first);

    // Text that is no prefix is marked and ignored.
    prefix->setText(QStringLiteral("10.1.0"));
    QCOMPARE(prefix->property("fieldState").toString(), QStringLiteral("invalid"));
    QCOMPARE(listed(), ofNode.size());
    prefix->clear();
    QVERIFY(prefix->property("fieldState").toString().isEmpty());
    nodes->setCurrentIndex(0);
    QCOMPARE(listed(), timeline().size());
}

void TestPropagationDock::playAdvancesAndPauseStops()
{
    m_dock->setSpeed(20);
    m_dock->toStart();
    m_dock->play();
    QVERIFY(m_dock->isPlaying());
    QTRY_VERIFY(m_dock->step() >= 4);
    m_dock->pause();
    QVERIFY(!m_dock->isPlaying());
    const std::size_t paused = m_dock->step();
    QTest::qWait(300);
    QCOMPARE(m_dock->step(), paused);

    // Playing a filtered list stops by itself after its last event.
    auto *kinds = m_dock->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    kinds->setCurrentIndex(kinds->findData(int(Kind::Originate)));
    core::TimelineFilter filter;
    filter.kind = Kind::Originate;
    const auto matching = timeline().find(filter);
    m_dock->toStart();
    m_dock->togglePlay();
    QVERIFY(m_dock->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dock->isPlaying(), 10000);
    QCOMPARE(m_dock->step(), matching.back() + 1);
    // Play at the end starts over.
    m_dock->togglePlay();
    QVERIFY(m_dock->isPlaying());
    QCOMPARE(m_dock->step(), std::size_t(0));
    m_dock->togglePlay();
    QVERIFY(!m_dock->isPlaying());
}

void TestPropagationDock::keyboardSteps()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTreeView *view = m_dock->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(m_dock->step(), std::size_t(1));
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(m_dock->step(), std::size_t(3));
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(m_dock->step(), std::size_t(2));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(m_dock->isPlaying());
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!m_dock->isPlaying());
    // Arrows in the prefix field move its cursor, not the replay.
    auto *prefix = m_dock->findChild<QLineEdit *>(QStringLiteral("prefixFilter"));
    prefix->setFocus();
    const std::size_t at = m_dock->step();
    QTest::keyClick(prefix, Qt::Key_Left);
    QCOMPARE(m_dock->step(), at);
}

void TestPropagationDock::markerDrawsTheCurrentEvent()
{
    DesignScene *scene = m_window->scene();
    PropagationMarker *marker = scene->propagationMarker();
    QVERIFY(marker);
    QVERIFY(!marker->isVisible()); // step 0: no event yet

    const auto checkMarker = [&](const core::TimelineEvent &event) {
        QVERIFY(marker->isVisible());
        QCOMPARE(marker->fromId(), QString::fromStdString(event.fromId));
        QCOMPARE(marker->toId(), QString::fromStdString(event.toId));
        QCOMPARE(marker->linkId(), QString::fromStdString(event.linkId));
        QVERIFY(marker->kind() == event.kind);
        QCOMPARE(marker->label(), QString::fromStdString(event.prefix.toString()));
        const QRectF from = scene->nodeItem(marker->fromId())->sceneBoundingRect();
        const QRectF to = scene->nodeItem(marker->toId())->sceneBoundingRect();
        QVERIFY(from.adjusted(-1, -1, 1, 1).contains(marker->line().p1()));
        QVERIFY(to.adjusted(-1, -1, 1, 1).contains(marker->line().p2()));
        QTRY_COMPARE(marker->progress(), 1.0); // the animation arrives
    };
    // Over a link.
    QVERIFY(forwardUntil([](const core::TimelineEvent &event) {
        return event.kind == Kind::Advertise && event.link >= 0;
    }));
    checkMarker(*m_dock->currentEvent());
    QVERIFY(m_window->scene()->linkItem(marker->linkId()));
    // A session inside one VNet (the gateway and the Route Server with branch-to-branch)
    // has no link: the marker runs straight between the two. Contoso has none, so the
    // scene gets one such event directly, a refused one.
    core::TimelineEvent inVnet = *m_dock->currentEvent();
    inVnet.kind = Kind::Refuse;
    inVnet.fromId = "ars";
    inVnet.toId = "ergw";
    inVnet.link = -1;
    inVnet.linkId.clear();
    scene->setPropagationEvent(inVnet);
    checkMarker(inVnet);
    QVERIFY(marker->linkId().isEmpty());
    QVERIFY(marker->line().length() > 10);
    QImage image(800, 600, QImage::Format_ARGB32);
    QPainter painter(&image);
    scene->render(&painter); // paints the arrived refusal and its cross
    painter.end();
    // An own prefix pulses on its node.
    m_dock->toStart();
    QVERIFY(forwardUntil(
        [](const core::TimelineEvent &event) { return event.kind == Kind::Originate; }));
    checkMarker(*m_dock->currentEvent());
    // Moving a node moves the marker with it.
    const QString id = marker->toId();
    const QPointF before = marker->line().p2();
    NodeItem *item = scene->nodeItem(id);
    item->setPos(item->pos() + QPointF(100, 40));
    QCOMPARE(marker->line().p2(), before + QPointF(100, 40));
    // Back at step 0 nothing is drawn.
    m_dock->toStart();
    QVERIFY(!marker->isVisible());
}

void TestPropagationDock::closingEndsTheStepThrough()
{
    m_dock->seek(8);
    QVERIFY(m_window->scene()->propagationMarker()->isVisible());
    QVERIFY(m_routes->showsReplay());
    m_dock->close();
    QVERIFY(!m_dock->isEngaged());
    QVERIFY(!m_window->scene()->propagationMarker()->isVisible());
    QVERIFY(!m_routes->showsReplay());
    // The presenter's keys step a closed step-through open again, docks hidden or not.
    m_dock->stepForward();
    QVERIFY(m_dock->isEngaged());
    QCOMPARE(m_dock->step(), std::size_t(9));
    QVERIFY(m_window->scene()->propagationMarker()->isVisible());
}

void TestPropagationDock::editReRecords()
{
    Document *document = m_window->document();
    const auto original = m_dock->timeline();
    const std::size_t events = original->size();
    m_dock->seek(7);
    // Without Global Reach the design propagates differently: a new timeline, same step.
    document->undoStack()->push(new RemoveItems(document, {}, {"gr-ams-avs"}));
    QTRY_VERIFY(m_dock->timeline() != original && !m_dock->isRecording());
    QTRY_VERIFY(m_dock->timeline()->analysis().topology().link("gr-ams-avs") == nullptr);
    QVERIFY(m_dock->eventCount() != events);
    QCOMPARE(listed(), m_dock->eventCount());
    QCOMPARE(m_dock->step(), std::size_t(7));
    QVERIFY(m_window->scene()->propagationMarker()->isVisible());
    // Undo brings the first design back, and its timeline.
    m_dock->toEnd();
    document->undoStack()->undo();
    QTRY_VERIFY(m_dock->timeline()->analysis().topology().link("gr-ams-avs") != nullptr
                && !m_dock->isRecording());
    QCOMPARE(m_dock->eventCount(), events);
    QVERIFY(m_dock->atEnd()); // at the end stays at the end
}

QTEST_MAIN(TestPropagationDock)
#include "tst_propagationdock.moc"
