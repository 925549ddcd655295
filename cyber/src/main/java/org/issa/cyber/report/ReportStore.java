package org.issa.cyber.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.cyber.report.CheckedReport.CheckedAttachment;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxMessage;
import org.issa.cyber.report.observable.Observable;
import org.issa.cyber.report.observable.ObservableKind;

/**
 * Reports, their observables, attachments, forwardings and outgoing notifications. Every read on
 * behalf of staff takes the reader and filters by marking in SQL; the two reads on behalf of
 * reporters (by reference and secret, by submitting agency) return only the reporter's view.
 */
public final class ReportStore {

    private static final String COLUMNS = "r.id, r.reference, r.status, r.channel, r.received_at, r.updated_at, r.closed_at, "
            + "r.submitted_by, r.submitter_agency, r.reporter_type, r.anonymous, r.contact_name, r.contact_email, r.contact_phone, "
            + "r.language, r.occurred_on, r.country, r.sector, r.description, r.suggested_class, r.suggested_type, "
            + "r.suggestion_reason, r.rsit_class, r.rsit_type, r.classified_by, r.incident_id, r.status_note, "
            + "r.m_class, r.m_tlp, r.m_rel, r.m_orig, r.m_flags";
    private static final String SUMMARY = "r.id, r.reference, r.status, r.channel, r.received_at, r.reporter_type, r.country, "
            + "r.sector, r.suggested_class, r.suggested_type, r.rsit_class, r.rsit_type, r.m_class, r.m_tlp, r.m_rel, r.m_orig, r.m_flags, "
            + "(SELECT COUNT(*) FROM cyber_report_observable o WHERE o.report_id = r.id) AS n_obs, "
            + "(SELECT COUNT(*) FROM cyber_report_attachment a WHERE a.report_id = r.id) AS n_att";

    private final Sql sql;
    private final Outbox outbox;

    public ReportStore(Sql sql) {
        this.sql = sql;
        this.outbox = new Outbox(sql);
    }

    public void insert(Report r, String secretHash, List<Observable> observables, List<CheckedAttachment> attachments) {
        List<Object> p = new ArrayList<>(List.of(r.id(), r.reference(), secretHash, r.status().name(), r.channel().name(),
                r.receivedAt(), r.updatedAt()));
        p.add(null);
        p.addAll(List.of(r.submittedBy(), r.submitterAgency(), r.reporterType().name(), r.anonymous(), r.contact().name(),
                r.contact().email(), r.contact().phone(), r.language()));
        p.add(r.occurredOn().orElse(null));
        p.addAll(List.of(r.country(), r.sector(), r.description(), r.suggested().rsitClass(), r.suggested().rsitType(),
                r.suggestionReason(), r.confirmed().rsitClass(), r.confirmed().rsitType(), r.classifiedBy()));
        p.add(null);
        p.add(r.statusNote());
        p.addAll(MarkingFilter.bind(r.marking()));
        sql.update("INSERT INTO cyber_report (id, reference, secret_hash, status, channel, received_at, updated_at, closed_at, "
                + "submitted_by, submitter_agency, reporter_type, anonymous, contact_name, contact_email, contact_phone, language, "
                + "occurred_on, country, sector, description, suggested_class, suggested_type, suggestion_reason, rsit_class, rsit_type, "
                + "classified_by, incident_id, status_note, " + MarkingFilter.COLUMNS + ") VALUES ("
                + "?, ".repeat(32) + "?)", p.toArray());
        for (Observable o : observables) {
            sql.update("INSERT INTO cyber_report_observable (report_id, kind, obs_value, origin) VALUES (?, ?, ?, ?)",
                    r.id(), o.kind().name(), o.value(), o.origin().name());
        }
        for (CheckedAttachment a : attachments) {
            sql.update("INSERT INTO cyber_report_attachment (id, report_id, filename, media_type, size_bytes, sha256, content) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), r.id(), a.filename(), a.mediaType(),
                    (long) a.content().length, a.sha256(), a.content());
        }
    }

