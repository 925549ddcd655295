package org.issa.investigation.exchange;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** INCOMING: another authority asks us (we must answer in time); OUTGOING: we asked another authority (we follow their limit). */
public enum Direction {
    INCOMING, OUTGOING;

    public static Direction parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be INCOMING or OUTGOING");
        }
    }
}
