#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 avsnet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/avsnet-capture against a fake `az` on PATH: the bundle it writes holds every
# Resource Graph page, the AVS segments and the observed tables; it makes only read calls;
# avsnet imports the bundle and compares the model with it.
#   test-avsnet-capture.sh SOURCE_DIR AVSNET
set -euo pipefail
source_dir=$1
avsnet=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
cp "$source_dir/tests/scripts/fake-az" "$work/bin/az"
chmod +x "$work/bin/az"
export FAKE_AZ_BUNDLE="$source_dir/tests/data/import/capture-hub-avs.json"
export FAKE_AZ_LOG="$work/calls.log"
fail() { echo "FAIL: $*" >&2; exit 1; }

PATH="$work/bin:$PATH" bash "$source_dir/scripts/avsnet-capture" -o "$work/bundle.json" 2>"$work/stderr.txt" \
    || { cat "$work/stderr.txt" >&2; fail "avsnet-capture exited $?"; }

# Both Resource Graph pages and the children query: every row of the source bundle.
[ "$(jq '.graph | length' "$work/bundle.json")" = "$(jq '.graph | length' "$FAKE_AZ_BUNDLE")" ] \
    || fail "graph rows: $(jq '.graph | length' "$work/bundle.json")"
grep -q -- "--skip-token page-2" "$FAKE_AZ_LOG" || fail "the second page was not asked for"
[ "$(jq '.format' "$work/bundle.json")" = '"avsnet-capture"' ] || fail "format"
[ "$(jq '.resources | length' "$work/bundle.json")" = 2 ] || fail "AVS segments"
[ "$(jq '.observed.effectiveRoutes | length' "$work/bundle.json")" = 1 ] || fail "effective routes"
[ "$(jq -r '.observed.effectiveRoutes[0].subnet' "$work/bundle.json")" = \
  "$(jq -r '.observed.effectiveRoutes[0].subnet' "$FAKE_AZ_BUNDLE")" ] || fail "effective routes subnet"
grep -q "skipped vm-nva1-nic" "$work/stderr.txt" || fail "a stopped VM's NIC is not reported"
for table in gatewayLearned routeServerLearned circuitRouteTables; do
    [ "$(jq ".observed.$table | length" "$work/bundle.json")" = 1 ] || fail "$table"
done
[ "$(jq -r '.azVersion' "$work/bundle.json")" = "2.67.0-fake" ] || fail "azVersion"

# Read calls only: no verb that changes anything.
if grep -E -w "create|update|delete|set|add|remove|reset|start|stop|restart" "$FAKE_AZ_LOG"; then
    fail "a call that could change Azure"
fi
grep -E -c . "$FAKE_AZ_LOG" >/dev/null

# The bundle imports and compares.
"$avsnet" import "$work/bundle.json" -o "$work/estate.avsnet" >/dev/null || fail "import"
set +e
"$avsnet" compare "$work/estate.avsnet" "$work/bundle.json" --json >"$work/compare.json"
code=$?
set -e
[ "$code" = 1 ] || fail "compare exit $code (the None routes differ)"
[ "$(jq '.tables | length' "$work/compare.json")" = 4 ] || fail "compared tables"
[ "$(jq '[.tables[].problem | select(. != null)] | length' "$work/compare.json")" = 0 ] || fail "unmatched tables"
echo "avsnet-capture: 1 passed, 0 failed"
