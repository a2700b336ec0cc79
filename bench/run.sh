#!/usr/bin/env bash
# The benchmark harness (see BENCHMARKS.md for the figures, the machine and the targets). One command:
#   bench/run.sh            all of them (about 10 minutes on 2 cores)
#   bench/run.sh startup    cold start of the installed app (or the app image in target/dist) against a bare JavaFX
#                           window on the same runtime (bench/startup.sh prints the ratio); the class path otherwise
#   bench/run.sh sweep      fleet sweep, 1,000 runtimes over 10 subscriptions at 50 ms, concurrency 1, 8, 16, 32
#   bench/run.sh throttle   500 runtimes in one subscription: ARM's write bucket sets the pace
#   bench/run.sh rerun      the 1,000-runtime inventory three times back to back (ARM's buckets still drained)
#   bench/run.sh fx         the fleet window with 10,000 runtimes: FX pulse gaps, a sort, live heap and RSS
#   bench/run.sh jmh        in-process JMH benchmarks (table redraw, status mapping, CSV)
#   bench/run.sh az         the same status sweep scripted with `az rest`, against ours, for 50 runtimes
#   bench/run.sh tree       the main window's tree with 1,000 runtimes (TreeLoadBench)
#   bench/run.sh runs       runs of 100 factories at 50 ms; a bulk rerun of 300 failed runs in one subscription (RunsBench)
#   bench/run.sh watch [S]  the watch list polling 200 runtimes at the app's pace for S seconds (default 120; the
#                           issue's figure: bench/run.sh watch 600); not part of "all"
#   bench/run.sh aot        JDK 17 + AppCDS against JDK 25 + its AOT cache on the same app image (bench/jdk25-aot.sh)
# Each result is a JSON line in target/bench/results.jsonl; target/bench/results.json gathers them and a table is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt \
  || mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
CP="target/classes:target/test-classes:$(cat target/bench/classpath.txt)"
# The installed launcher's JVM options (packaging/linux/build.sh), so what is measured is what users run.
APP_JVM=(-Xmx1g -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1)
HEADLESS=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)
RESULTS=target/bench/results.jsonl
what="${1:-all}"
[ "$what" = all ] && : > "$RESULTS"

record() { tee -a "$RESULTS"; }

startup() {
  command -v xvfb-run > /dev/null || { echo "bench/run.sh startup needs xvfb-run (apt-get install xvfb xauth)" >&2; return 1; }
  if [ -x /opt/adf-console/bin/adf-console ]; then
    bench/startup.sh /opt/adf-console 10 | record
  elif [ -x target/dist/adf-console/bin/adf-console ]; then
    # The app image `mvn -Ppackage package` leaves (its CDS archive is trained in place), when nothing is installed.
    bench/startup.sh target/dist/adf-console 10 | record
  else
    echo "bench/run.sh: no installed app at /opt/adf-console (sudo dpkg -i target/dist/*.deb); measuring the class path instead" >&2
    local frames=() trees=()
    for _ in $(seq 10); do
      home=$(mktemp -d)
      out=$(ADF_CONSOLE_HOME="$home" xvfb-run -a -s "-screen 0 1400x900x24" java "${APP_JVM[@]}" -cp "$CP" dev.adfconsole.app.Launcher --smoke-test 2>&1)
      rm -rf "$home"
      frames+=("$(echo "$out" | sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p')")
      trees+=("$(echo "$out" | sed -n 's/.*sandbox tree after \([0-9]*\) ms.*/\1/p')")
    done
    python3 - "${frames[*]}" "${trees[*]}" <<'PY' | record
import sys, statistics
f, t = [int(x) for x in sys.argv[1].split()], [int(x) for x in sys.argv[2].split()]
def p90(v): v = sorted(v); return v[min(len(v) - 1, int(round(0.9 * (len(v) - 1))))]
print(f'{{"bench":"startup","variant":"class path, no archive","runs":{len(f)},"firstFrameMedianMs":{statistics.median(f):.0f},'
      f'"firstFrameP90Ms":{p90(f)},"treeMedianMs":{statistics.median(t):.0f},"treeP90Ms":{p90(t)}}}')
PY
  fi
}

sweep() { java "${APP_JVM[@]}" -cp "$CP" dev.adfconsole.bench.FleetSweepBench 10:10:10:2 50 "${1:-1,8,16,32}" fleet-sweep | record; }
throttle() { java "${APP_JVM[@]}" -cp "$CP" dev.adfconsole.bench.FleetSweepBench 1:50:10:2 50 "${1:-16}" throttling-sweep | record; }
rerun() { java "${APP_JVM[@]}" -cp "$CP" dev.adfconsole.app.InventoryRerunBench 10:10:10:2 50 "${1:-32}" "${2:-3}" | record; }
fx() { java "${APP_JVM[@]}" "${HEADLESS[@]}" -cp "$CP" dev.adfconsole.bench.FleetWindowBench 50:20:10:1 20 16 | record; }
tree() { java "${APP_JVM[@]}" "${HEADLESS[@]}" -cp "$CP" dev.adfconsole.bench.TreeLoadBench "$@" | record; }
runs() {
  java "${APP_JVM[@]}" -cp "$CP" dev.adfconsole.bench.RunsBench list 10:10:1:1 50 16 | record
  java "${APP_JVM[@]}" -cp "$CP" dev.adfconsole.bench.RunsBench rerun 1:75:1:1 50 | record
}
watch() { java "${APP_JVM[@]}" -cp "$CP" dev.adfconsole.bench.WatchPollBench 200 "${1:-120}" watch-poll | record; }

