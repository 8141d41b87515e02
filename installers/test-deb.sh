#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 avsnet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a finished build tree and looks inside it the way a user's
# system would: the files and where they land, the desktop entry and AppStream metadata through
# their validators, the MIME type through shared-mime-info, the control fields, and the packaged
# programs running. Registered as the CTest test installers_deb.
#   installers/test-deb.sh BUILD_DIR
# Exit 0 when every check passes, 1 when one fails, 77 when this is no Debian system.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 BUILD_DIR   (a configured and built avsnet tree)" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_id=io.github.avsnet.Designer

if ! command -v dpkg-deb >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
    echo "SKIP: dpkg-deb or dpkg-shlibdeps missing (package dpkg-dev); not a Debian system?"
    exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/avsnet-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
failures=()
pass() {
    echo "PASS  $1"
    passed=$((passed + 1))
}
fail() {
    echo "FAIL  $1"
    failed=$((failed + 1))
    failures+=("$1")
}
# check NAME COMMAND...: the command's output is shown only when it fails.
check() {
    local name=$1
    shift
    local output
    if output=$("$@" 2>&1); then
        pass "$name"
    else
        fail "$name"
        printf '%s\n' "$output" | sed 's/^/      /'
    fi
}
summary() {
    echo
    if [ "$failed" -eq 0 ]; then
        echo "installers_deb: PASS ($passed checks)"
        exit 0
    fi
    echo "installers_deb: FAIL ($failed of $((passed + failed)) checks failed)"
    printf '  - %s\n' "${failures[@]}"
    exit 1
}

