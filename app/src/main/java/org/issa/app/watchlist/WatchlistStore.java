package org.issa.app.watchlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/**
 * Lists, their versions and their entries in SQL. Reads made for a person take the reader and
 * filter by marking in the query; the {@code system…} reads serve the screening index and the
 * re-screening job, which answer to no reader themselves and filter their results per reader later.
 */
public final class WatchlistStore {

    private static final String LIST_COLUMNS = "w.id, w.name, w.kind, w.source_format, w.threshold, w.description, "
            + "w.current_version, COALESCE(v.entry_count, 0) AS entry_count, w.created_by, w.created_at, "
            + "w.m_class, w.m_tlp, w.m_rel, w.m_orig, w.m_flags";
    private static final String LIST_FROM = " FROM watchlists w LEFT JOIN watchlist_versions v"
            + " ON v.list_id = w.id AND v.version = w.current_version";
    private static final String VERSION_COLUMNS = "list_id, version, source_version, imported_by, imported_at, file_sha256, "
            + "entry_count, added, removed, changed, status, note";
    private static final String ENTRY_COLUMNS = "e.id, e.list_id, e.entry_id, e.first_version, e.last_version, e.content, "
            + "e.content_hash, e.justification, e.expires_on, e.added_by, e.m_class, e.m_tlp, e.m_rel, e.m_orig, e.m_flags";

    private final Sql sql;

    public WatchlistStore(Sql sql) {
        this.sql = sql;
    }

    public void insert(Watchlist w) {
        List<Object> p = new ArrayList<>(List.of(w.id(), w.name(), w.kind().name(), w.sourceFormat(), w.threshold(),
                w.description(), w.currentVersion(), w.createdBy(), w.createdAt()));
        p.addAll(MarkingFilter.bind(w.marking()));
        sql.update("INSERT INTO watchlists (id, name, kind, source_format, threshold, description, current_version, created_by, "
                + "created_at, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    /** The lists the reader may see, by name; {@code after} is the key ("name|id") of the last one of the previous page. */
    public List<Watchlist> lists(Principal reader, Optional<String> after, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "w");
        if (after.isPresent()) {
            int bar = after.get().lastIndexOf('|'); // the id holds no '|', the name may
            if (bar < 0) {
                throw new org.issa.core.error.InvalidInputException("cursor", "cursor is not one this server issued");
            }
            String name = after.get().substring(0, bar);
            where = where.and(SqlFragment.of("(w.name > ? OR (w.name = ? AND w.id > ?))", name, name, after.get().substring(bar + 1)));
        }
        return sql.query("SELECT " + LIST_COLUMNS + LIST_FROM + " WHERE " + where.sql() + " ORDER BY w.name, w.id FETCH FIRST "
                + limit + " ROWS ONLY", WatchlistStore::list, where.paramArray());
    }

    public static String keyOf(Watchlist w) {
        return w.name() + "|" + w.id();
    }

    public Optional<Watchlist> list(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "w").and(SqlFragment.of("w.id = ?", id));
        return sql.queryOne("SELECT " + LIST_COLUMNS + LIST_FROM + " WHERE " + where.sql(), WatchlistStore::list,
                where.paramArray());
    }

    /** Every list, whatever its marking: for the screening index and the re-screening job only. */
    public List<Watchlist> systemLists() {
        return sql.query("SELECT " + LIST_COLUMNS + LIST_FROM + " ORDER BY w.name, w.id", WatchlistStore::list);
    }

    public Optional<Watchlist> systemList(String id) {
        return sql.queryOne("SELECT " + LIST_COLUMNS + LIST_FROM + " WHERE w.id = ?", WatchlistStore::list, id);
    }

    /** Locks the list's row for the rest of the transaction and returns its current version. */
    public int lockCurrentVersion(String listId) {
        return sql.queryOne("SELECT current_version FROM watchlists WHERE id = ? FOR UPDATE", rs -> rs.getInt(1), listId)
                .orElseThrow(() -> new org.issa.core.error.NotFoundException("watch list", listId));
    }

    public void setCurrentVersion(String listId, int version) {
        sql.update("UPDATE watchlists SET current_version = ? WHERE id = ?", version, listId);
    }

    public void setThreshold(String listId, double threshold) {
        sql.update("UPDATE watchlists SET threshold = ? WHERE id = ?", threshold, listId);
    }

    public void insertVersion(WatchlistVersion v) {
        sql.update("UPDATE watchlist_versions SET status = ? WHERE list_id = ? AND status = ?", WatchlistVersion.SUPERSEDED,
                v.listId(), WatchlistVersion.CURRENT);
        sql.update("INSERT INTO watchlist_versions (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.listId(), v.version(), v.sourceVersion(), v.importedBy(), v.importedAt(), v.fileSha256(), v.entryCount(),
                v.added(), v.removed(), v.changed(), v.status(), v.note());
    }

