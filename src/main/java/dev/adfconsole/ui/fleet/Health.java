package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.inventory.InventoryRow;
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
        if ("Expired".equals(row.versionStatus())) {
            return new Health(Verdict.DEGRADED, "Its version has expired: upgrade the nodes.");
        }
        if ("Expiring".equals(row.versionStatus())) {
            return new Health(Verdict.DEGRADED, "Its version expires soon: upgrade the nodes.");
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
