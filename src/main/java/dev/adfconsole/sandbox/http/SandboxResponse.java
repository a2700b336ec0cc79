package dev.adfconsole.sandbox.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the sandbox: status, extra headers and a JSON (or empty) body. */
public record SandboxResponse(int status, Map<String, String> headers, String body) {

    public SandboxResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public static SandboxResponse json(int status, String body) {
        return new SandboxResponse(status, Map.of(), body);
    }

    public static SandboxResponse empty(int status) {
        return new SandboxResponse(status, Map.of(), "");
    }

    /**
     * ARM's error body: {@code {"error": {"code", "message", "target"?}}}, as real ARM writes it for every failed
     * call (see field-facts.md and the spec's CloudError).
     */
    public static SandboxResponse error(int status, String code, String message) {
        return error(status, code, message, null);
    }

    public static SandboxResponse error(int status, String code, String message, String target) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("code", code);
        error.put("message", message);
        if (target != null) {
            error.put("target", target);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("error", error);
        return json(status, root.toString());
    }

    /** A copy with one more header, e.g. {@code Azure-AsyncOperation} or {@code Retry-After}. */
    public SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, copy, body);
    }
}
