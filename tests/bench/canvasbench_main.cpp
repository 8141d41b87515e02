// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// avsnet-canvas-bench [--runs N] [M] [L]: the designer's canvas on the synthetic designs, in the
// real main window on Qt's offscreen platform. Prints, per design: a full redraw of the canvas
// at fit-to-window zoom, and the time from an edit (a spoke's peering switched off, then back
// on) to the updated trace drawn on screen: the analysis on its worker thread, the trace, the
// overlay and a full repaint; and on to the docks updated, which the designer does once the
// canvas has painted (AnalysisRunner::panelsDue): the visible docks, not the hidden tabs.

#include "syntheticdesign.h"

#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "commands/designcommands.h"
#include "document/document.h"
#include "io/documentreader.h"
#include "mainwindow/mainwindow.h"
#include "panels/comparedock.h"
#include "routing/heapretention.h"
#include "scene/designview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace avsnet;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Paints the whole viewport once, as a screen refresh would.
void repaint(ui::DesignView *view, QImage &target)
{
    view->viewport()->render(&target);
}

void measure(const bench::DesignScale &scale, const char *label, int runs)
{
    auto loaded = core::DocumentReader::readText(bench::syntheticDesignText(scale), label);
    if (!std::holds_alternative<core::Topology>(loaded)) {
        std::fprintf(stderr, "avsnet-canvas-bench: the %s design did not load\n", label);
        return;
    }
    ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.document()->reset(std::get<core::Topology>(std::move(loaded)), {});
    window.analysisRunner()->waitForIdle();
    window.analysisRunner()->analyzeNow();
    QApplication::processEvents();
    // Bringing every dock up to date started the what-if comparison: let it end first.
    window.compareDock()->waitForIdle();
    ui::DesignView *view = window.view();
    view->fitToWindow();
    QImage frame(view->viewport()->size() * view->devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    frame.setDevicePixelRatio(view->devicePixelRatio());

    std::vector<double> redraws;
    for (int run = 0; run < runs + 1; ++run) {
        QElapsedTimer timer;
        timer.start();
        repaint(view, frame);
        if (run > 0) // the first paint builds caches
            redraws.push_back(timer.nsecsElapsed() / 1e6);
    }

    // A trace across the design: the first site to the workload subnet of spoke-1, which
    // loses its way when spoke-1's peering goes off.
    ui::TraceController *trace = window.traceController();
    trace->setEndpoints(QStringLiteral("onprem-site-1"), QStringLiteral("spoke-1/workload"));
    const core::Link *peering = window.document()->topology().link("peering-spoke-1");
    std::vector<double> edits;
    std::vector<double> docks;
    if (peering) {
        for (int run = 0; run < runs; ++run) {
            core::Link changed = *window.document()->topology().link("peering-spoke-1");
            const core::Link before = changed;
            changed.disabled = !changed.disabled;
            QEventLoop loop;
            QObject::connect(trace, &ui::TraceController::traceChanged, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            window.document()->undoStack()->push(
                new ui::ChangeLink(window.document(), before, changed, QStringLiteral("what-if")));
            loop.exec();
            repaint(view, frame);
            edits.push_back(timer.nsecsElapsed() / 1e6);
            // Connected after every dock, so it runs once they have all taken the result.
            QEventLoop panels;
            const auto connection = QObject::connect(window.analysisRunner(),
                                                     &ui::AnalysisRunner::panelsDue, &panels,
                                                     &QEventLoop::quit);
            QTimer::singleShot(30000, &panels, &QEventLoop::quit);
            if (window.analysisRunner()->panelsPending())
                panels.exec();
            QObject::disconnect(connection);
            docks.push_back(timer.nsecsElapsed() / 1e6);
            // Idle again, as after an edit in the designer: no waitForIdle(), which would bring
            // the hidden tabs up to date (and start the what-if comparison) as no user does.
        }
    }
    const char *traced = !trace->result()           ? "no trace: an endpoint did not resolve"
                         : trace->result()->reachable() ? "trace reachable at the end"
                                                        : "trace dropped at the end";
    std::printf("%-2s %5zu nodes  redraw at fit %7.1f ms (median of %d)   edit to trace on screen "
                "%7.1f ms, to docks updated %7.1f ms (medians of %zu; %s)\n",
                label, window.document()->topology().nodes.size(), median(redraws), runs,
                median(edits), median(docks), edits.size(), traced);
}

} // namespace

int main(int argc, char **argv)
{
    core::keepFreedMemoryForReuse(); // as the designer does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("avsnet-bench"));
    int runs = 7;
    std::vector<std::pair<bench::DesignScale, const char *>> scales;
    for (int index = 1; index < argc; ++index) {
        const QString argument = QString::fromLocal8Bit(argv[index]);
        if (argument == QLatin1String("--runs") && index + 1 < argc) {
            runs = std::max(1, QString::fromLocal8Bit(argv[++index]).toInt());
        } else if (argument == QLatin1String("M")) {
            scales.emplace_back(bench::mediumScale(), "M");
        } else if (argument == QLatin1String("L")) {
            scales.emplace_back(bench::largeScale(), "L");
        } else {
            std::fprintf(stderr, "usage: avsnet-canvas-bench [--runs N] [M] [L]\n");
            return 2;
        }
    }
    if (scales.empty())
        scales = {{bench::mediumScale(), "M"}, {bench::largeScale(), "L"}};
    std::printf("avsnet-canvas-bench: offscreen, window 1600x1000\n");
    for (const auto &[scale, label] : scales)
        measure(scale, label, runs);
    return 0;
}
