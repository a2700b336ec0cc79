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
        String azure = error == null || error.message() == null ? "" : " Azure says: " + error.message();
        ArmException.Kind kind;
        String sentence;
        if (status == 401) {
            kind = ArmException.Kind.UNAUTHORIZED;
            sentence = "Your sign-in is no longer accepted (" + (code == null ? "401" : code) + "). Sign in again.";
        } else if (status == 403) {
            kind = ArmException.Kind.FORBIDDEN;
            sentence = forbidden(error);
        } else if (status == 404) {
            kind = ArmException.Kind.NOT_FOUND;
            sentence = "Not found: " + what + " does not exist (any more), or you cannot see it." + azure
                    + " Refresh to see the current state.";
        } else if (status == 409) {
            kind = ArmException.Kind.CONFLICT;
            sentence = "Azure refused " + what + " because of the resource's current state." + azure
                    + " Refresh, wait for running operations to finish, then try again.";
        } else if (status == 429) {
            kind = ArmException.Kind.THROTTLED;
            sentence = "Azure is throttling requests for this subscription. Try again in a minute.";
        } else if (status >= 500) {
            kind = ArmException.Kind.SERVER_ERROR;
            sentence = "Azure had a server error (HTTP " + status + ") on " + what + "." + azure
                    + " Try again; if it persists, quote request id " + response.requestId() + " to Azure support.";
        } else {
            kind = ArmException.Kind.BAD_REQUEST;
            sentence = "Azure rejected " + what + " (HTTP " + status + (code == null ? "" : ", " + code) + ")."
                    + (azure.isEmpty() ? "" : azure);
        }
        return new ArmException(kind, status, error, response.requestId(), response.correlationId(), null, sentence, null);
    }

    static ArmException throttled(ArmResponse response, Instant retryAt) {
        String until = CLOCK.format(retryAt.atZone(ZoneId.systemDefault()));
        return new ArmException(ArmException.Kind.THROTTLED, response.status(), cloudError(response),
                response.requestId(), response.correlationId(), retryAt,
                "Azure is throttling requests for this subscription until " + until + ". Try again after that.", null);
    }

    static ArmException malformed(ArmResponse response, String problem) {
        return new ArmException(ArmException.Kind.MALFORMED_RESPONSE, response.status(), null, response.requestId(),
                response.correlationId(), null, "Azure's answer could not be read (" + problem + "). Try again;"
                + " if it persists, quote request id " + response.requestId() + ".", null);
    }

    static ArmException network(URI endpoint, IOException cause, boolean mayHaveActed) {
        boolean timeout = cause instanceof InterruptedIOException;
        String sentence = timeout
                ? "No answer from " + endpoint.getHost() + " in time."
                : "Cannot reach " + endpoint.getHost() + " (" + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "). Check your network or proxy.";
        if (mayHaveActed) {
            sentence += " The action may or may not have happened: refresh before trying it again.";
        }
        return new ArmException(timeout ? ArmException.Kind.TIMEOUT : ArmException.Kind.NETWORK, 0, null, null, null,
                null, sentence, cause);
    }

    static ArmException operationFailed(ArmResponse response, JsonNode status, String what) {
        CloudError error = status.has("error") ? CloudError.from(status.get("error")) : null;
        String state = status.path("status").asText("Failed");
        String sentence = what + " ended " + state + (error == null || error.message() == null ? "." : ": " + error.message());
        return new ArmException(ArmException.Kind.OPERATION_FAILED, response.status(), error, response.requestId(),
                response.correlationId(), null, sentence, null);
    }

    static ArmException unauthorized(String reason, Throwable cause) {
        return new ArmException(ArmException.Kind.UNAUTHORIZED, 0, null, null, null, null,
                "No access token: " + reason + ". Sign in again.", cause);
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

    private static CloudError cloudError(ArmResponse response) {
        try {
            return response.body().isBlank() ? null : CloudError.from(response.mapper().readTree(response.body()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
