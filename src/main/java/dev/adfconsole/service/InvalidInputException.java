package dev.adfconsole.service;

/** Input refused before any request is sent; the message names the field and the rule it breaks. */
public final class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the user must correct, e.g. "Factory name". */
    public String field() {
        return field;
    }
}
