#!/usr/bin/env bash
# Start-up of the installed app: time to first frame and to the sandbox tree (its own --smoke-test report), median and
# p90 of N runs, with the shipped CDS archive and without it (moved aside), plus peak RSS. Usage:
#   bench/startup.sh [/opt/adf-console] [runs]      (install the .deb first: sudo dpkg -i target/dist/*.deb)
set -euo pipefail
APP="${1:-/opt/adf-console}"
RUNS="${2:-10}"
LAUNCHER="$APP/bin/adf-console"
ARCHIVE="$APP/lib/app/adf-console.jsa"
[ -x "$LAUNCHER" ] || { echo "bench/startup.sh: no launcher at $LAUNCHER" >&2; exit 2; }
RUN=()
if [ -z "${DISPLAY:-}" ]; then RUN=(xvfb-run -a -s "-screen 0 1400x900x24"); fi

measure() {
  local label="$1" frames=() trees=() rss=()
  for _ in $(seq "$RUNS"); do
    home=$(mktemp -d)
    out=$( { ADF_CONSOLE_HOME="$home" /usr/bin/time -f "rss %M" "${RUN[@]}" "$LAUNCHER" --smoke-test; } 2>&1 )
    rm -rf "$home"
    frames+=("$(echo "$out" | sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p')")
    trees+=("$(echo "$out" | sed -n 's/.*sandbox tree after \([0-9]*\) ms.*/\1/p')")
    rss+=("$(echo "$out" | sed -n 's/^rss \([0-9]*\)$/\1/p')")
  done
  python3 - "$label" "${frames[*]}" "${trees[*]}" "${rss[*]}" <<'PY'
import sys, statistics
label, frames, trees, rss = sys.argv[1], [int(x) for x in sys.argv[2].split()], [int(x) for x in sys.argv[3].split()], [int(x) for x in sys.argv[4].split()]
def p90(v): v = sorted(v); return v[min(len(v) - 1, int(round(0.9 * (len(v) - 1))))]
print(f'{{"bench":"startup","variant":"{label}","runs":{len(frames)},"firstFrameMedianMs":{statistics.median(frames):.0f},'
      f'"firstFrameP90Ms":{p90(frames)},"treeMedianMs":{statistics.median(trees):.0f},"treeP90Ms":{p90(trees)},'
      f'"peakRssMedianMB":{statistics.median(rss) / 1024:.0f}}}')
PY
}

measure "with CDS archive"
if [ -f "$ARCHIVE" ]; then
  mv "$ARCHIVE" "$ARCHIVE.off"
  trap 'mv "$ARCHIVE.off" "$ARCHIVE"' EXIT
  measure "without CDS archive"
fi
