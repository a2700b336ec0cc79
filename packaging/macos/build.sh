#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) on macOS with a JDK 17+. Run from the repository root after `mvn package`:
#   packaging/macos/build.sh 0.1.0
# Mirrors packaging/linux/build.sh: JavaFX on the module path, a jlinked runtime, the app's icon.
set -euo pipefail
VERSION="${1:?usage: build.sh VERSION}"
VERSION="${VERSION%-SNAPSHOT}"
NAME=adf-console
INPUT=target/jpackage/input
rm -rf target/jpackage target/dist && mkdir -p "$INPUT/lib" "$INPUT/javafx" target/dist
cp "target/app/$NAME.jar" "$INPUT/"
for jar in target/app/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-mac*.jar) cp "$jar" "$INPUT/javafx/" ;;
    javafx-*.jar) ;;
    *) cp "$jar" "$INPUT/lib/" ;;
  esac
done
jpackage --type dmg --name "ADF Console" --app-version "$VERSION" --vendor "ADF Console" \
  --input "$INPUT" --main-jar "$NAME.jar" --main-class dev.adfconsole.app.Launcher \
  --add-modules java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.unsupported,jdk.zipfs \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2" \
  --java-options "-Xmx1g" --java-options "-XX:TieredStopAtLevel=1" --java-options "-XX:CICompilerCount=1" --java-options "--module-path \$APPDIR/javafx" --java-options "--add-modules javafx.controls,javafx.fxml" \
  --icon packaging/icons/$NAME.icns --license-file packaging/LICENSE \
  --mac-package-identifier dev.adfconsole.app --mac-package-name "ADF Console" --dest target/dist
