package dev.adfconsole.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adfconsole.model.CloudError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns failed answers and I/O errors into {@link ArmException}s with the user's sentence for each case. */
final class ArmErrors {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "perform action '([^']+)' over scope '([^']+)'", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ArmErrors() {
    }

    static ArmException fromResponse(ArmResponse response, String what) {
        CloudError error = cloudError(response);
        int status = response.status();
        String code = error == null ? null : error.code();
        String azure = azureSays(error);
        String ids = ids(response.requestId());
        ArmException.Kind kind;
        String sentence;
        if (status == 401) {
            kind = ArmException.Kind.UNAUTHORIZED;
            sentence = "Your sign-in is no longer accepted (" + (code == null ? "401" : code) + ")." + azure
                    + " Sign in again." + ids;
        } else if (status == 403) {
            kind = ArmException.Kind.FORBIDDEN;
            sentence = forbidden(error) + ids;
        } else if (status == 404) {
            kind = ArmException.Kind.NOT_FOUND;
            sentence = "Not found: " + what + " does not exist (any more), or you cannot see it." + azure
                    + " Refresh to see the current state." + ids;
        } else if (status == 409) {
            kind = ArmException.Kind.CONFLICT;
            sentence = "Azure refused " + what + " (409 " + (code == null ? "Conflict" : code) + ") because of the resource's"
                    + " current state." + azure
                    + " Refresh, wait for running operations to finish, then try again." + ids;
        } else if (status == 429) {
            kind = ArmException.Kind.THROTTLED;
            sentence = "Azure is throttling requests for this subscription." + azure + " Try again in a minute." + ids;
        } else if (status >= 500) {
            kind = ArmException.Kind.SERVER_ERROR;
            sentence = "Azure had a server error (HTTP " + status + ") on " + what + "." + azure
                    + " Try again; if it persists, quote request id " + response.requestId() + " to Azure support.";
        } else {
            kind = ArmException.Kind.BAD_REQUEST;
            sentence = "Azure rejected " + what + " (HTTP " + status + (code == null ? "" : ", " + code) + ")." + azure + ids;
        }
        return new ArmException(kind, status, error, response.requestId(), response.correlationId(), null, sentence, null);
    }

    /**
     * ARM refused the access token (it expired mid-session, or was revoked) and did not act. A state-changing call is
     * not sent again on its own: the user, told the token is renewed, tries again.
     */
    static ArmException tokenRejected(ArmResponse response, String what, boolean renewed) {
        CloudError error = cloudError(response);
        String code = error == null || error.code() == null ? "401" : error.code();
        String sentence = "Azure did not accept the access token for " + what + " (" + code + ") and did nothing."
                + azureSays(error) + (renewed ? " The next call asks for a new token: try again." : " Sign in again.")
                + ids(response.requestId());
        return new ArmException(ArmException.Kind.UNAUTHORIZED, response.status(), error, response.requestId(),
                response.correlationId(), null, sentence, null);
    }

    static ArmException throttled(ArmResponse response, Instant retryAt) {
        String until = CLOCK.format(retryAt.atZone(ZoneId.systemDefault()));
        CloudError error = cloudError(response);
        return new ArmException(ArmException.Kind.THROTTLED, response.status(), error,
                response.requestId(), response.correlationId(), retryAt,
                "Azure is throttling requests for this subscription until " + until + "." + azureSays(error)
                        + " Try again after that." + ids(response.requestId()), null);
    }

    static ArmException malformed(ArmResponse response, String problem) {
        return new ArmException(ArmException.Kind.MALFORMED_RESPONSE, response.status(), null, response.requestId(),
                response.correlationId(), null, "Azure's answer could not be read (" + problem + "). Refresh to see"
                + " the current state; if it persists, quote request id " + response.requestId() + ".", null);
    }

    static ArmException network(URI endpoint, IOException cause, boolean mayHaveActed, String clientRequestId) {
        boolean timeout = cause instanceof InterruptedIOException;
        // The exception's own text stays in the log (the cause); the user reads what happened in plain words.
        String sentence = timeout
                ? "No answer from " + endpoint.getHost() + " in time."
                : RetryPolicy.neverSent(cause)
                        ? "Cannot reach " + endpoint.getHost() + ". Check your network or proxy."
                        : "The connection to " + endpoint.getHost() + " broke before Azure answered. Check your network or proxy.";
        if (mayHaveActed) {
            sentence += " The action may or may not have happened: refresh before trying it again.";
        }
        // No answer means no Azure request id; the id the client sent lets support find the call all the same.
        sentence += clientRequestId == null ? "" : " (client request id " + clientRequestId + ")";
        return new ArmException(timeout ? ArmException.Kind.TIMEOUT : ArmException.Kind.NETWORK, 0, null, null, null,
                null, sentence, cause);
    }

    static ArmException operationFailed(ArmResponse response, JsonNode status, String what) {
        CloudError error = status.has("error") ? CloudError.from(status.get("error")) : null;
        String state = status.path("status").asText("Failed");
        String sentence = what + " ended " + state + (error == null || error.message() == null ? "." : ": " + error.message())
                + ids(response.requestId());
        return new ArmException(ArmException.Kind.OPERATION_FAILED, response.status(), error, response.requestId(),
                response.correlationId(), null, sentence, null);
    }

    /**
     * Azure's operation did not end where the console could see it: it polled too long, or polling kept failing.
     * The operation may still be running; its resource's state is left to a refresh.
     */
    static ArmException operationLost(String what, String why, String requestId) {
        return new ArmException(ArmException.Kind.OPERATION_UNKNOWN, 0, null, requestId, null, null,
                what + ": " + why + " It may still be running: refresh to see the current state." + ids(requestId), null);
    }

    static ArmException unauthorized(String reason, Throwable cause) {
        return new ArmException(ArmException.Kind.UNAUTHORIZED, 0, null, null, null, null,
                "No access token: " + reason + ". Sign in again.", cause);
    }

    private static String azureSays(CloudError error) {
        if (error == null || error.message() == null || error.message().isBlank()) {
            return "";
        }
        String message = error.message().strip();
        return " Azure says: " + message + (message.matches(".*[.!?]$") ? "" : ".");
    }

    private static String ids(String requestId) {
        return requestId == null ? "" : " (request id " + requestId + ")";
    }

    private static String forbidden(CloudError error) {
        if (error != null && error.message() != null) {
            Matcher matcher = AUTHORIZATION.matcher(error.message());
            if (matcher.find()) {
                return "You are not allowed to " + matcher.group(1) + " on " + matcher.group(2)
                        + ". Ask an owner of that scope for a role that grants it.";
            }
            return "Access denied (" + error.code() + "): " + error.message();
        }
        return "Access denied. Ask an owner of the resource for a role that grants this action.";
    }

    /** The CloudError code of an answer, or null. */
    static String code(ArmResponse response) {
        CloudError error = cloudError(response);
        return error == null ? null : error.code();
    }

    private static CloudError cloudError(ArmResponse response) {
        try {
            return response.body().isBlank() ? null : CloudError.from(response.mapper().readTree(response.body()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
