package dev.adfconsole.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import dev.adfconsole.sandbox.http.SandboxRoutes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One exchange: read it, delay it, check it as ARM would, fault it if asked, route it, answer with ARM's headers. */
final class SandboxDispatcher {

    private final SandboxOptions options;
    private final ArmGate gate;
    private final Faults faults;
    private final RequestLog log;
    private final List<SandboxRoutes> armRoutes;
    private final List<SandboxRoutes> authorityRoutes;
    private final OperationTable operations = new OperationTable();

    SandboxDispatcher(SandboxOptions options, ArmGate gate, Faults faults, RequestLog log, List<SandboxRoutes> armRoutes,
                      List<SandboxRoutes> authorityRoutes) {
        this.options = options;
        this.gate = gate;
        this.faults = faults;
        this.log = log;
        this.armRoutes = armRoutes;
        this.authorityRoutes = authorityRoutes;
    }

    void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            SandboxRequest request = read(exchange);
            if (options.latencyMs() > 0) {
                Thread.sleep(options.latencyMs());
            }
            for (SandboxRoutes routes : authorityRoutes) {
                Optional<SandboxResponse> answer = routes.handle(request);
                if (answer.isPresent()) {
                    write(exchange, request, answer.get(), "Authority", null);
                    return;
                }
            }
            String operationId = operations.operationId(request.method(), request.path()).orElse(null);
            Optional<SandboxResponse> refused = gate.authenticate(request).or(() -> gate.checkApiVersion(request));
            if (refused.isPresent()) {
                write(exchange, request, refused.get(), operationId, null);
                return;
            }
            ArmGate.Throttle throttle = gate.throttle(request);
            if (!throttle.allowed()) {
                write(exchange, request, SandboxResponse.error(429, "TooManyRequests", "The request is being throttled"
                        + " because the subscription exceeded its " + (throttle.write() ? "write" : "read") + " limit.")
                        .withHeader("Retry-After", String.valueOf(throttle.retryAfterSeconds())), operationId, throttle);
                return;
            }
            Optional<Faults.Fault> fault = operationId == null ? Optional.empty() : faults.decide(operationId);
            if (fault.isPresent() && !fault.get().afterHandling()) {
                if (fault.get().kind() == Faults.Kind.RESET || fault.get().kind() == Faults.Kind.HANG) {
                    log(request, 0, operationId, null, "");
                    // A gateway that never answers: the client's read timeout ends the wait, then the line drops.
                    Thread.sleep(fault.get().hangMillis());
                    return;
                }
                write(exchange, request, FaultAnswers.answer(fault.get(), request), operationId, throttle);
                return;
            }
            SandboxResponse answer = gate.checkScope(request).orElseGet(() -> route(request));
            if (fault.isPresent()) {
                answer = switch (fault.get().kind()) {
                    // Cut in the middle, as a dropped proxy connection leaves it; never a body that still parses.
                    case MALFORMED -> new SandboxResponse(answer.status(), answer.headers(), answer.body().isEmpty()
                            ? "{\"properties\": {" : answer.body().substring(0, answer.body().length() / 2));
                    case RESET, HANG -> null;
                    case STATUS -> FaultAnswers.answer(fault.get(), request);
                };
                if (answer == null) {
                    log(request, 0, operationId, null, "");
                    Thread.sleep(fault.get().hangMillis());
                    return;
                }
            }
            write(exchange, request, answer, operationId, throttle);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SandboxResponse route(SandboxRequest request) {
        for (SandboxRoutes routes : armRoutes) {
            Optional<SandboxResponse> answer = routes.handle(request);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return SandboxServer.notFound(request);
    }

    private SandboxRequest read(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.putIfAbsent(name, value);
            }
        }
        return new SandboxRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, body,
                exchange.getRequestHeaders());
    }

    private void write(HttpExchange exchange, SandboxRequest request, SandboxResponse answer, String operationId,
                       ArmGate.Throttle throttle) throws IOException {
        var headers = exchange.getResponseHeaders();
        String requestId = UUID.randomUUID().toString();
        headers.set("x-ms-request-id", requestId);
        headers.set("x-ms-correlation-request-id", request.header("x-ms-correlation-request-id").orElse(requestId));
        request.header("x-ms-client-request-id").ifPresent(id -> headers.set("x-ms-client-request-id", id));
        if (throttle != null) {
            headers.set("x-ms-ratelimit-remaining-subscription-" + (throttle.write() ? "writes" : "reads"),
                    String.valueOf(throttle.remaining()));
        }
        answer.headers().forEach(headers::set);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        if (body.length > 0 && !headers.containsKey("Content-Type")) {
            headers.set("Content-Type", "application/json; charset=utf-8");
        }
        // Logged before the answer leaves: a client that has its answer must find its call in the log.
        log(request, answer.status(), operationId, requestId, answer.body());
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void log(SandboxRequest request, int status, String operationId, String requestId, String answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> headers.put(name.toLowerCase(),
                name.equalsIgnoreCase("Authorization") ? "Bearer ****" : String.join(",", values)));
        log.add(new RequestLog.Call(options.clock().instant(), request.method(), request.path(), request.query(), headers,
                request.body(), status, operationId, requestId, answer));
    }
}
