package dev.adfconsole.sandbox;

import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What ARM answers for each injected status, with its codes and the shape of its messages: 401 for an expired token,
 * 403 naming the action and scope, 404 naming the resource, 409 for an operation in progress, 429 with Retry-After,
 * 5xx from the gateway. Tests read the message back from the request log and expect to find it in what the user sees.
 */
final class FaultAnswers {

    private FaultAnswers() {
    }

    static SandboxResponse answer(Faults.Fault fault, SandboxRequest request) {
        String path = request.path();
        SandboxResponse answer = switch (fault.status()) {
            case 401 -> SandboxResponse.error(401, "ExpiredAuthenticationToken",
                    "The access token expiry UTC time is earlier than current UTC time.")
                    .withHeader("WWW-Authenticate", "Bearer authorization_uri=\"sandbox\", error=\"invalid_token\"");
            case 403 -> SandboxResponse.error(403, "AuthorizationFailed", "The client 'operator@contoso-sandbox.onmicrosoft.com'"
                    + " does not have authorization to perform action '" + action(request.method(), path) + "' over scope '"
                    + path + "' or the scope is invalid. If access was recently granted, please refresh your credentials.");
            case 404 -> SandboxResponse.error(404, "ResourceNotFound", "The Resource '" + resource(path) + "' was not found.");
            case 409 -> SandboxResponse.error(409, "Conflict", "Another operation is in progress on '" + resource(path)
                    + "'. Wait for it to complete, then try again.");
            case 429 -> SandboxResponse.error(429, "TooManyRequests", "The request is being throttled as the limit has"
                    + " been reached for operation type - " + (request.method().equals("GET") ? "Read" : "Write") + ".")
                    .withHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()));
            case 500 -> SandboxResponse.error(500, "InternalServerError",
                    "The server encountered an internal error. Please retry the request.");
            case 502 -> SandboxResponse.error(502, "BadGateway", "The gateway did not receive a response from the service.");
            case 503 -> SandboxResponse.error(503, "ServiceUnavailable", "The service is temporarily unavailable. Please retry the request.");
            case 504 -> SandboxResponse.error(504, "GatewayTimeout", "The gateway did not receive a response in time.");
            default -> SandboxResponse.error(fault.status(), "Fault" + fault.status(),
                    "Fault injected by the sandbox (" + fault.status() + ").");
        };
        return answer;
    }

    /** ARM's action name: resource types from the path, then the verb ({@code …/integrationruntimes/start/action}). */
    static String action(String method, String path) {
        String[] parts = path.split("/");
        List<String> types = new ArrayList<>();
        int provider = -1;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equalsIgnoreCase("providers")) {
                provider = i + 1;
            }
        }
        if (provider < 0 || provider >= parts.length) {
            // Resource Manager's own resources: /subscriptions, /subscriptions/{s}/resourcegroups…
            for (int i = 1; i < parts.length; i += 2) {
                types.add(parts[i].equalsIgnoreCase("resourcegroups") ? "resourceGroups" : parts[i]);
            }
            return "Microsoft.Resources/" + String.join("/", types) + "/" + (method.equals("GET") ? "read" : "write");
        }
        types.add(parts[provider]);
        int i = provider + 1;
        for (; i + 1 < parts.length; i += 2) {
            types.add(parts[i].toLowerCase(Locale.ROOT));
        }
        String verb = i < parts.length ? parts[i] + "/action"
                : switch (method) {
                    case "DELETE" -> "delete";
                    case "GET" -> "read";
                    default -> "write";
                };
        return String.join("/", types) + "/" + verb;
    }

    private static String resource(String path) {
        int providers = path.toLowerCase(Locale.ROOT).indexOf("/providers/");
        return providers < 0 ? path : path.substring(providers + "/providers/".length());
    }
}
