package org.issa.cyber.report;

import java.time.Clock;
import java.time.Instant;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.tx.Transactions;

/**
 * Erases reports whose retention period has run out, each in its own transaction with its audit
 * entry (which names the reference, never the content). Idempotent: a second run finds nothing.
 */
public final class ReportRetention {

    private static final int BATCH = 500;

    private final ReportStore store;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final RetentionPolicy policy;

    public ReportRetention(ReportStore store, AuditLog audit, Transactions tx, Clock clock, RetentionPolicy policy) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.policy = policy;
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** Runs the policy now; returns how many reports were erased. */
    public int run() {
        Instant cutoff = clock.instant().minus(policy.afterClosure());
        int erased = 0;
        while (true) {
            var due = store.closedBefore(cutoff, BATCH);
            if (due.isEmpty()) {
                return erased;
            }
            for (String[] r : due) {
                tx.run(() -> {
                    store.delete(r[0]);
                    audit.record(AuditEvent.write("system", "cyber.report.erase", "cyber_report", r[0], "reference " + r[1]
                            + " erased: retention of " + policy.afterClosure().toDays() + " days after closure ran out"));
                });
                erased++;
            }
        }
    }
}
