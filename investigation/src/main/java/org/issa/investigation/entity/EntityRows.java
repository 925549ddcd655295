package org.issa.investigation.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.core.entity.Entity;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/**
 * The SQL of the entity store. Every read takes the reader and carries the marking predicate in
 * its WHERE clause, for the entity and for each statement or edge it returns.
 */
final class EntityRows {

    static final String ENTITY_COLUMNS = "e.id, e.dataset, e.source_id, e.schema_name, e.caption, e.canonical_id, e.source, "
            + "e.recorded_at, e.m_class, e.m_tlp, e.m_rel, e.m_orig, e.m_flags";
    private static final String STATEMENT_COLUMNS = "s.id, s.entity_id, s.schema_name, s.prop, s.prop_value, s.dataset, s.source, "
            + "s.first_seen, s.m_class, s.m_tlp, s.m_rel, s.m_orig, s.m_flags";

    private final Sql sql;

    EntityRows(Sql sql) {
        this.sql = sql;
    }

    Sql sql() {
        return sql;
    }

    /** Replaces what the entity's dataset said about it: entity row, statements and edges. Returns the statements written. */
    int write(Publication p, Instant now) {
        Entity e = p.entity();
        FtmSchema schema = FtmModel.require("schema", e.schema());
        String dataset = e.provenance().dataset();
        String id = StoredEntity.key(dataset, e.id());
        String caption = Captions.of(schema, e);
        Optional<String> canonical = sql.queryOne("SELECT canonical_id FROM inv_entity WHERE id = ?", rs -> rs.getString(1), id);
        sql.update("DELETE FROM inv_statement WHERE entity_id = ?", id);
        sql.update("DELETE FROM inv_edge WHERE origin_id = ?", id);
        List<Object> m = MarkingFilter.bind(e.marking());
        if (canonical.isPresent()) {
            List<Object> params = new ArrayList<>(List.of(e.schema(), caption, caption.toLowerCase(Locale.ROOT),
                    e.provenance().source(), e.provenance().recordedAt(), now));
            params.addAll(m);
            params.add(id);
            sql.update("UPDATE inv_entity SET schema_name = ?, caption = ?, caption_key = ?, source = ?, recorded_at = ?, "
                    + "updated_at = ?, m_class = ?, m_tlp = ?, m_rel = ?, m_orig = ?, m_flags = ? WHERE id = ?", params.toArray());
        } else {
            List<Object> params = new ArrayList<>(List.of(id, dataset, e.id(), e.schema(), caption, caption.toLowerCase(Locale.ROOT),
                    id, e.provenance().source(), e.provenance().recordedAt(), now));
            params.addAll(m);
            sql.update("INSERT INTO inv_entity (id, dataset, source_id, schema_name, caption, caption_key, canonical_id, source, "
                    + "recorded_at, updated_at, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    params.toArray());
        }
        int n = 0;
        for (var prop : e.properties().entrySet()) {
            for (String value : new java.util.LinkedHashSet<>(prop.getValue())) {
                List<Object> params = new ArrayList<>(List.of(hash(id, prop.getKey(), value), id, e.schema(), prop.getKey(), value));
                params.add(Pivots.key(prop.getKey(), value).orElse(null));
                params.addAll(List.of(dataset, e.provenance().source(), e.provenance().recordedAt(), now));
                params.addAll(MarkingFilter.bind(p.markingOf(prop.getKey())));
                sql.update("INSERT INTO inv_statement (id, entity_id, schema_name, prop, prop_value, pivot, dataset, source, first_seen, "
                        + "imported_at, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        params.toArray());
                n++;
            }
        }
        writeEdges(p, schema, id, dataset);
        return n;
    }

    private void writeEdges(Publication p, FtmSchema schema, String id, String dataset) {
        Entity e = p.entity();
        Optional<LocalDate> start = firstDate(e, "startDate", "date").flatMap(Dates::first);
        Optional<LocalDate> end = firstDate(e, "endDate", "date").flatMap(Dates::last);
        if (schema.edge().isPresent()) {
            FtmSchema.Edge edge = schema.edge().get();
            double weight = weight(e.first(edge.weight().orElse("weight")));
            for (String s : e.values(edge.source())) {
                for (String t : e.values(edge.target())) {
                    insertEdge(id, dataset, StoredEntity.key(dataset, s), StoredEntity.key(dataset, t), schema.name(),
                            edge.directed(), weight, start, end, e.marking());
                }
            }
        }
        for (FtmSchema.Reference r : schema.references()) {
            for (String t : e.values(r.property())) {
                insertEdge(id, dataset, id, StoredEntity.key(dataset, t), r.property(), true, 1.0, start, end,
                        p.markingOf(r.property()));
            }
        }
    }

    private static Optional<String> firstDate(Entity e, String... properties) {
        for (String p : properties) {
            if (!e.first(p).isEmpty()) {
                return Optional.of(e.first(p));
            }
        }
        return Optional.empty();
    }

    private static double weight(String value) {
        if (value.isBlank()) {
            return 1.0;
        }
        try {
            double w = Double.parseDouble(value.strip());
            return Double.isFinite(w) && w > 0 ? w : 1.0;
        } catch (NumberFormatException ex) {
            return 1.0;
        }
    }

    private void insertEdge(String origin, String dataset, String source, String target, String relation, boolean directed,
                            double weight, Optional<LocalDate> start, Optional<LocalDate> end, Marking marking) {
        String edgeId = hash(origin, relation, source, target);
        if (sql.count("SELECT COUNT(*) FROM inv_edge WHERE id = ?", edgeId) > 0) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(edgeId, origin, dataset, source, target, relation, directed, weight));
        params.add(start.orElse(null));
        params.add(end.orElse(null));
        params.addAll(MarkingFilter.bind(marking));
        sql.update("INSERT INTO inv_edge (id, origin_id, dataset, source_id, target_id, relation, directed, weight, start_date, "
                + "end_date, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params.toArray());
    }

    /** Removes an entity's row, statements and edges; returns whether it existed. Merges pointing at it fall back to their own ids. */
    boolean delete(String id) {
        sql.update("DELETE FROM inv_statement WHERE entity_id = ?", id);
        sql.update("DELETE FROM inv_edge WHERE origin_id = ?", id);
        sql.update("UPDATE inv_entity SET canonical_id = id WHERE canonical_id = ? AND id <> ?", id, id);
        return sql.update("DELETE FROM inv_entity WHERE id = ?", id) > 0;
    }

    Optional<StoredEntity> entity(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "e").and(SqlFragment.of("e.id = ?", id));
        return sql.queryOne("SELECT " + ENTITY_COLUMNS + " FROM inv_entity e WHERE " + where.sql(), EntityRows::entity,
                where.paramArray());
    }

    /** The entity row regardless of markings: for writes that check existence, never shown to a reader. */
    Optional<StoredEntity> entityUnfiltered(String id) {
        return sql.queryOne("SELECT " + ENTITY_COLUMNS + " FROM inv_entity e WHERE e.id = ?", EntityRows::entity, id);
    }

    List<StoredEntity> members(Principal reader, String canonicalId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "e").and(SqlFragment.of("e.canonical_id = ? AND e.id <> ?",
                canonicalId, canonicalId));
        return sql.query("SELECT " + ENTITY_COLUMNS + " FROM inv_entity e WHERE " + where.sql() + " ORDER BY e.id",
                EntityRows::entity, where.paramArray());
    }

