package org.issa.cyber.stix.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.core.sql.DataAccessException;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.cyber.stix.StixObject;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.Recipient;
import org.issa.cyber.tlp.SharingGroup;

/** The SQL of the STIX store. Every read takes the reader and filters by marking and distribution in the query. */
final class StixTables {

    private static final int CHUNK = 200;
    private static final String COLUMNS = "o.seq, o.stix_id, o.stix_type, o.spec_version, o.version_text, o.revoked, o.title, "
            + "o.body, o.added_by, o.source_kind, o.source_ref, o.distribution, o.sharing_group, "
            + "o.m_class, o.m_tlp, o.m_rel, o.m_orig, o.m_flags";

    private final Sql sql;

    StixTables(Sql sql) {
        this.sql = sql;
    }

    /** A version to insert, with everything the row needs. */
    record NewRow(StixObject object, String contentHash, String title, Instant dateAdded, String addedBy, Source source,
                  Distribution distribution, Optional<String> sharingGroup, Marking marking) {
    }

    /** Content hashes of the stored versions of these ids, keyed "id|version". */
    Map<String, String> storedHashes(Set<String> ids) {
        Map<String, String> out = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            sql.query("SELECT stix_id, version, content_hash FROM cyber_stix_object WHERE stix_id IN (" + marks(chunk.size()) + ")",
                    rs -> Map.entry(rs.getString(1) + "|" + rs.getString(2), rs.getString(3)), chunk.toArray())
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Row keys of the stored versions of these ids, keyed "id|version". */
    Map<String, Long> seqs(Set<String> ids) {
        Map<String, Long> out = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            sql.query("SELECT stix_id, version, seq FROM cyber_stix_object WHERE stix_id IN (" + marks(chunk.size()) + ")",
                    rs -> Map.entry(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3)), chunk.toArray())
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    void insert(List<NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String insert = "INSERT INTO cyber_stix_object (stix_id, stix_type, spec_version, version, version_text, created, modified, "
                + "revoked, title, body, content_hash, date_added, added_by, source_kind, source_ref, distribution, sharing_group, "
                + MarkingFilter.COLUMNS + ") VALUES (" + marks(22) + ")";
        try (Connection c = sql.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(insert)) {
            int pending = 0;
            for (NewRow r : rows) {
                StixObject o = r.object();
                List<Object> p = new ArrayList<>(List.of(o.id(), o.type(), o.specVersion(), o.versionKey(),
                        o.version().map(v -> v.text()).orElse("")));
                p.add(o.created().map(t -> t.instant()).orElse(null));
                p.add(o.modified().map(t -> t.instant()).orElse(null));
                p.addAll(List.of(o.revoked(), r.title(), o.json(), r.contentHash(), r.dateAdded(), r.addedBy(),
                        r.source().kind().name(), r.source().ref(), r.distribution().name()));
                p.add(r.sharingGroup().orElse(null));
                p.addAll(MarkingFilter.bind(r.marking()));
                bind(ps, p);
                ps.addBatch();
                if (++pending == CHUNK) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new DataAccessException("storing STIX objects failed: " + e.getMessage(), e);
        }
    }

    /** Adds versions to a collection; those already in it keep their date. */
    void addToCollection(String collectionId, List<Long> seqs, Instant at, String by) {
        // Looked up by object only (the object_seq index), the collection compared here: with "collection_id = ? AND
        // object_seq IN (...)" H2 walks the whole collection for every chunk, which made large ingests quadratic.
        Set<Long> present = new HashSet<>();
        for (List<Long> chunk : chunks(seqs)) {
            sql.query("SELECT object_seq, collection_id FROM cyber_stix_collection_object WHERE object_seq IN ("
                    + marks(chunk.size()) + ")", rs -> rs.getString(2).equals(collectionId) ? rs.getLong(1) : null, chunk.toArray())
                    .stream().filter(java.util.Objects::nonNull).forEach(present::add);
        }
        List<Long> missing = seqs.stream().distinct().filter(s -> !present.contains(s)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try (Connection c = sql.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO cyber_stix_collection_object (collection_id, object_seq, date_added, added_by) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Long seq : missing) {
                bind(ps, List.of(collectionId, seq, at, by));
                ps.addBatch();
                if (++pending == CHUNK) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new DataAccessException("adding objects to a collection failed: " + e.getMessage(), e);
        }
    }

    int removeFromCollection(String collectionId, List<Long> seqs) {
        int n = 0;
        for (List<Long> chunk : chunks(seqs)) {
            List<Object> p = new ArrayList<>(List.of(collectionId));
            p.addAll(chunk);
            n += sql.update("DELETE FROM cyber_stix_collection_object WHERE collection_id = ? AND object_seq IN ("
                    + marks(chunk.size()) + ")", p.toArray());
        }
        return n;
    }

    int deleteObjects(List<Long> seqs) {
        int n = 0;
        for (List<Long> chunk : chunks(seqs)) {
            sql.update("DELETE FROM cyber_stix_collection_object WHERE object_seq IN (" + marks(chunk.size()) + ")", chunk.toArray());
            n += sql.update("DELETE FROM cyber_stix_object WHERE seq IN (" + marks(chunk.size()) + ")", chunk.toArray());
        }
        return n;
    }

    /** The predicate "this reader may see row {@code a}": markings (core's filter) and distribution. */
    static SqlFragment readable(Principal p, String a) {
        SqlFragment marking = MarkingFilter.readableBy(p, a);
        boolean community = Recipient.reachOf(p) == Recipient.Reach.COMMUNITY;
        String dist = "(" + a + ".m_orig = ? OR " + a + ".distribution IN ('ALL', 'CONNECTED'" + (community ? ", 'COMMUNITY'" : "")
                + ") OR (" + a + ".distribution = 'SHARING_GROUP' AND EXISTS (SELECT 1 FROM cyber_sharing_group_member gm "
                + "WHERE gm.group_id = " + a + ".sharing_group AND gm.member IN (?, ?))))";
        return marking.and(new SqlFragment(dist, List.of(p.agency(), "AGENCY:" + p.agency(), "STATE:" + p.memberState())));
    }

    List<StoredObject> query(Principal reader, ObjectQuery q) {
        boolean inCollection = q.collection().isPresent();
        String added = inCollection ? "co.date_added" : "o.date_added";
        // Ordered by all the columns of one index ((collection_id, date_added, object_seq) or (date_added, seq); the
        // constant collection_id too, or H2 does not see the order as the index's), with the cursor as a range on them,
        // so that a page reads its rows in index order and stops: otherwise the database sorted the whole collection
        // for every page, and reading a large collection page by page was quadratic.
        String seqColumn = inCollection ? "co.object_seq" : "o.seq";
        List<Object> params = new ArrayList<>();
        StringBuilder s = new StringBuilder("SELECT " + COLUMNS + ", " + added + " AS added FROM cyber_stix_object o");
        if (inCollection) {
            s.append(" JOIN cyber_stix_collection_object co ON co.object_seq = o.seq AND co.collection_id = ?");
            params.add(q.collection().get());
        }
        SqlFragment where = readable(reader, "o");
        if (q.addedAfter().isPresent()) {
            where = where.and(SqlFragment.of(added + " > ?", q.addedAfter().get()));
        }
        where = in(where, "o.stix_id", q.ids());
        where = in(where, "o.stix_type", q.types());
        where = in(where, "o.spec_version", q.specVersions());
        if (q.tlp().isPresent()) {
            where = where.and(SqlFragment.of("o.m_tlp = ?", q.tlp().get().code()));
        }
        if (q.text().isPresent()) {
            String like = "%" + likeLiteral(q.text().get().toLowerCase(Locale.ROOT)) + "%";
            where = where.and(SqlFragment.of("(LOWER(o.title) LIKE ? ESCAPE '!' OR LOWER(o.stix_id) LIKE ? ESCAPE '!')", like, like));
        }
        Optional<SqlFragment> versions = versionPredicate(reader, q);
        if (versions.isPresent()) {
            where = where.and(versions.get());
        }
        String after = Cursor.decode(q.cursor());
        if (!after.isEmpty()) {
            String[] parts = after.split("\\|", 2);
            try {
                Instant at = Instant.parse(parts[0]);
                long seq = Long.parseLong(parts[1]);
                where = where.and(SqlFragment.of(added + " >= ? AND (" + added + " > ? OR " + seqColumn + " > ?)", at, at, seq));
            } catch (RuntimeException e) {
                throw new InvalidInputException("next", "cursor is not one this server issued");
            }
        }
        s.append(" WHERE ").append(where.sql()).append(" ORDER BY ").append(inCollection ? "co.collection_id, " : "").append(added).append(", ").append(seqColumn)
                .append(" FETCH FIRST ").append(q.limit() + 1).append(" ROWS ONLY");
        params.addAll(where.params());
        return sql.query(s.toString(), StixTables::row, params.toArray());
    }

    private static Optional<SqlFragment> versionPredicate(Principal reader, ObjectQuery q) {
        VersionMatch m = q.versions();
        if (m.all()) {
            return Optional.empty();
        }
        List<SqlFragment> any = new ArrayList<>();
        if (m.first()) {
            any.add(extreme(reader, q, "MIN"));
        }
        if (m.last()) {
            any.add(extreme(reader, q, "MAX"));
        }
        if (!m.at().isEmpty()) {
            any.add(new SqlFragment("o.version IN (" + marks(m.at().size()) + ")", new ArrayList<>(m.at())));
        }
        if (any.isEmpty()) {
            return Optional.of(SqlFragment.of("1 = 0"));
        }
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SqlFragment f : any) {
            parts.add(f.sql());
            params.addAll(f.params());
        }
        return Optional.of(new SqlFragment("(" + String.join(" OR ", parts) + ")", params));
    }

    /** The first or last version among those the reader may see (in the collection, if one is queried). */
    private static SqlFragment extreme(Principal reader, ObjectQuery q, String fn) {
        List<Object> params = new ArrayList<>();
        StringBuilder s = new StringBuilder("o.version = (SELECT " + fn + "(o2.version) FROM cyber_stix_object o2");
        if (q.collection().isPresent()) {
            s.append(" JOIN cyber_stix_collection_object co2 ON co2.object_seq = o2.seq AND co2.collection_id = ?");
            params.add(q.collection().get());
        }
        SqlFragment r = readable(reader, "o2");
        s.append(" WHERE o2.stix_id = o.stix_id AND ").append(r.sql()).append(")");
        params.addAll(r.params());
        return new SqlFragment(s.toString(), params);
    }

    List<StoredObject> referencing(Principal reader, String stixId, int limit) {
        if (!org.issa.cyber.stix.StixValidator.IDENTIFIER.matcher(stixId).matches()) {
            return List.of();
        }
        SqlFragment where = readable(reader, "o").and(SqlFragment.of("o.stix_type IN ('relationship', 'sighting') AND o.body LIKE ?",
                "%\"" + stixId + "\"%"));
        where = where.and(extreme(reader, ObjectQuery.latest(1), "MAX"));
        List<StoredObject> rows = sql.query("SELECT " + COLUMNS + ", o.date_added AS added FROM cyber_stix_object o WHERE "
                + where.sql() + " ORDER BY o.date_added, o.seq FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY",
                StixTables::row, where.paramArray());
        return rows.stream().filter(r -> org.issa.cyber.stix.StixObject.of(r.node()).references().contains(stixId)).toList();
    }

    boolean exists(Principal reader, String stixId) {
        SqlFragment where = readable(reader, "o").and(SqlFragment.of("o.stix_id = ?", stixId));
        return sql.count("SELECT COUNT(*) FROM cyber_stix_object o WHERE " + where.sql(), where.paramArray()) > 0;
    }

    long count(Principal reader) {
        SqlFragment where = readable(reader, "o");
        return sql.count("SELECT COUNT(*) FROM cyber_stix_object o WHERE " + where.sql(), where.paramArray());
    }

    /** Readable stored versions per type (latest versions only), for dashboards. */
    Map<String, Long> countByType(Principal reader) {
        SqlFragment where = readable(reader, "o");
        Map<String, Long> out = new java.util.TreeMap<>();
        sql.query("SELECT o.stix_type, COUNT(DISTINCT o.stix_id) FROM cyber_stix_object o WHERE " + where.sql()
                + " GROUP BY o.stix_type", rs -> Map.entry(rs.getString(1), rs.getLong(2)), where.paramArray())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    // collections and sharing groups

    record CollectionRow(String id, String title, String description, Optional<String> alias) {
    }

    List<CollectionRow> collections() {
        return sql.query("SELECT id, title, description, alias FROM cyber_stix_collection ORDER BY title, id",
                rs -> new CollectionRow(rs.getString(1), rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4))));
    }

    Map<String, List<Collection.Grant>> grants() {
        Map<String, List<Collection.Grant>> out = new HashMap<>();
        sql.query("SELECT collection_id, grantee, can_read, can_write FROM cyber_stix_collection_grant ORDER BY grantee",
                rs -> Map.entry(rs.getString(1), new Collection.Grant(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    void insertCollection(CollectionRow c, List<Collection.Grant> grants, String by, Instant at) {
        sql.update("INSERT INTO cyber_stix_collection (id, title, description, alias, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                c.id(), c.title(), c.description(), c.alias().orElse(null), by, at);
        replaceGrants(c.id(), grants);
    }

    void replaceGrants(String collectionId, List<Collection.Grant> grants) {
        sql.update("DELETE FROM cyber_stix_collection_grant WHERE collection_id = ?", collectionId);
        for (Collection.Grant g : grants) {
            sql.update("INSERT INTO cyber_stix_collection_grant (collection_id, grantee, can_read, can_write) VALUES (?, ?, ?, ?)",
                    collectionId, g.grantee(), g.read(), g.write());
        }
    }

    void insertSharingGroup(SharingGroup g, String by, Instant at) {
        sql.update("INSERT INTO cyber_sharing_group (id, name, description, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                g.id(), g.name(), g.description(), by, at);
        for (String m : g.members()) {
            sql.update("INSERT INTO cyber_sharing_group_member (group_id, member) VALUES (?, ?)", g.id(), m);
        }
    }

    List<SharingGroup> sharingGroups() {
        Map<String, Set<String>> members = new HashMap<>();
        sql.query("SELECT group_id, member FROM cyber_sharing_group_member", rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return sql.query("SELECT id, name, description FROM cyber_sharing_group ORDER BY name", rs -> new SharingGroup(
                rs.getString(1), rs.getString(2), rs.getString(3), members.getOrDefault(rs.getString(1), Set.of())));
    }

    boolean sharingGroupNameTaken(String name) {
        return sql.count("SELECT COUNT(*) FROM cyber_sharing_group WHERE LOWER(name) = ?", name.toLowerCase(Locale.ROOT)) > 0;
    }

    boolean aliasTaken(String alias) {
        return sql.count("SELECT COUNT(*) FROM cyber_stix_collection WHERE alias = ?", alias) > 0;
    }

    private static StoredObject row(ResultSet rs) throws SQLException {
        String group = rs.getString("sharing_group");
        return new StoredObject(rs.getLong("seq"), rs.getString("stix_id"), rs.getString("stix_type"), rs.getString("spec_version"),
                rs.getString("version_text"), Sql.instant(rs, "added"), rs.getBoolean("revoked"), rs.getString("title"),
                rs.getString("body"), MarkingFilter.read(rs), Distribution.valueOf(rs.getString("distribution")),
                Optional.ofNullable(group), new Source(Source.Kind.valueOf(rs.getString("source_kind")), rs.getString("source_ref")),
                rs.getString("added_by"));
    }

    static String keyOf(StoredObject o) {
        return o.dateAdded() + "|" + o.seq();
    }

    private static SqlFragment in(SqlFragment where, String column, Set<String> values) {
        if (values.isEmpty()) {
            return where;
        }
        return where.and(new SqlFragment(column + " IN (" + marks(values.size()) + ")", new ArrayList<>(values)));
    }

    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static <T> List<List<T>> chunks(java.util.Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p == null) {
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else if (p instanceof Instant instant) {
                ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }
}
