// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/documentreader.h"
#include "io/documentwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace avsnet::core;

// Any bytes: the reader must answer without crashing, hanging or throwing. Whatever it
// accepts must survive a save: written and read again it is an equal design, and written
// again the same bytes.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const LoadResult first = DocumentReader::readText(text);
    const auto *topology = std::get_if<Topology>(&first);
    if (!topology)
        return 0;

    const std::string written = DocumentWriter::toText(*topology);
    const LoadResult second = DocumentReader::readText(written);
    if (const auto *error = std::get_if<LoadError>(&second)) {
        std::fprintf(stderr, "the writer's output does not load: %s\n%s\n",
                     error->toString().c_str(), written.c_str());
        std::abort();
    }
    const Topology &reread = std::get<Topology>(second);
    if (!(reread == *topology)) {
        std::fprintf(stderr, "read, write, read gives a different design:\n%s\n", written.c_str());
        std::abort();
    }
    if (DocumentWriter::toText(reread) != written) {
        std::fprintf(stderr, "write, read, write gives different bytes:\n%s\n", written.c_str());
        std::abort();
    }
    return 0;
}
