package org.issa.app.passenger.criteria;

import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.store.CriteriaFactsCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up backfill of the criteria facts copy ({@link CriteriaFactsCopy#backfill}): bookings stored by an earlier
 * version of ISSA, or under another layout of the criteria model, get their copy written in batches on a background
 * thread. Until it is {@link #done()} the backtest reads the stored bookings instead of the copy.
 */
public final class CriteriaFactsBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(CriteriaFactsBackfill.class);
    private static final int BATCH = 1000;

    private final Sql sql;
    private final Transactions tx;
    private volatile boolean done;

    public CriteriaFactsBackfill(Sql sql, Transactions tx) {
        this.sql = sql;
        this.tx = tx;
    }

    /** Whether every current version has its copy (as of the backfill's end; the store writes the copy of new ones). */
    public boolean done() {
        return done;
    }

    /** Starts the backfill on a background thread (it finishes at once when nothing is missing). */
    void start() {
        Thread t = new Thread(this::run, "criteria-facts-backfill");
        t.setDaemon(true);
        t.start();
    }

    void run() {
        try {
            long t0 = System.nanoTime();
            long written = CriteriaFactsCopy.backfill(sql, tx, BATCH, n -> {
                if (n % 50_000 < BATCH) {
                    LOG.info("criteria facts: copies written for {} stored bookings so far", n);
                }
            });
            if (written > 0) {
                LOG.info("criteria facts: copies written for {} stored bookings in {} s", written, Math.round((System.nanoTime() - t0) / 1e9));
            }
            done = true;
        } catch (RuntimeException e) {
            LOG.error("criteria facts backfill failed; backtests keep reading the stored bookings: {}", e.getMessage(), e);
        }
    }
}
