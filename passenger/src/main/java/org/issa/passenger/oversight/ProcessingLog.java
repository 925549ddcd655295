package org.issa.passenger.oversight;

import java.util.List;
import org.issa.core.audit.AuditEntry;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;

/**
 * The logs of Art 13(6) as the DPO reads them: the passenger domain's entries of the one
 * hash-chained audit trail (nothing here can hide or alter an entry), filtered by who, what, when
 * and purpose, newest first. The log names people, so each search states its purpose and is itself
 * recorded before any entry is returned. Only the DPO and auditors (the supervisory authority) read it.
 */
public final class ProcessingLog {

    static final int MAX_EXPORT = 100_000;

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;

    public ProcessingLog(Sql sql, AuditLog audit, Transactions tx) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
    }

    public static void requireOverseer(Principal who) {
        if (!who.hasAny(Role.DPO, Role.AUDITOR)) {
            throw new ForbiddenException("only the data protection officer and auditors read the PIU's processing log");
        }
    }

    public Page<AuditEntry> search(Principal reader, LogQuery q, String purpose, String cursor, int limit) {
        requireOverseer(reader);
        String why = requirePurpose(purpose);
        String after = Cursor.decode(cursor);
        return tx.inTransaction(() -> {
            audit.recordRead(reader.username(), "passenger_processing_log", describe(q), why);
            return Page.of(fetch(q, after, limit + 1), limit, e -> Long.toString(e.seq()));
        });
    }

    /** Every matching entry, newest first, at most {@value #MAX_EXPORT}; the export is recorded like a search. */
    public List<AuditEntry> export(Principal reader, LogQuery q, String purpose) {
        requireOverseer(reader);
        String why = requirePurpose(purpose);
        List<AuditEntry> out = new java.util.ArrayList<>();
        tx.run(() -> audit.recordRead(reader.username(), "passenger_processing_log", "export " + describe(q), why));
        Page.walk(c -> Page.of(fetch(q, Cursor.decode(c), 501), 500, e -> Long.toString(e.seq())), MAX_EXPORT, out::add);
        return out;
    }

    private List<AuditEntry> fetch(LogQuery q, String after, int limitPlusOne) {
        SqlFragment where = SqlFragment.of(LogCategory.SCOPE);
        if (q.category().isPresent()) {
            where = where.and(q.category().get().predicate());
        }
        if (q.actor().isPresent()) {
            where = where.and(SqlFragment.of("actor = ?", q.actor().get()));
        }
        if (q.from().isPresent()) {
            where = where.and(SqlFragment.of("at >= ?", q.from().get()));
        }
        if (q.to().isPresent()) {
            where = where.and(SqlFragment.of("at < ?", q.to().get()));
        }
        if (q.purposeContains().isPresent()) {
            where = where.and(SqlFragment.of("LOWER(purpose) LIKE ?", "%" + likeSafe(q.purposeContains().get().toLowerCase(java.util.Locale.ROOT)) + "%"));
        }
        if (q.recordId().isPresent()) {
            where = where.and(SqlFragment.of("record_id = ?", q.recordId().get()));
        }
        if (!after.isEmpty()) {
            try {
                where = where.and(SqlFragment.of("seq < ?", Long.parseLong(after)));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("cursor", "cursor is not one this server issued");
            }
        }
        return sql.query("SELECT seq, at, actor, action, record_type, record_id, purpose, detail, prev_hash, hash FROM audit_log WHERE "
                + where.sql() + " ORDER BY seq DESC FETCH FIRST " + limitPlusOne + " ROWS ONLY", rs -> new AuditEntry(rs.getLong("seq"),
                Sql.instant(rs, "at"), new AuditEvent(rs.getString("actor"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("purpose"), rs.getString("detail")), rs.getString("prev_hash"),
                rs.getString("hash")), where.paramArray());
    }

    /** LIKE wildcards in a user's text are matched literally by dropping them: a filter, not a pattern language. */
    private static String likeSafe(String s) {
        return s.replace("\\", "").replace("%", "").replace("_", "");
    }

    static String requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("purpose", "state the purpose of this search of the processing log");
        }
        String p = purpose.strip();
        return p.length() > 1000 ? p.substring(0, 1000) : p;
    }

    static String describe(LogQuery q) {
        StringBuilder b = new StringBuilder("search");
        q.category().ifPresent(c -> b.append(" category=").append(c));
        q.actor().ifPresent(a -> b.append(" actor=").append(a));
        q.recordId().ifPresent(a -> b.append(" record=").append(a));
        q.from().ifPresent(a -> b.append(" from=").append(a));
        q.to().ifPresent(a -> b.append(" to=").append(a));
        String s = b.toString();
        return s.length() > 128 ? s.substring(0, 128) : s;
    }
}
