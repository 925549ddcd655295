package org.issa.app.screening;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** Where a hit stands: awaiting review, or decided a true match or a false positive. */
public enum HitStatus {
    OPEN, TRUE_MATCH, FALSE_POSITIVE;

    public static HitStatus parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be OPEN, TRUE_MATCH or FALSE_POSITIVE");
        }
    }
}
