package org.issa.investigation.warrant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/** Warrants, their offences and events over JDBC; every read for a user filters by marking in SQL. */
public final class WarrantStore {

    private static final String COLUMNS = "w.id, w.reference, w.issuing_reference, w.role, w.issuing_state, w.issuing_authority,"
            + " w.executing_state, w.executing_authority, w.purpose, w.person_name, w.person_birth_date, w.person_nationality,"
            + " w.person_entity_id, w.issued_on, w.case_id, w.stage, w.created_at, w.created_by, w.m_class, w.m_tlp, w.m_rel, w.m_orig,"
            + " w.m_flags";
    private static final String RUNNING = "w.stage IN ('ARRESTED', 'CONSENTED', 'DECIDED')";

    private final Sql sql;

    public WarrantStore(Sql sql) {
        this.sql = sql;
    }

    public long countReferences(String prefix) {
        return sql.count("SELECT COUNT(*) FROM inv_warrant WHERE reference LIKE ?", prefix + "%");
    }

    public void insert(Warrant w) {
        List<Object> p = new ArrayList<>(Arrays.asList(w.id(), w.reference(), w.issuingReference(), w.role().name(), w.issuingState(),
                w.issuingAuthority(), w.executingState(), w.executingAuthority(), w.purpose().name(), w.person().name(),
                w.person().birthDate().map(Date::valueOf).orElse(null), w.person().nationality(), w.person().entityId().orElse(""),
                Date.valueOf(w.issuedOn()), w.caseId().orElse(null), w.stage().name(), w.createdAt(), w.createdBy()));
        p.addAll(MarkingFilter.bind(w.marking()));
        sql.update("INSERT INTO inv_warrant (id, reference, issuing_reference, role, issuing_state, issuing_authority, executing_state,"
                + " executing_authority, purpose, person_name, person_birth_date, person_nationality, person_entity_id, issued_on, case_id,"
                + " stage, created_at, created_by, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)", p.toArray());
        for (int i = 0; i < w.offences().size(); i++) {
            WarrantOffence o = w.offences().get(i);
            sql.update("INSERT INTO inv_warrant_offence (warrant_id, seq, category, description, max_penalty_months) VALUES (?, ?, ?, ?, ?)",
                    w.id(), i + 1, ListOffence.code(o.category()), o.description(), o.maxPenaltyMonths().orElse(null));
        }
    }

    /** Saves the stage and the due times; false when the stage changed since {@code expected} was read. */
    public boolean updateStage(String id, WarrantStage expected, WarrantStage stage, Optional<Instant> decisionDue,
                               Optional<Instant> surrenderDue) {
        return sql.update("UPDATE inv_warrant SET stage = ?, decision_due_at = ?, surrender_due_at = ? WHERE id = ? AND stage = ?",
                stage.name(), decisionDue.orElse(null), surrenderDue.orElse(null), id, expected.name()) == 1;
    }

    public void insert(WarrantEvent e) {
        sql.update("INSERT INTO inv_warrant_event (id, warrant_id, seq, kind, occurred_at, recorded_at, actor, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.id(), e.warrantId(), e.seq(), e.kind().name(), e.occurredAt(), e.recordedAt(),
                e.actor(), e.note());
    }

    public List<WarrantEvent> events(String warrantId) {
        return sql.query("SELECT id, warrant_id, seq, kind, occurred_at, recorded_at, actor, note FROM inv_warrant_event"
                + " WHERE warrant_id = ? ORDER BY seq", rs -> new WarrantEvent(rs.getString(1), rs.getString(2), rs.getInt(3),
                WarrantEventKind.valueOf(rs.getString(4)), Sql.instant(rs, "occurred_at"), Sql.instant(rs, "recorded_at"), rs.getString(7),
                rs.getString(8)), warrantId);
    }

    public Optional<Warrant> find(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "w").and(SqlFragment.of("w.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + " FROM inv_warrant w WHERE " + where.sql(), this::warrant, where.paramArray());
    }

    public List<Warrant> list(Principal reader, Optional<WarrantStage> stage, Optional<String> caseId, Optional<String> afterReference,
                              int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "w");
        if (stage.isPresent()) {
            where = where.and(SqlFragment.of("w.stage = ?", stage.get().name()));
        }
        if (caseId.isPresent()) {
            where = where.and(SqlFragment.of("w.case_id = ?", caseId.get()));
        }
        if (afterReference.isPresent()) {
            where = where.and(SqlFragment.of("w.reference < ?", afterReference.get()));
        }
        return sql.query("SELECT " + COLUMNS + " FROM inv_warrant w WHERE " + where.sql() + " ORDER BY w.reference DESC FETCH FIRST "
                + limit + " ROWS ONLY", this::warrant, where.paramArray());
    }

    /** Warrants with a running limit that the reader may see. */
    public List<Warrant> running(Principal reader, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "w");
        return sql.query("SELECT " + COLUMNS + " FROM inv_warrant w WHERE " + where.sql() + " AND " + RUNNING
                + " ORDER BY w.reference FETCH FIRST " + limit + " ROWS ONLY", this::warrant, where.paramArray());
    }

    /** Every warrant with a running limit, whatever its marking: for the deadline watch only. */
    public List<Warrant> runningForWatch() {
        return sql.query("SELECT " + COLUMNS + " FROM inv_warrant w WHERE " + RUNNING + " ORDER BY w.reference", this::warrant);
    }

    private List<WarrantOffence> offences(String warrantId) {
        return sql.query("SELECT category, description, max_penalty_months FROM inv_warrant_offence WHERE warrant_id = ? ORDER BY seq",
                rs -> {
                    int months = rs.getInt(3);
                    boolean none = rs.wasNull();
                    return new WarrantOffence(ListOffence.parse("category", rs.getString(1)), rs.getString(2),
                            none ? Optional.empty() : Optional.of(months));
                }, warrantId);
    }

    private Warrant warrant(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("person_birth_date");
        String entity = rs.getString("person_entity_id");
        String id = rs.getString("id");
        return new Warrant(id, rs.getString("reference"), rs.getString("issuing_reference"), Warrant.Role.valueOf(rs.getString("role")),
                rs.getString("issuing_state"), rs.getString("issuing_authority"), rs.getString("executing_state"),
                rs.getString("executing_authority"), Warrant.Purpose.valueOf(rs.getString("purpose")),
                new RequestedPerson(rs.getString("person_name"), Optional.ofNullable(birth).map(Date::toLocalDate),
                        rs.getString("person_nationality"), entity == null || entity.isEmpty() ? Optional.empty() : Optional.of(entity)),
                rs.getDate("issued_on").toLocalDate(), Optional.ofNullable(rs.getString("case_id")), offences(id),
                WarrantStage.valueOf(rs.getString("stage")), Sql.instant(rs, "created_at"), rs.getString("created_by"),
                MarkingFilter.read(rs), false);
    }
}
