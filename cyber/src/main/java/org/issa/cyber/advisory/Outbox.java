package org.issa.cyber.advisory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.sql.Sql;

/** The outbox table: messages are added in the transaction of what caused them, and kept until retention removes them. */
public final class Outbox {

    private final Sql sql;

    public Outbox(Sql sql) {
        this.sql = sql;
    }

    public void add(OutboxMessage m) {
        sql.update("INSERT INTO cyber_outbox (id, created_at, kind, recipient, subject, body, subject_ref, subscriber_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.createdAt(), m.kind().name(), m.recipient(), m.subject(),
                m.body(), m.subjectRef(), m.subscriberId().orElse(null));
    }

    /** Newest first, at most {@code limit}; optionally only those about one advisory or referral. */
    public List<OutboxMessage> latest(Optional<String> subjectRef, int limit) {
        String where = subjectRef.isPresent() ? " WHERE subject_ref = ?" : "";
        Object[] params = subjectRef.isPresent() ? new Object[] {subjectRef.get()} : new Object[0];
        return sql.query("SELECT id, created_at, kind, recipient, subject, body, subject_ref, subscriber_id FROM cyber_outbox" + where
                + " ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", rs -> new OutboxMessage(rs.getString(1),
                Sql.instant(rs, "created_at"), OutboxMessage.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Optional.ofNullable(rs.getString(8))), params);
    }

    public long count(OutboxMessage.Kind kind, String subjectRef) {
        return sql.count("SELECT COUNT(*) FROM cyber_outbox WHERE kind = ? AND subject_ref = ?", kind.name(), subjectRef);
    }

    public int deleteForSubscriber(String subscriberId) {
        return sql.update("DELETE FROM cyber_outbox WHERE subscriber_id = ?", subscriberId);
    }

    public int deleteOlderThan(Instant horizon) {
        return sql.update("DELETE FROM cyber_outbox WHERE created_at < ?", horizon);
    }
}
