#!/usr/bin/env bash
# The packaging test CI runs: build the .deb, unpack it with dpkg-deb -x into a temporary root, check it puts
# adf-console on the PATH, run the installed launcher with --smoke-test under xvfb-run, and fail unless it exits 0.
# Also runs the package's postinst and prerm with an xdg-desktop-menu that fails, as on a machine without a desktop
# menu: the install must not fail for that.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Ppackage package -DskipTests
DEBS=(target/dist/*.deb)
DEB="${DEBS[0]}"
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
dpkg-deb -x "$DEB" "$ROOT"
LAUNCHER="$ROOT/opt/adf-console/bin/adf-console"
[ -x "$LAUNCHER" ] || { echo "test-deb: no launcher in $DEB" >&2; exit 1; }
# `adf-console` on the PATH: /usr/bin/adf-console, a link to the launcher, owned by the package.
LINK="$ROOT/usr/bin/adf-console"
[ -L "$LINK" ] && [ "$(readlink "$LINK")" = /opt/adf-console/bin/adf-console ] \
  || { echo "test-deb: $DEB puts no adf-console on the PATH (/usr/bin/adf-console -> /opt/adf-console/bin/adf-console)" >&2; exit 1; }
LISTING=$(dpkg-deb -c "$DEB")   # read whole: grep -q on a pipe could close it early and fail the run under pipefail
grep -q ' \./usr/bin/adf-console -> /opt/adf-console/bin/adf-console$' <<< "$LISTING" \
  || { echo "test-deb: /usr/bin/adf-console is not in the package's file list" >&2; exit 1; }
echo "PATH: /usr/bin/adf-console -> /opt/adf-console/bin/adf-console"
HOME_DIR="$ROOT/home"
mkdir -p "$HOME_DIR"
echo "Smoke test of $(basename "$DEB") ($(du -h "$DEB" | cut -f1)):"
CONTROL="$ROOT/control"
dpkg-deb -e "$DEB" "$CONTROL"
mkdir -p "$ROOT/fakebin"
printf '#!/bin/sh\necho "xdg-desktop-menu: No writable system menu directory found." >&2\nexit 3\n' > "$ROOT/fakebin/xdg-desktop-menu"
chmod +x "$ROOT/fakebin/xdg-desktop-menu"
PATH="$ROOT/fakebin:$PATH" sh "$CONTROL/postinst" configure 2>/dev/null || { echo "test-deb: postinst fails without a desktop menu" >&2; exit 1; }
PATH="$ROOT/fakebin:$PATH" sh "$CONTROL/prerm" remove 2>/dev/null || { echo "test-deb: prerm fails without a desktop menu" >&2; exit 1; }
echo "postinst and prerm: fine without a desktop menu"
ADF_CONSOLE_HOME="$HOME_DIR" timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" "$LAUNCHER" --smoke-test
