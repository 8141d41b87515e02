// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure import on real public files: ARM templates of Azure/Enterprise-Scale-for-AVS and
// Azure/azure-quickstart-templates and REST examples of Azure/azure-rest-api-specs (MIT,
// Copyright (c) Microsoft Corporation / Microsoft Azure). They are not part of this
// repository: the project keeps them beside it, with their provenance and licences, and
// scripts/run-tests points AVSNET_AZURE_SAMPLES at them when they are there. Without it the
// test is skipped. The expected nodes and links are counted by hand from each template.
#include "import/importsession.h"
#include "import/routecomparison.h"
#include "io/documentreader.h"
#include "routing/analysis.h"

#include <QtTest>

#include <cstdlib>

using namespace avsnet::core;
using namespace avsnet::core::azure;

namespace {

std::string samples()
{
    const char *directory = std::getenv("AVSNET_AZURE_SAMPLES");
    return directory ? std::string(directory) : std::string();
}

std::string arm(const char *name)
{
    return samples() + "/arm/" + name;
}

int count(const Topology &design, NodeKind kind)
{
    return int(std::count_if(design.nodes.begin(), design.nodes.end(),
                             [&](const Node &node) { return node.kind() == kind; }));
}

int count(const Topology &design, LinkKind kind)
{
    return int(std::count_if(design.links.begin(), design.links.end(),
                             [&](const Link &link) { return link.kind() == kind; }));
}

// Validates without link-mismatch, and a second import of the same input changes nothing.
void checkImport(const ImportResult &result, const std::vector<std::string> &files,
                 const TemplateParameters &parameters)
{
    const auto analysis = analyze(result.design);
    for (const Finding &finding : analysis->findings())
        QVERIFY2(finding.code != "link-mismatch", finding.message.c_str());
    const ImportResult again = importFiles(result.design, files, parameters);
    QVERIFY(again.design == result.design);
    QVERIFY(again.summary.added.empty() && again.summary.updated.empty());
}

} // namespace

