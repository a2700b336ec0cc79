package dev.adfconsole.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.ui.common.AsyncAction;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The fault matrix: every action of a family against the sandbox answering each fault ARM can throw at it, checked
 * for what the user notices. A family is a list of {@link Case}s; {@link #of} crosses it with every {@link ArmFault}
 * for a {@code @ParameterizedTest @MethodSource}. A new family (bulk rerun, say) is one more list of cases and one more
 * parameterised test that calls {@link #check}.
 *
 * <p>For each case: the user sees one sentence (no stack trace, no line break) naming Azure's message and request
 * id (or, with no answer at all, the client request id support can trace); the action never blocks its caller
 * (with a hanging answer it is still running when {@code execute()} returns); the user's input is still there; and a
 * state-changing POST went out exactly once unless ARM answered 429, counted on the sandbox's request log.
 */
public final class FaultMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORBIDDEN_ACTION = Pattern.compile("perform action '([^']+)'");

    private FaultMatrix() {
    }

    /** What the sandbox answers the action's call with. */
    public enum ArmFault {
        THROTTLED_429, SERVER_ERROR_500, UNAVAILABLE_503, CONNECTION_RESET, READ_TIMEOUT, MALFORMED_BODY,
        TOKEN_EXPIRED_401, FORBIDDEN_403, NOT_FOUND_404, CONFLICT_409;

        /** Arms the fault for every attempt the client may make at {@code operationId}. */
        void inject(SandboxServer sandbox, String operationId) {
            int attempts = 1 + SandboxFixture.FAULT_RETRIES;
            var next = sandbox.faults().next(operationId, attempts);
            switch (this) {
                case THROTTLED_429 -> next.throttle(0);
                case SERVER_ERROR_500 -> next.answer(500);
                case UNAVAILABLE_503 -> next.answer(503);
                case CONNECTION_RESET -> next.reset();
                case READ_TIMEOUT -> next.hang(Duration.ofMillis(1500));
                case MALFORMED_BODY -> sandbox.faults().next(operationId, 1).afterHandling().malformed();
                // ARM's answer to a token that ran out mid-session (ExpiredAuthenticationToken), on the action's own
                // call, whatever else the window asks meanwhile; the client must fetch a new token after it.
                case TOKEN_EXPIRED_401 -> sandbox.faults().next(operationId, 1).answer(401);
                case FORBIDDEN_403 -> sandbox.faults().next(operationId, 1).answer(403);
                case NOT_FOUND_404 -> sandbox.faults().next(operationId, 1).answer(404);
                case CONFLICT_409 -> sandbox.faults().next(operationId, 1).answer(409);
                default -> throw new IllegalStateException();
            }
        }

        /** How many times the call may reach the sandbox: ARM's 429 and a safe call's retries allow more than one. */
        int expectedSends(boolean retrySafe) {
            int all = 1 + SandboxFixture.FAULT_RETRIES;
            return switch (this) {
                case THROTTLED_429 -> all;
                case SERVER_ERROR_500, UNAVAILABLE_503, CONNECTION_RESET, READ_TIMEOUT -> retrySafe ? all : 1;
                case TOKEN_EXPIRED_401 -> retrySafe ? 2 : 1;
                default -> 1;
            };
        }
    }

    /** One action, set up on a fresh sandbox with the user's input in place. */
    public interface Action {
        /** The ARM operation the action sends (the one the fault hits). */
        String operationId();

        /** PATCH and DELETE may be resent; a state-changing POST never. */
        boolean retrySafe();

        /** Whether the user can start it now (its button is enabled). */
        boolean ready();

        /** Starts it as the user does; returns at once. */
        void start();

        /** RUNNING until it ends, then SUCCEEDED or FAILED. */
        AsyncAction.State state();

        /** The sentence the user reads for a failure. */
        String error();

        /** The user's input and selection are as they were before the action. */
        void assertInputKept();

        /** The user tries once more (after ARM refused an expired token), once the action can be started again. */
        default void again() throws Exception {
            SandboxFixture.await(this::ready);
            start();
        }
    }

    /** An action behind one button ({@link AsyncAction}), as most are. */
    public static Action button(String operationId, boolean retrySafe, AsyncAction<?> button, Runnable inputKept) {
        return new Action() {
            @Override
            public String operationId() {
                return operationId;
            }

            @Override
            public boolean retrySafe() {
                return retrySafe;
            }

            @Override
            public boolean ready() {
                return !button.disabledProperty().get();
            }

            @Override
            public void start() {
                button.execute();
            }

            @Override
            public AsyncAction.State state() {
                return button.stateProperty().get();
            }

            @Override
            public String error() {
                return button.errorProperty().get();
            }

            @Override
            public void assertInputKept() {
                inputKept.run();
            }
        };
    }

    /** Sets an action up on a fixture (loads what the pane shows, types the user's input). */
    @FunctionalInterface
    public interface Setup {
        Action on(SandboxFixture fx) throws Exception;
    }

    /** An action of a family by name, made on a given fixture. */
    public record Case(String name, Setup setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every case of a family against every fault. */
    public static Stream<Arguments> of(List<Case> family) {
        return family.stream().flatMap(c -> Stream.of(ArmFault.values()).map(f -> Arguments.of(c, f)));
    }

    /** Runs the case under the fault on {@code fx} and checks what the user notices. */
    public static void check(SandboxFixture fx, Case c, ArmFault fault) throws Exception {
        Action action = c.setup().on(fx);
        SandboxFixture.await(action::ready);
        int before = fx.sandbox.requestLog().calls(action.operationId()).size();
        int tokensBefore = fx.tokens.issued.get();
        fault.inject(fx.sandbox, action.operationId());

        action.start();
        if (fault == ArmFault.READ_TIMEOUT) {
            assertThat(action.state()).as("start() returns while Azure has not answered").isEqualTo(AsyncAction.State.RUNNING);
        }
        SandboxFixture.await(() -> action.state() != AsyncAction.State.RUNNING);

        List<RequestLog.Call> sent = after(fx, action.operationId(), before);
        assertThat(sent).as(c + " under " + fault + ": times the call reached Azure")
                .hasSize(fault.expectedSends(action.retrySafe()));
        String error = action.error();
        if (fault == ArmFault.TOKEN_EXPIRED_401 && action.retrySafe()) {
            assertThat(action.state()).as(c + ": a safe call goes again with a new token").isEqualTo(AsyncAction.State.SUCCEEDED);
            assertThat(fx.tokens.issued.get()).as("a new token was fetched").isGreaterThan(tokensBefore);
        } else if (fault == ArmFault.MALFORMED_BODY) {
            // Azure acted and said so in a cut-off answer: success where the app reads nothing from it, else a sentence.
            if (action.state() == AsyncAction.State.FAILED) {
                assertOneSentence(c, fault, error);
                assertThat(error).contains(sent.get(0).requestId());
            }
        } else {
            assertThat(action.state()).as(c + " under " + fault + ": " + error).isEqualTo(AsyncAction.State.FAILED);
            assertOneSentence(c, fault, error);
            RequestLog.Call last = sent.get(sent.size() - 1);
            if (last.status() == 0) {
                assertThat(error).as("no answer: the client request id").contains(last.headers().get("x-ms-client-request-id"));
            } else {
                assertThat(error).as("Azure's request id").contains(last.requestId());
                assertThat(error).as("Azure's message").contains(azureText(last.answer()));
            }
        }
        if (action.state() == AsyncAction.State.FAILED) {
            action.assertInputKept();
        }
        if (fault == ArmFault.TOKEN_EXPIRED_401 && !action.retrySafe()) {
            // Then refreshed: the user tries again and the app has a new token by then.
            action.again();
            SandboxFixture.await(() -> action.state() != AsyncAction.State.RUNNING);
            assertThat(action.state()).as(c + " again after the token was renewed: " + action.error())
                    .isEqualTo(AsyncAction.State.SUCCEEDED);
            assertThat(after(fx, action.operationId(), before)).hasSize(2);
            assertThat(fx.tokens.issued.get()).as("a new token was fetched").isGreaterThan(tokensBefore);
        }
    }

    private static void assertOneSentence(Case c, ArmFault fault, String error) {
        assertThat(error).as(c + " under " + fault + ": what the user reads").isNotBlank()
                .doesNotContain("\n").doesNotContain("Exception").doesNotContain("at dev.");
    }

    private static List<RequestLog.Call> after(SandboxFixture fx, String operationId, int before) {
        List<RequestLog.Call> calls = fx.sandbox.requestLog().calls(operationId);
        return calls.subList(before, calls.size());
    }

    /** The part of Azure's CloudError the user must see: its message, or for a 403 the action and scope it names. */
    private static String azureText(String answer) throws Exception {
        JsonNode error = JSON.readTree(answer).path("error");
        String message = error.path("message").asText();
        if ("AuthorizationFailed".equals(error.path("code").asText())) {
            Matcher matcher = FORBIDDEN_ACTION.matcher(message);
            assertThat(matcher.find()).isTrue();
            return matcher.group(1);
        }
        return message;
    }
}
