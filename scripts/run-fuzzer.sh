#!/bin/sh
# SPDX-FileCopyrightText: 2026 avsnet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-fuzzer.sh [SECONDS]: builds the libFuzzer target with clang in build-fuzz and runs it for
# SECONDS (default 60) over a copy of tests/fuzz/corpus. New corpus entries go to a temporary
# folder, never into the repository; a crashing input is kept in build-fuzz/artifacts/.
set -eu

seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
compiler=${CXX:-clang++}
case "$compiler" in
*clang++*) ;;
*) compiler=clang++ ;;
esac

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$compiler" -DAVSNET_FUZZ=ON
cmake --build "$build" --target fuzz_documentreader

work=$(mktemp -d "${TMPDIR:-/tmp}/avsnet-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/corpus" "$build/artifacts"
cp "$root"/tests/fuzz/corpus/* "$work/corpus/"

# Designs are small; 64 KB inputs leave room for deep nesting and long lists.
"$build/tests/fuzz/fuzz_documentreader" \
    -max_total_time="$seconds" \
    -max_len=65536 \
    -timeout=10 \
    -rss_limit_mb=4096 \
    -dict="$root/tests/fuzz/avsnet.dict" \
    -artifact_prefix="$build/artifacts/" \
    -print_final_stats=1 \
    "$work/corpus"
