// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// R7: a VNet or peered range beats every BGP route inside it, however specific, and no route
// that is not inside one (EffectiveRouteTable keeps the outermost ranges for a binary search).

#include "routing/effectiveroutetable.h"

#include <QTest>

using namespace avsnet::core;

namespace {

Ipv4Prefix prefix(const char *text)
{
    return *Ipv4Prefix::parse(text);
}

EffectiveRoute systemRoute(const char *range, EffectiveNextHop type)
{
    EffectiveRoute route;
    route.prefix = prefix(range);
    route.nextHopType = type;
    route.active = true;
    return route;
}

EffectiveRoute bgpRoute(const char *range)
{
    EffectiveRoute route;
    route.prefix = prefix(range);
    route.source = RouteSource::VirtualNetworkGateway;
    route.nextHopType = EffectiveNextHop::VirtualNetworkGateway;
    route.programmedBy = ProgrammedBy::ExpressRoute;
    route.active = true;
    return route;
}

} // namespace

class TestEffectiveRouteTable : public QObject
{
    Q_OBJECT

private slots:
    void bgpRouteInsideAVnetOrPeeredRangeIsInactive_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("active");
        QTest::newRow("inside the VNet") << "10.1.5.0/24" << false;
        QTest::newRow("equal to the VNet") << "10.1.0.0/16" << false;
        QTest::newRow("inside a peered range") << "10.2.7.0/24" << false;
        QTest::newRow("inside a nested peered range") << "10.2.5.128/25" << false;
        QTest::newRow("inside the last range") << "10.5.0.0/25" << false;
        QTest::newRow("covering a range") << "10.5.0.0/23" << true;
        QTest::newRow("covering every range") << "10.0.0.0/8" << true;
        QTest::newRow("last address of a peered range") << "10.2.255.255/32" << false;
        QTest::newRow("just after the last range") << "10.5.1.0/24" << true;
        QTest::newRow("between two ranges") << "10.4.0.0/24" << true;
        QTest::newRow("before every range") << "10.0.0.0/16" << true;
        QTest::newRow("inside a gateway route, not a VNet range") << "192.168.1.0/24" << true;
    }

    void bgpRouteInsideAVnetOrPeeredRangeIsInactive()
    {
        QFETCH(QString, route);
        QFETCH(bool, active);
        // Out of order on purpose, a nested peered range among them, and a system route of
        // another kind that must not count as a VNet range.
        std::vector<EffectiveRoute> system{
            systemRoute("10.5.0.0/24", EffectiveNextHop::VNetPeering),
            systemRoute("10.2.5.0/24", EffectiveNextHop::VNetPeering),
            systemRoute("10.1.0.0/16", EffectiveNextHop::VnetLocal),
            systemRoute("10.2.0.0/16", EffectiveNextHop::VNetPeering),
            systemRoute("192.168.0.0/16", EffectiveNextHop::None),
            systemRoute("0.0.0.0/0", EffectiveNextHop::Internet)};
        auto set = std::make_shared<ProgrammedRouteSet>();
        set->routes = {bgpRoute(route.toLatin1().constData())};
        set->routes.front().prefix = set->routes.front().prefix.network();
        set->lengths = std::uint64_t(1) << set->routes.front().prefix.length();
        const EffectiveRouteTable table(system, set, {});

        const auto candidates = table.routesFor(set->routes.front().prefix);
        const auto bgp = std::find_if(candidates.begin(), candidates.end(), [](const auto &r) {
            return r.source == RouteSource::VirtualNetworkGateway;
        });
        QVERIFY(bgp != candidates.end());
        QCOMPARE(bgp->active, active);
    }
};

QTEST_APPLESS_MAIN(TestEffectiveRouteTable)
#include "tst_effectiveroutetable.moc"
