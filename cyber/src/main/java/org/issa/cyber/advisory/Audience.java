package org.issa.cyber.advisory;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** Whom an advisory speaks to. A subscriber of one audience receives advisories for it and for both. */
public enum Audience {
    CITIZENS("Citizens"),
    SMES("Small and medium-sized businesses"),
    BOTH("Citizens and small businesses");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an advisory for {@code advisory} concerns a reader of this audience. */
    public boolean receives(Audience advisory) {
        return this == BOTH || advisory == BOTH || advisory == this;
    }

    public static Audience parse(String field, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " must be one of CITIZENS, SMES, BOTH");
        }
    }
}
