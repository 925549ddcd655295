package org.issa.app.watchlist;

import java.util.List;

/**
 * What an import did: {@code IMPORTED} a new version, or {@code UNCHANGED} when the file is the
 * very file of the current version (same SHA-256), which is recorded and stores nothing.
 */
public record ImportResult(Outcome outcome, WatchlistVersion version, List<String> warnings) {

    public enum Outcome { IMPORTED, UNCHANGED }
}
