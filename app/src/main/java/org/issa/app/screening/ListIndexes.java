package org.issa.app.screening;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.WatchlistEntry;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.matching.index.ScreeningIndex;

/**
 * One screening index per list, for its current version, held in memory. An index is rebuilt when
 * the list's current version in the database is not the one it was built from (after an import or
 * a manual change here, or on another node), so a stale index is never used.
 */
public final class ListIndexes {

    private record Built(int version, ScreeningIndex index) {
    }

    private final WatchlistStore store;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    public ListIndexes(WatchlistStore store) {
        this.store = store;
    }

    /** The index of the list's current version (as given by {@code list}), built if needed. */
    public ScreeningIndex index(Watchlist list) {
        Built b = built.get(list.id());
        if (b != null && b.version() == list.currentVersion()) {
            return b.index();
        }
        synchronized (this) {
            b = built.get(list.id());
            if (b != null && b.version() == list.currentVersion()) {
                return b.index();
            }
            List<WatchlistEntry> entries = store.systemCurrentEntries(list.id());
            ScreeningIndex index = ScreeningIndex.build(entries.stream().map(WatchlistEntry::subject).toList());
            built.put(list.id(), new Built(list.currentVersion(), index));
            return index;
        }
    }

    public void invalidate(String listId) {
        built.remove(listId);
    }
}
