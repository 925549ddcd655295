package org.issa.core.error;

/** Input that breaks a rule; names the field so the user can fix it (HTTP 400). */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
