package org.issa.investigation.deadline;

import java.util.List;
import org.issa.core.sql.Sql;

/** The alerts raised, over JDBC; the unique key (record, limit, due time, level) keeps each alert single. */
public final class AlertStore {

    private final Sql sql;

    public AlertStore(Sql sql) {
        this.sql = sql;
    }

    public boolean exists(Deadline d, AlertLevel level) {
        return sql.count("SELECT COUNT(*) FROM inv_deadline_alert WHERE record_type = ? AND record_id = ? AND deadline = ? AND due_at = ?"
                + " AND level = ?", d.recordType(), d.recordId(), d.name(), d.dueAt(), level.name()) > 0;
    }

    public void insert(Alert a) {
        sql.update("INSERT INTO inv_deadline_alert (id, record_type, record_id, deadline, due_at, level, raised_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", a.id(), a.recordType(), a.recordId(), a.deadline(), a.dueAt(), a.level().name(),
                a.raisedAt());
    }

    /** The alerts of one record, oldest first. */
    public List<Alert> of(String recordType, String recordId) {
        return sql.query("SELECT id, record_type, record_id, deadline, due_at, level, raised_at FROM inv_deadline_alert"
                + " WHERE record_type = ? AND record_id = ? ORDER BY raised_at, level", rs -> new Alert(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), Sql.instant(rs, "due_at"), AlertLevel.valueOf(rs.getString(6)),
                Sql.instant(rs, "raised_at")), recordType, recordId);
    }
}
