package org.issa.cyber.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/**
 * The outbox table. Messages are added in the transaction of what caused them; they leave with what
 * they are about (a report erased by retention, a subscription withdrawn) or after {@link #RETENTION}.
 * Staff reads take the reader and filter by marking in SQL; the unfiltered read is the mail relay's.
 */
public final class Outbox {

    /** How long a queued message is kept: long enough for a relay to pick it up, short enough to hold little personal data. */
    public static final Duration RETENTION = Duration.ofDays(90);
    /** The originator of messages to the public (subscribers): the node's alert service. */
    public static final String PUBLIC_ORIGINATOR = "CYBER-EISAS";
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_BODY = 20_000;
    private static final String COLUMNS = "o.id, o.created_at, o.kind, o.recipient, o.language, o.subject, o.body, o.state, o.subject_ref, "
            + "o.subscriber_id, o.m_class, o.m_tlp, o.m_rel, o.m_orig, o.m_flags";

    private final Sql sql;

    public Outbox(Sql sql) {
        this.sql = sql;
    }

    /** The marking of a message to a member of the public: their address is personal data. */
    public static Marking toThePublic() {
        return new Marking(Classification.UNCLASSIFIED, Tlp.AMBER, Set.of(), PUBLIC_ORIGINATOR, Set.of(Handling.PERSONAL_DATA));
    }

    public void add(OutboxMessage m) {
        List<Object> p = new ArrayList<>(List.of(m.id(), m.createdAt(), m.kind().name(), m.recipient(), m.language(),
                cut(m.subject(), MAX_SUBJECT), cut(m.body(), MAX_BODY), m.state().name(), m.subjectRef()));
        p.add(m.subscriberId().orElse(null));
        p.addAll(MarkingFilter.bind(m.marking()));
        sql.update("INSERT INTO cyber_outbox (id, created_at, kind, recipient, language, subject, body, state, subject_ref, subscriber_id, "
                + MarkingFilter.COLUMNS + ") VALUES (" + "?, ".repeat(14) + "?)", p.toArray());
    }

    /** Messages the reader may see, newest first, at most {@code limit}; optionally only those about one subject. */
    public List<OutboxMessage> latest(Principal reader, Optional<String> subjectRef, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "o");
        if (subjectRef.isPresent()) {
            where = where.and(SqlFragment.of("o.subject_ref = ?", subjectRef.get()));
        }
        return sql.query("SELECT " + COLUMNS + " FROM cyber_outbox o WHERE " + where.sql()
                + " ORDER BY o.created_at DESC, o.id DESC FETCH FIRST " + bounded(limit) + " ROWS ONLY", Outbox::message, where.paramArray());
    }

    /** What a mail relay reads: every queued message, oldest first, without a reader's filter. */
    public List<OutboxMessage> forRelay(Optional<String> subjectRef, int limit) {
        String where = subjectRef.isPresent() ? " WHERE o.subject_ref = ?" : "";
        Object[] params = subjectRef.isPresent() ? new Object[] {subjectRef.get()} : new Object[0];
        return sql.query("SELECT " + COLUMNS + " FROM cyber_outbox o" + where + " ORDER BY o.created_at, o.id FETCH FIRST "
                + bounded(limit) + " ROWS ONLY", Outbox::message, params);
    }

    /** Messages the reader may see, for dashboards. */
    public long count(Principal reader) {
        SqlFragment where = MarkingFilter.readableBy(reader, "o");
        return sql.count("SELECT COUNT(*) FROM cyber_outbox o WHERE " + where.sql(), where.paramArray());
    }

    public long count(OutboxMessage.Kind kind, String subjectRef) {
        return sql.count("SELECT COUNT(*) FROM cyber_outbox WHERE kind = ? AND subject_ref = ?", kind.name(), subjectRef);
    }

    /** Messages about a subject take its new marking (a re-marked report). */
    public void remark(OutboxMessage.Kind kind, String subjectRef, Marking m) {
        List<Object> p = new ArrayList<>(MarkingFilter.bind(m));
        p.add(kind.name());
        p.add(subjectRef);
        sql.update("UPDATE cyber_outbox SET m_class = ?, m_tlp = ?, m_rel = ?, m_orig = ?, m_flags = ? WHERE kind = ? AND subject_ref = ?",
                p.toArray());
    }

    public int deleteAbout(OutboxMessage.Kind kind, String subjectRef) {
        return sql.update("DELETE FROM cyber_outbox WHERE kind = ? AND subject_ref = ?", kind.name(), subjectRef);
    }

    public int deleteForSubscriber(String subscriberId) {
        return sql.update("DELETE FROM cyber_outbox WHERE subscriber_id = ?", subscriberId);
    }

    public int deleteOlderThan(Instant horizon) {
        return sql.update("DELETE FROM cyber_outbox WHERE created_at < ?", horizon);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, 1000));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static OutboxMessage message(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getString("id"), Sql.instant(rs, "created_at"), OutboxMessage.Kind.valueOf(rs.getString("kind")),
                rs.getString("recipient"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                OutboxMessage.State.valueOf(rs.getString("state")), rs.getString("subject_ref"),
                Optional.ofNullable(rs.getString("subscriber_id")), MarkingFilter.read(rs));
    }
}
