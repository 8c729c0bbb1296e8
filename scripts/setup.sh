#!/bin/sh
# Set up Customs Desk from a clone on Debian/Ubuntu, then launch it or run the tests.
#
#   sh scripts/setup.sh run    install (system libraries for Qt, a .venv) and launch the app
#   sh scripts/setup.sh test   install what the tests need and run the whole suite
#
# System packages are installed with apt-get (as root, or through sudo) only when missing.
set -eu
cd "$(dirname "$0")/.."
MODE="${1:-run}"
[ $# -gt 0 ] && shift

# Shared libraries the Qt wheels load on Linux (xcb for a desktop, EGL/GL, fonts, input).
RUNTIME_PKGS="python3-venv libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0
 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
# Tests also need pdftoppm/pdffonts (PDF golden images), a PostgreSQL server (consolidation),
# and the packaging checkers (makensis compiles the Windows installer script; desktop-file-validate
# and appstreamcli check the Linux desktop entry and metadata).
TEST_PKGS="poppler-utils postgresql nsis desktop-file-utils appstream"

case "$MODE" in
  run) PKGS="$RUNTIME_PKGS"; EXTRA="" ;;
  test) PKGS="$RUNTIME_PKGS $TEST_PKGS"; EXTRA="[test]" ;;
  *) echo "usage: sh scripts/setup.sh run|test [arguments]" >&2; exit 2 ;;
esac

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $PKGS; do
    if [ "$p" = python3-venv ] && python3 -c "import ensurepip, venv" 2>/dev/null; then continue; fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  echo "Installing system packages:$missing"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Please install these packages as root, then run this again:$missing" >&2; exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "Customs Desk needs Python 3.11 or newer (found $(python3 --version))." >&2; exit 1; }
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet -e ".$EXTRA"
.venv/bin/python scripts/i18n.py build

if [ "$MODE" = run ]; then
  exec .venv/bin/customs-desk "$@"
fi
exec .venv/bin/python -m pytest "$@"
