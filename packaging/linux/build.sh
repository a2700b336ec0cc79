#!/usr/bin/env bash
# Builds the Linux app image, .deb and .rpm from target/app (run by `mvn -Ppackage package`; see packaging/README.md).
#   1. splits target/app into the jars for the class path and the JavaFX modules for the module path,
#   2. jlinks a runtime with only the JDK modules the app uses and jpackages the app image,
#   3. trains a CDS archive with the launcher's own flags (a --smoke-test run on the sandbox) and ships it,
#   4. wraps the image into .deb and .rpm (each skipped with a note when its tool is missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="${1:?usage: build.sh VERSION}"
VERSION="${VERSION%-SNAPSHOT}"
NAME=adf-console
APP=target/app
INPUT=target/jpackage/input
DIST=target/dist
JAVAFX_MODULES=javafx.controls,javafx.fxml
rm -rf target/jpackage "$DIST"
mkdir -p "$INPUT/lib" "$INPUT/javafx" "$DIST"

cp "$APP/$NAME.jar" "$INPUT/"
for jar in "$APP"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$INPUT/javafx/" ;;   # the real modules, with their native libraries
    javafx-*.jar) ;;                                    # empty placeholders Maven adds beside them
    *) cp "$jar" "$INPUT/lib/" ;;
  esac
done

