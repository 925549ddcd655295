package org.issa.passenger.review;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/**
 * Where a hit stands. NEW: raised by the system, no person has looked at it. REVIEWED: a reviewer
 * examined it individually and confirmed it for further examination; only now may it be referred.
 * DISMISSED: a reviewer found it not relevant. REFERRED: sent to a competent authority.
 */
public enum HitStatus {
    NEW, REVIEWED, DISMISSED, REFERRED;

    public boolean decided() {
        return this == DISMISSED || this == REFERRED;
    }

    public static HitStatus parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be NEW, REVIEWED, DISMISSED or REFERRED");
        }
    }
}
