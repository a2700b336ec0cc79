package dev.adfconsole.model;

/** A tenant as {@code GET /tenants} lists it. */
public record TenantIdDescription(String id, String tenantId, String displayName, String defaultDomain) {
}
