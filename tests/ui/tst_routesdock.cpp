// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/displaynames.h"
#include "panelfixture.h"
#include "panels/routesdock.h"
#include "panels/routesmodel.h"
#include "panels/routesproxymodel.h"
#include "routing/routecontext.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

using namespace avsnet;
using namespace avsnet::ui;

namespace {

// `shown` as the dock holds it (a next hop that is a node by its name), `engine` as routesAt
// gives it.
bool sameRoute(const core::RouteView &shown, const core::RouteView &engine,
               const DisplayNames &names)
{
    return shown.prefix == engine.prefix && shown.nextHopType == engine.nextHopType
           && shown.nextHop == names.node(engine.nextHop).toStdString()
           && shown.source == engine.source && shown.asPath == engine.asPath
           && shown.active == engine.active;
}

core::RouteView route(const char *prefix, bool active = true)
{
    core::RouteView view;
    view.prefix = prefix;
    view.nextHopType = "VirtualNetworkGateway";
    view.nextHop = "ergw";
    view.source = "VirtualNetworkGateway";
    view.asPath = {12076, 65001};
    view.active = active;
    return view;
}

QStringList prefixColumn(const QAbstractItemModel *model)
{
    QStringList prefixes;
    for (int row = 0; row < model->rowCount(); ++row)
        prefixes.append(model->index(row, RoutesModel::PrefixColumn).data().toString());
    return prefixes;
}

} // namespace

class TestRoutesDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hubSubnetMatchesRoutesAt();
    void everyContextMatchesRoutesAt();
    void followsSelection();
    void hubAndFirewallShowTheirTables();
    void prefixSortsNumerically();
    void filterMatchesAnyColumn();
    void inactiveRowsAreGreyed();
    void hundredThousandRoutes();

private:
    std::unique_ptr<test::PanelFixture> m_fixture;
    std::unique_ptr<RoutesDock> m_dock;
};

void TestRoutesDock::init()
{
    m_fixture = std::make_unique<test::PanelFixture>();
    const QString loaded = m_fixture->load(test::samplePath());
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    m_dock = std::make_unique<RoutesDock>(&m_fixture->document, &m_fixture->runner,
                                          &m_fixture->selection);
}

void TestRoutesDock::cleanup()
{
    m_dock.reset();
    m_fixture.reset();
}

void TestRoutesDock::hubSubnetMatchesRoutesAt()
{
    // hub/workload in the conformance design, hub/nva in Contoso: the first workload subnet.
    m_fixture->selection.setIds({QStringLiteral("hub")});
    const QString context = m_dock->context();
    QVERIFY(context.startsWith(QLatin1String("hub/")));
    QVERIFY(context != QLatin1String("hub/GatewaySubnet"));
    QVERIFY(context != QLatin1String("hub/RouteServerSubnet"));
    const auto expected = core::routesAt(m_fixture->analysis(), context.toStdString());
    const auto &routes = std::get<std::vector<core::RouteView>>(expected);
    QVERIFY(!routes.empty());
    const auto &shown = m_dock->routesModel()->routes();
    QCOMPARE(shown.size(), routes.size());
    for (std::size_t i = 0; i < routes.size(); ++i)
        QVERIFY2(sameRoute(shown[i], routes[i], DisplayNames(m_fixture->document.topology())), routes[i].prefix.c_str());
    // Sorted by prefix, the view shows them in the engine's order.
    const auto *proxy = m_dock->view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QCOMPARE(proxy->index(row, RoutesModel::PrefixColumn).data().toString(),
                 QString::fromStdString(routes[std::size_t(row)].prefix));
    }
}

void TestRoutesDock::everyContextMatchesRoutesAt()
{
    auto *combo = m_dock->findChild<QComboBox *>(QStringLiteral("context"));
    QVERIFY(combo);
    int expectedContexts = 0;
    for (const auto &node : m_fixture->document.topology().nodes) {
        if (const auto *network = node.as<core::VirtualNetwork>())
            expectedContexts += int(network->subnets.size());
        else if (node.kind() != core::NodeKind::Internet)
            ++expectedContexts;
    }
    QCOMPARE(combo->count(), expectedContexts);
    for (int item = 0; item < combo->count(); ++item) {
        combo->setCurrentIndex(item);
        const QString context = combo->itemData(item).toString();
        QCOMPARE(m_dock->context(), context);
        const auto expected = core::routesAt(m_fixture->analysis(), context.toStdString());
        const auto *routes = std::get_if<std::vector<core::RouteView>>(&expected);
        QVERIFY2(routes, qPrintable(context));
        const auto &shown = m_dock->routesModel()->routes();
        QCOMPARE(shown.size(), routes->size());
        for (std::size_t i = 0; i < routes->size(); ++i)
            QVERIFY2(sameRoute(shown[i], (*routes)[i], DisplayNames(m_fixture->document.topology())), qPrintable(context));
    }
}

