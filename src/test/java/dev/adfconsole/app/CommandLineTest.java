package dev.adfconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.adfconsole.service.settings.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> echoCalls = new ArrayList<>();

    private final CommandLine.SubCommand echo = new CommandLine.SubCommand() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "print the arguments";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            echoCalls.add(args);
            out.println(String.join(" ", args));
            return 7;
        }
    };

    @Test
    void noArgumentsOpensTheWindow() {
        assertThat(new CommandLine(List.of()).parse()).isInstanceOf(CommandLine.OpenWindow.class);
        assertThat(new CommandLine(List.of()).parse()).isEqualTo(new CommandLine.OpenWindow(false));
        assertThat(new CommandLine(List.of()).parse("--smoke-test")).isEqualTo(new CommandLine.OpenWindow(true));
        assertThat(new CommandLine(List.of()).parse("--smoke-test", "--help")).isInstanceOf(CommandLine.ShowHelp.class);
    }

    @Test
    void theWindowTakesAnEndpointWithItsTokenFileAndNamesWhatIsWrong() {
        CommandLine commandLine = new CommandLine(List.of());
        assertThat(commandLine.parse("--endpoint", "http://127.0.0.1:8080", "--access-token-file", "/run/token"))
                .isEqualTo(new CommandLine.OpenWindow(false, new FixedEndpoint(java.net.URI.create("http://127.0.0.1:8080"),
                        java.nio.file.Path.of("/run/token"))));
        assertThat(commandLine.parse("--endpoint", "ftp://example.com")).isEqualTo(new CommandLine.Invalid(
                "adf-console: --endpoint must be an http(s) URL, not 'ftp://example.com'"));
        assertThat(commandLine.parse("--access-token-file", "/run/token")).isEqualTo(new CommandLine.Invalid(
                "adf-console: --access-token-file needs --endpoint"));
        assertThat(commandLine.parse("--endpoint")).isEqualTo(new CommandLine.Invalid(
                "adf-console: --endpoint needs a value (see adf-console --help)"));
    }

    @Test
    void helpPrintsUsageAndExitsZero() throws Exception {
        int code = launcher(List.of(echo)).run(new String[] {"--help"}, print(out), print(err));

        assertThat(code).isZero();
        assertThat(text(out)).startsWith("Usage: adf-console [options]")
                .contains("--help").contains("--version").contains("echo            print the arguments");
        assertThat(text(err)).isEmpty();
    }

    @Test
    void unknownOptionIsOneLineNamingItWithExitCodeTwo() throws Exception {
        int code = launcher(List.of()).run(new String[] {"--frobnicate"}, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).isEqualTo("adf-console: unknown option '--frobnicate' (see adf-console --help)\n");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void unknownWordIsRefusedAsAnUnknownCommand() throws Exception {
        int code = launcher(List.of(echo)).run(new String[] {"inventroy"}, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("unknown command 'inventroy'");
    }

    @Test
    void subCommandGetsTheRestOfTheLineAndItsExitCodeIsKept() throws Exception {
        int code = launcher(List.of(echo)).run(new String[] {"echo", "--fleet", "2:5:4:3"}, print(out), print(err));

        assertThat(code).isEqualTo(7);
        assertThat(echoCalls).containsExactly(List.of("--fleet", "2:5:4:3"));
        assertThat(text(out)).isEqualTo("--fleet 2:5:4:3\n");
    }

    @Test
    void versionIsPrinted() throws Exception {
        int code = launcher(List.of()).run(new String[] {"--version"}, print(out), print(err));

        assertThat(code).isZero();
        assertThat(text(out)).matches("adf-console \\S+\\n").as("the build stamps the version").doesNotContain("development");
    }

    private Launcher launcher(List<CommandLine.SubCommand> commands) {
        return new Launcher(new AppPaths(home), commands);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
