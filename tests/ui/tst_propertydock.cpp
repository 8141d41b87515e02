// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/designcommands.h"
#include "document/document.h"
#include "document/selection.h"
#include "panels/designpage.h"
#include "panels/fieldvalidation.h"
#include "panels/multiselectionpage.h"
#include "panels/nodepage.h"
#include "panels/notesedit.h"
#include "panels/propertydock.h"
#include "panels/routestableedit.h"
#include "panels/subnetstableedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <memory>
#include <tuple>

using namespace avsnet;
using namespace avsnet::ui;

namespace {

core::Ipv4Prefix prefix(const char *text)
{
    return *core::Ipv4Prefix::parse(text);
}

core::Node node(const char *id, core::NodeData data)
{
    return {id, {}, {}, false, {}, std::move(data), core::UnknownFields::object()};
}

core::VirtualHub virtualHub(const char *addressPrefix)
{
    core::VirtualHub hub;
    hub.vwan = "vwan1";
    hub.addressPrefix = prefix(addressPrefix);
    return hub;
}

// A hub gateway or a hub firewall.
template<typename Data> Data inHub(const char *hub)
{
    Data data;
    data.hub = hub;
    return data;
}

// One node of every kind and a link of every kind; the hub has a route table used by a subnet.
// A Virtual WAN with two hubs: hub1 holds an ExpressRoute and a VPN gateway and two
// firewalls, hub2 one firewall; the spoke is also on a hub connection to hub1.
core::Topology sampleTopology()
{
    core::Topology topology;
    topology.name = "Sample";
    topology.description = "for the property dock";
    const auto nva1 = *core::Ipv4Address::parse("10.1.1.4");
    const core::UserRoute route{.name = "default",
                                .prefix = prefix("0.0.0.0/0"),
                                .nextHopType = core::NextHopType::VirtualAppliance,
                                .nextHopIp = nva1};
    const core::Segment web{.name = "web", .prefix = prefix("10.201.1.0/24")};
    core::VirtualNetwork spoke;
    spoke.addressSpace = {prefix("10.2.0.0/16")};
    topology.nodes = {
        node("site1", core::OnPremSite{.asn = 65001,
                                       .prefixes = {prefix("10.0.0.0/16")},
                                       .advertise = std::nullopt}),
        node("circuit1", core::ErCircuit{.location = "westeurope"}),
        node("avs1", core::AvsPrivateCloud{.managementBlock = prefix("10.200.0.0/22"),
                                           .segments = {web},
                                           .location = "westeurope"}),
        node("hub",
             core::VirtualNetwork{
                 .addressSpace = {prefix("10.1.0.0/16")},
                 .subnets
                 = {{.name = "GatewaySubnet", .prefix = prefix("10.1.0.0/27"), .routeTable = ""},
                    {.name = "app", .prefix = prefix("10.1.1.0/24"), .routeTable = "rt1"}},
                 .routeTables = {{.name = "rt1", .routes = {route}}},
                 .location = "westeurope"}),
        node("spoke", spoke),
        node("ergw", core::ErGateway{.vnet = "hub", .hub = {}, .sku = core::ErGatewaySku::ErGw1Az}),
        node("vpngw", core::VpnGateway{.vnet = "hub", .hub = {}}),
        node("rs", core::RouteServer{.vnet = "hub"}),
        node("nva1", core::Nva{.vnet = "hub",
                               .subnet = "app",
                               .ip = nva1,
                               .asn = 65010,
                               .originate = {},
                               .asPath = {},
                               .nextHop = {}}),
        node("internet", core::InternetBreakout{}),
        node("vwan1", core::VirtualWan{}),
        node("hub1", virtualHub("10.210.0.0/23")),
        node("hub2", virtualHub("10.212.0.0/23")),
        node("hergw", inHub<core::ErGateway>("hub1")),
        node("hvpngw", inHub<core::VpnGateway>("hub1")),
        node("fw1", inHub<core::HubFirewall>("hub1")),
        node("fw2", inHub<core::HubFirewall>("hub1")),
        node("fw3", inHub<core::HubFirewall>("hub2")),
    };
    const std::tuple<const char *, const char *, const char *, core::LinkData> links[]
        = {{"peering1", "site1", "circuit1", core::ErPeeringLink{}},
           {"conn1", "circuit1", "ergw", core::ErConnectionLink{}},
           {"reach1", "avs1", "circuit1", core::GlobalReachLink{}},
           {"peer1", "spoke", "hub", core::VnetPeeringLink{}},
           {"vpn1", "vpngw", "site1", core::VpnConnectionLink{}},
           {"bgp1", "nva1", "rs", core::BgpSessionLink{}},
           {"hc1", "spoke", "hub1", core::HubConnectionLink{}},
           {"conn2", "circuit1", "hergw", core::ErConnectionLink{}},
           {"vpn2", "hvpngw", "site1", core::VpnConnectionLink{}}};
    for (const auto &[id, from, to, data] : links)
        topology.links.push_back({id, from, to, false, {}, data, core::UnknownFields::object()});
    return topology;
}

// Replaces the text as a user would: select all, type, press Enter.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestPropertyDock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dock.reset(); // first: it listens to the document and the selection
        m_document = std::make_unique<Document>();
        m_document->reset(sampleTopology(), QString());
        m_selection = std::make_unique<Selection>();
        // As the main window wires it: the selection follows a rename.
        QObject::connect(m_document.get(), &Document::itemRenamed, m_selection.get(),
                         &Selection::rename);
        m_dock = std::make_unique<PropertyDock>(m_document.get(), m_selection.get(), nullptr);
        m_dock->resize(420, 900);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        m_original = m_document->toText();
    }

    void everyKindHasItsEditors()
    {
        const std::pair<const char *, const char *> kinds[]
            = {{"site1", "asn prefixes advertise advertise.sameAsPrefixes advertiseDefaultRoute"},
               {"circuit1", "sku location bandwidthMbps"},
               {"avs1", "managementBlock segments internet location"},
               {"hub", "addressSpace subnets routeTables routeTables[0].name location "
                       "routeTables[0].disableBgpRoutePropagation routeTables[0].routes"},
               {"ergw", "vnet sku allowRemoteVnetTraffic allowVirtualWanTraffic"},
               {"vpngw", "vnet asn bgp activeActive"},
               {"rs", "vnet branchToBranch hubRoutingPreference"},
               {"nva1", "vnet subnet ip nextHop asn ipForwarding originate readvertise asPath.prepend "
                        "asPath.replacePrivate"},
               {"internet", "name"},
               {"peering1", "primarySubnet secondarySubnet"},
               {"conn1", "weight fastPath"},
               {"reach1", "subnet"},
               {"peer1", "gatewayTransit peeringSides allowForwardedTraffic"},
               {"vpn1", "bgp weight"},
               {"bgp1", "kind from to"},
               {"vwan1", "branchToBranch"},
               {"hub1", "vwan addressPrefix location hubRoutingPreference "
                        "routingIntent.privateTraffic routingIntent.internetTraffic "
                        "routingIntent.additionalPrefixes erToErTransit"},
               {"hergw", "hub allowNonVirtualWanTraffic"},
               {"hvpngw", "hub hubVpnFixed"},
               {"fw1", "hub ip vendor"},
               {"hc1", "propagateDefaultRoute"},
               {"conn2", "weight fastPath propagateDefaultRoute"},
               {"vpn2", "bgp weight propagateDefaultRoute"}};
        for (const auto &[id, names] : kinds) {
            select({id});
            QVERIFY(page()->inherits(m_document->topology().node(id) ? "avsnet::ui::NodePage"
                                                                     : "avsnet::ui::LinkPage"));
            QCOMPARE(page()->findChild<QLineEdit *>("id")->text(), QString(id));
            for (const QString &name : QString("%1 disabled notes").arg(names).split(' '))
                QVERIFY2(page()->findChild<QWidget *>(name), qPrintable(id + (" " + name)));
        }
        // Nothing is written by showing pages.
        QCOMPARE(steps(), 0);
        QCOMPARE(m_document->toText(), m_original);

        // A hub's gateways have the hub's fields, not a VNet gateway's.
        select({"hergw"});
        QVERIFY(!page()->findChild<QWidget *>("vnet") && !page()->findChild<QWidget *>("sku"));
        QVERIFY(!page()->findChild<QWidget *>("allowRemoteVnetTraffic"));
        select({"ergw"});
        QVERIFY(!page()->findChild<QWidget *>("hub") && !page()->findChild<QWidget *>("allowNonVirtualWanTraffic"));
        select({"hvpngw"});
        QVERIFY(!page()->findChild<QWidget *>("asn") && !page()->findChild<QWidget *>("activeActive"));
        QVERIFY(field<QLabel>("hubVpnFixed")->text().contains("65515"));
        // A connection's default-route switch shows only towards a hub's gateway.
        select({"conn2"});
        QVERIFY(field<QCheckBox>("propagateDefaultRoute")->isVisibleTo(page()));
        select({"conn1"});
        QVERIFY(!field<QCheckBox>("propagateDefaultRoute")->isVisibleTo(page()));
        select({"vpn1"});
        QVERIFY(!field<QCheckBox>("propagateDefaultRoute")->isVisibleTo(page()));
        QCOMPARE(steps(), 0);
    }

    void virtualWanFieldsEditAndUndo()
    {
        // Every Virtual WAN field is on a page, its tooltip says what Azure does and its
        // default, and every edit is one undo step.
        select({"hub1"});
        const QStringList hubFields{"vwan", "addressPrefix", "hubRoutingPreference",
                                    "routingIntent.privateTraffic", "routingIntent.internetTraffic",
                                    "routingIntent.additionalPrefixes", "erToErTransit"};
        for (const QString &name : hubFields) {
            const QString tip = field<QWidget>(qPrintable(name))->toolTip();
            QVERIFY2(tip.contains("Default") || tip.contains("Required"), qPrintable(name));
        }
        QVERIFY(field<QWidget>("routingIntent.privateTraffic")->toolTip().contains("10.0.0.0/8"));
        auto *privateTraffic = field<QComboBox>("routingIntent.privateTraffic");
        // Only this hub's firewalls are offered, after "none".
        QCOMPARE(privateTraffic->count(), 3);
        QCOMPARE(privateTraffic->currentData().toString(), QString());
        QVERIFY(privateTraffic->findData("fw1") > 0 && privateTraffic->findData("fw2") > 0);
        QCOMPARE(privateTraffic->findData("fw3"), -1);
        auto *additional = field<QLineEdit>("routingIntent.additionalPrefixes");
        QVERIFY(!additional->isEnabled()); // no private policy yet
        privateTraffic->setCurrentIndex(privateTraffic->findData("fw1"));
        QCOMPARE(intent("hub1").privateTraffic, std::string("fw1"));
        QVERIFY(additional->isEnabled());
        typeInto(additional, "100.64.0.0/10, 198.18.0.0/15");
        QCOMPARE(intent("hub1").additionalPrefixes.size(), std::size_t(2));
        auto *internetTraffic = field<QComboBox>("routingIntent.internetTraffic");
        internetTraffic->setCurrentIndex(internetTraffic->findData("fw2"));
        QCOMPARE(intent("hub1").internetTraffic, std::string("fw2"));
        auto *preference = field<QComboBox>("hubRoutingPreference");
        QVERIFY(preference->toolTip().contains("Default: ExpressRoute"));
        preference->setCurrentIndex(preference->findData("as-path"));
        QVERIFY(data<core::VirtualHub>("hub1").hubRoutingPreference == core::HubRoutingPreference::AsPath);
        field<QCheckBox>("erToErTransit")->click();
        QVERIFY(data<core::VirtualHub>("hub1").erToErTransit);
        auto *addressPrefix = field<QLineEdit>("addressPrefix");
        typeInto(addressPrefix, "10.210.0.1/23");
        QCOMPARE(fieldState(addressPrefix), QString("invalid")); // host bits: never written
        QCOMPARE(data<core::VirtualHub>("hub1").addressPrefix.toString(), std::string("10.210.0.0/23"));
        typeInto(addressPrefix, "10.210.0.0/25");
        QCOMPARE(fieldState(addressPrefix), QString("warning")); // written, and a finding
        QCOMPARE(data<core::VirtualHub>("hub1").addressPrefix.toString(), std::string("10.210.0.0/25"));
        QCOMPARE(steps(), 6);
        QCOMPARE(m_document->undoStack()->undoText(), QString("Change Address prefix of hub1"));

        // Back to no policy and no prefix: the hub has no routing intent in the file again.
        privateTraffic->setCurrentIndex(privateTraffic->findData(QString()));
        internetTraffic->setCurrentIndex(internetTraffic->findData(QString()));
        typeInto(additional, "");
        QVERIFY(!data<core::VirtualHub>("hub1").routingIntent);
        QVERIFY(undoAllRestoresTheFile());

        // A policy naming another hub's firewall is shown for what it is.
        select({"hub2"});
        {
            core::Node before = modelNode("hub2");
            core::Node after = before;
            after.as<core::VirtualHub>()->routingIntent.emplace().privateTraffic = "fw1";
            m_document->undoStack()->push(new ChangeNode(m_document.get(), before, after, "test"));
        }
        auto *other = field<QComboBox>("routingIntent.privateTraffic");
        QVERIFY2(other->currentText().contains("not a firewall of this hub"), qPrintable(other->currentText()));
        QVERIFY(undoAllRestoresTheFile());

        select({"vwan1"});
        auto *branch = field<QCheckBox>("branchToBranch");
        QVERIFY(branch->isChecked() && branch->toolTip().contains("Default: on"));
        branch->click();
        QVERIFY(!data<core::VirtualWan>("vwan1").branchToBranch);

        select({"fw1"});
        for (const char *name : {"hub", "ip", "vendor"})
            QVERIFY2(field<QWidget>(name)->toolTip().contains("Default") || field<QWidget>(name)->toolTip().contains("Required"), name);
        auto *vendor = field<QComboBox>("vendor");
        vendor->setCurrentIndex(vendor->findData("nva"));
        QVERIFY(data<core::HubFirewall>("fw1").vendor == core::FirewallVendor::Nva);
        typeInto(field<QLineEdit>("ip"), "10.210.0.132");
        QCOMPARE(data<core::HubFirewall>("fw1").ip->toString(), std::string("10.210.0.132"));
        auto *firewallHub = field<QComboBox>("hub");
        QCOMPARE(firewallHub->count(), 2); // hub1, hub2

        select({"hergw"});
        auto *nonVwan = field<QCheckBox>("allowNonVirtualWanTraffic");
        QVERIFY(nonVwan->toolTip().contains("Default: off"));
        nonVwan->click();
        QVERIFY(data<core::ErGateway>("hergw").allowNonVirtualWanTraffic);

        select({"hc1"});
        auto *propagate = field<QCheckBox>("propagateDefaultRoute");
        QVERIFY(propagate->isChecked() && propagate->toolTip().contains("Default: on"));
        propagate->click();
        QVERIFY(!modelLink("hc1").as<core::HubConnectionLink>()->propagateDefaultRoute);

        select({"conn2"});
        auto *toCircuit = field<QCheckBox>("propagateDefaultRoute");
        QVERIFY(!toCircuit->isChecked() && toCircuit->toolTip().contains("Default: off"));
        toCircuit->click();
        QVERIFY(modelLink("conn2").as<core::ErConnectionLink>()->propagateDefaultRoute);
        select({"vpn2"});
        field<QCheckBox>("propagateDefaultRoute")->click();
        QVERIFY(modelLink("vpn2").as<core::VpnConnectionLink>()->propagateDefaultRoute);
        QCOMPARE(steps(), 7);
        QVERIFY(undoAllRestoresTheFile());
    }

    void renamingAHubOrFirewallCarriesEveryReference()
    {
        select({"hub1"});
        auto *privateTraffic = field<QComboBox>("routingIntent.privateTraffic");
        privateTraffic->setCurrentIndex(privateTraffic->findData("fw1"));
        typeInto(field<QLineEdit>("id"), "hub-weu");
        QVERIFY(m_document->topology().node("hub-weu"));
        for (const char *child : {"hergw", "hvpngw", "fw1", "fw2"})
            QCOMPARE(modelNode(child).parentHub(), std::string("hub-weu"));
        QCOMPARE(modelLink("hc1").to, std::string("hub-weu"));
        select({"fw1"});
        typeInto(field<QLineEdit>("id"), "fw-weu");
        QCOMPARE(intent("hub-weu").privateTraffic, std::string("fw-weu"));
        select({"vwan1"});
        typeInto(field<QLineEdit>("id"), "wan");
        QCOMPARE(data<core::VirtualHub>("hub-weu").vwan, std::string("wan"));
        QCOMPARE(data<core::VirtualHub>("hub2").vwan, std::string("wan"));
        QCOMPARE(steps(), 4);
        QVERIFY(undoAllRestoresTheFile());
    }

    void badPrefixIsRefusedAtTheField()
    {
        select({"hub"});
        auto *space = field<QLineEdit>("addressSpace");
        typeInto(space, "10.1.0.0/16, 10.9.0/16");
        QCOMPARE(m_document->toText(), m_original);
        QCOMPARE(fieldState(space), QString("invalid"));
        QVERIFY(space->toolTip().contains("10.9.0/16"));
        QVERIFY(field<QLabel>("addressSpace.hint")->isVisible());
        QCOMPARE(field<QLabel>("addressSpace.hint")->text(), space->toolTip());
        // The bad text stays for the user to fix.
        QCOMPARE(space->text(), QString("10.1.0.0/16, 10.9.0/16"));
    }

    void goodPrefixIsOneUndoStep()
    {
        select({"hub"});
        auto *space = field<QLineEdit>("addressSpace");
        typeInto(space, "10.9.0/16");
        typeInto(space, "10.1.0.0/16,10.9.0.0/16");
        QCOMPARE(fieldState(space), QString());
        QVERIFY(!field<QLabel>("addressSpace.hint")->isVisible());
        QCOMPARE(hub().addressSpace, (std::vector{prefix("10.1.0.0/16"), prefix("10.9.0.0/16")}));
        QCOMPARE(steps(), 1);
        // The field shows the model's spelling.
        QCOMPARE(space->text(), QString("10.1.0.0/16, 10.9.0.0/16"));

        undo();
        QCOMPARE(m_document->toText(), m_original);
        QCOMPARE(space->text(), QString("10.1.0.0/16"));
        m_document->undoStack()->redo();
        QCOMPARE(hub().addressSpace.size(), std::size_t(2));
    }

    void hostBitsAreRefused()
    {
        // Azure refuses a prefix with host bits set; so does the field, and says what to write.
        select({"avs1"});
        auto *block = field<QLineEdit>("managementBlock");
        typeInto(block, "10.1.0.1/16");
        QCOMPARE(m_document->toText(), m_original);
        QCOMPARE(fieldState(block), QString("invalid"));
        const QString hint = field<QLabel>("managementBlock.hint")->text();
        QVERIFY2(hint.contains("host bits set; write the network address 10.1.0.0/16"),
                 qPrintable(hint));
        // A /16 where a /22 belongs is only a warning, and written.
        typeInto(block, "10.1.0.0/16");
        QCOMPARE(data<core::AvsPrivateCloud>("avs1").managementBlock.toString(),
                 std::string("10.1.0.0/16"));
        QCOMPARE(fieldState(block), QString("warning"));
        QVERIFY2(field<QLabel>("managementBlock.hint")->text().contains("/22"), qPrintable(hint));
    }

    void typingInTheNameMerges()
    {
        select({"site1"});
        auto *name = field<QLineEdit>("name");
        typeInto(name, "Main");
        name->end(false);
        QTest::keyClicks(name, " office");
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(modelNode("site1").name, std::string("Main office"));
        QCOMPARE(steps(), 1);
        undo();
        QCOMPARE(m_document->toText(), m_original);
        QCOMPARE(name->text(), QString());

        // Another edit of the same node arrives while the user types (a checkbox, a script):
        // the field is not rebuilt and keeps its text and cursor.
        QTest::keyClicks(name, "Half typ");
        name->setCursorPosition(4);
        field<QCheckBox>("disabled")->setChecked(true);
        QVERIFY(modelNode("site1").disabled);
        QCOMPARE(field<QLineEdit>("name"), name);
        QCOMPARE(name->text(), QString("Half typ"));
        QCOMPARE(name->cursorPosition(), 4);
        // Selecting something else commits it, as any focus change does.
        select({"hub"});
        QCOMPARE(modelNode("site1").name, std::string("Half typ"));
    }

    void asnOutOfRangeIsRefused()
    {
        select({"site1"});
        auto *asn = field<QLineEdit>("asn");
        typeInto(asn, "4294967296");
        QCOMPARE(data<core::OnPremSite>("site1").asn, core::Asn(65001));
        QCOMPARE(fieldState(asn), QString("invalid"));
        typeInto(asn, "0");
        QCOMPARE(fieldState(asn), QString("invalid"));
        QCOMPARE(steps(), 0);
        typeInto(asn, "4294967295");
        QCOMPARE(fieldState(asn), QString());
        QCOMPARE(data<core::OnPremSite>("site1").asn, core::Asn(4294967295u));

        // An NVA's ASN is optional: empty removes it.
        select({"nva1"});
        asn = field<QLineEdit>("asn");
        QCOMPARE(asn->text(), QString("65010"));
        typeInto(asn, "");
        QVERIFY(!data<core::Nva>("nva1").asn);
        QCOMPARE(fieldState(asn), QString());
    }

    void linkCheckBoxTogglesAndUndoes()
    {
        select({"peer1"});
        QCOMPARE(field<QLabel>("from")->text(), QString("spoke"));
        auto *box = field<QCheckBox>("allowForwardedTraffic");
        QVERIFY(box->isChecked());
        box->click();
        QVERIFY(!modelLink("peer1").as<core::VnetPeeringLink>()->allowForwardedTraffic);
        QCOMPARE(steps(), 1);
        undo();
        QVERIFY(modelLink("peer1").as<core::VnetPeeringLink>()->allowForwardedTraffic);
        QVERIFY(box->isChecked());
        QCOMPARE(m_document->toText(), m_original);
    }

    void gatewayTransitIsChosenByNameAndMayTurnThePeering()
    {
        select({"peer1"}); // spoke -> hub
        auto *transit = field<QComboBox>("gatewayTransit");
        QCOMPARE(transit->currentData().toString(), QString());
        // Both ends are offered by name; the spoke has no gateway, and says so.
        QCOMPARE(transit->itemText(1), QString("spoke uses the gateways of hub"));
        QCOMPARE(transit->itemText(2), QString("hub uses the gateways of spoke (spoke has none)"));
        transit->setCurrentIndex(1);
        QVERIFY(modelLink("peer1").as<core::VnetPeeringLink>()->useRemoteGateways);
        QCOMPARE(modelLink("peer1").from, std::string("spoke"));
        QVERIFY(field<QLabel>("peeringSides")->text().contains("hub"));
        // The other way round turns the link, in the same one step of history.
        transit->setCurrentIndex(transit->findData("hub"));
        QCOMPARE(modelLink("peer1").from, std::string("hub"));
        QCOMPARE(modelLink("peer1").to, std::string("spoke"));
        QVERIFY(modelLink("peer1").as<core::VnetPeeringLink>()->useRemoteGateways);
        QCOMPARE(steps(), 1);
        undo();
        QCOMPARE(m_document->toText(), m_original);
        QCOMPARE(field<QComboBox>("gatewayTransit")->currentData().toString(), QString());
    }

    void renamingAnIdCarriesEveryReference()
    {
        select({"hub"});
        typeInto(field<QLineEdit>("id"), "core-hub");
        QVERIFY(!m_document->topology().node("hub"));
        QVERIFY(m_document->topology().node("core-hub"));
        QCOMPARE(data<core::ErGateway>("ergw").vnet, std::string("core-hub"));
        QCOMPARE(modelLink("peer1").to, std::string("core-hub"));
        QCOMPARE(m_selection->current(), QString("core-hub"));
        QCOMPARE(steps(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QString("Rename hub to core-hub"));
        undo();
        QCOMPARE(m_document->toText(), m_original);
        // An id another item has, or an empty one, is refused at the field.
        select({"spoke"});
        auto *id = field<QLineEdit>("id");
        typeInto(id, "hub");
        QCOMPARE(fieldState(id), QString("invalid"));
        QVERIFY(field<QLabel>("id.hint")->text().contains("already"));
        typeInto(id, "");
        QCOMPARE(fieldState(id), QString("invalid"));
        QCOMPARE(m_document->toText(), m_original);
        // Characters an id cannot hold are not typed at all.
        typeInto(id, "new spoke!");
        QCOMPARE(id->text(), QString("newspoke"));
    }

    void undoRefreshesTheEditor()
    {
        select({"nva1"});
        auto *prepend = field<QSpinBox>("asPath.prepend");
        prepend->setValue(3);
        QCOMPARE(data<core::Nva>("nva1").asPath.prepend, 3);
        auto *ip = field<QLineEdit>("ip");
        typeInto(ip, "10.1.1.5");
        typeInto(ip, "10.1.1.300");
        QCOMPARE(fieldState(ip), QString("invalid"));
        QCOMPARE(data<core::Nva>("nva1").ip.toString(), std::string("10.1.1.5"));
        undo();
        // The model value changed under the field: it shows it and is no longer marked.
        QCOMPARE(ip->text(), QString("10.1.1.4"));
        QCOMPARE(fieldState(ip), QString());
        undo();
        QCOMPARE(prepend->value(), 0);
        QCOMPARE(m_document->toText(), m_original);
    }

    void advertiseSameAsPrefixes()
    {
        select({"site1"});
        auto *same = field<QCheckBox>("advertise.sameAsPrefixes");
        auto *advertise = field<QLineEdit>("advertise");
        QVERIFY(same->isChecked());
        QVERIFY(!advertise->isEnabled());
        QCOMPARE(advertise->text(), QString("10.0.0.0/16"));
        same->click();
        QVERIFY(advertise->isEnabled());
        typeInto(advertise, "10.0.0.0/8");
        const auto &site = data<core::OnPremSite>("site1");
        QVERIFY(site.advertise);
        QCOMPARE(site.advertise->front(), prefix("10.0.0.0/8"));
        same->click();
        QVERIFY(!data<core::OnPremSite>("site1").advertise);
        QCOMPARE(advertise->text(), QString("10.0.0.0/16"));
        QVERIFY(undoAllRestoresTheFile());
    }

    void duplicateSubnetNameIsRefused()
    {
        select({"hub"});
        auto *subnets = field<SubnetsTableEdit>("subnets");
        QCOMPARE(subnets->table()->rowCount(), 2);
        subnets->table()->item(1, SubnetsTableEdit::NameColumn)->setText("GatewaySubnet");
        QCOMPARE(fieldState(subnets), QString("invalid"));
        QVERIFY(subnets->toolTip().contains("used twice"));
        QCOMPARE(m_document->toText(), m_original);

        subnets->table()->item(1, SubnetsTableEdit::NameColumn)->setText("workload");
        QCOMPARE(fieldState(subnets), QString());
        QCOMPARE(hub().subnets[1].name, std::string("workload"));
        subnets->table()->item(1, SubnetsTableEdit::PrefixColumn)->setText("10.1.2.0/24");
        QCOMPARE(steps(), 2);

        // Add proposes a free /24 and commits at once; remove is its own step too.
        subnets->addButton()->click();
        QCOMPARE(hub().subnets.size(), std::size_t(3));
        QCOMPARE(hub().subnets[2].prefix, prefix("10.1.1.0/24"));
        subnets->table()->selectRow(0);
        subnets->removeButton()->click();
        QCOMPARE(hub().subnets.size(), std::size_t(2));
        QCOMPARE(steps(), 4);
        QVERIFY(undoAllRestoresTheFile());
        QCOMPARE(subnets->table()->rowCount(), 2);
    }

    void renamedRouteTableIsFollowedBySubnets()
    {
        select({"hub"});
        // A subnet's route table is a combo of the VNet's tables (refilled on renames).
        auto combo = [this] {
            return qobject_cast<QComboBox *>(
                field<SubnetsTableEdit>("subnets")->table()->cellWidget(
                    1, SubnetsTableEdit::RouteTableColumn));
        };
        QCOMPARE(combo()->count(), 2); // (none), rt1
        QCOMPARE(combo()->currentData().toString(), QString("rt1"));
        typeInto(field<QLineEdit>("routeTables[0].name"), "rt-app");
        QCOMPARE(hub().routeTables[0].name, std::string("rt-app"));
        QCOMPARE(hub().subnets[1].routeTable, std::string("rt-app"));
        QCOMPARE(steps(), 1);
        // Renaming again still follows (the editor re-based on the committed names) and merges.
        typeInto(field<QLineEdit>("routeTables[0].name"), "rt-web");
        QCOMPARE(hub().subnets[1].routeTable, std::string("rt-web"));
        QCOMPARE(steps(), 1);
        QCOMPARE(combo()->currentData().toString(), QString("rt-web"));
        combo()->setCurrentIndex(combo()->findData(""));
        QCOMPARE(hub().subnets[1].routeTable, std::string());
        QCOMPARE(steps(), 2);
        QVERIFY(undoAllRestoresTheFile());
    }

    void nextHopIpOnlyForVirtualAppliance()
    {
        select({"hub"});
        auto *routes = field<RoutesTableEdit>("routeTables[0].routes");
        QTableWidget *table = routes->table();
        QVERIFY(table->item(0, RoutesTableEdit::NextHopIpColumn)->flags() & Qt::ItemIsEnabled);
        auto *type
            = qobject_cast<QComboBox *>(table->cellWidget(0, RoutesTableEdit::NextHopTypeColumn));
        type->setCurrentIndex(type->findData(int(core::NextHopType::Internet)));
        QVERIFY(!(table->item(0, RoutesTableEdit::NextHopIpColumn)->flags() & Qt::ItemIsEnabled));
        const auto &route = hub().routeTables[0].routes[0];
        QVERIFY(route.nextHopType == core::NextHopType::Internet);
        QVERIFY(!route.nextHopIp);

        // Back to VirtualAppliance: a bad IP is refused at its cell.
        type->setCurrentIndex(type->findData(int(core::NextHopType::VirtualAppliance)));
        table->item(0, RoutesTableEdit::NextHopIpColumn)->setText("10.1.1");
        QCOMPARE(fieldState(routes), QString("invalid"));
        QCOMPARE(fieldState(field<QWidget>("routeTables")), QString("invalid"));
        table->item(0, RoutesTableEdit::NextHopIpColumn)->setText("10.1.1.9");
        QCOMPARE(hub().routeTables[0].routes[0].nextHopIp->toString(), std::string("10.1.1.9"));
        QVERIFY(undoAllRestoresTheFile());
    }

    void spinBoxAndComboCommitAtOnce()
    {
        select({"circuit1"});
        field<QSpinBox>("bandwidthMbps")->setValue(2000);
        QCOMPARE(data<core::ErCircuit>("circuit1").bandwidthMbps, 2000);
        auto *sku = field<QComboBox>("sku");
        sku->setCurrentIndex(sku->findData("premium"));
        QVERIFY(data<core::ErCircuit>("circuit1").sku == core::CircuitSku::Premium);

        select({"ergw"});
        auto *vnet = field<QComboBox>("vnet");
        QCOMPARE(vnet->currentData().toString(), QString("hub"));
        QCOMPARE(vnet->count(), 2); // hub, spoke
        vnet->setCurrentIndex(vnet->findData("spoke"));
        QCOMPARE(data<core::ErGateway>("ergw").vnet, std::string("spoke"));
        QCOMPARE(steps(), 3);
        QVERIFY(undoAllRestoresTheFile());
    }

    void revisionTwoFieldsEditAndUndo()
    {
        // Every field routing revision 2 added is on a property page, says in its tooltip what
        // Azure does and its default, and each edit is one undo step.
        select({"ergw"});
        auto *sku = field<QComboBox>("sku");
        QCOMPARE(sku->currentData().toString(), QString("ergw1az"));
        sku->setCurrentIndex(sku->findData("ultra"));
        QVERIFY(data<core::ErGateway>("ergw").sku == core::ErGatewaySku::Ultra);
        for (const char *name : {"sku", "allowRemoteVnetTraffic", "allowVirtualWanTraffic"})
            QVERIFY2(field<QWidget>(name)->toolTip().contains("Default"), name);
        field<QCheckBox>("allowRemoteVnetTraffic")->click();
        QVERIFY(data<core::ErGateway>("ergw").allowRemoteVnetTraffic);
        field<QCheckBox>("allowVirtualWanTraffic")->click();
        QVERIFY(data<core::ErGateway>("ergw").allowVirtualWanTraffic);

        select({"rs"});
        auto *preference = field<QComboBox>("hubRoutingPreference");
        QVERIFY(preference->toolTip().contains("Default: ExpressRoute"));
        preference->setCurrentIndex(preference->findData("as-path"));
        QVERIFY(data<core::RouteServer>("rs").hubRoutingPreference
                == core::HubRoutingPreference::AsPath);

        select({"nva1"});
        auto *nextHop = field<QLineEdit>("nextHop");
        QVERIFY(nextHop->text().isEmpty() && nextHop->toolTip().contains("Default"));
        typeInto(nextHop, "10.1.1.100");
        QCOMPARE(data<core::Nva>("nva1").announcedNextHop().toString(), std::string("10.1.1.100"));
        typeInto(nextHop, "10.1.1.");
        QCOMPARE(fieldState(nextHop), QString("invalid"));
        typeInto(nextHop, "");
        QVERIFY(!data<core::Nva>("nva1").nextHop);

        select({"circuit1"});
        auto *circuitSku = field<QComboBox>("sku");
        QVERIFY(circuitSku->toolTip().contains("Global Reach"));
        circuitSku->setCurrentIndex(circuitSku->findData("local"));
        QVERIFY(data<core::ErCircuit>("circuit1").sku == core::CircuitSku::Local);

        select({"conn1"});
        auto *fastPath = field<QCheckBox>("fastPath");
        QVERIFY(fastPath->toolTip().contains("GatewaySubnet"));
        fastPath->click();
        QVERIFY(modelLink("conn1").as<core::ErConnectionLink>()->fastPath);
        QCOMPARE(steps(), 7); // the two typed next hops merge into one step, like any typing
        QVERIFY(undoAllRestoresTheFile());
    }

    void notesCommitOnFocusOut()
    {
        select({"conn1"});
        auto *notes = field<NotesEdit>("notes");
        notes->setFocus();
        QTest::keyClicks(notes, "primary path");
        QCOMPARE(steps(), 0);
        QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
        QApplication::sendEvent(notes, &focusOut);
        QCOMPARE(modelLink("conn1").notes, std::string("primary path"));
        QCOMPARE(steps(), 1);
    }

    void multipleSelectionDisablesInOneMacro()
    {
        select({"site1", "hub", "nva1"});
        QVERIFY(qobject_cast<MultiSelectionPage *>(page()));
        QCOMPARE(page()->titleLabel()->text(), QString("3 items selected"));
        auto *box = field<QCheckBox>("disabled");
        QCOMPARE(box->checkState(), Qt::Unchecked);
        box->click();
        QVERIFY(modelNode("site1").disabled && modelNode("hub").disabled
                && modelNode("nva1").disabled);
        QCOMPARE(steps(), 1);
        QCOMPARE(box->checkState(), Qt::Checked);
        undo();
        QCOMPARE(m_document->toText(), m_original);

        // Mixed: partly checked; a click disables the rest.
        select({"site1"});
        field<QCheckBox>("disabled")->click();
        select({"site1", "hub"});
        box = field<QCheckBox>("disabled");
        QCOMPARE(box->checkState(), Qt::PartiallyChecked);
        box->click();
        QVERIFY(modelNode("hub").disabled);
        QCOMPARE(box->checkState(), Qt::Checked);

        // Nodes and links together: only the summary.
        select({"site1", "peer1"});
        QCOMPARE(page()->titleLabel()->text(), QString("2 items selected"));
        QVERIFY(!page()->findChild<QCheckBox *>("disabled"));
    }

    void designInfoWhenNothingIsSelected() // or no longer exists
    {
        QVERIFY(qobject_cast<DesignPage *>(page()));
        auto *name = field<QLineEdit>("name");
        QCOMPARE(name->text(), QString("Sample"));
        typeInto(name, "Contoso");
        QCOMPARE(m_document->topology().name, std::string("Contoso"));
        QCOMPARE(m_document->topology().description, std::string("for the property dock"));
        undo();
        QCOMPARE(name->text(), QString("Sample"));
        QCOMPARE(m_document->toText(), m_original);

        // The node shown is deleted: what is left of the selection (nothing) is shown.
        select({"spoke"});
        QVERIFY(qobject_cast<NodePage *>(page()));
        core::Topology topology = m_document->topology();
        std::erase_if(topology.links, [](const core::Link &link) { return link.id == "peer1"; });
        std::erase_if(topology.nodes, [](const core::Node &node) { return node.id == "spoke"; });
        m_document->reset(topology, QString());
        QVERIFY(qobject_cast<DesignPage *>(page()));
    }

private:
    PropertyPage *page() const { return m_dock->page(); }
    template<typename W> W *field(const char *name) const { return page()->findChild<W *>(name); }
    const core::Node &modelNode(const char *id) const { return *m_document->topology().node(id); }
    const core::Link &modelLink(const char *id) const { return *m_document->topology().link(id); }
    template<typename T> const T &data(const char *id) const { return *modelNode(id).as<T>(); }
    const core::VirtualNetwork &hub() const { return data<core::VirtualNetwork>("hub"); }
    const core::RoutingIntent &intent(const char *hub) const
    {
        static const core::RoutingIntent none;
        const auto &value = data<core::VirtualHub>(hub).routingIntent;
        return value ? *value : none;
    }
    void select(const QStringList &ids) { m_selection->setIds(ids); }
    int steps() const { return m_document->undoStack()->count(); }
    void undo() { m_document->undoStack()->undo(); }
    // Every command is undone; the saved file must read as before, byte for byte.
    bool undoAllRestoresTheFile()
    {
        while (m_document->undoStack()->canUndo())
            undo();
        return m_document->toText() == m_original;
    }

    std::unique_ptr<Document> m_document;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<PropertyDock> m_dock;
    std::string m_original;
};

QTEST_MAIN(TestPropertyDock)
#include "tst_propertydock.moc"
