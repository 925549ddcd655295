package org.issa.core.error;

/** The principal lacks the role for an action (HTTP 403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
