// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// avsnet-gen [--azure] SIZE OUT: writes the synthetic design of size M, L or V to OUT ("-" for
// stdout); with --azure, what Azure would hold for it instead: the avsnet-capture bundle
// (Resource Graph rows, AVS lists and the routes Azure would report) that `avsnet import`
// reads.

#include "resourcegraphdump.h"
#include "syntheticdesign.h"

#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    const std::string usage =
        "usage: avsnet-gen [--azure] M|L|V OUT   (OUT may be - for stdout)\n";
    const bool azure = argc == 4 && std::string(argv[1]) == "--azure";
    if (argc != 3 && !azure) {
        std::cerr << usage;
        return 2;
    }
    const char *size = argv[argc - 2];
    const auto scale = avsnet::bench::scaleByLabel(size);
    if (!scale) {
        std::cerr << "avsnet-gen: unknown size '" << size << "'\n" << usage;
        return 2;
    }

    std::string text;
    try {
        text = azure ? avsnet::bench::captureBundle(avsnet::bench::syntheticDesign(*scale), true).dump(2)
                           + '\n'
                     : avsnet::bench::syntheticDesignText(*scale);
    } catch (const std::exception &error) {
        std::cerr << "avsnet-gen: " << error.what() << '\n';
        return 1;
    }
    const std::string out = argv[argc - 1];
    if (out == "-") {
        std::cout << text;
        return std::cout ? 0 : 1;
    }
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) {
        std::cerr << "avsnet-gen: cannot write " << out << '\n';
        return 1;
    }
    std::cerr << "avsnet-gen: wrote " << out << " (" << text.size() << " bytes)\n";
    return 0;
}
