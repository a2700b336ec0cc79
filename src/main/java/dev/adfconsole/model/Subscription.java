package dev.adfconsole.model;

/** An Azure subscription as {@code GET /subscriptions} lists it. */
public record Subscription(String id, String subscriptionId, String tenantId, String displayName, String state) {
}
