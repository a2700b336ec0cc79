package dev.adfconsole.sandbox.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the sandbox's routes see it, after the server has checked the token, the api-version, throttling
 * and faults. {@code path} is decoded and has no query string; {@code query} keeps the first value of each name.
 */
public record SandboxRequest(String method, String path, Map<String, String> query, String body,
                             Map<String, List<String>> headers) {

    public SandboxRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** Header lookup is case-insensitive, as in HTTP. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst();
    }
}
