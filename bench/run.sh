#!/usr/bin/env bash
# Benchmarks that measure the whole app (see BENCHMARKS.md). Usage: bench/run.sh [tree [FACTORIES RUNTIMES]]
# Runs headless (Monocle), so it needs no display. Results go to stdout and target/bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt \
  || mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
CP="target/classes:target/test-classes:$(cat target/bench/classpath.txt)"
HEADLESS=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)
what="${1:-tree}"
case "$what" in
  tree)
    shift || true
    java "${HEADLESS[@]}" -cp "$CP" dev.adfconsole.bench.TreeLoadBench "$@" | tee target/bench/results.json
    ;;
  *)
    echo "bench/run.sh: unknown benchmark '$what' (known: tree)" >&2
    exit 2
    ;;
esac