jmh() {
  java -cp "$CP" org.openjdk.jmh.Main -rf json -rff target/bench/jmh.json -foe true 'FleetEntriesBenchmark|StatusMappingBenchmark' >&2
  python3 - <<'PY' | record
import json
for r in json.load(open("target/bench/jmh.json")):
    name = r["benchmark"].rsplit(".", 2)
    print(json.dumps({"bench": "jmh", "name": name[-2] + "." + name[-1], "score": round(r["primaryMetric"]["score"], 3),
                      "error": round(r["primaryMetric"]["scoreError"], 3), "unit": r["primaryMetric"]["scoreUnit"]}))
PY
}

az_rest() {
  if ! command -v az > /dev/null; then
    echo '{"bench":"az-rest","skipped":"az not installed (apt-get install azure-cli)"}' | record
    return
  fi
  local log token url sub
  log=$(mktemp)
  java -cp "$CP" dev.adfconsole.app.Launcher sandbox --port 0 --fleet 1:5:10:1 --latency-ms 50 --seed 42 > "$log" 2>&1 &
  local pid=$!
  trap 'kill $pid 2>/dev/null || true' RETURN
  for _ in $(seq 100); do grep -q '^token: ' "$log" && break; sleep 0.1; done
  url=$(sed -n 's/^ADF sandbox listening on \(.*\)$/\1/p' "$log" | sed 's:/*$::')
  token=$(sed -n 's/^token: //p' "$log")
  sub=$(sed -n 's/^subscription: //p' "$log" | head -n 1)
  local auth=(--skip-authorization-header --headers "Authorization=Bearer $token")
  export AZURE_CORE_COLLECT_TELEMETRY=false AZURE_CORE_ONLY_SHOW_ERRORS=true
  local start end calls=0
  start=$(date +%s%N)
  # What a user would script: list the factories, each factory's runtimes, then every runtime's status, one by one.
  for factory in $(az rest --url "$url/subscriptions/$sub/providers/Microsoft.DataFactory/factories?api-version=2018-06-01" \
      "${auth[@]}" --query 'value[].id' -o tsv); do
    calls=$((calls + 1))
    for runtime in $(az rest --url "$url$factory/integrationRuntimes?api-version=2018-06-01" "${auth[@]}" --query 'value[].id' -o tsv); do
      az rest --method post --url "$url$runtime/getStatus?api-version=2018-06-01" "${auth[@]}" --query 'properties.state' -o tsv > /dev/null
      calls=$((calls + 1))
    done
  done
  calls=$((calls + 1))
  end=$(date +%s%N)
  local az_ms=$(( (end - start) / 1000000 ))
  echo "$token" > target/bench/sandbox-token
  start=$(date +%s%N)
  local rows
  rows=$(java "${APP_JVM[@]}" -cp "$CP" dev.adfconsole.app.Launcher inventory --endpoint "$url" --access-token-file target/bench/sandbox-token \
      --format csv | tail -n +2 | wc -l)
  end=$(date +%s%N)
  rm -f target/bench/sandbox-token
  local ours_ms=$(( (end - start) / 1000000 ))
  printf '{"bench":"az-rest","runtimes":%d,"azCalls":%d,"azRestSeconds":%.2f,"inventoryCommandSeconds":%.2f,"latencyMs":50}\n' \
    "$rows" "$calls" "$(awk "BEGIN { print $az_ms / 1000 }")" "$(awk "BEGIN { print $ours_ms / 1000 }")" | record
}

case "$what" in
  all) startup; sweep; throttle; rerun; fx; jmh; az_rest; runs ;;
  startup) startup ;;
  sweep) shift; sweep "$@" ;;
  throttle) shift; throttle "$@" ;;
  rerun) shift; rerun "$@" ;;
  fx) fx ;;
  jmh) jmh ;;
  az) az_rest ;;
  tree) shift; tree "$@" ;;
  runs) runs ;;
  watch) shift; watch "$@" ;;
  aot) bench/jdk25-aot.sh target/dist/adf-console 7 | record ;;
  *) echo "bench/run.sh: unknown benchmark '$what' (all, startup, sweep, throttle, rerun, fx, jmh, az, tree, runs, watch, aot)" >&2; exit 2 ;;
esac
python3 bench/summary.py "$RESULTS" target/bench/results.json
