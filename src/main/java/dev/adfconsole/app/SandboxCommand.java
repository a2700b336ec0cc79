package dev.adfconsole.app;

import dev.adfconsole.sandbox.SandboxMain;
import java.io.PrintStream;
import java.util.List;

/** {@code adf-console sandbox …}: the emulator on its own. */
final class SandboxCommand implements CommandLine.SubCommand {

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public String summary() {
        return "run the built-in Data Factory emulator on 127.0.0.1";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return SandboxMain.run(args, out, err);
    }
}
