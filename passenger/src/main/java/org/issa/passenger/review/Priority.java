package org.issa.passenger.review;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** How urgently a hit needs a reviewer; within the same priority, the sooner flight comes first. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    public int rank() {
        return ordinal() + 1;
    }

    /** A watch-list match's priority, from its score. */
    public static Priority ofScore(double score) {
        return score >= 0.9 ? HIGH : score >= 0.8 ? MEDIUM : LOW;
    }

    public static Priority parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be HIGH, MEDIUM or LOW");
        }
    }
}
