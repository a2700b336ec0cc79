package dev.adfconsole.service.runs;

import dev.adfconsole.service.FactoryRef;

/**
 * A part of a scope that did not answer: a subscription whose factories could not be listed (factory null) or a
 * factory whose runs could not be queried. It marks one line and never hides the rest.
 */
public record ScopeFailure(String subscriptionId, FactoryRef factory, String message) {

    /** "adf-sales-weu-01: Not found…" or "subscription 1234…: Forbidden…", for a status line. */
    public String describe() {
        return (factory != null ? factory.factoryName() : "subscription " + subscriptionId) + ": " + message;
    }
}
