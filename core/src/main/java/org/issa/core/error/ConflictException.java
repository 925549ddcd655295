package org.issa.core.error;

/** The request conflicts with the stored state, e.g. a duplicate name (HTTP 409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
