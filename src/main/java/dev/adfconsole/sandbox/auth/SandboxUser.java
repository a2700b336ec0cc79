package dev.adfconsole.sandbox.auth;

/** The sandbox's one operator, as the id token describes them. */
public record SandboxUser(String objectId, String username, String displayName) {
}
