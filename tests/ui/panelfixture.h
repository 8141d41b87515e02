// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "document/document.h"
#include "document/selection.h"
#include "testdesigns.h"

#include <QString>
#include <QTest>

#include <memory>

namespace avsnet::ui::test {

// The sample design the docks are tested on (Contoso), and the test designs under
// tests/data/designs for what Contoso does not show.
using avsnet::testing::designPath;
using avsnet::testing::samplePath;

// What every dock is built from: a document, its analysis runner, the trace and the
// selection, in the order they depend on each other.
struct PanelFixture
{
    Document document;
    AnalysisRunner runner{&document};
    TraceController trace{&runner};
    Selection selection;

    // Loads `path` and analyses it. Returns why that failed, or an empty string: use it as
    // QVERIFY2(fixture.load(path).isEmpty(), ...) before touching the analysis.
    QString load(const QString &path)
    {
        QString error;
        if (!document.load(path, &error))
            return QStringLiteral("cannot load %1: %2").arg(path, error);
        runner.waitForIdle();
        runner.analyzeNow();
        if (!runner.analysis())
            return QStringLiteral("%1 loaded but has no analysis").arg(path);
        return {};
    }
    const core::Analysis &analysis() const { return *runner.analysis(); }
    // The first node of a kind, or empty.
    QString firstNode(core::NodeKind kind) const
    {
        for (const auto &node : document.topology().nodes) {
            if (node.kind() == kind)
                return QString::fromStdString(node.id);
        }
        return {};
    }
};

} // namespace avsnet::ui::test
