package org.issa.investigation.cases;

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
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/**
 * Cases and their parts over JDBC. Every query that fetches cases carries {@link #visibleTo}: the
 * marking predicate and the membership rule, so a reader who may not see a case gets no row — the
 * same answer as for a case that does not exist. Parts (members, notes, tasks…) are read by case id
 * only after the case itself was fetched through that predicate.
 */
public final class CaseStore {

    private static final String COLUMNS = "c.id, c.reference, c.title, c.summary, c.lead_agency, c.lead_state, c.status, c.created_at,"
            + " c.created_by, c.updated_at, c.m_class, c.m_tlp, c.m_rel, c.m_orig, c.m_flags";

    private final Sql sql;

    public CaseStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Who may see a case (table alias {@code a}): the marking must allow it, and the reader must be a
     * member of the case, or a supervisor of the case's lead agency (oversight of their own agency's work).
     */
    public static SqlFragment visibleTo(Principal reader, String a) {
        SqlFragment member = reader.has(Role.SUPERVISOR)
                ? SqlFragment.of("(EXISTS (SELECT 1 FROM inv_case_member cm WHERE cm.case_id = " + a + ".id AND cm.username = ?) OR "
                        + a + ".lead_agency = ?)", reader.username(), reader.agency())
                : SqlFragment.of("EXISTS (SELECT 1 FROM inv_case_member cm WHERE cm.case_id = " + a + ".id AND cm.username = ?)",
                        reader.username());
        return MarkingFilter.readableBy(reader, a).and(member);
    }

    public long countReferences(String prefix) {
        return sql.count("SELECT COUNT(*) FROM inv_case WHERE reference LIKE ?", prefix + "%");
    }

    public void insert(InvestigationCase c) {
        List<Object> p = new ArrayList<>(Arrays.asList(c.id(), c.reference(), c.title(), c.summary(), c.leadAgency(), c.leadState(),
                c.status().name(), c.createdAt(), c.createdBy(), c.updatedAt()));
        p.addAll(MarkingFilter.bind(c.marking()));
        sql.update("INSERT INTO inv_case (id, reference, title, summary, lead_agency, lead_state, status, created_at, created_by,"
                + " updated_at, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    public void touch(String caseId, Instant at) {
        sql.update("UPDATE inv_case SET updated_at = ? WHERE id = ?", at, caseId);
    }

    public void setStatus(String caseId, CaseStatus status, Instant at) {
        sql.update("UPDATE inv_case SET status = ?, updated_at = ? WHERE id = ?", status.name(), at, caseId);
    }

    public Optional<InvestigationCase> find(Principal reader, String id) {
        SqlFragment where = visibleTo(reader, "c").and(SqlFragment.of("c.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + " FROM inv_case c WHERE " + where.sql(), CaseStore::investigationCase,
                where.paramArray());
    }

    /** Cases the reader may see, newest reference first, after {@code afterReference} when given. */
    public List<InvestigationCase> list(Principal reader, Optional<CaseStatus> status, Optional<String> afterReference, int limit) {
        SqlFragment where = visibleTo(reader, "c");
        if (status.isPresent()) {
            where = where.and(SqlFragment.of("c.status = ?", status.get().name()));
        }
        if (afterReference.isPresent()) {
            where = where.and(SqlFragment.of("c.reference < ?", afterReference.get()));
        }
        return sql.query("SELECT " + COLUMNS + " FROM inv_case c WHERE " + where.sql() + " ORDER BY c.reference DESC FETCH FIRST "
                + limit + " ROWS ONLY", CaseStore::investigationCase, where.paramArray());
    }

    /** Cases the reader may see that have this entity attached. */
    public List<InvestigationCase> withEntity(Principal reader, String entityId) {
        SqlFragment where = visibleTo(reader, "c").and(SqlFragment.of(
                "EXISTS (SELECT 1 FROM inv_case_entity e WHERE e.case_id = c.id AND e.entity_id = ?)", entityId));
        return sql.query("SELECT " + COLUMNS + " FROM inv_case c WHERE " + where.sql() + " ORDER BY c.reference DESC FETCH FIRST 200 ROWS ONLY",
                CaseStore::investigationCase, where.paramArray());
    }

    public void insert(CaseMember m) {
        sql.update("INSERT INTO inv_case_member (case_id, username, agency, member_state, case_role, added_at, added_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", m.caseId(), m.username(), m.agency(), m.memberState(), m.role().name(), m.addedAt(),
                m.addedBy());
    }

    public boolean removeMember(String caseId, String username) {
        return sql.update("DELETE FROM inv_case_member WHERE case_id = ? AND username = ?", caseId, username) == 1;
    }

    public List<CaseMember> members(String caseId) {
        return sql.query("SELECT case_id, username, agency, member_state, case_role, added_at, added_by FROM inv_case_member"
                + " WHERE case_id = ? ORDER BY added_at, username", CaseStore::member, caseId);
    }

    public Optional<CaseMember> member(String caseId, String username) {
        return sql.queryOne("SELECT case_id, username, agency, member_state, case_role, added_at, added_by FROM inv_case_member"
                + " WHERE case_id = ? AND username = ?", CaseStore::member, caseId, username);
    }

    public void insert(CaseNote n) {
        sql.update("INSERT INTO inv_case_note (id, case_id, at, author, body, personal) VALUES (?, ?, ?, ?, ?, ?)", n.id(), n.caseId(),
                n.at(), n.author(), n.body(), n.personal());
    }

    public List<CaseNote> notes(String caseId) {
        return sql.query("SELECT id, case_id, at, author, body, personal FROM inv_case_note WHERE case_id = ? ORDER BY at DESC, id",
                rs -> new CaseNote(rs.getString("id"), rs.getString("case_id"), Sql.instant(rs, "at"), rs.getString("author"),
                        rs.getString("body"), rs.getBoolean("personal"), false), caseId);
    }

    public void insert(AttachedEntity e) {
        sql.update("INSERT INTO inv_case_entity (case_id, entity_id, label, added_at, added_by) VALUES (?, ?, ?, ?, ?)", e.caseId(),
                e.entityId(), e.label(), e.addedAt(), e.addedBy());
    }

    public boolean detach(String caseId, String entityId) {
        return sql.update("DELETE FROM inv_case_entity WHERE case_id = ? AND entity_id = ?", caseId, entityId) == 1;
    }

    public List<AttachedEntity> entities(String caseId) {
        return sql.query("SELECT case_id, entity_id, label, added_at, added_by FROM inv_case_entity WHERE case_id = ? ORDER BY added_at,"
                + " entity_id", rs -> new AttachedEntity(rs.getString(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "added_at"),
                rs.getString(5)), caseId);
    }

    public void insert(CaseTask t) {
        sql.update("INSERT INTO inv_case_task (id, case_id, title, assignee, due_date, status, created_at, created_by, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.caseId(), t.title(), t.assignee(),
                t.dueDate().map(Date::valueOf).orElse(null), t.status().name(), t.createdAt(), t.createdBy(), t.updatedAt());
    }

    public void update(CaseTask t) {
        sql.update("UPDATE inv_case_task SET title = ?, assignee = ?, due_date = ?, status = ?, updated_at = ? WHERE id = ? AND case_id = ?",
                t.title(), t.assignee(), t.dueDate().map(Date::valueOf).orElse(null), t.status().name(), t.updatedAt(), t.id(), t.caseId());
    }

    public List<CaseTask> tasks(String caseId) {
        return sql.query("SELECT id, case_id, title, assignee, due_date, status, created_at, created_by, updated_at FROM inv_case_task"
                + " WHERE case_id = ? ORDER BY CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, created_at", CaseStore::task, caseId);
    }

    public Optional<CaseTask> task(String caseId, String taskId) {
        return sql.queryOne("SELECT id, case_id, title, assignee, due_date, status, created_at, created_by, updated_at FROM inv_case_task"
                + " WHERE case_id = ? AND id = ?", CaseStore::task, caseId, taskId);
    }

    public void insert(CaseEvent e) {
        sql.update("INSERT INTO inv_case_event (id, case_id, seq, at, actor, kind, summary) VALUES (?, ?, ?, ?, ?, ?, ?)", e.id(),
                e.caseId(), e.seq(), e.at(), e.actor(), e.kind(), e.summary());
    }

    public int nextSeq(String caseId) {
        return (int) sql.count("SELECT COALESCE(MAX(seq), 0) FROM inv_case_event WHERE case_id = ?", caseId) + 1;
    }

    /** The timeline, newest first, before sequence number {@code beforeSeq} when given. */
    public List<CaseEvent> events(String caseId, Optional<Integer> beforeSeq, int limit) {
        SqlFragment where = SqlFragment.of("case_id = ?", caseId);
        if (beforeSeq.isPresent()) {
            where = where.and(SqlFragment.of("seq < ?", beforeSeq.get()));
        }
        return sql.query("SELECT id, case_id, seq, at, actor, kind, summary FROM inv_case_event WHERE " + where.sql()
                + " ORDER BY seq DESC FETCH FIRST " + limit + " ROWS ONLY", rs -> new CaseEvent(rs.getString("id"), rs.getString("case_id"),
                rs.getInt("seq"), Sql.instant(rs, "at"), rs.getString("actor"), rs.getString("kind"), rs.getString("summary")),
                where.paramArray());
    }

    private static InvestigationCase investigationCase(ResultSet rs) throws SQLException {
        return new InvestigationCase(rs.getString("id"), rs.getString("reference"), rs.getString("title"), rs.getString("summary"),
                rs.getString("lead_agency"), rs.getString("lead_state"), CaseStatus.valueOf(rs.getString("status")),
                Sql.instant(rs, "created_at"), rs.getString("created_by"), Sql.instant(rs, "updated_at"), MarkingFilter.read(rs));
    }

    private static CaseMember member(ResultSet rs) throws SQLException {
        return new CaseMember(rs.getString("case_id"), rs.getString("username"), rs.getString("agency"), rs.getString("member_state"),
                CaseRole.valueOf(rs.getString("case_role")), Sql.instant(rs, "added_at"), rs.getString("added_by"));
    }

    private static CaseTask task(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        return new CaseTask(rs.getString("id"), rs.getString("case_id"), rs.getString("title"), rs.getString("assignee"),
                Optional.ofNullable(due).map(Date::toLocalDate), TaskStatus.valueOf(rs.getString("status")), Sql.instant(rs, "created_at"),
                rs.getString("created_by"), Sql.instant(rs, "updated_at"));
    }
}
