#!/usr/bin/env bash
# Should the shipped runtime come from JDK 25 with its AOT cache (JEP 483/514) instead of JDK 17 with AppCDS? The same
# app files (the app image's jars and JavaFX modules), the launcher's options, started side by side N times with
# --smoke-test: JDK 17 with a dynamic AppCDS archive trained on the app, and JDK 25 with an AOT cache trained the same
# way (-XX:AOTCacheOutput, then -XX:AOTCache). The code keeps targeting Java 17 either way. Usage:
#   bench/jdk25-aot.sh [target/dist/adf-console] [runs] [JDK 25 home]
set -euo pipefail
APP="${1:-target/dist/adf-console}"
RUNS="${2:-7}"
JDK25="${3:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JDK17="$APP/lib/runtime"
[ -x "$JDK25/bin/java" ] || { echo "bench/jdk25-aot.sh: no JDK 25 at $JDK25" >&2; exit 2; }
RUN=()
if [ -z "${DISPLAY:-}" ]; then RUN=(xvfb-run -a -s "-screen 0 1400x900x24"); fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP="$APP/lib/app/adf-console.jar:$(ls "$APP"/lib/app/lib/*.jar | paste -sd:)"
OPTS=(-Xmx1g -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 --module-path "$APP/lib/app/javafx" --add-modules javafx.controls,javafx.fxml
  -Dsun.java2d.uiScale.enabled=true -cp "$CP")

smoke() {   # smoke <java> <extra options…>: one start, prints the first-frame ms
  local java="$1" home
  shift
  home=$(mktemp -d -p "$WORK")
  ADF_CONSOLE_HOME="$home" "${RUN[@]}" "$java" "$@" "${OPTS[@]}" dev.adfconsole.app.Launcher --smoke-test 2>/dev/null \
    | sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p'
}

smoke "$JDK17/bin/java" -XX:ArchiveClassesAtExit="$WORK/app17.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off > /dev/null
smoke "$JDK25/bin/java" -XX:AOTCacheOutput="$WORK/app25.aot" -Xlog:aot=off -Xlog:cds=off > /dev/null
[ -s "$WORK/app25.aot" ] || { echo "bench/jdk25-aot.sh: JDK 25 wrote no AOT cache" >&2; exit 1; }
cds=() aot=()
for _ in $(seq "$RUNS"); do
  cds+=("$(smoke "$JDK17/bin/java" -XX:SharedArchiveFile="$WORK/app17.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)")
  # AOTMode=on: a cache the JVM cannot use fails the start instead of silently measuring a JVM without one.
  aot+=("$(smoke "$JDK25/bin/java" -XX:AOTCache="$WORK/app25.aot" -XX:AOTMode=on -Xlog:aot=off -Xlog:cds=off)")
done
python3 - "${cds[*]}" "${aot[*]}" "$("$JDK25/bin/java" -version 2>&1 | sed -n 1p)" <<'PY'
import sys, statistics
cds, aot = ([int(x) for x in a.split()] for a in sys.argv[1:3])
c, a = statistics.median(cds), statistics.median(aot)
import json
print(json.dumps({"bench": "jdk25-aot", "runs": len(cds), "jdk17CdsFirstFrameMedianMs": round(c), "jdk25AotFirstFrameMedianMs": round(a),
                  "ratio": round(a / c, 2), "jdk25": sys.argv[3]}))
PY
