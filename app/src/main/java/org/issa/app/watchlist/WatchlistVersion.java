package org.issa.app.watchlist;

import java.time.Instant;

/**
 * One version of a list: where it came from (the source's own version string, the file's
 * SHA-256, or "manual"), who brought it in, and how it differs from the version before.
 */
public record WatchlistVersion(String listId, int version, String sourceVersion, String importedBy, Instant importedAt,
                               String fileSha256, int entryCount, int added, int removed, int changed, String status,
                               String note) {

    public static final String CURRENT = "CURRENT";
    public static final String SUPERSEDED = "SUPERSEDED";
}
