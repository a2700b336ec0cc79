package dev.adfconsole.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every call the sandbox answered, in order, so tests can assert exactly what a client sent. */
public final class RequestLog {

    /**
     * One call; the Authorization header is kept masked. {@code status} 0: no answer (reset, hang). {@code requestId}
     * and {@code answer} are the {@code x-ms-request-id} and body the sandbox answered with.
     */
    public record Call(Instant time, String method, String path, Map<String, String> query, Map<String, String> headers,
                       String body, int status, String operationId, String requestId, String answer) {
    }

    private final List<Call> calls = new ArrayList<>();

    synchronized void add(Call call) {
        calls.add(call);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String operationId) {
        return calls.stream().filter(c -> operationId.equals(c.operationId())).toList();
    }

    public synchronized void clear() {
        calls.clear();
    }
}
