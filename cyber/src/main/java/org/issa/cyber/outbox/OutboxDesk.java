package org.issa.cyber.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.Require;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;

/**
 * The staff's view of the outbox and its retention. Lists mask recipients and leave out bodies, so
 * they are open to the staff who work with reports, advisories and referrals; the full messages
 * (addresses are personal data) are for supervisors and the data protection officer, with a stated
 * purpose recorded in the audit trail.
 */
public final class OutboxDesk {

    private final Outbox outbox;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public OutboxDesk(Outbox outbox, AuditLog audit, Transactions tx, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Queued messages the reader may see, newest first, recipients masked. */
    public List<OutboxLine> lines(Principal reader, int limit) {
        require(reader, "see the outbox", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        return outbox.latest(reader, Optional.empty(), limit).stream().map(OutboxLine::of).toList();
    }

    public long count(Principal reader) {
        return reader.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.DPO) ? outbox.count(reader) : 0;
    }

    /** The messages in full, newest first: a read of personal data, audited with its purpose. */
    public List<OutboxMessage> messages(Principal reader, String purpose, Optional<String> subjectRef, int limit) {
        require(reader, "read recipients' addresses", Role.SUPERVISOR, Role.DPO);
        String why = Require.text("purpose", purpose, 1000);
        return tx.inTransaction(() -> {
            audit.recordRead(reader.username(), "cyber_outbox", subjectRef.orElse("*"), why);
            return outbox.latest(reader, subjectRef, limit);
        });
    }

    /** Retention: deletes messages older than {@link Outbox#RETENTION}. Idempotent; audited when it deletes anything. */
    public int purge() {
        return tx.inTransaction(() -> {
            int n = outbox.deleteOlderThan(clock.instant().minus(Outbox.RETENTION));
            if (n > 0) {
                audit.record(AuditEvent.write("system", "cyber.outbox.purge", "cyber_outbox", "*",
                        n + " queued messages older than " + Outbox.RETENTION.toDays() + " days deleted"));
            }
            return n;
        });
    }

    private static void require(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }
}
