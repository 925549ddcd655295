package org.issa.app.watchlist;

import java.util.List;

/** What a version changed against the one before it: entries added, removed and changed, with their names. */
public record VersionDiff(WatchlistVersion version, List<Line> added, List<Line> removed, List<Line> changed) {

    /** One entry; for a changed entry {@code previousName} is its name in the version before. */
    public record Line(String entryId, String name, String previousName) {
    }
}
