#!/usr/bin/env bash
# Start-up of the installed app against a bare JavaFX window (bench/BareProbe.java) on the same jlinked runtime, the
# same JavaFX modules, CDS and C1 options, run side by side (app, probe, app, probe…) so both see the same machine:
# time to first frame (and, for the app, to the sandbox tree, from its own --smoke-test report), median and p90 of N
# runs, the ratio app/probe, with the CDS archives and without them (moved aside), plus peak RSS. Usage:
#   bench/startup.sh [/opt/adf-console | target/dist/adf-console] [runs]
set -euo pipefail
APP="${1:-/opt/adf-console}"
RUNS="${2:-10}"
LAUNCHER="$APP/bin/adf-console"
ARCHIVE="$APP/lib/app/adf-console.jsa"
JAVA="$APP/lib/runtime/bin/java"
[ -x "$LAUNCHER" ] || { echo "bench/startup.sh: no launcher at $LAUNCHER" >&2; exit 2; }
RUN=()
if [ -z "${DISPLAY:-}" ]; then RUN=(xvfb-run -a -s "-screen 0 1400x900x24"); fi

# The probe, compiled for Java 17 against the app's own JavaFX modules, with a CDS archive trained as the app's is.
PROBE=$(mktemp -d)
trap 'rm -rf "$PROBE"' EXIT
javac --release 17 --module-path "$APP/lib/app/javafx" --add-modules javafx.controls -d "$PROBE/classes" "$(dirname "$0")/BareProbe.java"
jar cf "$PROBE/bare-probe.jar" -C "$PROBE/classes" .
PROBE_OPTS=(-Xmx1g -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 --module-path "$APP/lib/app/javafx" --add-modules javafx.controls,javafx.fxml
  -Dsun.java2d.uiScale.enabled=true -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$PROBE/bare-probe.jar")
"${RUN[@]}" "$JAVA" -XX:ArchiveClassesAtExit="$PROBE/bare-probe.jsa" "${PROBE_OPTS[@]}" BareProbe > /dev/null

measure() {
  local label="$1" probe_cds="$2" frames=() trees=() rss=() bare=()
  for _ in $(seq "$RUNS"); do
    home=$(mktemp -d)
    out=$( { ADF_CONSOLE_HOME="$home" /usr/bin/time -f "rss %M" "${RUN[@]}" "$LAUNCHER" --smoke-test; } 2>&1 )
    rm -rf "$home"
    frames+=("$(echo "$out" | sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p')")
    trees+=("$(echo "$out" | sed -n 's/.*sandbox tree after \([0-9]*\) ms.*/\1/p')")
    rss+=("$(echo "$out" | sed -n 's/^rss \([0-9]*\)$/\1/p')")
    local cds=()
    [ "$probe_cds" = yes ] && cds=(-XX:SharedArchiveFile="$PROBE/bare-probe.jsa")
    bare+=("$("${RUN[@]}" "$JAVA" "${cds[@]}" "${PROBE_OPTS[@]}" BareProbe | sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p')")
  done
  python3 - "$label" "${frames[*]}" "${trees[*]}" "${rss[*]}" "${bare[*]}" <<'PY'
import sys, statistics
label = sys.argv[1]
frames, trees, rss, bare = ([int(x) for x in a.split()] for a in sys.argv[2:6])
def p90(v): v = sorted(v); return v[min(len(v) - 1, int(round(0.9 * (len(v) - 1))))]
f, b = statistics.median(frames), statistics.median(bare)
print(f'{{"bench":"startup","variant":"{label}","runs":{len(frames)},"firstFrameMedianMs":{f:.0f},'
      f'"firstFrameP90Ms":{p90(frames)},"bareProbeFirstFrameMedianMs":{b:.0f},"ratioToBareProbe":{f / b:.2f},'
      f'"treeMedianMs":{statistics.median(trees):.0f},"treeP90Ms":{p90(trees)},'
      f'"peakRssMedianMB":{statistics.median(rss) / 1024:.0f}}}')
PY
}

measure "with CDS archive" yes
if [ -f "$ARCHIVE" ]; then
  mv "$ARCHIVE" "$ARCHIVE.off"
  trap 'mv "$ARCHIVE.off" "$ARCHIVE"; rm -rf "$PROBE"' EXIT
  measure "without CDS archive" no
fi
