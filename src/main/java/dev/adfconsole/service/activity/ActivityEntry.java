package dev.adfconsole.service.activity;

import java.time.Duration;
import java.time.Instant;

/**
 * One action the user ran, as the activity log shows it: what, on which resource, how it ended, how long it took
 * and the Azure request id to quote to support.
 *
 * @param target the resource's short path, e.g. {@code adf-sales-weu-01/shir-onprem-sql}
 * @param requestId ARM's {@code x-ms-request-id}, or null when no answer came back
 */
public record ActivityEntry(Instant time, String action, String target, Outcome outcome, String detail,
                            Duration duration, String requestId) {

    /** How an action ended. */
    public enum Outcome {
        SUCCEEDED, FAILED, CANCELLED
    }
}
