package org.issa.app.watchlist;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** What a list is: a published sanctions list, another imported watch list, or one kept by hand. */
public enum WatchlistKind {
    SANCTIONS, WATCHLIST, MANUAL;

    public static WatchlistKind parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be SANCTIONS, WATCHLIST or MANUAL");
        }
    }
}