# JDK modules: what jdeps finds in the app and its libraries, what JavaFX needs, TLS with EC keys for Azure, and the
# JDK HTTP server the built-in sandbox runs on.
FOUND=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "$INPUT/lib/*" --module-path "$INPUT/javafx" "$INPUT/$NAME.jar" "$INPUT"/lib/*.jar 2>/dev/null || true)
MODULES=$(echo "$FOUND,java.desktop,java.xml,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,jdk.unsupported,jdk.crypto.ec,jdk.httpserver,jdk.zipfs" \
  | tr ',' '\n' | grep -v '^javafx' | grep -v '^$' | sort -u | paste -sd, -)
echo "jlink modules: $MODULES"

JAVA_OPTIONS=(
  --java-options "-Xmx1g" --java-options "-XX:TieredStopAtLevel=1" --java-options "-XX:CICompilerCount=1"
  --java-options "--module-path \$APPDIR/javafx"
  --java-options "--add-modules $JAVAFX_MODULES"
  --java-options "-Dsun.java2d.uiScale.enabled=true"
)
jpackage --type app-image --name "$NAME" --app-version "$VERSION" --vendor "ADF Console" \
  --description "Administration console for Azure Data Factory integration runtimes and pipeline runs" \
  --input "$INPUT" --main-jar "$NAME.jar" --main-class dev.adfconsole.app.Launcher \
  --add-modules "$MODULES" --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive" \
  --icon packaging/icons/$NAME.png "${JAVA_OPTIONS[@]}" --dest "$DIST"

# jpackage puts every jar of the input on the class path; JavaFX belongs on the module path only (a JavaFX class
# loaded from the class path is the "Unsupported JavaFX configuration" warning).
sed -i '/^app.classpath=\$APPDIR\/javafx\//d' "$DIST/$NAME/lib/app/$NAME.cfg"

# CDS: a training run of the launcher itself (same runtime, flags and class path) writes the archive, shipped beside
# the jar and named in the launcher's configuration. JDK 17 checks each archived jar's path, size and time, so the
# archive is trained where and as it will run: the portable image in place, and the .deb's own files at the place
# the package installs them (/opt/adf-console, when that folder is free). Any mismatch only means starting without it:
# -Xshare:auto falls back quietly (CDS logging off). The .rpm, whose files jpackage copies again, ships without one.
IMAGE="$DIST/$NAME"
INSTALLED="/opt/$NAME"
RUN=()
if command -v xvfb-run >/dev/null && [ -z "${DISPLAY:-}" ]; then RUN=(xvfb-run -a -s "-screen 0 1400x900x24"); fi
train() {   # train <app folder>: writes <app folder>/lib/app/$NAME.jsa and names it in the launcher's configuration
  local app="$1" home
  home=$(mktemp -d)
  ADF_CONSOLE_HOME="$home" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app/lib/app/$NAME.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
    "${RUN[@]}" "$app/bin/$NAME" --smoke-test 2>&1 | grep -v "^Picked up JAVA_TOOL_OPTIONS" || true
  rm -rf "$home"
  if [ -s "$app/lib/app/$NAME.jsa" ]; then
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/'"$NAME"'.jsa\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off' \
      "$app/lib/app/$NAME.cfg"
    echo "CDS archive for $app: $(du -h "$app/lib/app/$NAME.jsa" | cut -f1)"
  else
    echo "warning: no CDS archive was written for $app; it starts without one" >&2
  fi
}

COMMON=(--app-image "$IMAGE" --name "$NAME" --app-version "$VERSION" --vendor "ADF Console"
  --license-file packaging/LICENSE --about-url "https://github.com/adf-console/adf-console" --dest "$DIST")
LINUX=(--linux-shortcut --linux-menu-group "Development;Utility;" --linux-app-category devel
  --linux-package-name "$NAME" --icon packaging/icons/$NAME.png)
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb "${COMMON[@]}" "${LINUX[@]}" --linux-deb-maintainer "maintainers@adf-console.dev"
else
  echo "note: dpkg-deb or fakeroot missing, no .deb built" >&2
fi
if command -v rpmbuild >/dev/null; then
  jpackage --type rpm "${COMMON[@]}" "${LINUX[@]}" --linux-rpm-license-type "MIT"
else
  echo "note: rpmbuild missing, no .rpm built" >&2
fi
# The .deb is unpacked, amended and packed again: /usr/bin/adf-console added (jpackage puts nothing on the PATH), its
# maintainer scripts made tolerant of a machine without a desktop menu (jpackage's postinst runs xdg-desktop-menu
# under `set -e`, and where no menu folder exists the whole install failed), and its CDS archive trained on its own
# files at the install location.
DEBS=("$DIST"/*.deb)
DEB=""
[ -e "${DEBS[0]}" ] && DEB="${DEBS[0]}"
if [ -n "$DEB" ]; then
  TREE=target/jpackage/deb-tree
  rm -rf "$TREE" && dpkg-deb -R "$DEB" "$TREE"
  # The command on the PATH, as the README uses it: a symlink the package owns, so dpkg removes it with the package.
  mkdir -p "$TREE/usr/bin"
  ln -sfn "$INSTALLED/bin/$NAME" "$TREE/usr/bin/$NAME"
  for script in postinst prerm; do
    [ -f "$TREE/DEBIAN/$script" ] && sed -i 's|^\(xdg-desktop-menu .*\)$|\1 \|\| echo "adf-console: no desktop menu entry changed (xdg-desktop-menu failed); the app is /opt/adf-console/bin/adf-console" >\&2|' \
      "$TREE/DEBIAN/$script"
  done
  if [ ! -e "$INSTALLED" ] && [ -w "$(dirname "$INSTALLED")" ]; then
    cp -a "$TREE$INSTALLED" "$INSTALLED"
    train "$INSTALLED"
    cp -p "$INSTALLED/lib/app/$NAME.jsa" "$INSTALLED/lib/app/$NAME.cfg" "$TREE$INSTALLED/lib/app/" 2>/dev/null || true
    rm -rf "$INSTALLED"
  else
    echo "note: $INSTALLED is in use or not writable; the .deb ships without a CDS archive" >&2
  fi
  fakeroot dpkg-deb -Zxz -b "$TREE" "$DEB" >/dev/null
fi
train "$DIST/$NAME"
(cd "$DIST" && du -sh "$NAME" *.deb *.rpm 2>/dev/null || true)
