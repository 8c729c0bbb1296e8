#!/bin/sh
# Build the Linux bundle, a .tar.gz and a .deb from this checkout, then test what was built.
#
#   sh packaging/build-linux.sh              # from a clean clone: makes packaging/out/venv first
#   PYTHON=.venv/bin/python sh packaging/build-linux.sh   # reuse an environment with ".[build]"
#
# Output in packaging/out/ (gitignored): dist/customs-desk/ (the one-folder bundle),
# customs-desk-VERSION-linux-x86_64.tar.gz, customs-desk_VERSION_amd64.deb, budgets.json and
# build-linux.log (a copy of what this prints).
#
# Environment:
#   PYTHON                          interpreter with the project's dependencies and PyInstaller
#   CUSTOMS_DESK_BUNDLE_POSTGRES=1  also bundle the PostgreSQL driver (secretariat servers)
#   CUSTOMS_DESK_DPKG_INSTALL=0|1   dpkg -i/-r the package (default: only as root in a container)
#   CUSTOMS_DESK_SKIP_BUDGETS=1     skip the start-up timing at the end
#
# Needs: python3 (3.11+), readelf (binutils), dpkg-deb; desktop-file-validate and appstreamcli
# are used when installed. Debian packages: binutils dpkg-dev fakeroot desktop-file-utils
# appstream. The build machine's glibc is the floor for the bundle: build on Debian 12 or
# Ubuntu 22.04 to support them.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/packaging/out"
mkdir -p "$OUT"
LOG="$OUT/build-linux.log"
# Keep a copy of everything printed (sh has no process substitution: re-run under tee once).
if [ -z "${CUSTOMS_DESK_BUILD_LOGGING:-}" ]; then
    export CUSTOMS_DESK_BUILD_LOGGING=1
    status_file="$OUT/.build-status"
    rm -f "$status_file"
    { rc=0; sh "$0" "$@" 2>&1 || rc=$?; echo "$rc" > "$status_file"; } | tee "$LOG"
    status=$(cat "$status_file" 2>/dev/null || echo 1)
    rm -f "$status_file"
    exit "$status"
fi

cd "$ROOT"
started=$(date +%s)
step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
size_mib() { du -sk "$1" | awk '{printf "%.1f MiB", $1 / 1024}'; }
file_mib() { stat -c %s "$1" | awk '{printf "%.1f MiB", $1 / 1048576}'; }

# --- 1. Python environment -------------------------------------------------------------------
if [ -n "${PYTHON:-}" ]; then
    PY=$PYTHON
else
    PY="$OUT/venv/bin/python"
    if [ ! -x "$PY" ]; then
        step "Creating the build environment in packaging/out/venv"
        BASE_PYTHON=${BASE_PYTHON:-python3}
        "$BASE_PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
            || fail "$BASE_PYTHON is older than 3.11"
        "$BASE_PYTHON" -m venv "$OUT/venv"
        "$PY" -m pip install --quiet --upgrade pip
    fi
    extras="build"
    [ "${CUSTOMS_DESK_BUNDLE_POSTGRES:-0}" = 1 ] && extras="build,postgres"
    step "Installing the project and PyInstaller ($extras)"
    "$PY" -m pip install --quiet ".[$extras]"
fi
"$PY" -c 'import PyInstaller, PySide6, customs_desk' || fail "$PY lacks PyInstaller or the project"
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
step "Customs Desk $VERSION with $("$PY" --version), PyInstaller $("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)')"

# --- 2. Bundle -------------------------------------------------------------------------------
step "Compiling translations"
"$PY" scripts/i18n.py build

step "PyInstaller (one folder)"
t0=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/build" packaging/customs_desk.spec
DIST="$OUT/dist/customs-desk"
# On Linux both executables are the same bootloader and archive (console or not only matters on
# Windows): keep one copy, hard-linked, which tar and dpkg-deb store once.
if cmp -s "$DIST/customs-desk" "$DIST/customs-desk-cli"; then
    ln -f "$DIST/customs-desk" "$DIST/customs-desk-cli"
