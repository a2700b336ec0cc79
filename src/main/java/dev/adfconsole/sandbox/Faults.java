package dev.adfconsole.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Faults on purpose: per-request rates from {@code --faults} (seeded, so a demo repeats) and scripts for tests
 * ("the next 2 calls to getStatus answer 503"; "the next createRun answers 500 after creating the run"; "the next
 * start hangs past the client's read timeout"). Answers carry ARM's codes and messages for their status
 * ({@link FaultAnswers}).
 */
public final class Faults {

    /** What to do instead of (or after) answering normally. */
    public record Fault(Kind kind, int status, boolean afterHandling, long hangMillis, int retryAfterSeconds) {

        Fault(Kind kind, int status, boolean afterHandling) {
            this(kind, status, afterHandling, 0, 1);
        }
    }

    /** STATUS answers an error; RESET closes the connection unanswered; MALFORMED cuts the body; HANG holds the answer. */
    public enum Kind { STATUS, RESET, MALFORMED, HANG }

    private record Rate(Fault fault, double probability) {
    }

    private record Script(String operationId, Fault fault, int[] remaining) {
    }

    private final List<Rate> rates = new ArrayList<>();
    private final List<Script> scripts = new ArrayList<>();
    private final Random random;

    public Faults(String spec, long seed) {
        this.random = new Random(seed);
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(",")) {
                String[] kv = part.trim().split(":");
                if (kv.length != 2) {
                    throw new IllegalArgumentException("--faults entries are KIND:RATE, e.g. 429:0.05 or reset:0.01; not '" + part + "'");
                }
                double rate;
                try {
                    rate = Double.parseDouble(kv[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--faults rate must be a number from 0 to 1, not '" + kv[1] + "'");
                }
                if (rate < 0 || rate > 1) {
                    throw new IllegalArgumentException("--faults rate must be from 0 to 1, not " + rate);
                }
                rates.add(new Rate(parse(kv[0]), rate));
            }
        }
    }

    private static Fault parse(String kind) {
        return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case "reset" -> new Fault(Kind.RESET, 0, false);
            case "malformed" -> new Fault(Kind.MALFORMED, 200, true);
            default -> {
                try {
                    int status = Integer.parseInt(kind);
                    if (status < 400 || status > 599) {
                        throw new NumberFormatException();
                    }
                    yield new Fault(Kind.STATUS, status, false);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--faults kinds are an HTTP status 400-599, reset or malformed; not '" + kind + "'");
                }
            }
        };
    }

    /** Starts a script for the next {@code count} calls of an operation. */
    public Next next(String operationId, int count) {
        return new Next(operationId, count);
    }

    /** Builder of one script. */
    public final class Next {
        private final String operationId;
        private final int count;
        private boolean after;

        private Next(String operationId, int count) {
            this.operationId = operationId;
            this.count = count;
        }

        /** The operation runs first (the run is created, the key regenerated); then the fault replaces its answer. */
        public Next afterHandling() {
            this.after = true;
            return this;
        }

        public void answer(int status) {
            add(new Fault(Kind.STATUS, status, after));
        }

        public void reset() {
            add(new Fault(Kind.RESET, 0, after));
        }

        public void malformed() {
            add(new Fault(Kind.MALFORMED, 200, true));
        }

        /** 429 TooManyRequests with this Retry-After (in seconds, 0 allowed), as ARM's gateway answers. */
        public void throttle(int retryAfterSeconds) {
            add(new Fault(Kind.STATUS, 429, false, 0, retryAfterSeconds));
        }

        /** No answer for {@code duration} (past a client's read timeout), then the connection closes. */
        public void hang(java.time.Duration duration) {
            add(new Fault(Kind.HANG, 0, after, duration.toMillis(), 0));
        }

        private void add(Fault fault) {
            synchronized (scripts) {
                scripts.add(new Script(operationId, fault, new int[] {count}));
            }
        }
    }

    /** The fault for this call, if any: scripts first, then the random rates. */
    public Optional<Fault> decide(String operationId) {
        synchronized (scripts) {
            for (Script script : scripts) {
                if (script.operationId.equals(operationId) && script.remaining[0] > 0) {
                    script.remaining[0]--;
                    return Optional.of(script.fault);
                }
            }
        }
        synchronized (random) {
            for (Rate rate : rates) {
                if (random.nextDouble() < rate.probability) {
                    return Optional.of(rate.fault);
                }
            }
        }
        return Optional.empty();
    }

    public void clear() {
        synchronized (scripts) {
            scripts.clear();
        }
    }
}
