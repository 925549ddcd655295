package org.issa.core.sql;

/** A database call failed; carries the statement's purpose, never the bound values. */
public class DataAccessException extends RuntimeException {
    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
