package org.issa.investigation.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.investigation.warrant.ListOffence;

/** Exchange requests and their history over JDBC; every read for a user filters by marking in SQL. */
public final class ExchangeStore {

    private static final String COLUMNS = "r.id, r.reference, r.direction, r.requesting_authority, r.requesting_state,"
            + " r.requested_authority, r.requested_state, r.their_reference, r.subject, r.offence, r.urgent, r.directly_accessible,"
            + " r.case_id, r.received_at, r.rule_code, r.due_at, r.status, r.status_reason, r.closed_at, r.created_at, r.created_by,"
            + " r.m_class, r.m_tlp, r.m_rel, r.m_orig, r.m_flags";
    private static final String OPEN = "r.status IN ('RECEIVED', 'IN_PROGRESS', 'DELAYED')";

    private final Sql sql;

    public ExchangeStore(Sql sql) {
        this.sql = sql;
    }

    public long countReferences(String prefix) {
        return sql.count("SELECT COUNT(*) FROM inv_exchange_request WHERE reference LIKE ?", prefix + "%");
    }

    public void insert(ExchangeRequest r) {
        List<Object> p = new ArrayList<>(Arrays.asList(r.id(), r.reference(), r.direction().name(), r.requestingAuthority(),
                r.requestingState(), r.requestedAuthority(), r.requestedState(), r.theirReference(), r.subject(),
                ListOffence.code(r.offence()), r.urgent(), r.directlyAccessible(), r.caseId().orElse(null), r.receivedAt(), r.ruleCode(),
                r.dueAt(), r.status().name(), r.statusReason(), r.closedAt().orElse(null), r.createdAt(), r.createdBy()));
        p.addAll(MarkingFilter.bind(r.marking()));
        sql.update("INSERT INTO inv_exchange_request (id, reference, direction, requesting_authority, requesting_state,"
                + " requested_authority, requested_state, their_reference, subject, offence, urgent, directly_accessible, case_id,"
                + " received_at, rule_code, due_at, status, status_reason, closed_at, created_at, created_by, " + MarkingFilter.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    /** Saves status, reason, rule and due time; false when the status changed since {@code expected} was read. */
    public boolean updateWorkflow(ExchangeRequest r, ExchangeStatus expected) {
        return sql.update("UPDATE inv_exchange_request SET status = ?, status_reason = ?, rule_code = ?, due_at = ?, closed_at = ?"
                        + " WHERE id = ? AND status = ?", r.status().name(), r.statusReason(), r.ruleCode(), r.dueAt(),
                r.closedAt().orElse(null), r.id(), expected.name()) == 1;
    }

    public void insert(ExchangeEvent e) {
        sql.update("INSERT INTO inv_exchange_event (id, request_id, seq, at, actor, from_status, to_status, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.id(), e.requestId(), e.seq(), e.at(), e.actor(), e.from().name(),
                e.to().name(), e.note());
    }

    public int nextSeq(String requestId) {
        return (int) sql.count("SELECT COALESCE(MAX(seq), 0) FROM inv_exchange_event WHERE request_id = ?", requestId) + 1;
    }

    public List<ExchangeEvent> events(String requestId) {
        return sql.query("SELECT id, request_id, seq, at, actor, from_status, to_status, note FROM inv_exchange_event"
                        + " WHERE request_id = ? ORDER BY seq", rs -> new ExchangeEvent(rs.getString(1), rs.getString(2), rs.getInt(3),
                        Sql.instant(rs, "at"), rs.getString(5), ExchangeStatus.valueOf(rs.getString(6)),
                        ExchangeStatus.valueOf(rs.getString(7)), rs.getString(8)), requestId);
    }

    public Optional<ExchangeRequest> find(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r").and(SqlFragment.of("r.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + " FROM inv_exchange_request r WHERE " + where.sql(), ExchangeStore::request,
                where.paramArray());
    }

    /** Requests the reader may see, newest reference first, optionally of one status or one case. */
    public List<ExchangeRequest> list(Principal reader, Optional<ExchangeStatus> status, Optional<String> caseId,
                                      Optional<String> afterReference, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r");
        if (status.isPresent()) {
            where = where.and(SqlFragment.of("r.status = ?", status.get().name()));
        }
        if (caseId.isPresent()) {
            where = where.and(SqlFragment.of("r.case_id = ?", caseId.get()));
        }
        if (afterReference.isPresent()) {
            where = where.and(SqlFragment.of("r.reference < ?", afterReference.get()));
        }
        return sql.query("SELECT " + COLUMNS + " FROM inv_exchange_request r WHERE " + where.sql() + " ORDER BY r.reference DESC"
                + " FETCH FIRST " + limit + " ROWS ONLY", ExchangeStore::request, where.paramArray());
    }

    /** Open requests the reader may see, soonest limit first. */
    public List<ExchangeRequest> open(Principal reader, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r");
        return sql.query("SELECT " + COLUMNS + " FROM inv_exchange_request r WHERE " + where.sql() + " AND " + OPEN
                + " ORDER BY r.due_at, r.reference FETCH FIRST " + limit + " ROWS ONLY", ExchangeStore::request, where.paramArray());
    }

    /** Every open request, whatever its marking: for the deadline watch only. */
    public List<ExchangeRequest> openForWatch() {
        return sql.query("SELECT " + COLUMNS + " FROM inv_exchange_request r WHERE " + OPEN + " ORDER BY r.due_at",
                ExchangeStore::request);
    }

    /** One request, whatever its marking: for the deadline watch only. */
    public Optional<ExchangeRequest> findForWatch(String id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM inv_exchange_request r WHERE r.id = ?", ExchangeStore::request, id);
    }

    private static ExchangeRequest request(ResultSet rs) throws SQLException {
        return new ExchangeRequest(rs.getString("id"), rs.getString("reference"), Direction.valueOf(rs.getString("direction")),
                rs.getString("requesting_authority"), rs.getString("requesting_state"), rs.getString("requested_authority"),
                rs.getString("requested_state"), rs.getString("their_reference"), rs.getString("subject"),
                ListOffence.parse("offence", rs.getString("offence")), rs.getBoolean("urgent"), rs.getBoolean("directly_accessible"),
                Optional.ofNullable(rs.getString("case_id")), Sql.instant(rs, "received_at"), rs.getString("rule_code"),
                Sql.instant(rs, "due_at"), ExchangeStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                Optional.ofNullable(Sql.instant(rs, "closed_at")), Sql.instant(rs, "created_at"), rs.getString("created_by"),
                MarkingFilter.read(rs), false);
    }
}
