package dev.adfconsole.app;

import dev.adfconsole.sandbox.RequestLog;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where one inventory run's time went, from the sandbox's request log: for each operation when its first call
 * reached the sandbox and its last was answered, and how many status calls were at the sandbox in each 100 ms.
 * A call's arrival is its answer's time less the sandbox's latency (the sandbox sleeps that long first).
 */
final class InventoryTimeline {

    private InventoryTimeline() {
    }

    static void print(List<RequestLog.Call> calls, Instant runStart, Instant runEnd, long latencyMs, PrintStream out) {
        long end = runEnd.toEpochMilli() - runStart.toEpochMilli();
        Map<String, List<RequestLog.Call>> byOperation = calls.stream()
                .collect(Collectors.groupingBy(c -> String.valueOf(c.operationId()), TreeMap::new, Collectors.toList()));
        out.printf(Locale.ROOT, "  run ended at %d ms%n", end);
        byOperation.forEach((operation, list) -> out.printf(Locale.ROOT, "  %-40s %5d calls, first in at %5d ms, last out at %5d ms%n",
                operation, list.size(), list.stream().mapToLong(c -> at(c, runStart) - latencyMs).min().orElse(0),
                list.stream().mapToLong(c -> at(c, runStart)).max().orElse(0)));
        List<RequestLog.Call> status = byOperation.getOrDefault("IntegrationRuntimes_GetStatus", List.of());
        List<RequestLog.Call> lists = byOperation.getOrDefault("IntegrationRuntimes_ListByFactory", List.of());
        long slot = Long.getLong("bench.slot", 100);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  status calls at the sandbox per %3d ms (avg over the slot):", slot));
        StringBuilder listLine = new StringBuilder(String.format(Locale.ROOT, "  runtime lists at the sandbox per %3d ms:                   ", slot));
        for (long t = 0; t < end; t += slot) {
            line.append(' ').append(average(status, runStart, latencyMs, t, slot));
            listLine.append(' ').append(average(lists, runStart, latencyMs, t, slot));
        }
        out.println(line);
        out.println(listLine);
    }

    private static long average(List<RequestLog.Call> calls, Instant runStart, long latencyMs, long from, long slot) {
        double busy = 0;
        for (RequestLog.Call c : calls) {
            long out = at(c, runStart);
            long in = out - latencyMs;
            busy += Math.max(0, Math.min(out, from + slot) - Math.max(in, from));
        }
        return Math.round(busy / slot);
    }

    private static long at(RequestLog.Call call, Instant runStart) {
        return call.time().toEpochMilli() - runStart.toEpochMilli();
    }
}
