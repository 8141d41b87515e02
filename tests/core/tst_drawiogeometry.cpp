// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawiogeometry.h"

#include "export/drawioexport.h"
#include "io/documentreader.h"
#include "routing/analysis.h"
#include "trace/endpoint.h"
#include "trace/tracer.h"

#ifdef AVSNET_HAVE_SYNTHETIC_DESIGNS
#include "syntheticdesign.h"
#endif

#include <QDir>
#include <QtTest>

using namespace avsnet;
using namespace avsnet::core;

namespace {

Topology loadFile(const QString &path)
{
    auto result = DocumentReader::readFile(path.toStdString());
    if (const auto *error = std::get_if<LoadError>(&result))
        qFatal("%s", error->toString().c_str());
    return std::get<Topology>(std::move(result));
}

QString sample()
{
    return QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples/contoso.avsnet");
}

QString virtualWanSample()
{
    return QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples/contoso-vwan.avsnet");
}

TraceResult traceOf(const Topology &topology, const std::string &from, const std::string &to)
{
    const auto analysis = analyze(topology);
    const auto source = resolveEndpoint(*analysis, from);
    const auto destination = resolveEndpoint(*analysis, to);
    if (source.index() != 0 || destination.index() != 0)
        qFatal("cannot resolve %s or %s", from.c_str(), to.c_str());
    return trace(*analysis, std::get<Endpoint>(source), std::get<Endpoint>(destination));
}

// A draw.io export of `topology`, traced between two endpoints when they are given.
std::string exportOf(const Topology &topology, const std::string &from = {},
                     const std::string &to = {})
{
    DrawioOptions options;
    if (!from.empty()) {
        const TraceResult result = traceOf(topology, from, to);
        options.traceForward = result.forward.path;
        options.traceReturn = result.back.path;
        options.forwardDrop = result.forward.dropped;
        options.returnDrop = result.back.dropped;
        options.traceName = "Trace " + from + " to " + to;
    }
    return toDrawio(topology, options);
}

void checkPage(const std::string &xml)
{
    const test::DrawioPage page(xml);
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    const QStringList short_ = page.edgesShortOfTheirIcons();
    QVERIFY2(short_.isEmpty(), qPrintable(short_.join('\n')));
    const QStringList hidden = page.edgesHiddenByTheirLabels();
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join('\n')));
    const QStringList overlapping = page.overlappingContainers();
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping.join('\n')));
    const QStringList outside = page.childrenOutsideContainers();
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join('\n')));
}

// Each direction of `result` that was dropped has its red cross over the icon of the node
// that dropped it, in the trace layer, and its reason beside it.
void checkDropMarks(const std::string &xml, const TraceResult &result)
{
    const test::DrawioPage page(xml);
    QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
    for (const auto &[id, drop] : {std::pair{QStringLiteral("trace:forward:drop"), &result.forward.dropped},
                                   std::pair{QStringLiteral("trace:return:drop"), &result.back.dropped}}) {
        if (!*drop)
            continue;
        QVERIFY2(page.cells().contains(id), qPrintable(id));
        const auto &mark = page.cells().at(id);
        QCOMPARE(mark.parent, QStringLiteral("trace"));
        QVERIFY(mark.style.contains("shape=cross"));
        // Over the icon of the node that dropped it; a drop at no node (a reply from an
        // address nothing holds) has no icon to stand on. The return dropped where the forward
        // path was stands below the forward's mark and reason.
        const bool belowForward = id == QStringLiteral("trace:return:drop") && result.forward.dropped
                                  && result.forward.dropped->node == (*drop)->node;
        if (belowForward) {
            const QRectF first = page.absolute(QStringLiteral("trace:forward:drop"));
            QCOMPARE(mark.geometry.x(), first.x());
            QVERIFY2(mark.geometry.top() >= first.bottom(), qPrintable(id));
        } else if (!(*drop)->node.empty()) {
            const QRectF icon = page.absolute("node:" + QString::fromStdString((*drop)->node));
            QVERIFY2(mark.geometry.intersects(icon.adjusted(-12, -12, 12, 12)), qPrintable(id));
        }
        QVERIFY2(page.cells().contains(id + ":reason"), qPrintable(id));
        const QString reason
            = test::DrawioPage::labelLines(page.cells().at(id + ":reason").value).join(' ');
        QVERIFY2(reason.contains(QString::fromStdString((*drop)->reason)), qPrintable(reason));
    }
}

} // namespace

