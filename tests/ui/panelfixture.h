// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisrunner.h"
#include "analysis/tracecontroller.h"
#include "document/document.h"
#include "document/selection.h"

#include <QFile>
#include <QString>
#include <QTest>

#include <memory>

namespace avsnet::ui::test {

// The sample design the docks are tested on: Contoso when it ships, else a conformance
// design with a hub, AVS, an NVA default route and Global Reach.
inline QString samplePath()
{
    const QString contoso = QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples/contoso.avsnet");
    if (QFile::exists(contoso))
        return contoso;
    return QStringLiteral(AVSNET_SHARED_DIR "/conformance/s06-nva-default-route.avsnet");
}

inline QString conformancePath(const char *name)
{
    return QStringLiteral(AVSNET_SHARED_DIR "/conformance/%1.avsnet").arg(QLatin1String(name));
}

// What every dock is built from: a document, its analysis runner, the trace and the
// selection, in the order they depend on each other.
struct PanelFixture
{
    Document document;
    AnalysisRunner runner{&document};
    TraceController trace{&runner};
    Selection selection;

    bool load(const QString &path)
    {
        QString error;
        if (!document.load(path, &error)) {
            qWarning("cannot load %s: %s", qPrintable(path), qPrintable(error));
            return false;
        }
        runner.waitForIdle();
        runner.analyzeNow();
        return runner.analysis() != nullptr;
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