echo "== cpack -G DEB in $build_dir"
if ! (cd "$build_dir" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
    fail "cpack -G DEB"
    sed 's/^/      /' "$work/cpack.log"
    summary
fi
debs=("$work"/out/avsnet_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "cpack made exactly one avsnet_*.deb"
    ls -la "$work/out" | sed 's/^/      /'
    summary
fi
deb=${debs[0]}
pass "cpack -G DEB made $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== control fields (dpkg-deb -I)"
dpkg-deb -I "$deb" >"$work/info.txt"
sed 's/^/      /' "$work/info.txt"
depends=$(sed -n 's/^ Depends: //p' "$work/info.txt")
recommends=$(sed -n 's/^ Recommends: //p' "$work/info.txt")
has_package() { # has_package LIST NAME: NAME appears in a comma-separated dependency list
    printf '%s\n' "$1" | tr ',' '\n' | sed 's/^ *//; s/[ (].*//' | grep -qx "$2"
}
if [ -n "$depends" ]; then pass "Depends: $depends"; else fail "a Depends line"; fi
# shlibdeps' libraries of both programs, and the plugin package it cannot see.
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6; do
    if has_package "$depends" "$package"; then pass "Depends names $package"; else fail "Depends names $package"; fi
done
for package in shared-mime-info desktop-file-utils; do
    if has_package "$recommends" "$package"; then pass "Recommends names $package"; else fail "Recommends names $package"; fi
done
if grep -q '^ Package: avsnet$' "$work/info.txt"; then pass "Package: avsnet"; else fail "Package: avsnet"; fi
# Caches are refreshed by other packages' dpkg triggers; the package carries no scripts.
if dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -Eq 'postinst|prerm|postrm|preinst'; then
    fail "no maintainer scripts (dpkg triggers do the work)"
else
    pass "no maintainer scripts (dpkg triggers do the work)"
fi

echo "== files (dpkg-deb -x)"
root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(
    usr/bin/avsnet
    usr/bin/avsnet-designer
    usr/share/applications/$app_id.desktop
    usr/share/mime/packages/avsnet.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/icons/hicolor/scalable/mimetypes/application-x-avsnet+json.svg
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/man/man1/avsnet.1
    usr/share/doc/avsnet/copyright
    usr/share/doc/avsnet/routing.md
    usr/share/doc/avsnet/format.md
    usr/share/doc/avsnet/cli.md
)
for file in "${expected[@]}"; do
    if [ -f "$root/$file" ]; then pass "/$file"; else fail "/$file is in the package"; fi
done
for program in avsnet avsnet-designer; do
    if [ -x "$root/usr/bin/$program" ] && file -b "$root/usr/bin/$program" | grep -q '^ELF.*executable.*stripped' \
        && ! file -b "$root/usr/bin/$program" | grep -q 'not stripped'; then
        pass "/usr/bin/$program is a stripped ELF executable"
    else
        fail "/usr/bin/$program is a stripped ELF executable ($(file -b "$root/usr/bin/$program" 2>&1))"
    fi
done
unexpected=$(cd "$root" && find . -type f | sed 's|^\./||' | grep -v -e '^usr/bin/' -e '^usr/share/' || true)
if [ -z "$unexpected" ]; then pass "nothing outside /usr/bin and /usr/share"; else fail "files outside /usr/bin and /usr/share: $unexpected"; fi

echo "== validators"
# desktop-file-validate exits 0 on warnings; its hints (several main categories) are fine.
desktop_validate() {
    local output
    output=$(desktop-file-validate "$1" 2>&1)
    local status=$?
    printf '%s\n' "$output"
    [ $status -eq 0 ] && ! printf '%s\n' "$output" | grep -Eq '(error|warning):'
}
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate $app_id.desktop" desktop_validate "$root/usr/share/applications/$app_id.desktop"
else
    fail "desktop-file-validate is installed (package desktop-file-utils)"
fi
# appstreamcli's exit code ignores warnings; fail on any E: or W: line too.
appstream_validate() {
    local output
    output=$(appstreamcli validate --no-net "$1" 2>&1)
    local status=$?
    printf '%s\n' "$output"
    [ $status -eq 0 ] && ! printf '%s\n' "$output" | grep -Eq '^(E|W):'
}
if command -v appstreamcli >/dev/null; then
    check "appstreamcli validate --no-net $app_id.metainfo.xml" appstream_validate \
        "$root/usr/share/metainfo/$app_id.metainfo.xml"
else
    fail "appstreamcli is installed (package appstream)"
fi
if command -v update-mime-database >/dev/null; then
    mkdir -p "$work/mime/packages"
    cp "$root/usr/share/mime/packages/avsnet.xml" "$work/mime/packages/"
    check "update-mime-database accepts avsnet.xml" update-mime-database "$work/mime"
    check "*.avsnet is application/x-avsnet+json" grep -qx '50:application/x-avsnet+json:\*\.avsnet' "$work/mime/globs2"
    check "application/x-avsnet+json is a sub-class of application/json" \
        grep -qx 'application/x-avsnet+json application/json' "$work/mime/subclasses"
    check "the MIME type has the packaged icon" grep -qx 'application/x-avsnet+json:application-x-avsnet+json' "$work/mime/icons"
    if command -v gio >/dev/null; then
        cp "$source_dir/resources/samples/contoso.avsnet" "$work/contoso-design"
        check "shared-mime-info recognises a design without its extension (magic)" \
            bash -c "XDG_DATA_HOME='$work' XDG_DATA_DIRS=/usr/share gio info -a standard::content-type '$work/contoso-design' | grep -q 'application/x-avsnet+json'"
    fi
else
    echo "SKIP  update-mime-database (package shared-mime-info) is not installed"
fi
if command -v groff >/dev/null; then
    check "man page renders without warnings (groff -man -ww)" \
        bash -c "groff -man -ww -z '$root/usr/share/man/man1/avsnet.1' 2>&1 | (! grep .)"
fi
for svg in "apps/$app_id.svg" "mimetypes/application-x-avsnet+json.svg"; do
    check "$svg is well-formed SVG" python3 -c "
import sys, xml.etree.ElementTree as tree
root = tree.parse(sys.argv[1]).getroot()
sys.exit(0 if root.tag == '{http://www.w3.org/2000/svg}svg' else 1)" "$root/usr/share/icons/hicolor/scalable/$svg"
done

echo "== the packaged programs"
version=$("$root/usr/bin/avsnet" --version 2>&1)
if [ "$version" = "avsnet $(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")" ]; then
    pass "avsnet --version: $version"
else
    fail "avsnet --version prints the package version (got: $version)"
fi
release=$(grep -o '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" | head -1 | cut -d'"' -f2)
if [ "avsnet $release" = "$version" ]; then
    pass "metainfo's newest release is $release"
else
    fail "metainfo's newest release ($release) is the program's version ($version): add a <release>"
fi
designer_version=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/avsnet-designer" --version 2>/dev/null)
if [ "$designer_version" = "avsnet ${version#avsnet }" ]; then
    pass "avsnet-designer --version: $designer_version"
else
    fail "avsnet-designer --version prints the version (got: $designer_version)"
fi
# Findings (warnings) are fine; exit 0 means no error finding and the file was accepted.
check "avsnet validate resources/samples/contoso.avsnet exits 0" \
    "$root/usr/bin/avsnet" validate "$source_dir/resources/samples/contoso.avsnet"

summary
