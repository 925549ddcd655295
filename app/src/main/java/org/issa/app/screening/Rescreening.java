package org.issa.app.screening;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.issa.app.watchlist.ListChangeListener;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.ScreenedRecords;
import org.issa.core.tx.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a list changes, every record offered through {@link ScreenedRecords} is screened against
 * it again, in the background; new hits go to the review queue. Changes of one list that arrive
 * while its re-screening waits are folded into it. Each run is logged and audited.
 */
public final class Rescreening implements ListChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(Rescreening.class);
    public static final String PURPOSE = "re-screening of kept records after a list change";
    public static final String INTAKE_PURPOSE = "screening of newly kept records against the watch lists";

    private final WatchlistStore store;
    private final ListIndexes indexes;
    private final RecordScreener screener;
    private final Supplier<List<ScreenedRecords>> sources;
    private final AuditLog audit;
    private final Transactions tx;
    private final Executor executor;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Supplier<List<DomainReview>> reviews;
    private final WatchlistChecks checks;

    public Rescreening(WatchlistStore store, ListIndexes indexes, RecordScreener screener, Supplier<List<ScreenedRecords>> sources,
                       AuditLog audit, Transactions tx, Executor executor) {
        this(store, indexes, screener, sources, audit, tx, executor, List::of, null);
    }

    /**
     * @param reviews domains that review the hits of their own records ({@link DomainReview}); records of their type are
     *                screened through {@code checks} and their matches handed to them instead of the generic queue
     */
    public Rescreening(WatchlistStore store, ListIndexes indexes, RecordScreener screener, Supplier<List<ScreenedRecords>> sources,
                       AuditLog audit, Transactions tx, Executor executor, Supplier<List<DomainReview>> reviews, WatchlistChecks checks) {
        this.reviews = reviews;
        this.checks = checks;
        this.store = store;
        this.indexes = indexes;
        this.screener = screener;
        this.sources = sources;
        this.audit = audit;
        this.tx = tx;
        this.executor = executor;
    }

    @Override
    public void listChanged(String listId) {
        indexes.invalidate(listId);
        if (!waiting.add(listId)) {
            return;
        }
        try {
            executor.execute(() -> {
                waiting.remove(listId);
                try {
                    rescreen(listId);
                } catch (RuntimeException e) {
                    LOG.error("re-screening against list {} failed", listId, e);
                }
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(listId);
            LOG.error("re-screening against list {} not started: the queue is full; it runs with the next change", listId);
        }
    }

    /** Screens every offered record against the list's current version; returns the number of new hits. */
    public int rescreen(String listId) {
        Watchlist list = store.systemList(listId).orElse(null);
        if (list == null || list.currentVersion() == 0) {
            return 0;
        }
        int records = 0;
        int raised = 0;
        StringBuilder types = new StringBuilder();
        for (ScreenedRecords source : sources.get()) {
            int before = records;
            DomainReview own = reviewOf(source.recordType());
            try (Stream<ScreenableRecord> stream = source.records()) {
                for (ScreenableRecord r : (Iterable<ScreenableRecord>) stream::iterator) {
                    raised += screen(own, r, List.of(list));
                    records++;
                }
            }
            types.append(types.isEmpty() ? "" : ", ").append(records - before).append(' ').append(source.recordType());
        }
        String detail = "list '" + list.name() + "' version " + list.currentVersion() + ": " + records + " records ("
                + types + "), " + raised + " new hits";
        LOG.info("re-screened {}", detail);
        tx.run(() -> audit.record(new AuditEvent("system", "screening.rescreen", "watchlist", listId, PURPOSE, detail)));
        return raised;
    }

    /**
     * Screens newly kept records (a bank's new register submission, say) against every watch list that has a version, in the
     * background, so that they need not wait for the next list change; new hits go to the review queue (or the domain's
     * own review) as on a list change. The run is logged and audited under {@code intakeId} (a submission's id, say), with
     * {@code what} describing the intake.
     */
    public void screenIntake(String recordType, String intakeId, String what, Supplier<Stream<ScreenableRecord>> records) {
        try {
            executor.execute(() -> {
                try {
                    screenIntakeNow(recordType, intakeId, what, records);
                } catch (RuntimeException e) {
                    LOG.error("screening of {} failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.error("screening of {} not started: the queue is full; its records are screened at the next list change", what);
        }
    }

    /** {@link #screenIntake} in the calling thread; returns the number of new hits. */
    public int screenIntakeNow(String recordType, String intakeId, String what, Supplier<Stream<ScreenableRecord>> records) {
        List<Watchlist> lists = store.systemLists().stream().filter(l -> l.currentVersion() > 0).toList();
        if (lists.isEmpty()) {
            return 0;
        }
        DomainReview own = reviewOf(recordType);
        int count = 0;
        int raised = 0;
        try (Stream<ScreenableRecord> stream = records.get()) {
            for (ScreenableRecord r : (Iterable<ScreenableRecord>) stream::iterator) {
                raised += screen(own, r, lists);
                count++;
            }
        }
        String detail = what + ": " + count + " " + recordType + " records against " + lists.size() + " lists, " + raised + " new hits";
        LOG.info("screened {}", detail);
        tx.run(() -> audit.record(new AuditEvent("system", "screening.intake", recordType, intakeId, INTAKE_PURPOSE, detail)));
        return raised;
    }

    private DomainReview reviewOf(String recordType) {
        return checks == null ? null : reviews.get().stream().filter(d -> d.recordType().equals(recordType)).findFirst().orElse(null);
    }

    private int screen(DomainReview own, ScreenableRecord r, List<Watchlist> lists) {
        return own != null ? own.raise(r, checks.check(r, lists).matches()) : screener.screen(r, lists, "system");
    }
}
