package dev.adfconsole.ui.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the fleet table shows: the runtimes that pass the filter, sorted, and when grouped, a heading per
 * subscription or factory (with its counts per verdict) above its runtimes, unless the group is collapsed.
 */
public final class FleetEntries {

    /** One line of the table. */
    public sealed interface Entry permits Row, Group {
        /** Stays the same for the same runtime or group between refreshes, so the selection can follow it. */
        String key();
    }

    /** A runtime and its verdict; {@code cached} until this sweep has answered for it. */
    public record Row(dev.adfconsole.service.inventory.InventoryRow runtime, Health health, boolean cached) implements Entry {
        @Override
        public String key() {
            return runtime.key();
        }
    }

    /** A group heading: which subscription or factory, its runtimes' count per verdict, collapsed or not. */
    public record Group(FleetViewModel.GroupBy by, String key, String label, int size,
                        Map<Health.Verdict, Long> verdicts, boolean collapsed) implements Entry {
        /** "4 runtimes: 1 degraded, 3 healthy", the verdicts it has, worst first. */
        public String summary() {
            return size + (size == 1 ? " runtime: " : " runtimes: ") + java.util.Arrays.stream(Health.Verdict.values())
                    .filter(v -> verdicts.getOrDefault(v, 0L) > 0)
                    .map(v -> verdicts.get(v) + " " + v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
    }

    /** Worst first, then by factory and runtime: what needs attention at the top. */
    static final Comparator<Row> DEFAULT_ORDER = Comparator.<Row, Health.Verdict>comparing(r -> r.health().verdict())
            .thenComparing(r -> r.runtime().factoryName(), Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(r -> r.runtime().integrationRuntimeName(), Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));

    private FleetEntries() {
    }

    static List<Entry> build(List<Row> rows, Predicate<Row> filter, FleetViewModel.GroupBy by,
                             Comparator<? super Entry> order, Set<String> collapsed) {
        return build(rows, filter, by, order, collapsed, id -> id);
    }

    /** {@code subscriptionName}: what a subscription's heading says for its id (its name, where known). */
    static List<Entry> build(List<Row> rows, Predicate<Row> filter, FleetViewModel.GroupBy by,
                             Comparator<? super Entry> order, Set<String> collapsed, Function<String, String> subscriptionName) {
        Comparator<Row> sort = order == null ? DEFAULT_ORDER : order::compare;
        List<Row> shown = rows.stream().filter(filter).sorted(sort).toList();
        if (by == FleetViewModel.GroupBy.NONE) {
            return List.copyOf(shown);
        }
        Function<Row, String> groupKey = by == FleetViewModel.GroupBy.SUBSCRIPTION
                ? r -> lower(r.runtime().subscriptionId())
                : r -> lower(r.runtime().subscriptionId()) + "/" + lower(r.runtime().resourceGroupName()) + "/" + lower(r.runtime().factoryName());
        Map<String, List<Row>> groups = new TreeMap<>();
        shown.forEach(row -> groups.computeIfAbsent(by.name() + ":" + groupKey.apply(row), k -> new ArrayList<>()).add(row));
        List<Entry> out = new ArrayList<>(shown.size() + groups.size());
        groups.forEach((key, members) -> {
            var first = members.get(0).runtime();
            String label = by == FleetViewModel.GroupBy.SUBSCRIPTION ? String.valueOf(subscriptionName.apply(first.subscriptionId()))
                    : first.factoryName() == null ? subscriptionName.apply(first.subscriptionId()) + " (no factory)" : first.factoryName();
            boolean closed = collapsed.contains(key);
            out.add(new Group(by, key, label, members.size(), verdicts(members), closed));
            if (!closed) {
                out.addAll(members);
            }
        });
        return out;
    }

    /** Beyond this many edits a redraw replaces the items at once (a re-sort, a new filter or grouping). */
    static final int MAX_EDITS = 400;

    /**
     * Makes {@code shown} equal to {@code next} by removing the entries that went or changed and inserting the new
     * ones, in runs. A TableView rebuilds every visible cell (and scrolls back to the left) when its items are
     * replaced wholesale, by {@code set}, or emptied in one change; removals and insertions only move and refill
     * cells. With 10,000 rows arriving, that was the difference between pulse gaps of 100–800 ms and none
     * (BENCHMARKS.md). A redraw that changes the order of what stays, or needs more than {@link #MAX_EDITS} edits,
     * replaces the items at once.
     */
    static void applyTo(javafx.collections.ObservableList<Entry> shown, List<Entry> next) {
        if (same(shown, next)) {
            return;
        }
        // Rows are the same objects from one redraw to the next unless their runtime changed: compare them by
        // identity (hashing 10,000 records per redraw showed in the profile); group headings are made anew, by value.
        java.util.Set<Entry> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Entry> wantedGroups = new java.util.HashSet<>();
        next.forEach(e -> (e instanceof Group ? wantedGroups : wanted).add(e));
        List<int[]> removals = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < shown.size(); i++) {
            Entry e = shown.get(i);
            if (!(e instanceof Group ? wantedGroups.contains(e) : wanted.contains(e))) {
                if (!removals.isEmpty() && removals.get(removals.size() - 1)[1] == i) {
                    removals.get(removals.size() - 1)[1] = i + 1;
                } else {
                    removals.add(new int[] {i, i + 1});
                }
            } else {
                kept++;
            }
        }
        if (kept == 0 || removals.size() + (next.size() - kept) > MAX_EDITS) {
            shown.setAll(next);
            return;
        }
        for (int r = removals.size() - 1; r >= 0; r--) {
            shown.remove(removals.get(r)[0], removals.get(r)[1]);
        }
        // What stays is in the same order in both lists when the order did not change; insert the rest in runs.
        int at = 0;
        int from = 0;
        while (from < next.size()) {
            if (at < shown.size() && same(shown.get(at), next.get(from))) {
                at++;
                from++;
                continue;
            }
            int to = from;
            while (to < next.size() && (at >= shown.size() || !same(shown.get(at), next.get(to)))) {
                to++;
            }
            shown.addAll(at, next.subList(from, to));
            at += to - from;
            from = to;
        }
        if (!same(shown, next)) {
            shown.setAll(next); // the order of what stayed changed: start over
        }
    }

    private static boolean same(Entry a, Entry b) {
        return a == b || (a instanceof Group && a.equals(b));
    }

    private static boolean same(List<Entry> a, List<Entry> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static Map<Health.Verdict, Long> verdicts(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.health().verdict(),
                () -> new EnumMap<>(Health.Verdict.class), Collectors.counting()));
    }

    /** "2 down · 0 degraded · 1 unknown · 40 healthy", worst first. */
    static String counts(Map<Health.Verdict, Long> verdicts) {
        return java.util.Arrays.stream(Health.Verdict.values())
                .map(v -> verdicts.getOrDefault(v, 0L) + " " + v.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" · "));
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