class TestAzureSamples : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (samples().empty())
            QSKIP("AVSNET_AZURE_SAMPLES is not set (scripts/run-tests sets it when the samples "
                  "are beside the checkout)");
    }

    void expressRoutePrivatePeering()
    {
        const std::vector<std::string> files{arm("qs-expressroute-private-peering-vnet.azuredeploy.json")};
        const ImportResult result = importFiles({}, files);
        // expressRouteCircuits + its AzurePrivatePeering (the site), virtualNetworks,
        // virtualNetworkGateways; the NSG and public IP are skipped. No connection resource.
        QCOMPARE(int(result.design.nodes.size()), 4);
        QCOMPARE(count(result.design, NodeKind::ErCircuit), 1);
        QCOMPARE(count(result.design, NodeKind::OnPrem), 1);
        QCOMPARE(count(result.design, NodeKind::Vnet), 1);
        QCOMPARE(count(result.design, NodeKind::ErGateway), 1);
        QCOMPARE(int(result.design.links.size()), 1);
        QCOMPARE(count(result.design, LinkKind::ErPeering), 1);
        const auto *circuit = result.design.node("er-ckt01")->as<ErCircuit>();
        QVERIFY(circuit->sku == CircuitSku::Premium);
        QCOMPARE(circuit->location, "Washington DC");
        QCOMPARE(circuit->bandwidthMbps, 50);
        QVERIFY(result.design.node("er-gw")->as<ErGateway>()->sku == ErGatewaySku::HighPerformance);
        QCOMPARE(result.design.node("er-ckt01-on-premises")->as<OnPremSite>()->asn, Asn(65001));
        QCOMPARE(int(result.design.node("vnet1")->as<VirtualNetwork>()->subnets.size()), 2);
        QCOMPARE(result.summary.skippedTypes.size(), std::size_t(2));
        checkImport(result, files, {});

        // The circuit-to-VNet connection template, merged into it: one er-connection.
        const std::vector<std::string> connection{arm("esavs-circuit-to-vnet-ExRConnection.deploy.json")};
        const TemplateParameters parameters{
            {"GatewayName", "er-gw"},
            {"ConnectionName", "er-gw-to-ckt01"},
            {"ExpressRouteId", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"
                               "template-resource-group/providers/Microsoft.Network/"
                               "expressRouteCircuits/er-ckt01"}};
        const ImportResult merged = importFiles(result.design, connection, parameters);
        QCOMPARE(int(merged.design.nodes.size()), 4);
        QCOMPARE(count(merged.design, LinkKind::ErConnection), 1);
        QCOMPARE(merged.summary.added.size(), std::size_t(1));
        checkImport(merged, connection, parameters);
    }

    void routeServer()
    {
        const std::vector<std::string> files{arm("qs-route-server.azuredeploy.json")};
        const ImportResult result = importFiles({}, files);
        // The VNet (condition New), its RouteServerSubnet child, the Route Server. The BGP
        // connection's peer 10.0.1.4 is outside the VNet: no NVA, a note.
        QCOMPARE(int(result.design.nodes.size()), 2);
        QCOMPARE(count(result.design, NodeKind::RouteServer), 1);
        QVERIFY(result.design.node("routeservervnet")->as<VirtualNetwork>()->subnet("RouteServerSubnet"));
        QCOMPARE(int(result.design.links.size()), 0);
        QVERIFY(std::any_of(result.summary.notes.begin(), result.summary.notes.end(),
                            [](const std::string &note) { return note.find("10.0.1.4") != std::string::npos; }));
        checkImport(result, files, {});
    }

    void avsLandingZone()
    {
        const std::vector<std::string> files{arm("esavs-greenfield-ESLZDeploy.deploy.json")};
        const TemplateParameters parameters{{"PrivateCloudAddressSpace", "10.100.0.0/22"},
                                            {"VNetAddressSpace", "10.101.0.0/16"},
                                            {"VNetGatewaySubnet", "10.101.255.0/27"}};
        const ImportResult result = importFiles({}, files, parameters);
        // Nested deployments: the private cloud, the VNet with its GatewaySubnet child, the
        // ExpressRoute gateway, the connection whose peer is the cloud's circuit (through two
        // deployments' outputs). Monitoring, locks, add-ons, the jumpbox (off) are not.
        QCOMPARE(int(result.design.nodes.size()), 3);
        QCOMPARE(count(result.design, NodeKind::Avs), 1);
        QCOMPARE(count(result.design, NodeKind::Vnet), 1);
        QCOMPARE(count(result.design, NodeKind::ErGateway), 1);
        QCOMPARE(int(result.design.links.size()), 1);
        const Link &link = result.design.links.front();
        QVERIFY(link.kind() == LinkKind::ErConnection);
        QCOMPARE(link.from, "AVS-SDDC");
        QCOMPARE(link.to, "AVS-GW");
        QVERIFY(result.design.node("AVS-GW")->as<ErGateway>()->sku == ErGatewaySku::ErGw1Az);
        checkImport(result, files, parameters);

        // A new VNet with its own gateway for the same private cloud.
        const std::vector<std::string> more{arm("esavs-avs-to-new-vnet-VNetWithExR.deploy.json")};
        const TemplateParameters moreParameters{
            {"PrivateCloudName", "AVS-SDDC"}, {"PrivateCloudResourceGroup", "AVS-PrivateCloud"},
            {"PrivateCloudSubscriptionId", "00000000-0000-0000-0000-000000000000"},
            {"VNetName", "vnet-avs2"}, {"VNetAddressSpace", "10.102.0.0/16"},
            {"VNetGatewaySubnet", "10.102.255.0/27"}};
        const ImportResult merged = importFiles(result.design, more, moreParameters);
        QCOMPARE(int(merged.design.nodes.size()), 5);
        QCOMPARE(count(merged.design, LinkKind::ErConnection), 2);
        QVERIFY(merged.design.node("vnet-avs2-2")->as<ErGateway>()->sku == ErGatewaySku::ErGw3Az);
        checkImport(merged, more, moreParameters);
    }

    void globalReachTemplates()
    {
        // Global Reach between resources the templates do not deploy: nothing to draw alone,
        // a note each, never an error.
        const ImportResult onprem = importFiles(
            {}, {arm("esavs-avs-to-onprem-AVSGlobalReach.deploy.json")},
            {{"PrivateCloudName", "AVS-SDDC"}, {"ExpressRouteId", "/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c"}});
        QVERIFY(onprem.design.nodes.empty() && onprem.design.links.empty());
        const ImportResult cross = importFiles(
            {}, {arm("esavs-avs-to-avs-CrossAVSGlobalReach.deploy.json")},
            {{"PrimaryPrivateCloudName", "avs-a"}, {"PrimaryPrivateCloudResourceGroup", "rg-a"},
             {"SecondaryPrivateCloudName", "avs-b"}, {"SecondaryPrivateCloudResourceGroup", "rg-b"}});
        QVERIFY(cross.design.nodes.empty() && cross.design.links.empty());
        QCOMPARE(cross.summary.skippedTypes.at("microsoft.avs/privateclouds/authorizations"), 1);

        // With both private clouds in the design, the AVS-to-AVS link appears.
        Topology design;
        for (const char *cloud : {"avs-a", "avs-b"}) {
            Node node;
            node.id = cloud;
            node.data = AvsPrivateCloud{*Ipv4Prefix::parse(cloud[4] == 'a' ? "10.1.0.0/22" : "10.2.0.0/22"), {}, {}, {}};
            setAzureId(node, std::string("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-")
                                 + cloud[4] + "/providers/Microsoft.AVS/privateClouds/" + cloud);
            design.nodes.push_back(node);
        }
        const ImportResult linked = importFiles(
            design, {arm("esavs-avs-to-avs-CrossAVSGlobalReach.deploy.json")},
            {{"PrimaryPrivateCloudName", "avs-a"}, {"PrimaryPrivateCloudResourceGroup", "rg-a"},
             {"SecondaryPrivateCloudName", "avs-b"}, {"SecondaryPrivateCloudResourceGroup", "rg-b"}});
        QCOMPARE(count(linked.design, LinkKind::GlobalReach), 1);
    }

    void restExamples()
    {
        // The REST examples: a VPN gateway needs its VNet, a private cloud imports alone.
        const ImportResult cloud = importFiles({}, {samples() + "/api/rest-avs-PrivateClouds_Get.json",
                                                    samples() + "/api/rest-avs-WorkloadNetworks_ListSegments.json"});
        QCOMPARE(count(cloud.design, NodeKind::Avs), 1);
        const auto *avs = cloud.design.nodes.front().as<AvsPrivateCloud>();
        QCOMPARE(avs->managementBlock.toString(), "192.168.48.0/22");
        // The effective routes example against a design that matches it: all the same.
        Topology design;
        Node vnet;
        vnet.id = "vnet1";
        vnet.data = VirtualNetwork{{*Ipv4Prefix::parse("172.20.2.0/24")},
                                   {{"default", *Ipv4Prefix::parse("172.20.2.0/24"), {}, {}}}, {}, {}};
        design.nodes.push_back(vnet);
        const auto tables = readObservedFile(samples() + "/api/rest-NetworkInterfaceEffectiveRouteTableList.json",
                                             "vnet1/default");
        const auto analysis = analyze(design);
        const RouteComparison comparison = compareRoutes(*analysis, tables);
        QVERIFY(comparison.equal());
        QCOMPARE(int(comparison.tables.front().prefixes.size()), 6);
    }
};

QTEST_APPLESS_MAIN(TestAzureSamples)
#include "tst_azuresamples.moc"