    /** Versions of a list, newest first. The caller has checked that the reader may see the list. */
    public List<WatchlistVersion> versions(String listId) {
        return sql.query("SELECT " + VERSION_COLUMNS + " FROM watchlist_versions WHERE list_id = ? ORDER BY version DESC",
                WatchlistStore::version, listId);
    }

    public Optional<WatchlistVersion> version(String listId, int version) {
        return sql.queryOne("SELECT " + VERSION_COLUMNS + " FROM watchlist_versions WHERE list_id = ? AND version = ?",
                WatchlistStore::version, listId, version);
    }

    /** Entry id to content hash of the current entries, whatever their marking: what an import is compared with. */
    public Map<String, String> currentHashes(String listId) {
        Map<String, String> out = new HashMap<>();
        sql.query("SELECT entry_id, content_hash FROM watchlist_entries WHERE list_id = ? AND last_version IS NULL",
                rs -> Map.entry(rs.getString(1), rs.getString(2)), listId).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The current entries of a list, whatever their marking: for the screening index. */
    public List<WatchlistEntry> systemCurrentEntries(String listId) {
        return sql.query("SELECT " + ENTRY_COLUMNS + " FROM watchlist_entries e WHERE e.list_id = ? AND e.last_version IS NULL"
                + " ORDER BY e.entry_id", WatchlistStore::entry, listId);
    }

    public void insertEntry(WatchlistEntry e) {
        List<Object> p = new ArrayList<>();
        p.add(e.rowId());
        p.add(e.listId());
        p.add(e.entryId());
        p.add(e.firstVersion());
        p.add(e.subject().schema().ftmName());
        p.add(truncate(e.name(), 500));
        p.add(SubjectJson.write(e.subject()));
        p.add(e.contentHash());
        p.add(e.manual().map(WatchlistEntry.ManualNote::justification).orElse(null));
        p.add(e.manual().map(WatchlistEntry.ManualNote::expiresOn).orElse(null));
        p.add(e.manual().map(WatchlistEntry.ManualNote::addedBy).orElse(null));
        p.addAll(MarkingFilter.bind(e.marking()));
        sql.update("INSERT INTO watchlist_entries (id, list_id, entry_id, first_version, schema_name, primary_name, content, "
                + "content_hash, justification, expires_on, added_by, " + MarkingFilter.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    /** Ends the current row of each entry id: its last version is {@code lastVersion}. */
    public void closeEntries(String listId, Collection<String> entryIds, int lastVersion, String reason) {
        for (String id : entryIds) {
            sql.update("UPDATE watchlist_entries SET last_version = ?, removal_reason = ? WHERE list_id = ? AND entry_id = ?"
                    + " AND last_version IS NULL", lastVersion, reason, listId, id);
        }
    }

    /** The entries of a version the reader may see, by entry id; {@code after} is the last entry id of the previous page. */
    public List<WatchlistEntry> entries(Principal reader, String listId, int version, Optional<String> after, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "e").and(SqlFragment.of(
                "e.list_id = ? AND e.first_version <= ? AND (e.last_version IS NULL OR e.last_version >= ?)", listId, version, version));
        if (after.isPresent()) {
            where = where.and(SqlFragment.of("e.entry_id > ?", after.get()));
        }
        return sql.query("SELECT " + ENTRY_COLUMNS + " FROM watchlist_entries e WHERE " + where.sql()
                + " ORDER BY e.entry_id FETCH FIRST " + limit + " ROWS ONLY", WatchlistStore::entry, where.paramArray());
    }

    public Optional<WatchlistEntry> currentEntry(Principal reader, String listId, String entryId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "e").and(SqlFragment.of(
                "e.list_id = ? AND e.entry_id = ? AND e.last_version IS NULL", listId, entryId));
        return sql.queryOne("SELECT " + ENTRY_COLUMNS + " FROM watchlist_entries e WHERE " + where.sql(), WatchlistStore::entry,
                where.paramArray());
    }

    public Optional<WatchlistEntry> entryRow(Principal reader, String rowId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "e").and(SqlFragment.of("e.id = ?", rowId));
        return sql.queryOne("SELECT " + ENTRY_COLUMNS + " FROM watchlist_entries e WHERE " + where.sql(), WatchlistStore::entry,
                where.paramArray());
    }