void TestRoutesDock::followsSelection()
{
    const QString gateway = m_fixture->firstNode(core::NodeKind::ErGateway);
    m_fixture->selection.setIds({gateway});
    QCOMPARE(m_dock->context(), gateway);
    QCOMPARE(m_dock->findChild<QComboBox *>(QStringLiteral("context"))->currentData().toString(),
             gateway);
    const QString onPrem = m_fixture->firstNode(core::NodeKind::OnPrem);
    m_fixture->selection.setIds({onPrem});
    QCOMPARE(m_dock->context(), onPrem);
    // A VNet whose subnet the user picked keeps that subnet.
    m_dock->setContext(QStringLiteral("hub/GatewaySubnet"));
    m_fixture->selection.setIds({QStringLiteral("hub")});
    QCOMPARE(m_dock->context(), QStringLiteral("hub/GatewaySubnet"));
    // Nodes without routes leave the context alone.
    m_fixture->selection.setIds({QStringLiteral("no-such-node")});
    QCOMPARE(m_dock->context(), QStringLiteral("hub/GatewaySubnet"));
}

void TestRoutesDock::hubAndFirewallShowTheirTables()
{
    // V3 (routing.md R10): under private routing intent the hub's own table holds only the
    // three aggregates towards the firewall, the firewall's table what the hub learned; the
    // dock shows each as `routes --at` does, in Azure's words.
    const QString loaded = m_fixture->load(
        QStringLiteral(AVSNET_TEST_DATA "/routing/125-r10-v3-secured-hub-private-intent/design.avsnet"));
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    const DisplayNames names(m_fixture->document.topology());
    const auto matches = [&](const QString &context) {
        const auto expected = core::routesAt(m_fixture->analysis(), context.toStdString());
        const auto &routes = std::get<std::vector<core::RouteView>>(expected);
        const auto &shown = m_dock->routesModel()->routes();
        if (routes.empty() || shown.size() != routes.size())
            return false;
        for (std::size_t i = 0; i < routes.size(); ++i) {
            if (!sameRoute(shown[i], routes[i], names))
                return false;
        }
        return true;
    };

    m_fixture->selection.setIds({QStringLiteral("hub1")});
    QCOMPARE(m_dock->context(), QStringLiteral("hub1"));
    QVERIFY(matches("hub1"));
    const auto &hubRoutes = m_dock->routesModel()->routes();
    QCOMPARE(hubRoutes.size(), std::size_t(3));
    for (const auto &route : hubRoutes) {
        QCOMPARE(route.nextHopType, std::string("Azure Firewall"));
        QCOMPARE(route.source, std::string("Static"));
        QCOMPARE(route.nextHop, std::string("fw1"));
    }
    auto *status = m_dock->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY2(status->text().contains("fw1's table"), qPrintable(status->text()));

    m_fixture->selection.setIds({QStringLiteral("fw1")});
    QCOMPARE(m_dock->context(), QStringLiteral("fw1"));
    QVERIFY(matches("fw1"));
    QStringList types;
    for (const auto &route : m_dock->routesModel()->routes())
        types << QString::fromStdString(route.prefix + " " + route.nextHopType);
    QVERIFY2(types.contains("10.1.0.0/16 Virtual Network Connection"), qPrintable(types.join(", ")));
    QVERIFY(types.contains("10.0.0.0/16 ExpressRouteGateway"));
    QVERIFY(!status->text().contains("Private routing intent"));

    // The hub's gateway keeps its BGP table; the Virtual WAN has none and is no context.
    m_fixture->selection.setIds({QStringLiteral("ergw1")});
    QCOMPARE(m_dock->context(), QStringLiteral("ergw1"));
    QVERIFY(matches("ergw1"));
    m_fixture->selection.setIds({QStringLiteral("vwan1")});
    QCOMPARE(m_dock->context(), QStringLiteral("ergw1"));
    auto *combo = m_dock->findChild<QComboBox *>(QStringLiteral("context"));
    QCOMPARE(combo->findData(QStringLiteral("vwan1")), -1);
    QVERIFY(combo->itemText(combo->findData(QStringLiteral("hub1"))).contains("route table"));
    QVERIFY(combo->itemText(combo->findData(QStringLiteral("fw1"))).contains("route table"));
    QVERIFY(combo->itemText(combo->findData(QStringLiteral("ergw1"))).contains("BGP table"));
    // Every context of the design matches the engine.
    for (int item = 0; item < combo->count(); ++item) {
        combo->setCurrentIndex(item);
        const QString context = combo->itemData(item).toString();
        const auto expected = core::routesAt(m_fixture->analysis(), context.toStdString());
        const auto *routes = std::get_if<std::vector<core::RouteView>>(&expected);
        QVERIFY2(routes, qPrintable(context));
        QCOMPARE(m_dock->routesModel()->routes().size(), routes->size());
    }
}

