package dev.adfconsole.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's command line: no arguments opens the window; {@code --help} and {@code --version} print and exit; a
 * first word naming a sub-command ({@code sandbox}, {@code inventory}) hands the rest of the line to it. Anything
 * unknown is refused with one line naming it and exit code 2, before any window or network work starts.
 */
public final class CommandLine {

    public static final int EXIT_USAGE = 2;
    static final String PROGRAM = "adf-console";

    /** A headless command reachable as {@code adf-console <name> …}. */
    public interface SubCommand {
        String name();

        /** One line for {@code --help}. */
        String summary();

        /** Runs with the arguments after the name; returns the process exit code. */
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    /** What the arguments asked for. */
    public sealed interface Parsed permits OpenWindow, ShowHelp, ShowVersion, RunSubCommand, Invalid {
    }

    /**
     * Open the main window.
     *
     * @param smokeTest open on the sandbox, report start-up times, exit (the installers' check)
     * @param endpoint an extra connection to an ARM endpoint with a token from outside, or null
     */
    public record OpenWindow(boolean smokeTest, FixedEndpoint endpoint) implements Parsed {

        public OpenWindow(boolean smokeTest) {
            this(smokeTest, null);
        }
    }

    public record ShowHelp() implements Parsed {
    }

    public record ShowVersion() implements Parsed {
    }

    public record RunSubCommand(SubCommand command, List<String> args) implements Parsed {
    }

    /** @param message one line naming what was wrong */
    public record Invalid(String message) implements Parsed {
    }

    private final Map<String, SubCommand> subCommands = new LinkedHashMap<>();

    public CommandLine(List<SubCommand> commands) {
        commands.forEach(command -> subCommands.put(command.name(), command));
    }

    public Parsed parse(String... args) {
        if (args.length == 0) {
            return new OpenWindow(false);
        }
        SubCommand command = subCommands.get(args[0]);
        if (command != null) {
            return new RunSubCommand(command, List.of(Arrays.copyOfRange(args, 1, args.length)));
        }
        Parsed result = new OpenWindow(false);
        boolean smoke = false;
        java.net.URI endpoint = null;
        java.nio.file.Path tokenFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> result = new ShowHelp();
                case "--smoke-test" -> smoke = true;
                case "--endpoint", "--access-token-file" -> {
                    if (i + 1 >= args.length) {
                        return new Invalid(PROGRAM + ": " + arg + " needs a value (see " + PROGRAM + " --help)");
                    }
                    String value = args[++i];
                    if (arg.equals("--endpoint")) {
                        try {
                            endpoint = FixedEndpoint.parseEndpoint(value);
                        } catch (IllegalArgumentException e) {
                            return new Invalid(PROGRAM + ": " + e.getMessage());
                        }
                    } else {
                        tokenFile = java.nio.file.Path.of(value);
                    }
                }
                case "--version", "-V" -> {
                    if (!(result instanceof ShowHelp)) {
                        result = new ShowVersion();
                    }
                }
                default -> {
                    return arg.startsWith("-")
                            ? new Invalid(PROGRAM + ": unknown option '" + arg + "' (see " + PROGRAM + " --help)")
                            : new Invalid(PROGRAM + ": unknown command '" + arg + "' (see " + PROGRAM + " --help)");
                }
            }
        }
        if (tokenFile != null && endpoint == null) {
            return new Invalid(PROGRAM + ": --access-token-file needs --endpoint");
        }
        if (result instanceof OpenWindow) {
            result = new OpenWindow(smoke, endpoint == null ? null : new FixedEndpoint(endpoint, tokenFile));
        }
        return result;
    }

    public String usage() {
        StringBuilder text = new StringBuilder()
                .append("Usage: ").append(PROGRAM).append(" [options]\n")
                .append("       ").append(PROGRAM).append(" <command> [command options]\n\n")
                .append("With no arguments, opens the ADF Console window.\n\n")
                .append("Options:\n")
                .append("  -h, --help      show this help and exit\n")
                .append("  -V, --version   show the version and exit\n")
                .append("  --smoke-test    open the window on the sandbox, print the start-up times, exit\n")
                .append("  --endpoint URL  also show this ARM-compatible endpoint as a connection\n")
                .append("  --access-token-file F\n")
                .append("                  the endpoint's bearer token (otherwise ADF_CONSOLE_ACCESS_TOKEN)\n");
        if (!subCommands.isEmpty()) {
            text.append("\nCommands (").append(PROGRAM).append(" <command> --help for their options):\n");
            subCommands.values().forEach(c -> text.append(String.format("  %-14s  %s%n", c.name(), c.summary())));
        }
        return text.toString();
    }
}
