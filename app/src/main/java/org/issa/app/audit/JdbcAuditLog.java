package org.issa.app.audit;

import java.time.Clock;
import java.time.Instant;
import org.issa.core.audit.AuditChain;
import org.issa.core.audit.AuditEntry;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;

/**
 * Appends to the audit table inside the caller's transaction. Appends are serialised by locking
 * the chain head's row, so concurrent writers still form one unbroken chain; when the caller's
 * transaction rolls back, its entries and the head move go with it.
 */
public final class JdbcAuditLog implements AuditLog {

    private final Sql sql;
    private final Transactions tx;
    private final Clock clock;

    public JdbcAuditLog(Sql sql, Transactions tx, Clock clock) {
        this.sql = sql;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        return tx.inTransaction(() -> {
            Head head = sql.queryOne("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
                    rs -> new Head(rs.getLong(1), rs.getString(2))).orElseThrow(
                            () -> new IllegalStateException("the audit chain head is missing; the database was not migrated"));
            long seq = head.seq() + 1;
            Instant at = AuditChain.normalise(clock.instant());
            String hash = AuditChain.hash(seq, at, event, head.hash());
            sql.update("INSERT INTO audit_log (seq, at, actor, action, record_type, record_id, purpose, detail, prev_hash, hash)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, at, event.actor(), event.action(), event.recordType(),
                    event.recordId(), event.purpose(), event.detail(), head.hash(), hash);
            sql.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
            return new AuditEntry(seq, at, event, head.hash(), hash);
        });
    }

    private record Head(long seq, String hash) {
    }
}