fi
echo "PyInstaller took $(( $(date +%s) - t0 )) s; bundle $(size_mib "$DIST")"

step "Checking the bundle"
"$PY" packaging/check_bundle.py "$DIST"
GLIBC=$("$PY" - "$DIST" <<'EOF'
import re, subprocess, sys
from pathlib import Path
best = (2, 17)
for path in Path(sys.argv[1]).rglob("*"):
    if path.is_file() and not path.is_symlink() and path.open("rb").read(4) == b"\x7fELF":
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            best = max(best, (int(major), int(minor)))
print(f"{best[0]}.{best[1]}")
EOF
)
echo "needs glibc >= $GLIBC"

# --- 3. Smoke test ---------------------------------------------------------------------------
# Every run gets an empty HOME and data folder: nothing is read from or written to the builder's.
smoke() {
    where=$1
    label=$2
    tmp=$(mktemp -d)
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/gui"
    echo "smoke test ($label): $where"
    HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
        "$where/customs-desk-cli" --version
    HOME="$tmp/home" "$where/customs-desk-cli" selfcheck --json --data-dir "$tmp/data" \
        > "$tmp/selfcheck.json" || { cat "$tmp/selfcheck.json"; fail "selfcheck ($label)"; }
    "$PY" - "$tmp/selfcheck.json" "$VERSION" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
assert report["ok"], report["problems"]
assert report["versions"]["customs_desk"] == sys.argv[2], report["versions"]
assert report["schema"]["at_head"], report["schema"]
print(f"selfcheck OK: schema {report['schema']['revision']}, SQLite {report['sqlite']['version']}")
EOF
    HOME="$tmp/home" QT_QPA_PLATFORM=offscreen "$where/customs-desk" --smoke --data-dir "$tmp/gui" \
        || fail "customs-desk --smoke ($label)"
    if find "$tmp/home" -name 'customs-desk*' | grep -q .; then
        find "$tmp/home" -name 'customs-desk*'
        fail "the program wrote into HOME although --data-dir was given ($label)"
    fi
    rm -rf "$tmp"
}
step "Smoke test of the bundle"
smoke "$DIST" "bundle"

# --- 4. tar.gz -------------------------------------------------------------------------------
EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
TARBALL="$OUT/customs-desk-$VERSION-linux-x86_64.tar.gz"
step "tar.gz"
tar -C "$OUT/dist" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" \
    -cf - customs-desk | gzip -n -6 > "$TARBALL"
echo "$(basename "$TARBALL"): $(file_mib "$TARBALL")"

# --- 5. .deb ---------------------------------------------------------------------------------
step ".deb"
DEBROOT="$OUT/deb/root"
rm -rf "$OUT/deb"
mkdir -p "$DEBROOT/DEBIAN" "$DEBROOT/opt" "$DEBROOT/usr/bin" \
    "$DEBROOT/usr/share/applications" "$DEBROOT/usr/share/metainfo" \
    "$DEBROOT/usr/share/icons/hicolor/scalable/apps" "$DEBROOT/usr/share/mime/packages" \
    "$DEBROOT/usr/share/doc/customs-desk"
cp -a "$DIST" "$DEBROOT/opt/customs-desk"
# Relative links, so the tree also works when unpacked somewhere else (dpkg -x).
ln -s ../../opt/customs-desk/customs-desk "$DEBROOT/usr/bin/customs-desk"
ln -s ../../opt/customs-desk/customs-desk-cli "$DEBROOT/usr/bin/customs-desk-cli"
install -m 644 packaging/linux/org.asiannetwork.CustomsDesk.desktop "$DEBROOT/usr/share/applications/"
install -m 644 packaging/linux/org.asiannetwork.CustomsDesk.metainfo.xml "$DEBROOT/usr/share/metainfo/"
install -m 644 packaging/linux/org.asiannetwork.CustomsDesk.mime.xml \
    "$DEBROOT/usr/share/mime/packages/org.asiannetwork.CustomsDesk.xml"
