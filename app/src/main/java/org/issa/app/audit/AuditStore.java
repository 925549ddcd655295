package org.issa.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.issa.core.audit.AuditEntry;
import org.issa.core.audit.AuditEvent;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/** Searches the audit trail, newest first, paged by sequence number. */
public final class AuditStore {

    private final Sql sql;

    public AuditStore(Sql sql) {
        this.sql = sql;
    }

    public Page<AuditEntry> search(AuditQuery q, String cursor, int limit) {
        SqlFragment where = SqlFragment.of("1 = 1");
        if (q.actor().isPresent()) {
            where = where.and(SqlFragment.of("actor = ?", q.actor().get()));
        }
        if (q.action().isPresent()) {
            where = where.and(SqlFragment.of("action LIKE ?", escapeLike(q.action().get()) + "%"));
        }
        if (q.recordType().isPresent()) {
            where = where.and(SqlFragment.of("record_type = ?", q.recordType().get()));
        }
        if (q.recordId().isPresent()) {
            where = where.and(SqlFragment.of("record_id = ?", q.recordId().get()));
        }
        if (q.from().isPresent()) {
            where = where.and(SqlFragment.of("at >= ?", q.from().get()));
        }
        if (q.to().isPresent()) {
            where = where.and(SqlFragment.of("at < ?", q.to().get()));
        }
        String after = Cursor.decode(cursor);
        if (!after.isEmpty()) {
            long seq;
            try {
                seq = Long.parseLong(after);
            } catch (NumberFormatException e) {
                throw new org.issa.core.error.InvalidInputException("cursor", "cursor is not one this server issued");
            }
            where = where.and(SqlFragment.of("seq < ?", seq));
        }
        List<AuditEntry> rows = sql.query("SELECT seq, at, actor, action, record_type, record_id, purpose, detail, prev_hash, hash"
                + " FROM audit_log WHERE " + where.sql() + " ORDER BY seq DESC FETCH FIRST " + (limit + 1) + " ROWS ONLY",
                AuditStore::entry, where.paramArray());
        return Page.of(rows, limit, e -> Long.toString(e.seq()));
    }

    public long count() {
        return sql.count("SELECT COUNT(*) FROM audit_log");
    }

    /** Distinct action names, for the filter list of the audit page. */
    public List<String> actions() {
        return new ArrayList<>(sql.query("SELECT DISTINCT action FROM audit_log ORDER BY action", rs -> rs.getString(1)));
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        AuditEvent e = new AuditEvent(rs.getString("actor"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("purpose"), rs.getString("detail"));
        return new AuditEntry(rs.getLong("seq"), Sql.instant(rs, "at"), e, rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "").replace("%", "").replace("_", "");
    }
}
