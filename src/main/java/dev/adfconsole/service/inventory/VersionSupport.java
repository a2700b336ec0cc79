package dev.adfconsole.service.inventory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How long a self-hosted runtime's version stays supported, by Microsoft's published rule: each version of the
 * self-hosted integration runtime expires one year after its release, and Data Factory warns 90 days before. An
 * expired runtime shows as offline and stops working.
 *
 * <p>The release date itself is not on the wire. Data Factory reports, per node, {@code expiryTime} ("the time at
 * which the integration runtime will expire") and {@code versionStatus}: the date comes from {@code expiryTime};
 * without it only what {@code versionStatus} says is shown, with no invented date. A runtime's standing is that of its
 * node that expires first (one expired node is enough to break a job that lands on it).
 */
public final class VersionSupport {

    public static final String SOURCE = "https://learn.microsoft.com/azure/data-factory/self-hosted-integration-runtime-auto-update";
    public static final int WARNING_DAYS = 90;
    public static final String RULE = "Microsoft's rule: each self-hosted integration runtime version expires one year "
            + "after its release; Data Factory warns " + WARNING_DAYS + " days before, and an expired runtime goes "
            + "offline. Dates are each node's expiryTime as Data Factory reports it. Source: " + SOURCE;

    /** Worst first. */
    public enum Standing { EXPIRED, EXPIRING, SUPPORTED, UNKNOWN }

    /**
     * One node's or runtime's standing; {@code expiresOn} and {@code daysLeft} are null when Data Factory gave no
     * date. {@code daysLeft} is negative once expired.
     */
    public record Verdict(Standing standing, Instant expiresOn, Long daysLeft, String version) {

        public static final Verdict NONE = new Verdict(Standing.UNKNOWN, null, null, null);

        /** "in 42 days (2027-01-15)", "expired 3 days ago (…)", "expiring (no date reported)", "". */
        public String text() {
            if (daysLeft != null) {
                String date = " (" + LocalDate.ofInstant(expiresOn, ZoneOffset.UTC) + ")";
                return daysLeft > 0 ? "in " + days(daysLeft) + date
                        : daysLeft == 0 ? "expired today" + date : "expired " + days(-daysLeft) + " ago" + date;
            }
            return switch (standing) {
                case EXPIRED -> "expired (no date reported)";
                case EXPIRING -> "expires within " + WARNING_DAYS + " days (no date reported)";
                default -> "";
            };
        }

        /** Expired, or expiring within {@code days}. */
        public boolean within(int days) {
            return daysLeft != null ? daysLeft <= days
                    : standing == Standing.EXPIRED || (standing == Standing.EXPIRING && days >= WARNING_DAYS);
        }

        private static String days(long n) {
            return n == 1 ? "1 day" : n + " days";
        }
    }

    private VersionSupport() {
    }

    public static Verdict of(InventoryNode node, Instant now) {
        if (node.expiryTime() != null) {
            // Whole days still to go (a part-day counts) or already gone: 64.9 days left reads "in 65 days".
            long seconds = Duration.between(now, node.expiryTime()).toSeconds();
            long days = seconds > 0 ? -Math.floorDiv(-seconds, 86_400L) : -(-seconds / 86_400L);
            Standing standing = !node.expiryTime().isAfter(now) ? Standing.EXPIRED
                    : days <= WARNING_DAYS ? Standing.EXPIRING : Standing.SUPPORTED;
            return new Verdict(standing, node.expiryTime(), days, node.version());
        }
        return new Verdict(fromStatus(node.versionStatus()), null, null, node.version());
    }

    /** A self-hosted runtime: its first node to expire; with no node dates, what the runtime's versionStatus says. */
    public static Verdict of(InventoryRow row, Instant now) {
        if (!"SelfHosted".equals(row.type())) {
            return Verdict.NONE;
        }
        List<Verdict> nodes = row.nodes().stream().map(n -> of(n, now)).toList();
        return nodes.stream().filter(v -> v.daysLeft() != null).min(Comparator.comparingLong(Verdict::daysLeft))
                .or(() -> nodes.stream().min(Comparator.comparing(Verdict::standing)))
                .filter(v -> v.standing() != Standing.UNKNOWN)
                .orElseGet(() -> new Verdict(fromStatus(row.versionStatus()), null, null, row.version()));
    }

    private static Standing fromStatus(String versionStatus) {
        return Objects.equals(versionStatus, "Expired") ? Standing.EXPIRED
                : Objects.equals(versionStatus, "Expiring") ? Standing.EXPIRING : Standing.UNKNOWN;
    }
}
