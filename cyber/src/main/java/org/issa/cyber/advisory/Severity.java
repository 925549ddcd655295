package org.issa.cyber.advisory;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** How urgently readers should act; published as the CSAF aggregate severity. */
public enum Severity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    CRITICAL("Critical");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Severity parse(String field, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " must be one of LOW, MEDIUM, HIGH, CRITICAL");
        }
    }
}
