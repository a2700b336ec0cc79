#!/usr/bin/env python3
"""Gathers bench/run.sh's JSON lines into results.json (the newest of each measurement) and prints them as a table,
each figure beside its target for this machine (BENCHMARKS.md) and whether it is met."""
import json
import sys

lines_file, out_file = sys.argv[1], sys.argv[2]
latest = {}
with open(lines_file) as f:
    for line in f:
        line = line.strip()
        if not line.startswith("{"):
            continue
        r = json.loads(line)
        key = (r.get("bench"), r.get("variant"), r.get("concurrency"), r.get("name"))
        latest[key] = r
results = list(latest.values())
with open(out_file, "w") as f:
    json.dump(results, f, indent=2)


def verdict(ok):
    return "met" if ok else "MISSED"


rows = []
for r in results:
    b = r.get("bench")
    if b == "startup":
        target = "first frame median <= 1000 ms (packaged, with archive)"
        met = verdict(r["firstFrameMedianMs"] <= 1000) if r.get("variant") == "with CDS archive" else "-"
        rows.append((f'startup ({r.get("variant")})', f'first frame {r["firstFrameMedianMs"]} ms (p90 {r["firstFrameP90Ms"]}), '
                     f'tree {r["treeMedianMs"]} ms (p90 {r["treeP90Ms"]})', target, met))
        if "ratioToBareProbe" in r:
            rows.append((f'startup vs bare JavaFX window ({r.get("variant")})',
                         f'{r["ratioToBareProbe"]}x: app {r["firstFrameMedianMs"]} ms, bare probe {r["bareProbeFirstFrameMedianMs"]} ms',
                         "<= 1.2x the bare probe (same runtime, same run)",
                         verdict(r["ratioToBareProbe"] <= 1.2) if r.get("variant") == "with CDS archive" else "-"))
    elif b == "jdk25-aot":
        rows.append(("start-up, JDK 25 + AOT cache vs JDK 17 + AppCDS",
                     f'{r["ratio"]}x: {r["jdk25AotFirstFrameMedianMs"]} ms against {r["jdk17CdsFirstFrameMedianMs"]} ms',
                     "-", "-"))
    elif b == "fleet-sweep":
        rows.append((f'fleet sweep, concurrency {r["concurrency"]}',
                     f'{r["runtimes"]} runtimes in {r["seconds"]} s, first row {r["firstRowMs"]} ms, '
                     f'{r["ratio"]}x the {r["boundKind"]} bound {r["boundSeconds"]} s, {r["throttled429"]} x 429',
                     "<= 1.3x bound at concurrency 32" if r["concurrency"] == 32 else "-",
                     verdict(r["ratio"] <= 1.3) if r["concurrency"] == 32 else "-"))
    elif b == "throttling-sweep":
        rows.append((f'throttling sweep, concurrency {r["concurrency"]}',
                     f'{r["runtimes"]} runtimes in {r["seconds"]} s, {r["ratio"]}x the {r["boundKind"]} bound '
                     f'{r["boundSeconds"]} s, {r["throttled429"]} x 429', "<= 1.2x bound, zero 429s",
                     verdict(r["ratio"] <= 1.2 and r["throttled429"] == 0)))
    elif b == "inventory-rerun":
        rows.append((f'inventory rerun, {r["variant"]}, concurrency {r["concurrency"]}',
                     f'{r["rows"]} rows in {r["seconds"]} s, {r["ratio"]}x the {r["boundKind"]} bound '
                     f'{r["boundSeconds"]} s ({r["writeTokensAtStart"]} write tokens left at start), '
                     f'{r["throttled429"]} x 429', "<= 1.2x bound, zero 429s" if r["variant"] != "run 1" else "-",
                     verdict(r["ratio"] <= 1.2 and r["throttled429"] == 0) if r["variant"] != "run 1" else "-"))
    elif b == "fleet-window":
        rows.append(("fleet window, FX thread", f'{r["rows"]} rows in {r["sweepSeconds"]} s, longest pulse gap '
                     f'{r["longestPulseGapMs"]} ms ({r["longestGapAfterFirstSecondMs"]} ms after the first second of rows), '
                     f'p99 {r["p99PulseGapMs"]} ms; a sort of all rows {r["sortMs"]} ms (pulse gap {r["sortPulseGapMs"]} ms); '
                     f'window opened in {r.get("windowOpenMs", "?")} ms',
                     "longest gap <= 100 ms", verdict(r["longestPulseGapMs"] <= 100)))
        rows.append(("fleet window, memory", f'live heap {r["liveHeapMB"]} MB, RSS {r["rssMB"]} MB (peak {r["peakRssMB"]})',
                     "RSS <= 350 MB", verdict(r["rssMB"] <= 350)))
    elif b == "jmh":
        rows.append((f'jmh {r["name"]}', f'{r["score"]} +- {r["error"]} {r["unit"]}', "-", "-"))
    elif b == "az-rest":
        if "skipped" in r:
            rows.append(("az rest", r["skipped"], "-", "-"))
        else:
            rows.append(("az rest vs inventory", f'{r["runtimes"]} runtimes: az rest {r["azRestSeconds"]:.1f} s '
                         f'({r["azCalls"]} calls), adf-console inventory {r["inventoryCommandSeconds"]:.1f} s', "-", "-"))
    elif b == "watch-poll":
        rows.append((f'watch list, {r["watched"]} runtimes, {r["seconds"]} s',
                     f'{r["calls"]} calls ({r["postsWriteBucket"]} POST, {r["getsReadBucket"]} GET), {r["callsPerSecond"]}/s = '
                     f'{r["ratioToWriteRate"]}x the write rate, peak 60 s {r["peak60s"]}, {r["throttled429"]} x 429, '
                     f'fewest left {r["fewestWritesLeft"]}; offline seen in {r["detectMaxS"]} s max (round {r["roundSeconds"]} s)',
                     "zero 429s, <= 0.25x the bucket's rate", verdict(r["throttled429"] == 0 and r["ratioToWriteRate"] <= 0.25)))
    elif b == "tree-load":
        rows.append(("main window tree", f'{r["runtimes"]} states in {r["seconds"]} s, longest pulse gap '
                     f'{r["longestPulseGapMs"]} ms, p99 {r["p99PulseGapMs"]} ms', "-", "-"))

widths = [max(len(str(row[i])) for row in rows + [("BENCHMARK", "RESULT", "TARGET", "")]) for i in range(4)]
for row in [("BENCHMARK", "RESULT", "TARGET", "")] + rows:
    print("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
print(f"\n{len(results)} results in {out_file}")