    /** The statements of the entities grouped under a canonical id that the reader may see (entity and statement both). */
    List<Statement> statements(Principal reader, String canonicalId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "e").and(MarkingFilter.readableBy(reader, "s"))
                .and(SqlFragment.of("e.canonical_id = ?", canonicalId));
        return sql.query("SELECT " + STATEMENT_COLUMNS + " FROM inv_statement s JOIN inv_entity e ON e.id = s.entity_id WHERE "
                + where.sql() + " ORDER BY s.prop, s.prop_value, s.dataset, s.id", EntityRows::statement, where.paramArray());
    }

    /** The statements of one entity that the reader may see (the entity's own row is checked by the caller's query). */
    List<Statement> statementsOf(Principal reader, String entityId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "s").and(SqlFragment.of("s.entity_id = ?", entityId));
        return sql.query("SELECT " + STATEMENT_COLUMNS + " FROM inv_statement s WHERE " + where.sql()
                + " ORDER BY s.prop, s.prop_value, s.id", EntityRows::statement, where.paramArray());
    }

    /** Every statement of one entity, unfiltered: for merges and exports that the caller filters itself. */
    List<Statement> statementsOf(String entityId) {
        return sql.query("SELECT " + STATEMENT_COLUMNS + " FROM inv_statement s WHERE s.entity_id = ? ORDER BY s.id",
                EntityRows::statement, entityId);
    }

    List<StoredEntity> search(Principal reader, String text, Optional<String> schema, Optional<String> dataset, String after,
                              int limitPlusOne) {
        SqlFragment where = MarkingFilter.readableBy(reader, "e").and(SqlFragment.of("e.canonical_id = e.id AND e.id > ?", after));
        if (!text.isBlank()) {
            where = where.and(SqlFragment.of("e.caption_key LIKE ? ESCAPE '!'", "%" + like(text.toLowerCase(Locale.ROOT)) + "%"));
        }
        if (schema.isPresent()) {
            where = where.and(SqlFragment.of("e.schema_name = ?", schema.get()));
        }
        if (dataset.isPresent()) {
            where = where.and(SqlFragment.of("e.dataset = ?", dataset.get()));
        }
        return sql.query("SELECT " + ENTITY_COLUMNS + " FROM inv_entity e WHERE " + where.sql() + " ORDER BY e.id FETCH FIRST "
                + limitPlusOne + " ROWS ONLY", EntityRows::entity, where.paramArray());
    }

    /** The datasets the reader sees entities of, with how many. */
    List<java.util.Map.Entry<String, Long>> datasets(Principal reader) {
        SqlFragment where = MarkingFilter.readableBy(reader, "e");
        return sql.query("SELECT e.dataset, COUNT(*) FROM inv_entity e WHERE " + where.sql() + " GROUP BY e.dataset ORDER BY e.dataset",
                rs -> java.util.Map.entry(rs.getString(1), rs.getLong(2)), where.paramArray());
    }

    List<String> idsOfDataset(String dataset) {
        return sql.query("SELECT id FROM inv_entity WHERE dataset = ? ORDER BY id", rs -> rs.getString(1), dataset);
    }

    static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static StoredEntity entity(ResultSet rs) throws SQLException {
        return new StoredEntity(rs.getString("id"), rs.getString("dataset"), rs.getString("source_id"), rs.getString("schema_name"),
                rs.getString("caption"), rs.getString("canonical_id"), rs.getString("source"), Sql.instant(rs, "recorded_at"),
                MarkingFilter.read(rs));
    }

    static Statement statement(ResultSet rs) throws SQLException {
        return new Statement(rs.getString("id"), rs.getString("entity_id"), rs.getString("schema_name"), rs.getString("prop"),
                rs.getString("prop_value"), rs.getString("dataset"), rs.getString("source"), Sql.instant(rs, "first_seen"),
                MarkingFilter.read(rs));
    }

    static String hash(String... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                d.update(p.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
