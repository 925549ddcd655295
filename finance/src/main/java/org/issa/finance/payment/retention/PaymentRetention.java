package org.issa.finance.payment.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.payment.store.PaymentStore;

/**
 * Deletes stored payments whose retention has run out - {@code period} after the payment date - unless a case extracted
 * them (they are kept with the case). Works import by import, segment by segment ({@link PaymentStore#expire}: each
 * segment rewritten with the deleted payments wiped, in its own transaction with the ledger's version raised); each import's deletion is logged for the DPO and audited. The
 * references of deleted payments are handed to {@code withdrawn} so that what was published from them is withdrawn.
 * Accounts no payment refers to any more go with them. Idempotent: a second run at the same time finds nothing.
 */
public final class PaymentRetention {

    public static final String ACTOR = "system";

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final Period period;
    private final PaymentStore store;
    private final Consumer<List<String>> withdrawn;

    public PaymentRetention(Sql sql, AuditLog audit, Transactions tx, Clock clock, Period period, PaymentStore store,
                            Consumer<List<String>> withdrawn) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.period = period;
        this.store = store;
        this.withdrawn = withdrawn;
    }

    public Period period() {
        return period;
    }

    public String policy() {
        return "payments not extracted to a case are deleted " + period + " after the payment date";
    }

    /** The payment date before which payments are due for deletion at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** Runs retention at the clock's now; returns what it deleted, per import. */
    public List<PaymentDeletion> run() {
        return store.whileNoImport(this::runNow);
    }

    private List<PaymentDeletion> runNow() {
        Instant now = clock.instant();
        Instant cutoff = cutoff(now);
        List<PaymentDeletion> out = new ArrayList<>();
        List<Object[]> batches = sql.query("SELECT id, source FROM fin_payment_batch WHERE status = 'STORED' AND first_paid_at < ?"
                + " AND stored_count > deleted_count ORDER BY id", rs -> new Object[] {rs.getLong(1), rs.getString(2)}, cutoff);
        for (Object[] b : batches) {
            long batchId = (long) b[0];
            long deleted = store.expire(batchId, cutoff, e -> withdrawn.accept(e.references()));
            if (deleted == 0) {
                continue;
            }
            long kept = store.storedBefore(batchId, cutoff);
            PaymentDeletion d = new PaymentDeletion(UUID.randomUUID().toString(), now, cutoff, batchId, (String) b[1], deleted, kept, policy());
            long n = deleted;
            tx.run(() -> {
                sql.update("INSERT INTO fin_payment_deletion (id, run_at, cutoff, batch_id, source, deleted, kept_extracted, policy)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", d.id(), now, cutoff, batchId, d.source(), n, kept, d.policy());
                audit.record(AuditEvent.write(ACTOR, "finance.payments.retention.delete", "payment_batch", Long.toString(batchId),
                        n + " payments paid before " + cutoff + " deleted, " + kept + " kept (extracted to a case); " + policy()));
            });
            out.add(d);
        }
        if (!out.isEmpty()) {
            store.deleteUnusedAccounts();
        }
        return out;
    }

    /** The deletions log, newest first. */
    public List<PaymentDeletion> deletions(int limit) {
        return sql.query("SELECT * FROM fin_payment_deletion ORDER BY run_at DESC, id FETCH FIRST ? ROWS ONLY",
                rs -> new PaymentDeletion(rs.getString("id"), Sql.instant(rs, "run_at"), Sql.instant(rs, "cutoff"), rs.getLong("batch_id"),
                        rs.getString("source"), rs.getLong("deleted"), rs.getLong("kept_extracted"), rs.getString("policy")),
                Math.max(1, Math.min(limit, 1000)));
    }
}
