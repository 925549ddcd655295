package org.issa.app.watchlist;

import java.time.Instant;
import org.issa.core.marking.Marking;

/**
 * A watch list: its kind, the format its files come in, the score from which an entry is a
 * candidate, and its current version (0 before the first import or entry) with that version's size.
 */
public record Watchlist(String id, String name, WatchlistKind kind, String sourceFormat, double threshold,
                        String description, int currentVersion, int entryCount, String createdBy, Instant createdAt,
                        Marking marking) {

    public static final double DEFAULT_THRESHOLD = 0.70;

    public boolean manual() {
        return kind == WatchlistKind.MANUAL;
    }
}
