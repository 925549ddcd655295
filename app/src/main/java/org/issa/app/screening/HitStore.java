package org.issa.app.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.app.watchlist.SubjectJson;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.matching.model.Subject;

/** Hits in SQL. Every read joins the list and the entry and filters all three markings in the query. */
public final class HitStore {

    private static final String COLUMNS = "h.id, h.record_type, h.record_id, h.record_name, h.query_snapshot, h.query_hash, "
            + "h.list_id, w.name AS list_name, h.list_version, h.entry_id, h.entry_row, h.entry_hash, e.content AS entry_content, "
            + "h.score, h.explanation, h.status, h.raised_at, h.raised_for, h.decided_by, h.decided_at, h.reason, "
            + "h.m_class, h.m_tlp, h.m_rel, h.m_orig, h.m_flags";
    private static final String FROM = " FROM screening_hits h JOIN watchlists w ON w.id = h.list_id"
            + " JOIN watchlist_entries e ON e.id = h.entry_row";

    private final Sql sql;

    public HitStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Whether a hit for this record and entry was already raised with the same record content and
     * the same entry content, whatever became of it: a false positive is not raised again until
     * one of the two changes, an open or confirmed hit not twice.
     */
    public boolean known(String recordType, String recordId, String listId, String entryId, String queryHash, String entryHash) {
        return sql.count("SELECT COUNT(*) FROM screening_hits WHERE record_type = ? AND record_id = ? AND list_id = ?"
                + " AND entry_id = ? AND query_hash = ? AND entry_hash = ?", recordType, recordId, listId, entryId, queryHash,
                entryHash) > 0;
    }

    public void insert(String id, String recordType, String recordId, String recordName, Subject query, String queryHash,
                       Candidate c, Instant at, String raisedFor, Marking marking) {
        List<Object> p = new ArrayList<>(List.of(id, recordType, recordId, truncate(recordName, 500), SubjectJson.write(query),
                queryHash, c.listId(), c.listVersion(), c.entryId(), c.entryRow(), c.entryHash(), truncate(c.entryName(), 500),
                c.score(), SubjectJson.write(c.explanation()), HitStatus.OPEN.name(), at, raisedFor));
        p.add(raiseKey(recordType, recordId, c.listId(), c.entryId(), queryHash, c.entryHash()));
        p.addAll(MarkingFilter.bind(marking));
        sql.update("INSERT INTO screening_hits (id, record_type, record_id, record_name, query_snapshot, query_hash, list_id, "
                + "list_version, entry_id, entry_row, entry_hash, entry_name, score, explanation, status, raised_at, raised_for, "
                + "raise_key, " + MarkingFilter.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    /**
     * What makes a hit the same hit ({@link #known}'s columns), as one unique value: a second insert of it, by a screening
     * that ran at the same moment, fails on the key instead of raising a duplicate.
     */
    static String raiseKey(String recordType, String recordId, String listId, String entryId, String queryHash, String entryHash) {
        String joined = String.join("\u001f", recordType, recordId, listId, entryId, queryHash, entryHash);
        return SubjectJson.sha256(joined.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static SqlFragment readable(Principal reader) {
        return MarkingFilter.readableBy(reader, "h").and(MarkingFilter.readableBy(reader, "w"))
                .and(MarkingFilter.readableBy(reader, "e"));
    }

    /** Hits the reader may see, newest first, by status and list when given; {@code after} is the last key of the previous page. */
    public List<Hit> hits(Principal reader, Optional<HitStatus> status, Optional<String> listId, Optional<String> recordId,
                          Optional<String> after, int limit) {
        SqlFragment where = readable(reader);
        if (status.isPresent()) {
            where = where.and(SqlFragment.of("h.status = ?", status.get().name()));
        }
        if (listId.isPresent()) {
            where = where.and(SqlFragment.of("h.list_id = ?", listId.get()));
        }
        if (recordId.isPresent()) {
            where = where.and(SqlFragment.of("h.record_id = ?", recordId.get()));
        }
        if (after.isPresent()) {
            String[] k = after.get().split("\\|", 2);
            try {
                Instant at = Instant.parse(k[0]);
                where = where.and(SqlFragment.of("(h.raised_at < ? OR (h.raised_at = ? AND h.id < ?))", at, at, k[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "cursor is not one this server issued");
            }
        }
        return sql.query("SELECT " + COLUMNS + FROM + " WHERE " + where.sql() + " ORDER BY h.raised_at DESC, h.id DESC FETCH FIRST "
                + limit + " ROWS ONLY", HitStore::hit, where.paramArray());
    }

    public static String keyOf(Hit h) {
        return h.raisedAt() + "|" + h.id();
    }

    public Optional<Hit> hit(Principal reader, String id) {
        SqlFragment where = readable(reader).and(SqlFragment.of("h.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + FROM + " WHERE " + where.sql(), HitStore::hit, where.paramArray());
    }

    public long countOpen(Principal reader) {
        SqlFragment where = readable(reader).and(SqlFragment.of("h.status = ?", HitStatus.OPEN.name()));
        return sql.count("SELECT COUNT(*)" + FROM + " WHERE " + where.sql(), where.paramArray());
    }

    /** Records the decision on a hit still open; false when someone decided it meanwhile. */
    public boolean decide(String id, HitStatus status, String by, Instant at, String reason) {
        return sql.update("UPDATE screening_hits SET status = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ? AND status = ?",
                status.name(), by, at, reason, id, HitStatus.OPEN.name()) == 1;
    }

    private static Hit hit(ResultSet rs) throws SQLException {
        String decidedBy = rs.getString("decided_by");
        return new Hit(rs.getString("id"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("record_name"),
                SubjectJson.read(rs.getString("query_snapshot")), rs.getString("query_hash"), rs.getString("list_id"),
                rs.getString("list_name"), rs.getInt("list_version"), rs.getString("entry_id"), rs.getString("entry_row"),
                rs.getString("entry_hash"), SubjectJson.read(rs.getString("entry_content")), rs.getDouble("score"),
                SubjectJson.readExplanation(rs.getString("explanation")), HitStatus.valueOf(rs.getString("status")),
                Sql.instant(rs, "raised_at"), rs.getString("raised_for"), Optional.ofNullable(decidedBy),
                Optional.ofNullable(Sql.instant(rs, "decided_at")), Optional.ofNullable(rs.getString("reason")),
                MarkingFilter.read(rs));
    }
}