install -m 644 src/customs_desk/resources/icons/customs-desk.svg \
    "$DEBROOT/usr/share/icons/hicolor/scalable/apps/org.asiannetwork.CustomsDesk.svg"
cat > "$DEBROOT/usr/share/doc/customs-desk/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: customs-desk
Source: https://example.invalid/customs-desk

Files: *
Copyright: Customs Desk contributors
License: Apache-2.0
 On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0.
 Bundled fonts: /opt/customs-desk/_internal/customs_desk/resources/fonts/ (OFL, Apache-2.0).
 Bundled Python, Qt (LGPL-3.0) and libraries keep their own licences, listed in the
 *.dist-info folders under /opt/customs-desk/_internal/.
EOF
gzip -n -9 -c CHANGELOG.md > "$DEBROOT/usr/share/doc/customs-desk/changelog.gz"
# Only what the bundle takes from the system (packaging/check_bundle.py lists it); the rest,
# xcb helpers included, is inside, so the package installs offline on a desktop.
DEPENDS="libc6 (>= $GLIBC), libgl1, libegl1, libxcb1, libx11-6, libx11-xcb1, libdbus-1-3, libcups2, libfontconfig1"
INSTALLED_KB=$(du -sk "$DEBROOT" | cut -f1)
cat > "$DEBROOT/DEBIAN/control" <<EOF
Package: customs-desk
Version: $VERSION
Architecture: amd64
Maintainer: Customs Desk contributors <customs-desk@example.invalid>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Section: misc
Priority: optional
Homepage: https://example.invalid/customs-desk
Description: offline desk for customs officers controlling hazardous waste shipments
 Customs Desk helps customs officers of the Asian Network stop illegal
 transboundary shipments of hazardous waste: the network's handbooks offline
 and searchable, an inspection and suspected-cargo log with photos, signed and
 encrypted exchange packages carried on a USB stick, and PDF reports.
 .
 The program and everything it needs is in /opt/customs-desk; data goes to
 ~/.local/share/customs-desk (or --data-dir).
EOF
DEB="$OUT/customs-desk_${VERSION}_amd64.deb"
t0=$(date +%s)
SOURCE_DATE_EPOCH=$EPOCH dpkg-deb --root-owner-group -Zxz --build "$DEBROOT" "$DEB" >/dev/null
echo "$(basename "$DEB"): $(file_mib "$DEB") (dpkg-deb took $(( $(date +%s) - t0 )) s)"
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'

step "Validating the desktop entry and AppStream metadata"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$DEBROOT/usr/share/applications/org.asiannetwork.CustomsDesk.desktop"
    echo "desktop-file-validate: OK"
else
    echo "desktop-file-validate not installed (apt-get install desktop-file-utils): not checked"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$DEBROOT/usr/share/metainfo/org.asiannetwork.CustomsDesk.metainfo.xml"
else
    echo "appstreamcli not installed (apt-get install appstream): not checked"
fi

# --- 6. The installed program ----------------------------------------------------------------
step "Unpacking the .deb into a clean folder tree (dpkg -x) and testing it there"
ROOTFS=$(mktemp -d)
dpkg -x "$DEB" "$ROOTFS"
[ "$(readlink -f "$ROOTFS/usr/bin/customs-desk")" = "$ROOTFS/opt/customs-desk/customs-desk" ] \
    || fail "usr/bin/customs-desk does not point into opt/customs-desk"
smoke "$ROOTFS/usr/bin/../../opt/customs-desk" "dpkg -x"
INSTALLED="$ROOTFS/opt/customs-desk"

