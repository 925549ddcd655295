package org.issa.app.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.screening.WatchlistMatch;
import org.issa.core.sql.Sql;

/**
 * The {@link WatchlistCheck} port over the screening service: a record of a domain (a passenger)
 * is screened against every current list with the system's view, through the same indexes,
 * thresholds and expiry filter as every other screening; each match carries its entry's marking.
 * The caller records and audits what it raises from the result.
 */
public final class WatchlistChecks implements WatchlistCheck {

    private final Screening screening;
    private final WatchlistStore store;
    private final Sql sql;

    public WatchlistChecks(Screening screening, WatchlistStore store, Sql sql) {
        this.screening = screening;
        this.store = store;
        this.sql = sql;
    }

    @Override
    public Result check(ScreenableRecord record) {
        return check(record, store.systemLists().stream().filter(l -> l.currentVersion() > 0).toList());
    }

    /** The records screened against every current list, the lists read once for all of them. */
    @Override
    public List<Result> checkAll(List<ScreenableRecord> records) {
        List<Watchlist> lists = store.systemLists().stream().filter(l -> l.currentVersion() > 0).toList();
        List<Result> out = new ArrayList<>(records.size());
        for (ScreenableRecord r : records) {
            out.add(check(r, lists));
        }
        return out;
    }

    /** The record screened against the given lists only (a re-screening after one list changed). */
    public Result check(ScreenableRecord record, List<Watchlist> lists) {
        List<ListScreened> screened = lists.stream().map(l -> new ListScreened(l.id(), l.name(), l.currentVersion())).toList();
        if (lists.isEmpty()) {
            return new Result(screened, List.of());
        }
        List<Candidate> candidates = screening.candidates(Optional.empty(), RecordScreener.subjectOf(record), lists);
        Map<String, Marking> markings = markings(candidates.stream().map(Candidate::entryRow).toList());
        List<WatchlistMatch> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            Marking m = markings.get(c.entryRow());
            if (m == null) {
                continue; // the entry was closed between the index lookup and now
            }
            List<String> features = c.explanation().features().stream().map(f -> f.name() + ": " + f.evidence() + " ("
                    + String.format(Locale.ROOT, "%.2f, %+.2f", f.score(), f.contribution()) + ")").toList();
            matches.add(new WatchlistMatch(c.listId(), c.listName(), c.listVersion(), c.entryId(), c.entryName(), c.score(),
                    c.explanation().summary(), features, m));
        }
        return new Result(screened, matches);
    }

    private Map<String, Marking> markings(List<String> rowIds) {
        Map<String, Marking> out = new HashMap<>();
        if (rowIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", Collections.nCopies(rowIds.size(), "?"));
        sql.query("SELECT id, " + MarkingFilter.COLUMNS + " FROM watchlist_entries WHERE id IN (" + marks + ")",
                rs -> Map.entry(rs.getString("id"), MarkingFilter.read(rs)), rowIds.toArray()).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