    /**
     * Of the given current entries of a list, the row ids of those the reader may see (every one for
     * the system's re-screening, when empty) and that have not expired on {@code today}: the filter
     * every screening result passes through.
     */
    public Map<String, RowRef> screenableRows(Optional<Principal> reader, String listId, Collection<String> entryIds,
                                              LocalDate today) {
        Map<String, RowRef> out = new LinkedHashMap<>();
        if (entryIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(entryIds.size(), "?"));
        List<Object> params = new ArrayList<>(List.of(listId));
        params.addAll(entryIds);
        params.add(today);
        SqlFragment where = SqlFragment.of("e.list_id = ? AND e.last_version IS NULL AND e.entry_id IN (" + marks
                + ") AND (e.expires_on IS NULL OR e.expires_on >= ?)", params.toArray());
        if (reader.isPresent()) {
            where = where.and(MarkingFilter.readableBy(reader.get(), "e"));
        }
        sql.query("SELECT e.entry_id, e.id, e.content_hash FROM watchlist_entries e WHERE " + where.sql(),
                rs -> Map.entry(rs.getString(1), new RowRef(rs.getString(2), rs.getString(3))), where.paramArray())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A stored entry row and its content hash. */
    public record RowRef(String rowId, String contentHash) {
    }

    /** Of the entries that changed in {@code version}, those the reader may see. */
    public VersionDiff diff(Principal reader, WatchlistVersion v) {
        SqlFragment readable = MarkingFilter.readableBy(reader, "e");
        SqlFragment opened = SqlFragment.of("e.list_id = ? AND e.first_version = ?", v.listId(), v.version()).and(readable);
        SqlFragment closed = SqlFragment.of("e.list_id = ? AND e.last_version = ?", v.listId(), v.version() - 1).and(readable);
        Map<String, String> before = new LinkedHashMap<>();
        sql.query("SELECT e.entry_id, e.primary_name FROM watchlist_entries e WHERE " + closed.sql() + " ORDER BY e.entry_id",
                rs -> Map.entry(rs.getString(1), rs.getString(2)), closed.paramArray()).forEach(e -> before.put(e.getKey(), e.getValue()));
        List<VersionDiff.Line> added = new ArrayList<>();
        List<VersionDiff.Line> changed = new ArrayList<>();
        for (var e : sql.query("SELECT e.entry_id, e.primary_name FROM watchlist_entries e WHERE " + opened.sql()
                + " ORDER BY e.entry_id", rs -> Map.entry(rs.getString(1), rs.getString(2)), opened.paramArray())) {
            String previous = before.remove(e.getKey());
            if (previous == null) {
                added.add(new VersionDiff.Line(e.getKey(), e.getValue(), null));
            } else {
                changed.add(new VersionDiff.Line(e.getKey(), e.getValue(), previous));
            }
        }
        List<VersionDiff.Line> removed = before.entrySet().stream().map(e -> new VersionDiff.Line(e.getKey(), e.getValue(), null))
                .toList();
        return new VersionDiff(v, added, removed, changed);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Watchlist list(ResultSet rs) throws SQLException {
        return new Watchlist(rs.getString("id"), rs.getString("name"), WatchlistKind.valueOf(rs.getString("kind")),
                rs.getString("source_format"), rs.getDouble("threshold"), rs.getString("description"),
                rs.getInt("current_version"), rs.getInt("entry_count"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"), MarkingFilter.read(rs));
    }

    private static WatchlistVersion version(ResultSet rs) throws SQLException {
        return new WatchlistVersion(rs.getString("list_id"), rs.getInt("version"), rs.getString("source_version"),
                rs.getString("imported_by"), Sql.instant(rs, "imported_at"), rs.getString("file_sha256"),
                rs.getInt("entry_count"), rs.getInt("added"), rs.getInt("removed"), rs.getInt("changed"),
                rs.getString("status"), rs.getString("note"));
    }

    private static WatchlistEntry entry(ResultSet rs) throws SQLException {
        int last = rs.getInt("last_version");
        Optional<Integer> lastVersion = rs.wasNull() ? Optional.empty() : Optional.of(last);
        String justification = rs.getString("justification");
        Optional<WatchlistEntry.ManualNote> manual = justification == null ? Optional.empty()
                : Optional.of(new WatchlistEntry.ManualNote(justification, rs.getObject("expires_on", LocalDate.class),
                rs.getString("added_by")));
        return new WatchlistEntry(rs.getString("id"), rs.getString("list_id"), rs.getString("entry_id"),
                rs.getInt("first_version"), lastVersion, SubjectJson.read(rs.getString("content")),
                rs.getString("content_hash"), manual, MarkingFilter.read(rs));
    }
}
