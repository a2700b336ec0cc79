package dev.adfconsole.sandbox.runtimes;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Long-running operations in flight: each ends at a known time and then reports its final answer. */
final class Operations {

    /** An operation: when it ends, and what it answers then (its result is computed at the end, not the start). */
    record Operation(String id, Instant endsAt, Supplier<String> result) {
    }

    private final Map<String, Operation> operations = new ConcurrentHashMap<>();

    Operation start(Instant endsAt, Supplier<String> result) {
        Operation operation = new Operation(UUID.randomUUID().toString(), endsAt, result);
        operations.put(operation.id(), operation);
        return operation;
    }

    Optional<Operation> find(String id) {
        return Optional.ofNullable(operations.get(id));
    }
}
