package dev.adfconsole.app;

import dev.adfconsole.service.settings.AppPaths;
import java.io.PrintStream;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import java.time.Clock;
import java.util.List;

/**
 * The entry point. A plain {@code main}, not a JavaFX {@code Application}: started from the class path, JavaFX
 * refuses an Application main class ("JavaFX runtime components are missing"), and the headless commands should not
 * load JavaFX at all.
 */
public final class Launcher {

    /** Sizes the window's built-in sandbox (S:F:R:N, as {@code sandbox --fleet}), e.g. 1:100:10:2 to try a large estate. */
    static final String SANDBOX_FLEET_VARIABLE = "ADF_SANDBOX_FLEET";

    /** The system property Logback's configuration reads to put the rolling log beside the settings. */
    static final String LOG_DIR_PROPERTY = "adf.log.dir";

    private final AppPaths paths;
    private final List<CommandLine.SubCommand> subCommands;

    Launcher(AppPaths paths, List<CommandLine.SubCommand> subCommands) {
        this.paths = paths;
        this.subCommands = subCommands;
    }

    public static void main(String[] args) throws InterruptedException {
        AppPaths paths = AppPaths.forThisMachine();
        // Before the first logger exists: Logback reads its configuration, and with it this folder, only once.
        System.setProperty(LOG_DIR_PROPERTY, paths.logDirectory().toString());
        int code = new Launcher(paths, List.of(new SandboxCommand(), new InventoryCommand(), new RunsCommand())).run(args, System.out, System.err);
        System.exit(code);
    }

    int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        CommandLine commandLine = new CommandLine(subCommands);
        CommandLine.Parsed parsed = commandLine.parse(args);
        if (parsed instanceof CommandLine.ShowHelp) {
            out.print(commandLine.usage());
            return 0;
        }
        if (parsed instanceof CommandLine.ShowVersion) {
            out.println(CommandLine.PROGRAM + " " + AppVersion.read());
            return 0;
        }
        if (parsed instanceof CommandLine.Invalid invalid) {
            err.println(invalid.message());
            return CommandLine.EXIT_USAGE;
        }
        if (parsed instanceof CommandLine.RunSubCommand sub) {
            return sub.command().run(sub.args(), out, err);
        }
        SandboxOptions sandbox = CompositionRoot.DEFAULT_SANDBOX;
        String fleet = System.getenv(SANDBOX_FLEET_VARIABLE);
        if (fleet != null && !fleet.isBlank()) {
            try {
                sandbox = sandbox.withFleet(FleetSpec.parse(fleet.trim()));
            } catch (IllegalArgumentException e) {
                err.println(CommandLine.PROGRAM + ": " + SANDBOX_FLEET_VARIABLE + ": " + e.getMessage().replace("--fleet", "the value"));
                return CommandLine.EXIT_USAGE;
            }
        }
        // The toolkit comes up on a thread of its own while the composition root is built on this one.
        ToolkitStart toolkit = ToolkitStart.begin();
        CompositionRoot root = new CompositionRoot(paths, AppVersion.read(), Clock.systemDefaultZone(), sandbox);
        if (parsed instanceof CommandLine.OpenWindow open && open.endpoint() != null) {
            java.util.Optional<String> token;
            try {
                token = FixedEndpoint.readToken(open.endpoint().tokenFile(), System.getenv());
            } catch (java.io.IOException e) {
                err.println(CommandLine.PROGRAM + ": cannot read the token file: " + e.getMessage());
                return 3;
            }
            if (token.isEmpty()) {
                err.println(CommandLine.PROGRAM + ": --endpoint needs a token: pass --access-token-file F or set "
                        + FixedEndpoint.TOKEN_VARIABLE + " (az account get-access-token --query accessToken -o tsv)");
                return 3;
            }
            root.addFixedEndpoint(open.endpoint().endpoint(), token.get());
        }
        if (parsed instanceof CommandLine.OpenWindow open && open.smokeTest()) {
            return SmokeTest.run(root, toolkit, out, err);
        }
        return DesktopApp.run(root, toolkit, err);
    }
}