// The geometry a person sees when they open an export in draw.io: edges that reach their
// icons, labels beside their lines, containers apart, a dropped trace that says where and
// why. Checked on the XML by draw.io's own rules, with no browser.
class TestDrawioGeometry : public QObject
{
    Q_OBJECT

private slots:
    void designs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("contoso") << sample();
        QTest::newRow("contoso-vwan") << virtualWanSample();
        const QDir lessons(QStringLiteral(AVSNET_SOURCE_DIR "/resources/lessons"));
        const QStringList solutions = lessons.entryList({QStringLiteral("*.solution.avsnet")});
        QVERIFY(solutions.size() >= 8);
        for (const QString &name : solutions)
            QTest::newRow(qPrintable(name)) << lessons.filePath(name);
    }

    void designs()
    {
        QFETCH(QString, path);
        checkPage(exportOf(loadFile(path)));
    }

    void tracedSample()
    {
        checkPage(exportOf(loadFile(sample()), "contoso-dc", "avs-weu/web"));
    }

    // Through the secured hub: spoke to AVS crosses the firewall both ways, and the arrows
    // join the spoke's box to icons inside the hub's.
    void tracedVirtualWanSample()
    {
        const Topology topology = loadFile(virtualWanSample());
        const TraceResult result = traceOf(topology, "spoke1/workload", "avs-weu/web");
        QCOMPARE(result.forward.path,
                 std::vector<std::string>({"spoke1", "fw-weu", "ergw-weu", "avs-weu"}));
        const std::string xml = exportOf(topology, "spoke1/workload", "avs-weu/web");
        checkPage(xml);
        const test::DrawioPage page(xml);
        QCOMPARE(page.cells().at("trace:forward:1").target, QStringLiteral("node:fw-weu"));
        checkPage(exportOf(topology, "contoso-rtm", "contoso-dc"));
    }

    // With the Amsterdam circuit off the firewall has no route to the datacenter: the drop's
    // mark stands on the firewall, inside the hub, and says why.
    void aDroppedTraceInAHubCarriesItsMark()
    {
        Topology topology = loadFile(virtualWanSample());
        topology.node("er-ams")->disabled = true;
        const TraceResult result = traceOf(topology, "spoke1/workload", "contoso-dc");
        QVERIFY(result.forward.dropped);
        QCOMPARE(result.forward.dropped->node, std::string("fw-weu"));
        const std::string xml = exportOf(topology, "spoke1/workload", "contoso-dc");
        checkDropMarks(xml, result);
        checkPage(xml);
        // The legend stands clear of the reason, which may reach beyond the design.
        const test::DrawioPage page(xml);
        QVERIFY(!page.absolute("legend:box").intersects(page.absolute("trace:forward:drop:reason")));
    }

    // The checker itself: a container inside another is no overlap; two side by side are.
    void nestedContainersAreNoOverlap()
    {
        const std::string xml = R"(<mxfile><diagram><mxGraphModel><root>
            <mxCell id="0"/><mxCell id="1" parent="0"/>
            <mxCell id="outer" style="container=1;" vertex="1" parent="1">
              <mxGeometry x="0" y="0" width="400" height="300" as="geometry"/></mxCell>
            <mxCell id="inner" style="container=1;" vertex="1" parent="outer">
              <mxGeometry x="20" y="40" width="200" height="200" as="geometry"/></mxCell>
            <mxCell id="sibling" style="container=1;" vertex="1" parent="outer">
              <mxGeometry x="150" y="60" width="200" height="100" as="geometry"/></mxCell>
            </root></mxGraphModel></diagram></mxfile>)";
        const test::DrawioPage page(xml);
        QVERIFY2(page.error().isEmpty(), qPrintable(page.error()));
        QVERIFY(page.isInside("inner", "outer"));
        QVERIFY(!page.isInside("outer", "inner"));
        QCOMPARE(page.overlappingContainers(),
                 QStringList({"containers inner and sibling overlap"}));
    }

    void mediumDesign()
    {
#ifdef AVSNET_HAVE_SYNTHETIC_DESIGNS
        auto result = DocumentReader::readText(bench::syntheticDesignText(bench::mediumScale()), "M");
        QVERIFY(result.index() == 0);
        checkPage(exportOf(std::get<Topology>(result)));
#else
        QSKIP("built without the benchmark's generator");
#endif
    }

    void aDroppedTraceCarriesItsMarkAndReason()
    {
        // Global Reach off: on-prem no longer reaches AVS, and the page must say where and why.
        Topology topology = loadFile(sample());
        for (Link &link : topology.links) {
            if (link.kind() == LinkKind::GlobalReach)
                link.disabled = true;
        }
        const TraceResult result = traceOf(topology, "contoso-dc", "avs-weu/web");
        QVERIFY(result.forward.dropped);
        const std::string xml = exportOf(topology, "contoso-dc", "avs-weu/web");
        checkDropMarks(xml, result);
        // The export with the trace differs from the one without it by more than arrows.
        QVERIFY(xml != exportOf(topology));
        checkPage(xml);
    }

    // Every lesson starts broken: each intent it traces that drops, in either direction, is
    // exported with the drop's mark at the node and its reason, on a page that still reads.
    void everyDroppedLessonTraceCarriesItsMark()
    {
        const QDir lessons(QStringLiteral(AVSNET_SOURCE_DIR "/resources/lessons"));
        int dropped = 0;
        for (const QString &name : lessons.entryList({QStringLiteral("*.avsnet")})) {
            if (name.endsWith(QStringLiteral(".solution.avsnet")))
                continue;
            const Topology topology = loadFile(lessons.filePath(name));
            for (const Intent &intent : topology.intents) {
                const TraceResult result = traceOf(topology, intent.from, intent.to);
                if (!result.forward.dropped && !result.back.dropped)
                    continue;
                ++dropped;
                const std::string xml = exportOf(topology, intent.from, intent.to);
                checkDropMarks(xml, result);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(name + ": " + QString::fromStdString(intent.name)));
                checkPage(xml);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(name + ": " + QString::fromStdString(intent.name)));
            }
        }
        QVERIFY2(dropped >= 5, qPrintable(QString::number(dropped)));
    }

    // spoke1 and spoke2 reach each other only through the NVA, whose peerings refuse forwarded
    // traffic: both directions drop at the NVA, and both reasons must be readable.
    void twoDropsAtOneNodeStandApart()
    {
        const Topology topology = loadFile(sample());
        const TraceResult result = traceOf(topology, "spoke1/workload", "spoke2/workload");
        QVERIFY(result.forward.dropped && result.back.dropped);
        QCOMPARE(result.forward.dropped->node, result.back.dropped->node);
        const std::string xml = exportOf(topology, "spoke1/workload", "spoke2/workload");
        checkDropMarks(xml, result);
        const test::DrawioPage page(xml);
        const QRectF forward = page.absolute("trace:forward:drop:reason");
        const QRectF back = page.absolute("trace:return:drop:reason");
        QVERIFY2(!forward.intersects(back), "the return's reason lies over the forward's");
        QVERIFY(!page.absolute("trace:forward:drop").intersects(page.absolute("trace:return:drop")));
        checkPage(xml);
    }

    void forwardAndReturnArrowsLieApart()
    {
        const test::DrawioPage page(exportOf(loadFile(sample()), "spoke1/workload", "avs-weu/web"));
        // Each traced hop bows off its link, to the right of its own direction.
        int forward = 0;
        int back = 0;
        for (const auto &[id, cell] : page.cells()) {
            if (id.startsWith("trace:forward:") && cell.edge) {
                QVERIFY2(cell.hasPoints, qPrintable(id));
                ++forward;
            }
            if (id.startsWith("trace:return:") && cell.edge) {
                QVERIFY2(cell.hasPoints, qPrintable(id));
                ++back;
            }
        }
        QVERIFY(forward > 0);
        QVERIFY(back > 0);
    }
};

QTEST_GUILESS_MAIN(TestDrawioGeometry)
#include "tst_drawiogeometry.moc"
