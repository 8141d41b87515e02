#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 avsnet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the quick-start scripts: installs the Debian 12 packages avsnet needs (only the
# missing ones) and builds a CMake tree. Source it; do not run it.
set -euo pipefail

AVSNET_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What each package is for is in the README ("Dependencies").
AVSNET_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev libgl-dev
    libboost-graph-dev nlohmann-json3-dev
    fonts-dejavu-core
)
# Only the tests need these: clang and its runtime for the libFuzzer target and sanitizers,
# python3 for the shared conformance checker, jq for the avsnet-capture test, xvfb/xauth to look at the designer headless,
# dpkg-dev (dpkg-shlibdeps), desktop-file-utils, appstream and file for the Debian package test.
AVSNET_TEST_PACKAGES=(clang libclang-rt-14-dev python3 xvfb xauth jq
    dpkg-dev desktop-file-utils appstream file
    poppler-utils) # pdfinfo and pdftotext read the exported PDFs back

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "avsnet: installing ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# configure DIR [cmake options...]: configure a build tree (RelWithDebInfo unless told).
configure() {
    local dir=$1
    shift
    local launcher=()
    # A developer's ccache, when installed, makes rebuilds across checkouts cheap; CI has none.
    if command -v ccache >/dev/null 2>&1; then
        export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$AVSNET_ROOT")}"
        # Debug builds would otherwise key every object by its build directory, so another
        # checkout of the same sources would miss the cache.
        export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
        launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$AVSNET_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
}

# compile DIR [targets...]: build the targets (default: everything).
compile() {
    local dir=$1
    shift
    local targets=()
    for target in "$@"; do targets+=(--target "$target"); done
    cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
}