    public boolean referenceTaken(String reference) {
        return sql.count("SELECT COUNT(*) FROM cyber_report WHERE reference = ?", reference) > 0;
    }

    /** The facts a reporter may check, with the secret's hash to check against; no marking filter: the secret is the key. */
    public record StatusRow(String id, String reference, String secretHash, String submitterAgency, Channel channel, ReportStatus status,
                            Instant receivedAt, Instant updatedAt, Rsit confirmed) {
    }

    public Optional<StatusRow> statusRow(String reference) {
        return sql.queryOne("SELECT id, reference, secret_hash, submitter_agency, channel, status, received_at, updated_at, rsit_class, rsit_type "
                + "FROM cyber_report WHERE reference = ?", ReportStore::statusRow, reference);
    }

    /** A partner's own reports (submitted by its agency through the API), newest first, paged by (received_at, id). */
    public List<StatusRow> statusRowsOfAgency(String agency, Optional<String> after, int limit) {
        SqlFragment where = SqlFragment.of("r.submitter_agency = ? AND r.channel = 'API'", agency);
        if (after.isPresent()) {
            where = where.and(afterKey(after.get()));
        }
        return sql.query("SELECT r.id, r.reference, r.secret_hash, r.submitter_agency, r.channel, r.status, r.received_at, r.updated_at, "
                + "r.rsit_class, r.rsit_type FROM cyber_report r WHERE " + where.sql()
                + " ORDER BY r.received_at DESC, r.id DESC FETCH FIRST " + limit + " ROWS ONLY", ReportStore::statusRow, where.paramArray());
    }

    private static StatusRow statusRow(ResultSet rs) throws SQLException {
        return new StatusRow(rs.getString("id"), rs.getString("reference"), rs.getString("secret_hash"),
                rs.getString("submitter_agency"), Channel.valueOf(rs.getString("channel")), ReportStatus.valueOf(rs.getString("status")), Sql.instant(rs, "received_at"),
                Sql.instant(rs, "updated_at"), new Rsit(rs.getString("rsit_class"), rs.getString("rsit_type")));
    }

    /** The triage queue: reports the reader may see, newest first, optionally of one status. */
    public List<ReportSummary> queue(Principal reader, Optional<ReportStatus> status, Optional<String> after, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r");
        if (status.isPresent()) {
            where = where.and(SqlFragment.of("r.status = ?", status.get().name()));
        }
        if (after.isPresent()) {
            where = where.and(afterKey(after.get()));
        }
        return sql.query("SELECT " + SUMMARY + " FROM cyber_report r WHERE " + where.sql()
                + " ORDER BY r.received_at DESC, r.id DESC FETCH FIRST " + limit + " ROWS ONLY", ReportStore::summary, where.paramArray());
    }

    public List<ReportSummary> ofIncident(Principal reader, String incidentId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r").and(SqlFragment.of("r.incident_id = ?", incidentId));
        return sql.query("SELECT " + SUMMARY + " FROM cyber_report r WHERE " + where.sql() + " ORDER BY r.received_at, r.id",
                ReportStore::summary, where.paramArray());
    }