void TestRoutesDock::prefixSortsNumerically()
{
    RoutesModel model;
    RoutesProxyModel proxy(&model);
    model.setRoutes({route("9.0.0.0/8"), route("10.10.0.0/16"), route("0.0.0.0/0"),
                     route("10.2.0.0/16"), route("10.0.0.0/8"), route("192.168.1.0/24")});
    proxy.sort(RoutesModel::PrefixColumn, Qt::AscendingOrder);
    // As text, 10.10.0.0/16 would come before 10.2.0.0/16 and 9.0.0.0/8 last.
    const QStringList ascending{"192.168.1.0/24", "10.2.0.0/16", "10.10.0.0/16",
                                "9.0.0.0/8",      "10.0.0.0/8",  "0.0.0.0/0"};
    QCOMPARE(prefixColumn(&proxy), ascending);
    proxy.sort(RoutesModel::PrefixColumn, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(prefixColumn(&proxy), descending);

    // The dock's own view, on the sample's busiest table.
    m_dock->setContext(m_fixture->firstNode(core::NodeKind::OnPrem));
    QTreeView *view = m_dock->view();
    view->sortByColumn(RoutesModel::NextHopColumn, Qt::AscendingOrder);
    view->sortByColumn(RoutesModel::PrefixColumn, Qt::AscendingOrder);
    const auto *shown = view->model();
    QVERIFY(shown->rowCount() > 2);
    for (int row = 1; row < shown->rowCount(); ++row) {
        const auto a =
            core::Ipv4Prefix::parse(shown->index(row - 1, 0).data().toString().toStdString());
        const auto b =
            core::Ipv4Prefix::parse(shown->index(row, 0).data().toString().toStdString());
        QVERIFY(a && b);
        QVERIFY(a->length() > b->length() ||
                (a->length() == b->length() && a->first() <= b->first()));
    }
}

void TestRoutesDock::filterMatchesAnyColumn()
{
    m_dock->setContext(m_fixture->firstNode(core::NodeKind::OnPrem));
    auto *filter = m_dock->findChild<QLineEdit *>(QStringLiteral("filter"));
    QVERIFY(filter);
    const auto *shown = m_dock->view()->model();
    const int total = shown->rowCount();
    filter->setText(QStringLiteral("12076"));
    QVERIFY(shown->rowCount() > 0);
    QVERIFY(shown->rowCount() < total);
    for (int row = 0; row < shown->rowCount(); ++row) {
        QVERIFY(shown->index(row, RoutesModel::AsPathColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("12076")));
    }
    filter->setText(QStringLiteral("LOCAL")); // case does not matter
    QVERIFY(shown->rowCount() > 0);
    for (int row = 0; row < shown->rowCount(); ++row) {
        QCOMPARE(shown->index(row, RoutesModel::SourceColumn).data().toString(),
                 QStringLiteral("Local"));
    }
    filter->clear();
    QCOMPARE(shown->rowCount(), total);
}

void TestRoutesDock::inactiveRowsAreGreyed()
{
    RoutesModel model;
    model.setRoutes({route("10.0.0.0/8", true), route("10.0.0.0/8", false)});
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, RoutesModel::ActiveColumn).data().toString(),
             QStringLiteral("Invalid"));
}

void TestRoutesDock::hundredThousandRoutes()
{
    std::vector<core::RouteView> routes;
    routes.reserve(100000);
    for (std::uint32_t i = 0; i < 100000; ++i) {
        const std::uint32_t address = 0x0a000000u + (i << 8);
        core::RouteView view = route("", i % 7 != 0);
        view.prefix = core::Ipv4Prefix(core::Ipv4Address(address), 24 - int(i % 9)).toString();
        view.asPath = {12076, 65000 + i % 500, 64512 + i % 100};
        routes.push_back(std::move(view));
    }
    RoutesModel model;
    RoutesProxyModel proxy(&model);
    proxy.sort(RoutesModel::PrefixColumn, Qt::AscendingOrder);
    QElapsedTimer timer;
    timer.start();
    model.setRoutes(std::move(routes));
    const qint64 loadMs = timer.restart();
    proxy.sort(RoutesModel::AsPathColumn, Qt::DescendingOrder);
    const qint64 sortMs = timer.restart();
    proxy.setFilterText(QStringLiteral("65123"));
    const qint64 filterMs = timer.restart();
    qInfo("100,000 routes: load and sort %lld ms, sort by AS path %lld ms, filter %lld ms", loadMs,
          sortMs, filterMs);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(proxy.rowCount(), 200); // i % 500 == 123
    QVERIFY(loadMs + sortMs + filterMs < 5000);
}

QTEST_MAIN(TestRoutesDock)
#include "tst_routesdock.moc"
