package org.issa.investigation.cases;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** Where a case task stands. */
public enum TaskStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    CANCELLED("Cancelled");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }

    public static TaskStatus parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be OPEN, IN_PROGRESS, DONE or CANCELLED");
        }
    }
}
