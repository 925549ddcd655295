package org.issa.matching.lists;

import org.issa.core.error.InvalidInputException;

/**
 * A list file that cannot be read: malformed, hostile, too large, in the wrong encoding or missing
 * a required column. The message names the problem and where it is (line and column for XML,
 * line for CSV and JSON lines), so that the person importing the list can fix it. The field of
 * the underlying {@link InvalidInputException} is always {@value #FIELD}.
 */
public class ListFormatException extends InvalidInputException {

    /** The input field reported to the user: the list file. */
    public static final String FIELD = "list";

    public ListFormatException(String message) {
        super(FIELD, message);
    }

    public ListFormatException(String message, Throwable cause) {
        super(FIELD, message);
        initCause(cause);
    }
}
