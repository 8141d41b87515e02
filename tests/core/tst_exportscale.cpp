// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticdesign.h"

#include "export/designreport.h"
#include "export/dotexport.h"
#include "export/drawioexport.h"
#include "export/mermaidexport.h"
#include "export/routeexcerpt.h"
#include "io/documentreader.h"
#include "routing/analysis.h"
#include "routing/routecontext.h"

#include <QElapsedTimer>
#include <QXmlStreamReader>
#include <QtTest>

using namespace avsnet;

// Every exporter on the benchmark's M design (500 VNets, 10,000 on-premises prefixes):
// finishes, produces output of the expected shape, and reports how long it took.
class TestExportScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diagramsFinish();
    void reportsFinish();
    void excerptsMatchRoutesAt();

private:
    template<typename Export> std::string timed(const char *name, Export exportDesign)
    {
        QElapsedTimer timer;
        timer.start();
        std::string output = exportDesign();
        qInfo("%-9s %7lld ms %10zu bytes", name, timer.elapsed(), output.size());
        return output;
    }

    core::Topology m_topology;
    std::shared_ptr<const core::Analysis> m_analysis;
};

void TestExportScale::initTestCase()
{
    auto result = core::DocumentReader::readText(bench::syntheticDesignText(bench::mediumScale()),
                                                 "M.avsnet");
    if (const auto *error = std::get_if<core::LoadError>(&result))
        QFAIL(error->toString().c_str());
    m_topology = std::get<core::Topology>(std::move(result));
    m_analysis = core::analyze(m_topology);
    QVERIFY(m_topology.nodes.size() > 500);
}

void TestExportScale::diagramsFinish()
{
    const std::string dot = timed("dot", [&] { return core::toDot(m_topology); });
    QVERIFY(dot.starts_with("graph avsnet {"));
    QVERIFY(dot.ends_with("}\n"));
    QVERIFY(dot.find("\"" + m_topology.nodes.back().id + "\" [label=") != std::string::npos);

    const std::string mermaid = timed("mermaid", [&] { return core::toMermaid(m_topology); });
    QVERIFY(mermaid.starts_with("flowchart LR\n"));
    QVERIFY(mermaid.find("linkStyle " + std::to_string(m_topology.links.size() - 1) + " ")
            != std::string::npos);

    const std::string drawio = timed("draw.io", [&] { return core::toDrawio(m_topology); });
    QXmlStreamReader reader(QByteArray::fromStdString(drawio));
    int vertices = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement
            && reader.name() == QLatin1String("mxCell"))
            vertices += reader.attributes().value("vertex") == QLatin1String("1")
                        && reader.attributes().value("id").startsWith(QLatin1String("node:"));
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(vertices, int(m_topology.nodes.size()));
}

void TestExportScale::reportsFinish()
{
    const std::string markdown
        = timed("markdown", [&] { return core::reportMarkdown(*m_analysis, {}); });
    QVERIFY(markdown.find("more routes not listed") != std::string::npos);
    QVERIFY(markdown.find("Left out: the design has") != std::string::npos);
    const std::string html = timed("html", [&] { return core::reportHtml(*m_analysis, {}); });
    QVERIFY(html.ends_with("</html>\n"));
    QVERIFY(html.size() > markdown.size() / 2);
}

// With 10,000 prefixes the report's shortcut (leading prefixes per shared BGP set) must
// still list exactly what `avsnet routes` prints first: checked on the first 40 VNets and
// every BGP speaker.
void TestExportScale::excerptsMatchRoutesAt()
{
    core::RouteExcerpts excerpts(*m_analysis, 200);
    int vnets = 0;
    for (std::size_t node = 0; node < m_topology.nodes.size(); ++node) {
        const core::Node &design = m_topology.nodes[node];
        std::vector<std::pair<std::string, core::RouteExcerpt>> tables;
        if (const auto *vnet = design.as<core::VirtualNetwork>()) {
            if (++vnets > 40)
                continue;
            for (std::size_t subnet = 0; subnet < vnet->subnets.size(); ++subnet)
                tables.emplace_back(design.id + "/" + vnet->subnets[subnet].name,
                                    excerpts.effectiveRoutes(int(node), int(subnet)));
        } else if (design.kind() != core::NodeKind::Internet) {
            tables.emplace_back(design.id, excerpts.bgpTable(int(node)));
        }
        for (const auto &[context, excerpt] : tables) {
            const auto all
                = std::get<std::vector<core::RouteView>>(core::routesAt(*m_analysis, context));
            QCOMPARE(excerpt.total, all.size());
            QCOMPARE(excerpt.routes.size(), std::min<std::size_t>(all.size(), 200));
            for (std::size_t i = 0; i < excerpt.routes.size(); ++i) {
                const core::RouteView &got = excerpt.routes[i];
                QVERIFY2(got.prefix == all[i].prefix && got.nextHop == all[i].nextHop
                             && got.source == all[i].source && got.asPath == all[i].asPath
                             && got.active == all[i].active,
                         context.c_str());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestExportScale)
#include "tst_exportscale.moc"
