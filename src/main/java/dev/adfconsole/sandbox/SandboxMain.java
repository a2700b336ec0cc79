package dev.adfconsole.sandbox;

import dev.adfconsole.sandbox.fleet.FleetSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code adf-console sandbox [--port N] [--fleet S:F:R:N] [--latency-ms N] [--faults SPEC] [--seed N] [--state FILE]
 * [--page-size N]}: the sandbox on its own, for curl, {@code az rest}, the inventory command and demos.
 */
public final class SandboxMain {

    public static final String USAGE = """
            Usage: adf-console sandbox [--port N] [--fleet S:F:R:N] [--latency-ms N] [--faults SPEC] [--seed N]
                                       [--state FILE] [--page-size N]

            Runs the built-in Azure Data Factory emulator on 127.0.0.1 until Ctrl-C.
              --port N          port to listen on (default: any free port)
              --fleet S:F:R:N   subscriptions, factories each, runtimes per factory, max nodes (default 1:3:4:3)
              --latency-ms N    delay every answer by N ms
              --faults SPEC     per-request fault rates, e.g. 429:0.05,500:0.02,reset:0.01,malformed:0.01
              --seed N          fleet and fault seed (default 42): the same seed gives the same fleet
              --state FILE      keep the fleet in FILE between runs
              --page-size N     items per list page (default 50)
            """;

    private SandboxMain() {
    }

    /** Parses, starts and blocks until the process is told to stop. Returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        SandboxOptions options;
        try {
            if (args.contains("--help") || args.contains("-h")) {
                out.print(USAGE);
                return 0;
            }
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("adf-console sandbox: " + e.getMessage());
            return 2;
        }
        try {
            SandboxServer server = start(options, out);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                out.println("ADF sandbox stopped");
                stopped.countDown();
            }, "sandbox-stop"));
            stopped.await();
            return 0;
        } catch (IOException e) {
            err.println("adf-console sandbox: cannot listen: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Starts without blocking and prints what a user needs to talk to it. */
    public static SandboxServer start(SandboxOptions options, PrintStream out) throws IOException {
        SandboxServer server = SandboxServer.start(options);
        out.println("ADF sandbox listening on " + server.baseUri());
        out.println("tenant: " + server.tenantId());
        server.subscriptionIds().forEach(id -> out.println("subscription: " + id));
        out.println("token: " + server.issueToken(Duration.ofHours(24)));
        out.flush();
        return server;
    }

    static SandboxOptions parse(List<String> args) {
        SandboxOptions options = SandboxOptions.defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> options = options.withPort(number(args, ++i, arg, 0, 65535));
                case "--fleet" -> options = options.withFleet(FleetSpec.parse(value(args, ++i, arg)));
                case "--latency-ms" -> options = options.withLatencyMs(number(args, ++i, arg, 0, 60_000));
                case "--faults" -> {
                    String spec = value(args, ++i, arg);
                    new Faults(spec, 0);
                    options = options.withFaults(spec);
                }
                case "--seed" -> options = options.withSeed(longValue(args, ++i, arg));
                case "--state" -> options = options.withStatePath(Path.of(value(args, ++i, arg)));
                case "--page-size" -> options = options.withPageSize(number(args, ++i, arg, 1, 1000));
                default -> throw new IllegalArgumentException(arg.startsWith("-")
                        ? "unknown option '" + arg + "'" : "unexpected argument '" + arg + "'");
            }
        }
        return options;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int number(List<String> args, int index, String option, int min, int max) {
        long value = longValue(args, index, option);
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be from " + min + " to " + max + ", not " + value);
        }
        return (int) value;
    }

    private static long longValue(List<String> args, int index, String option) {
        String text = value(args, index, option);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not '" + text + "'");
        }
    }
}