in_container() {
    [ -f /.dockerenv ] || [ -f /run/.containerenv ] \
        || (command -v systemd-detect-virt >/dev/null && systemd-detect-virt -cq)
}
DPKG_INSTALL=${CUSTOMS_DESK_DPKG_INSTALL:-auto}
if [ "$DPKG_INSTALL" = auto ]; then
    if [ "$(id -u)" = 0 ] && in_container; then DPKG_INSTALL=1; else DPKG_INSTALL=0; fi
fi
if [ "$DPKG_INSTALL" = 1 ]; then
    step "dpkg -i, run from /usr/bin, dpkg -r"
    if dpkg-query -W -f '${Status}' customs-desk 2>/dev/null | grep -q "install ok installed"; then
        fail "customs-desk is already installed here; remove it first or set CUSTOMS_DESK_DPKG_INSTALL=0"
    fi
    dpkg -i "$DEB"
    tmp=$(mktemp -d)
    PATH="/usr/bin:$PATH" HOME="$tmp" customs-desk-cli --version
    HOME="$tmp" QT_QPA_PLATFORM=offscreen /usr/bin/customs-desk --smoke --data-dir "$tmp/data" \
        || { dpkg -r customs-desk; fail "smoke test of the installed package"; }
    dpkg -r customs-desk
    [ ! -e /opt/customs-desk/customs-desk ] || fail "dpkg -r left /opt/customs-desk behind"
    rm -rf "$tmp"
    echo "dpkg -i / smoke / dpkg -r: OK"
else
    echo "dpkg -i skipped (not root in a container; CUSTOMS_DESK_DPKG_INSTALL=1 forces it)"
fi

# --- 7. Portable mode ------------------------------------------------------------------------
step "Portable mode: a file named 'portable' beside the program keeps data in data/"
STICK=$(mktemp -d)
tar -C "$STICK" -xzf "$TARBALL"
touch "$STICK/customs-desk/portable"
home=$(mktemp -d)
env -u CUSTOMS_DESK_DATA_DIR HOME="$home" XDG_DATA_HOME="$home/.local/share" \
    XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.local/state" \
    "$STICK/customs-desk/customs-desk-cli" selfcheck --json > "$STICK/selfcheck.json" \
    || { cat "$STICK/selfcheck.json"; fail "selfcheck in portable mode"; }
env -u CUSTOMS_DESK_DATA_DIR HOME="$home" QT_QPA_PLATFORM=offscreen \
    "$STICK/customs-desk/customs-desk" --smoke || fail "smoke test in portable mode"
"$PY" - "$STICK/selfcheck.json" "$STICK/customs-desk" "$home" <<'EOF'
import json, os, sys
from pathlib import Path
report = json.load(open(sys.argv[1]))
program = Path(sys.argv[2]).resolve()
paths = report["paths"]
assert report["ok"], report["problems"]
assert paths["origin"] == "portable", paths
assert Path(paths["data"]).resolve() == program / "data", paths
assert (program / "data" / "customs-desk.sqlite").is_file(), "no database in data/"
leaked = [str(p) for p in Path(sys.argv[3]).rglob("*customs-desk*")]
assert not leaked, f"portable mode wrote outside the program folder: {leaked[:5]}"
print(f"portable OK: data in {paths['data']}, nothing written to HOME")
EOF
rm -rf "$STICK" "$home"

# --- 8. Sizes and start-up -------------------------------------------------------------------
step "Sizes and start-up time"
if [ "${CUSTOMS_DESK_SKIP_BUDGETS:-0}" = 1 ]; then
    echo "bundle $(size_mib "$DIST"), tar.gz $(file_mib "$TARBALL"), .deb $(file_mib "$DEB")"
else
    "$PY" packaging/budgets.py --bundle "$DIST" --deb "$DEB" --tarball "$TARBALL" \
        --installed "$INSTALLED" --json-out "$OUT/budgets.json"
fi
rm -rf "$ROOTFS"
echo
echo "build-linux.sh: all steps passed in $(( $(date +%s) - started )) s; output in packaging/out/"
