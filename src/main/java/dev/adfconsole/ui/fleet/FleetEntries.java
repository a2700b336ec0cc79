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
        public String summary() {
            return size + (size == 1 ? " runtime" : " runtimes") + ": " + FleetEntries.counts(verdicts);
        }
    }

    /** Worst first, then by factory and runtime: what needs attention at the top. */
    static final Comparator<Row> DEFAULT_ORDER = Comparator.<Row, Health.Verdict>comparing(r -> r.health().verdict())
            .thenComparing(r -> lower(r.runtime().factoryName()))
            .thenComparing(r -> lower(r.runtime().integrationRuntimeName()));

    private FleetEntries() {
    }

    static List<Entry> build(List<Row> rows, Predicate<Row> filter, FleetViewModel.GroupBy by,
                             Comparator<? super Entry> order, Set<String> collapsed) {
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
            String label = by == FleetViewModel.GroupBy.SUBSCRIPTION ? String.valueOf(first.subscriptionId())
                    : first.factoryName() == null ? first.subscriptionId() + " (no factory)" : first.factoryName();
            boolean closed = collapsed.contains(key);
            out.add(new Group(by, key, label, members.size(), verdicts(members), closed));
            if (!closed) {
                out.addAll(members);
            }
        });
        return out;
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
