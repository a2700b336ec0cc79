package dev.adfconsole.arm;

import dev.adfconsole.model.CloudError;
import java.time.Instant;
import java.util.List;

/**
 * Every way an ARM call can fail, as one type: what kind of failure, what Azure said ({@code CloudError}), the ids
 * support asks for, and a sentence for the user that says what happened and what to do. Never carries a token or key.
 */
public final class ArmException extends RuntimeException {

    /** What went wrong, in the terms the user acts on. */
    public enum Kind {
        UNAUTHORIZED, SIGN_IN_REQUIRED, FORBIDDEN, NOT_FOUND, CONFLICT, THROTTLED, BAD_REQUEST, SERVER_ERROR, NETWORK, TIMEOUT,
        MALFORMED_RESPONSE, OPERATION_FAILED, OPERATION_UNKNOWN, CANCELLED
    }

    private final Kind kind;
    private final int httpStatus;
    private final CloudError error;
    private final String requestId;
    private final String correlationId;
    private final Instant retryAt;
    private final String userMessage;

    ArmException(Kind kind, int httpStatus, CloudError error, String requestId, String correlationId, Instant retryAt,
                 String userMessage, Throwable cause) {
        super(technicalMessage(kind, httpStatus, error, requestId, userMessage), cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.error = error;
        this.requestId = requestId;
        this.correlationId = correlationId;
        this.retryAt = retryAt;
        this.userMessage = userMessage;
    }

    /** No token could be had (sign-in needed or refused): what a {@link TokenProvider} throws. */
    public static ArmException unauthorized(String userMessage, Throwable cause) {
        return new ArmException(Kind.UNAUTHORIZED, 0, null, null, null, null, userMessage, cause);
    }

    /**
     * The account's sign-in has lapsed (refresh token expired or revoked, new consent, MFA, conditional access):
     * only an interactive sign-in brings its tokens back. The app offers "Sign in again" for these.
     */
    public static ArmException signInRequired(String userMessage, Throwable cause) {
        return new ArmException(Kind.SIGN_IN_REQUIRED, 0, null, null, null, null, userMessage, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when no answer came (network, timeout). */
    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return error == null ? null : error.code();
    }

    public String azureMessage() {
        return error == null ? null : error.message();
    }

    public String target() {
        return error == null ? null : error.target();
    }

    public List<CloudError> details() {
        return error == null || error.details() == null ? List.of() : error.details();
    }

    public String requestId() {
        return requestId;
    }

    public String correlationId() {
        return correlationId;
    }

    /** When a throttled call may be tried again; null otherwise. */
    public Instant retryAt() {
        return retryAt;
    }

    /** The sentence to show: what happened and what to do. */
    public String userMessage() {
        return userMessage;
    }

    private static String technicalMessage(Kind kind, int status, CloudError error, String requestId, String userMessage) {
        StringBuilder text = new StringBuilder(kind.name());
        if (status > 0) {
            text.append(" (HTTP ").append(status).append(')');
        }
        if (error != null && error.code() != null) {
            text.append(' ').append(error.code());
        }
        text.append(": ").append(userMessage);
        if (requestId != null) {
            text.append(" [x-ms-request-id ").append(requestId).append(']');
        }
        return text.toString();
    }
}
