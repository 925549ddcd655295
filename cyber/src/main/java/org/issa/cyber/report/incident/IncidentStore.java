package org.issa.cyber.report.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.cyber.report.Rsit;

/** Incidents, their timelines and investigations; reads filter by marking in SQL. */
public final class IncidentStore {

    private static final String INCIDENT = "i.id, i.title, i.status, i.owner, i.rsit_class, i.rsit_type, i.opened_at, i.updated_at, "
            + "i.closed_at, i.m_class, i.m_tlp, i.m_rel, i.m_orig, i.m_flags";
    private static final String INVESTIGATION = "v.id, v.title, v.status, v.owner, v.opened_at, v.closed_at, "
            + "v.m_class, v.m_tlp, v.m_rel, v.m_orig, v.m_flags";

    private final Sql sql;

    public IncidentStore(Sql sql) {
        this.sql = sql;
    }

    public void insert(Incident i) {
        List<Object> p = new ArrayList<>(List.of(i.id(), i.title(), i.status().name(), i.owner(), i.rsit().rsitClass(),
                i.rsit().rsitType(), i.openedAt(), i.updatedAt()));
        p.add(null);
        p.addAll(MarkingFilter.bind(i.marking()));
        sql.update("INSERT INTO cyber_incident (id, title, status, owner, rsit_class, rsit_type, opened_at, updated_at, closed_at, "
                + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    public Optional<Incident> incident(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "i").and(SqlFragment.of("i.id = ?", id));
        return sql.queryOne("SELECT " + INCIDENT + " FROM cyber_incident i WHERE " + where.sql(), IncidentStore::incident,
                where.paramArray());
    }

    public List<Incident> incidents(Principal reader, Optional<IncidentStatus> status, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "i");
        if (status.isPresent()) {
            where = where.and(SqlFragment.of("i.status = ?", status.get().name()));
        }
        return sql.query("SELECT " + INCIDENT + " FROM cyber_incident i WHERE " + where.sql()
                + " ORDER BY i.updated_at DESC, i.id FETCH FIRST " + limit + " ROWS ONLY", IncidentStore::incident, where.paramArray());
    }

    public void update(String id, IncidentStatus status, String owner, Instant at, Optional<Instant> closedAt) {
        sql.update("UPDATE cyber_incident SET status = ?, owner = ?, updated_at = ?, closed_at = ? WHERE id = ?", status.name(), owner,
                at, closedAt.orElse(null), id);
    }

    public void touch(String id, Instant at) {
        sql.update("UPDATE cyber_incident SET updated_at = ? WHERE id = ?", at, id);
    }

    public void insert(IncidentEvent e) {
        // events in one transaction share their time; the sequence keeps their order
        sql.update("INSERT INTO cyber_incident_event (id, incident_id, seq, at, actor, kind, detail) VALUES (?, ?, "
                + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM cyber_incident_event WHERE incident_id = ?), ?, ?, ?, ?)",
                e.id(), e.incidentId(), e.incidentId(), e.at(), e.actor(), e.kind(), e.detail());
    }

    public List<IncidentEvent> timeline(String incidentId) {
        return sql.query("SELECT id, incident_id, at, actor, kind, detail FROM cyber_incident_event WHERE incident_id = ? "
                + "ORDER BY seq", rs -> new IncidentEvent(rs.getString(1), rs.getString(2), Sql.instant(rs, "at"), rs.getString(4),
                rs.getString(5), rs.getString(6)), incidentId);
    }

    public void insert(Investigation v) {
        List<Object> p = new ArrayList<>(List.of(v.id(), v.title(), v.status().name(), v.owner(), v.openedAt()));
        p.add(null);
        p.addAll(MarkingFilter.bind(v.marking()));
        sql.update("INSERT INTO cyber_investigation (id, title, status, owner, opened_at, closed_at, " + MarkingFilter.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    public Optional<Investigation> investigation(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "v").and(SqlFragment.of("v.id = ?", id));
        return sql.queryOne("SELECT " + INVESTIGATION + " FROM cyber_investigation v WHERE " + where.sql(), IncidentStore::investigation,
                where.paramArray());
    }

    public List<Investigation> investigationsOf(Principal reader, String incidentId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "v").and(SqlFragment.of("l.incident_id = ?", incidentId));
        return sql.query("SELECT " + INVESTIGATION + " FROM cyber_investigation v JOIN cyber_investigation_incident l "
                + "ON l.investigation_id = v.id WHERE " + where.sql() + " ORDER BY v.opened_at, v.id", IncidentStore::investigation,
                where.paramArray());
    }

    public List<Incident> incidentsOf(Principal reader, String investigationId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "i").and(SqlFragment.of("l.investigation_id = ?", investigationId));
        return sql.query("SELECT " + INCIDENT + " FROM cyber_incident i JOIN cyber_investigation_incident l ON l.incident_id = i.id "
                + "WHERE " + where.sql() + " ORDER BY i.opened_at, i.id", IncidentStore::incident, where.paramArray());
    }

    public boolean linked(String investigationId, String incidentId) {
        return sql.count("SELECT COUNT(*) FROM cyber_investigation_incident WHERE investigation_id = ? AND incident_id = ?",
                investigationId, incidentId) > 0;
    }

    public void link(String investigationId, String incidentId) {
        sql.update("INSERT INTO cyber_investigation_incident (investigation_id, incident_id) VALUES (?, ?)", investigationId, incidentId);
    }

    public void close(String investigationId, Instant at) {
        sql.update("UPDATE cyber_investigation SET status = 'CLOSED', closed_at = ? WHERE id = ?", at, investigationId);
    }

    private static Incident incident(ResultSet rs) throws SQLException {
        return new Incident(rs.getString("id"), rs.getString("title"), IncidentStatus.valueOf(rs.getString("status")),
                rs.getString("owner"), new Rsit(rs.getString("rsit_class"), rs.getString("rsit_type")), Sql.instant(rs, "opened_at"),
                Sql.instant(rs, "updated_at"), Optional.ofNullable(Sql.instant(rs, "closed_at")), MarkingFilter.read(rs));
    }

    private static Investigation investigation(ResultSet rs) throws SQLException {
        return new Investigation(rs.getString("id"), rs.getString("title"), InvestigationStatus.valueOf(rs.getString("status")),
                rs.getString("owner"), Sql.instant(rs, "opened_at"), Optional.ofNullable(Sql.instant(rs, "closed_at")),
                MarkingFilter.read(rs));
    }
}
