// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/documentreader.h"

#include <QString>
#include <QTest>

#include <optional>

// The designs tests load, all inside the repository: the shipped sample and the designs under
// tests/data. A fixture that does not load fails its test with the reason (QVERIFY2 on
// loadDesign's answer, usually in initTestCase), never crashes it.
namespace avsnet::testing {

inline QString samplePath()
{
    return QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples/contoso.avsnet");
}

// The second sample: Contoso on a secured Virtual WAN hub.
inline QString virtualWanSamplePath()
{
    return QStringLiteral(AVSNET_SOURCE_DIR "/resources/samples/contoso-vwan.avsnet");
}

// tests/data/designs/NAME.avsnet
inline QString designPath(const char *name)
{
    return QStringLiteral(AVSNET_TEST_DATA "/designs/%1.avsnet").arg(QLatin1String(name));
}

// Keeps a reader's result in `design`; returns why it was refused, or an empty string.
inline QString keep(core::LoadResult result, std::optional<core::Topology> &design)
{
    if (const auto *error = std::get_if<core::LoadError>(&result)) {
        design.reset();
        return QStringLiteral("the test design does not load: ")
               + QString::fromStdString(error->toString());
    }
    design = std::get<core::Topology>(std::move(result));
    return {};
}

// Reads the design at `path` into `design`. Returns why it could not, or an empty string.
inline QString loadDesign(const QString &path, std::optional<core::Topology> &design)
{
    return keep(core::DocumentReader::readFile(path.toStdString()), design);
}

// The same for a design written in the test itself.
inline QString loadDesignText(std::string_view text, std::optional<core::Topology> &design)
{
    return keep(core::DocumentReader::readText(text, "test design"), design);
}

} // namespace avsnet::testing

// In a test function: declares `std::optional<core::Topology> variable` holding the design at
// `path` (a file) or in `text`, and fails the test with the reason when it does not load.
#define LOAD_DESIGN_FILE(variable, path) AVSNET_LOAD_DESIGN(variable, loadDesign, path)
#define LOAD_DESIGN_TEXT(variable, text) AVSNET_LOAD_DESIGN(variable, loadDesignText, text)

#define AVSNET_LOAD_DESIGN(variable, loader, source)                                           \
    std::optional<avsnet::core::Topology> variable;                                            \
    do {                                                                                       \
        const QString why = avsnet::testing::loader(source, variable);                         \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                              \
    } while (false)
