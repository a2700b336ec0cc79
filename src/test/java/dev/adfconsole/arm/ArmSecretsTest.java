package dev.adfconsole.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Tokens and auth keys never reach the log (at any level) or an exception message. */
class ArmSecretsTest {

    private static final String KEY1 = "IR@89895504-f647-48fd-8dd3-42fa556d67e3@ab1@eu@secretKeyOne0123456789=";
    private static final String KEY2 = "IR@89895504-f647-48fd-8dd3-42fa556d67e3@ab1@eu@secretKeyTwo0123456789=";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void captureEverything() {
        previous = root.getLevel();
        root.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restore() {
        root.detachAppender(captured);
        root.setLevel(previous);
    }

    @Test
    void tokenAndKeysStayOutOfLogsAndErrors() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(200, "{\"authKey1\":\"" + KEY1 + "\",\"authKey2\":\"" + KEY2 + "\"}");
            arm.enqueue(500, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"failed\"}}");
            arm.enqueue(200, "{\"authKey1\":\"" + KEY1 + "\",");

            arm.connection.send(ArmRequest.postRead(arm.factoryPath("/integrationRuntimes/ir/listAuthKeys"), null)).get();
            Throwable regenerate = catchThrowable(() -> arm.connection.send(ArmRequest.post(
                    arm.factoryPath("/integrationRuntimes/ir/regenerateAuthKey"), "{\"keyName\":\"authKey2\"}")).get());
            Throwable malformed = catchThrowable(() -> arm.connection.send(ArmRequest.postRead(
                    arm.factoryPath("/integrationRuntimes/ir/listAuthKeys"), null)).get().as(java.util.Map.class));

            String log = captured.list.stream().map(e -> e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).collect(Collectors.joining("\n"));
            assertThat(captured.list).as("the exchange is logged").isNotEmpty();
            assertThat(log).doesNotContain(ArmTestServer.TOKEN).doesNotContain("secretKeyOne").doesNotContain("secretKeyTwo");
            for (Throwable failure : new Throwable[] {regenerate, malformed}) {
                assertThat(failure).isNotNull();
                assertThat(failure.toString() + failure.getCause()).doesNotContain("secretKeyOne").doesNotContain(ArmTestServer.TOKEN);
            }
        }
    }

    @Test
    void tokensAreMaskedInToString() {
        assertThat(new AccessToken("abc.def.ghi", java.time.Instant.EPOCH).toString()).doesNotContain("abc.def");
        assertThat(new StaticTokenProvider("abc.def.ghi").toString()).doesNotContain("abc.def");
        assertThat(RedactingLogger.redactUrl("https://x/y?code=123&api-version=1")).isEqualTo("https://x/y?code=****&api-version=1");
    }
}
