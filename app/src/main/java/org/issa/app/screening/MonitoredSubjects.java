package org.issa.app.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.issa.app.watchlist.SubjectJson;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.ScreenedRecords;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;
import org.issa.matching.model.Subject;

/**
 * Subjects analysts keep screening ("keep as monitored record"): screened against every list when
 * registered, and offered through {@link ScreenedRecords} so that every later list change screens
 * them again without anyone asking. They are personal data: marked so, whatever else the analyst chose.
 */
public final class MonitoredSubjects implements ScreenedRecords {

    public static final String RECORD_TYPE = "monitored_subject";
    private static final String COLUMNS = "s.id, s.content, s.content_hash, s.purpose, s.owner, s.created_at, "
            + "s.m_class, s.m_tlp, s.m_rel, s.m_orig, s.m_flags";

    private final Sql sql;
    private final WatchlistStore lists;
    private final RecordScreener screener;
    private final HitStore hits;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public MonitoredSubjects(Sql sql, WatchlistStore lists, RecordScreener screener, HitStore hits, AuditLog audit,
                             Transactions tx, Clock clock) {
        this.sql = sql;
        this.lists = lists;
        this.screener = screener;
        this.hits = hits;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * A registration: the subject kept, and how many open hits on it the registering user may see
     * (hits on lists they may not see are raised too, for those who may, but not counted here).
     */
    public record Registered(MonitoredSubject subject, int hits) {
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Stream<ScreenableRecord> records() {
        return sql.query("SELECT " + COLUMNS + " FROM monitored_subjects s WHERE s.removed_at IS NULL ORDER BY s.created_at, s.id",
                MonitoredSubjects::subject).stream().map(MonitoredSubjects::record);
    }

    private static ScreenableRecord record(MonitoredSubject m) {
        return RecordScreener.recordOf(RECORD_TYPE, m.subject(), m.marking(), m.owner());
    }

    public Registered register(Principal who, ScreeningQuery query, String purpose, Marking requested) {
        Screening.requireScreener(who);
        String why = Require.text("purpose", purpose, 1000);
        String id = UUID.randomUUID().toString();
        Subject subject = query.toSubject(id);
        Marking own = who.markingOfOwnRecord(requested);
        Set<Handling> flags = new java.util.HashSet<>(own.handling());
        flags.add(Handling.PERSONAL_DATA);
        Marking marking = own.withHandling(flags);
        MonitoredSubject m = new MonitoredSubject(id, subject, SubjectJson.contentHash(subject), why, who.username(),
                clock.instant(), marking);
        tx.run(() -> {
            List<Object> p = new ArrayList<>(List.of(m.id(), truncate(m.name()), SubjectJson.write(subject), m.contentHash(),
                    why, m.owner(), m.createdAt()));
            p.addAll(MarkingFilter.bind(marking));
            sql.update("INSERT INTO monitored_subjects (id, primary_name, content, content_hash, purpose, owner, created_at, "
                    + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
            audit.record(new AuditEvent(who.username(), "screening.monitored.register", RECORD_TYPE, m.id(), why,
                    "kept for re-screening, " + marking.banner()));
        });
        screener.screen(record(m), lists.systemLists(), who.username());
        return new Registered(m, hits.hits(who, Optional.of(HitStatus.OPEN), Optional.empty(), Optional.of(id), Optional.empty(),
                500).size());
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }

    public Page<MonitoredSubject> subjects(Principal reader, String cursor, int limit) {
        Screening.requireScreener(reader);
        SqlFragment where = MarkingFilter.readableBy(reader, "s").and(SqlFragment.of("s.removed_at IS NULL"));
        String after = Cursor.decode(cursor);
        if (!after.isEmpty()) {
            String[] k = after.split("\\|", 2);
            try {
                var at = java.time.Instant.parse(k[0]);
                where = where.and(SqlFragment.of("(s.created_at < ? OR (s.created_at = ? AND s.id < ?))", at, at, k[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "cursor is not one this server issued");
            }
        }
        List<MonitoredSubject> rows = sql.query("SELECT " + COLUMNS + " FROM monitored_subjects s WHERE " + where.sql()
                + " ORDER BY s.created_at DESC, s.id DESC FETCH FIRST " + (limit + 1) + " ROWS ONLY", MonitoredSubjects::subject,
                where.paramArray());
        return Page.of(rows, limit, m -> m.createdAt() + "|" + m.id());
    }

    public Optional<MonitoredSubject> subject(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "s").and(SqlFragment.of("s.id = ? AND s.removed_at IS NULL", id));
        return sql.queryOne("SELECT " + COLUMNS + " FROM monitored_subjects s WHERE " + where.sql(), MonitoredSubjects::subject,
                where.paramArray());
    }

    /** Stops screening a subject, with a reason; its hits stay for the record. */
    public void remove(Principal who, String id, String reason) {
        Screening.requireScreener(who);
        MonitoredSubject m = subject(who, id).orElseThrow(() -> new NotFoundException("monitored subject", id));
        String why = Require.text("reason", reason, 2000);
        tx.run(() -> {
            sql.update("UPDATE monitored_subjects SET removed_at = ?, removed_by = ?, removal_reason = ? WHERE id = ?",
                    clock.instant(), who.username(), why, m.id());
            audit.record(AuditEvent.write(who.username(), "screening.monitored.remove", RECORD_TYPE, m.id(), why));
        });
    }

    private static MonitoredSubject subject(ResultSet rs) throws SQLException {
        return new MonitoredSubject(rs.getString("id"), SubjectJson.read(rs.getString("content")), rs.getString("content_hash"),
                rs.getString("purpose"), rs.getString("owner"), Sql.instant(rs, "created_at"), MarkingFilter.read(rs));
    }
}
