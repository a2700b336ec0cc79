package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.service.inventory.VersionSupport;
import java.util.Set;

/**
 * The fleet view's verdict on one runtime, with the rule that produced it (shown in the row's tooltip), so an
 * operator can see at once what needs attention and why.
 */
public record Health(Verdict verdict, String rule) {

    /**
     * From worst to best, the order the counts are shown in. STOPPED is an Azure-SSIS runtime stopped on purpose
     * (it runs, and bills, only while started): not a fault, and not unknown either.
     */
    public enum Verdict { DOWN, DEGRADED, UNKNOWN, HEALTHY, STOPPED }

    private static final Set<String> DOWN_STATES = Set.of("Offline", "NeedRegistration", "AccessDenied", "InitializeFailed");
    private static final Set<String> UP_STATES = Set.of("Online", "Started");

    public static Health of(InventoryRow row) {
        return of(row, java.time.Instant.now());
    }

    /**
     * The verdict at {@code now}; a self-hosted runtime's rule also says how long its version stays supported and by
     * which rule (see {@link VersionSupport}).
     */
    public static Health of(InventoryRow row, java.time.Instant now) {
        VersionSupport.Verdict support = VersionSupport.of(row, now);
        Health health = verdict(row, support);
        if (!"SelfHosted".equals(row.type()) || row.error() != null) {
            return health;
        }
        String version = support.text().isEmpty() ? "" : "\nVersion " + support.version() + " support: " + support.text() + ".";
        return new Health(health.verdict(), health.rule() + version + "\n\n" + VersionSupport.RULE);
    }

    private static Health verdict(InventoryRow row, VersionSupport.Verdict support) {
        if (row.error() != null) {
            return new Health(Verdict.UNKNOWN, "The status could not be read: " + row.error());
        }
        String state = row.state() == null ? "" : row.state();
        if (DOWN_STATES.contains(state)) {
            return new Health(Verdict.DOWN, "State is " + state + ".");
        }
        if (row.nodesTotal() != null && row.nodesTotal() > 0 && row.nodesOnline() != null && row.nodesOnline() == 0) {
            return new Health(Verdict.DOWN, "None of its " + row.nodesTotal() + " nodes is online.");
        }
        if ("Limited".equals(state)) {
            return new Health(Verdict.DEGRADED, "State is Limited: some nodes are offline or cannot reach each other.");
        }
        if (row.nodesTotal() != null && row.nodesOnline() != null && row.nodesOnline() < row.nodesTotal()) {
            return new Health(Verdict.DEGRADED, row.nodesOnline() + " of " + row.nodesTotal() + " nodes are online.");
        }
        if (support.standing() == VersionSupport.Standing.EXPIRED) {
            return new Health(Verdict.DEGRADED, "Its version " + support.version() + " has expired: upgrade the nodes"
                    + (support.daysLeft() == null ? "." : " (" + support.text() + ")."));
        }
        if (support.standing() == VersionSupport.Standing.EXPIRING) {
            return new Health(Verdict.DEGRADED, "Its version " + support.version() + " stops being supported "
                    + (support.daysLeft() == null ? "within " + VersionSupport.WARNING_DAYS + " days" : support.text())
                    + ": upgrade the nodes.");
        }
        if (UP_STATES.contains(state)) {
            return "UpdateAvailable".equals(row.versionStatus())
                    ? new Health(Verdict.HEALTHY, "State is " + state + "; an update is available.")
                    : new Health(Verdict.HEALTHY, "State is " + state + ".");
        }
        if ("Stopped".equals(state)) {
            return new Health(Verdict.STOPPED, "Stopped: it runs no packages until started (and costs nothing meanwhile).");
        }
        return new Health(Verdict.UNKNOWN, state.isEmpty() ? "No state reported." : "State is " + state + ".");
    }
}