    public long count(Principal reader, Optional<ReportStatus> status) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r");
        if (status.isPresent()) {
            where = where.and(SqlFragment.of("r.status = ?", status.get().name()));
        }
        return sql.count("SELECT COUNT(*) FROM cyber_report r WHERE " + where.sql(), where.paramArray());
    }

    private static SqlFragment afterKey(String key) {
        String[] parts = key.split("\\|", 2);
        try {
            Instant at = Instant.parse(parts[0]);
            return SqlFragment.of("(r.received_at < ? OR (r.received_at = ? AND r.id < ?))", at, at, parts[1]);
        } catch (RuntimeException e) {
            throw new org.issa.core.error.InvalidInputException("cursor", "cursor is not one this server issued");
        }
    }

    public static String keyOf(Instant receivedAt, String id) {
        return receivedAt + "|" + id;
    }

    public Optional<Report> report(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r").and(SqlFragment.of("r.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + " FROM cyber_report r WHERE " + where.sql(), ReportStore::report, where.paramArray());
    }

    /** A report read by the system (retention, notifications): no reader, no filter. */
    public Optional<Report> reportForSystem(String id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM cyber_report r WHERE r.id = ?", ReportStore::report, id);
    }

    public List<Observable> observables(String reportId) {
        return sql.query("SELECT kind, obs_value, origin FROM cyber_report_observable WHERE report_id = ? ORDER BY kind, obs_value",
                rs -> new Observable(ObservableKind.valueOf(rs.getString(1)), rs.getString(2),
                        Observable.Origin.valueOf(rs.getString(3))), reportId);
    }

    /**
     * Other reports sharing an observable with this one, among those the reader may see, newest
     * first, at most {@code limit} rows.
     */
    public List<Correlation> correlations(Principal reader, String reportId, int limit) {
        SqlFragment where = SqlFragment.of("o1.report_id = ? AND o2.report_id <> o1.report_id", reportId)
                .and(MarkingFilter.readableBy(reader, "r"));
        return sql.query("SELECT o1.kind, o1.obs_value, r.id, r.reference, r.status, r.received_at FROM cyber_report_observable o1 "
                + "JOIN cyber_report_observable o2 ON o2.kind = o1.kind AND o2.obs_value = o1.obs_value "
                + "JOIN cyber_report r ON r.id = o2.report_id WHERE " + where.sql()
                + " ORDER BY o1.kind, o1.obs_value, r.received_at DESC, r.id FETCH FIRST " + limit + " ROWS ONLY",
                rs -> new Correlation(ObservableKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        ReportStatus.valueOf(rs.getString(5)), Sql.instant(rs, "received_at")), where.paramArray());
    }

    public List<Attachment> attachments(String reportId) {
        return sql.query("SELECT id, report_id, filename, media_type, size_bytes, sha256 FROM cyber_report_attachment "
                + "WHERE report_id = ? ORDER BY filename, id", rs -> new Attachment(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getLong(5), rs.getString(6)), reportId);
    }

    public Optional<byte[]> attachmentContent(String reportId, String attachmentId) {
        return sql.queryOne("SELECT content FROM cyber_report_attachment WHERE report_id = ? AND id = ?",
                rs -> rs.getBytes(1), reportId, attachmentId);
    }

    public void updateStatus(String id, ReportStatus status, Instant at, Optional<Instant> closedAt, String note) {
        sql.update("UPDATE cyber_report SET status = ?, updated_at = ?, closed_at = ?, status_note = ? WHERE id = ?",
                status.name(), at, closedAt.orElse(null), note, id);
    }

    public void classify(String id, Rsit rsit, String by, ReportStatus status, Instant at, String note) {
        sql.update("UPDATE cyber_report SET rsit_class = ?, rsit_type = ?, classified_by = ?, status = ?, updated_at = ?, "
                + "status_note = ? WHERE id = ?", rsit.rsitClass(), rsit.rsitType(), by, status.name(), at, note, id);
    }

    public void merge(String id, String incidentId, Instant at, Optional<Instant> closedAt, String note) {
        sql.update("UPDATE cyber_report SET incident_id = ?, status = 'MERGED', updated_at = ?, closed_at = ?, status_note = ? "
                + "WHERE id = ?", incidentId, at, closedAt.orElse(null), note, id);
    }

    /** Reports merged into an incident close (or reopen) with it. */
    public void closeWithIncident(String incidentId, Optional<Instant> closedAt) {
        sql.update("UPDATE cyber_report SET closed_at = ? WHERE incident_id = ?", closedAt.orElse(null), incidentId);
    }

    public void remark(String id, Marking m, Instant at) {
        List<Object> p = new ArrayList<>(MarkingFilter.bind(m));
        p.add(at);
        p.add(id);
        sql.update("UPDATE cyber_report SET m_class = ?, m_tlp = ?, m_rel = ?, m_orig = ?, m_flags = ?, updated_at = ? WHERE id = ?",
                p.toArray());
        outbox.remark(OutboxMessage.Kind.REPORT_FORWARDED, id, m);
    }

    public void insert(Forwarding f) {
        sql.update("INSERT INTO cyber_forwarding (id, report_id, at, actor, authority_code, authority_name, rule_id, rule_text) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", f.id(), f.reportId(), f.at(), f.actor(), f.authorityCode(), f.authorityName(),
                f.ruleId(), f.ruleText());
    }

    public List<Forwarding> forwardings(String reportId) {
        return sql.query("SELECT id, report_id, at, actor, authority_code, authority_name, rule_id, rule_text FROM cyber_forwarding "
                + "WHERE report_id = ? ORDER BY at, id", rs -> new Forwarding(rs.getString(1), rs.getString(2), Sql.instant(rs, "at"),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), reportId);
    }

    /** Queues a notification to the reporter in the module's outbox; its subject is the report's id. */
    public void insert(OutboxMessage m) {
        outbox.add(m);
    }

    /** Notifications about a report that the reader may see, newest first. */
    public List<OutboxMessage> outbox(Principal reader, String reportId, int limit) {
        return outbox.latest(reader, Optional.of(reportId), limit);
    }

    /** Reports closed before {@code cutoff}: what retention erases. */
    public List<String[]> closedBefore(Instant cutoff, int limit) {
        return sql.query("SELECT id, reference FROM cyber_report WHERE closed_at IS NOT NULL AND closed_at < ? ORDER BY closed_at, id "
                + "FETCH FIRST " + limit + " ROWS ONLY", rs -> new String[]{rs.getString(1), rs.getString(2)}, cutoff);
    }

    /** Erases a report with its observables, attachments, forwardings and notifications. */
    public int delete(String id) {
        sql.update("DELETE FROM cyber_report_observable WHERE report_id = ?", id);
        sql.update("DELETE FROM cyber_report_attachment WHERE report_id = ?", id);
        sql.update("DELETE FROM cyber_forwarding WHERE report_id = ?", id);
        outbox.deleteAbout(OutboxMessage.Kind.REPORT_FORWARDED, id);
        return sql.update("DELETE FROM cyber_report WHERE id = ?", id);
    }

    private static ReportSummary summary(ResultSet rs) throws SQLException {
        return new ReportSummary(rs.getString("id"), rs.getString("reference"), ReportStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), Sql.instant(rs, "received_at"), ReporterType.valueOf(rs.getString("reporter_type")),
                rs.getString("country"), rs.getString("sector"), new Rsit(rs.getString("suggested_class"), rs.getString("suggested_type")),
                new Rsit(rs.getString("rsit_class"), rs.getString("rsit_type")), rs.getInt("n_obs"), rs.getInt("n_att"),
                MarkingFilter.read(rs));
    }

    private static Report report(ResultSet rs) throws SQLException {
        Instant closed = Sql.instant(rs, "closed_at");
        LocalDate occurred = rs.getObject("occurred_on", LocalDate.class);
        return new Report(rs.getString("id"), rs.getString("reference"), ReportStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), Sql.instant(rs, "received_at"), Sql.instant(rs, "updated_at"),
                Optional.ofNullable(closed), rs.getString("submitted_by"), rs.getString("submitter_agency"),
                ReporterType.valueOf(rs.getString("reporter_type")), rs.getBoolean("anonymous"),
                new Contact(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
                rs.getString("language"), Optional.ofNullable(occurred), rs.getString("country"), rs.getString("sector"),
                rs.getString("description"), new Rsit(rs.getString("suggested_class"), rs.getString("suggested_type")),
                rs.getString("suggestion_reason"), new Rsit(rs.getString("rsit_class"), rs.getString("rsit_type")),
                rs.getString("classified_by"), Optional.ofNullable(rs.getString("incident_id")), rs.getString("status_note"),
                MarkingFilter.read(rs));
    }
}
