// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// avsnet-gen SIZE OUT: writes the synthetic design of size M, L or V to OUT ("-" for stdout).

#include "syntheticdesign.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    const std::string usage = "usage: avsnet-gen M|L|V OUT.avsnet   (OUT may be - for stdout)\n";
    if (argc != 3) {
        std::cerr << usage;
        return 2;
    }
    const auto scale = avsnet::bench::scaleByLabel(argv[1]);
    if (!scale) {
        std::cerr << "avsnet-gen: unknown size '" << argv[1] << "'\n" << usage;
        return 2;
    }

    const std::string text = avsnet::bench::syntheticDesignText(*scale);
    const std::string out = argv[2];
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
