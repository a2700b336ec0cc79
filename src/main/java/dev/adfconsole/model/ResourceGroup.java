package dev.adfconsole.model;

/** A resource group as {@code GET /subscriptions/{id}/resourcegroups} lists it. */
public record ResourceGroup(String id, String name, String location) {
}
