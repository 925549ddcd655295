package org.issa.app.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.app.watchlist.SubjectJson;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.app.watchlist.Watchlists;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.Require;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.matching.index.Match;
import org.issa.matching.model.Subject;

/**
 * Screens a subject against the lists: each list's index, each list's own threshold, and only
 * lists and entries the reader may see (both filtered in the queries) that have not expired.
 * A screening by a person states its purpose and is audited with it; the query itself, personal
 * data, is not copied into the trail: the entry names it by its hash.
 */
public final class Screening {

    /** Candidates kept per list. */
    public static final int PER_LIST = 20;
    /** Matches asked of an index before the markings and expiry filter, so that hidden entries do not crowd out visible ones. */
    private static final int ASKED = 200;

    private final WatchlistStore store;
    private final ListIndexes indexes;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public Screening(WatchlistStore store, ListIndexes indexes, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.indexes = indexes;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The result of one screening: the query's content hash (its name in the audit trail) and the candidates, best first. */
    public record Result(String queryHash, int listsScreened, List<Candidate> candidates) {
    }

    public static void requireScreener(Principal who) {
        Watchlists.requireRole(who, "screen names", Role.ANALYST, Role.SUPERVISOR);
    }

    public Result screen(Principal who, Subject query, List<String> listIds, String purpose) {
        requireScreener(who);
        String why = Require.text("purpose", purpose, 1000);
        List<Watchlist> lists = lists(who, listIds);
        List<Candidate> candidates = candidates(Optional.of(who), query, lists);
        String hash = SubjectJson.contentHash(query);
        tx.run(() -> audit.record(new AuditEvent(who.username(), "screening.screen", "screening_query", hash, why,
                candidates.size() + " candidates in " + lists.size() + " lists")));
        return new Result(hash, lists.size(), candidates);
    }

    /** The lists named (all the reader may see when none are); an id the reader may not see is refused like an unknown one. */
    public List<Watchlist> lists(Principal reader, List<String> listIds) {
        if (listIds == null || listIds.isEmpty()) {
            return store.lists(reader, Optional.empty(), 1000);
        }
        List<Watchlist> out = new ArrayList<>();
        for (String id : listIds) {
            out.add(store.list(reader, id).orElseThrow(() -> new InvalidInputException("lists", "unknown list '" + id + "'")));
        }
        return out;
    }

    /**
     * Candidates in the given lists, best first: those the reader may see, or every one for the
     * system's re-screening when {@code reader} is empty.
     */
    public List<Candidate> candidates(Optional<Principal> reader, Subject query, List<Watchlist> lists) {
        LocalDate today = LocalDate.now(clock);
        List<Candidate> out = new ArrayList<>();
        for (Watchlist list : lists) {
            if (list.currentVersion() == 0) {
                continue;
            }
            List<Match> matches = indexes.index(list).screen(query, list.threshold(), ASKED);
            if (matches.isEmpty()) {
                continue;
            }
            Map<String, WatchlistStore.RowRef> rows = store.screenableRows(reader, list.id(), matches.stream().map(m -> m.entry().id()).toList(),
                    today);
            int kept = 0;
            for (Match m : matches) {
                WatchlistStore.RowRef row = rows.get(m.entry().id());
                if (row != null && kept++ < PER_LIST) {
                    out.add(new Candidate(list.id(), list.name(), list.currentVersion(), m.entry().id(), row.rowId(),
                            row.contentHash(), m.entry(), m.score(), m.explanation()));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }
}
