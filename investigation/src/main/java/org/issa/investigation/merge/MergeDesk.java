package org.issa.investigation.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.FtmModel;
import org.issa.investigation.entity.StoredEntity;
import org.issa.matching.resolution.Deduplicator;
import org.issa.matching.resolution.Field;
import org.issa.matching.resolution.Resolution;
import org.issa.matching.resolution.ResolutionRecord;
import org.issa.matching.resolution.ScoredPair;

/**
 * Duplicates across datasets. The screening engine's entity-resolution mode (Fellegi-Sunter,
 * parameters learnt by EM without labels) proposes pairs among the entities the analyst may see;
 * nothing is merged until an analyst confirms. A merge changes no statement: it puts entities
 * under one canonical id, remembering each one's previous canonical id, so that undoing it
 * restores exactly what was there. Merges, undos and rejections are audited.
 */
public final class MergeDesk {

    /** The most entities one proposal run compares. */
    public static final int MAX_CANDIDATES = 20_000;

    private final EntityStore store;
    private final Sql sql;

    public MergeDesk(EntityStore store) {
        this.store = store;
        this.sql = store.sql();
    }

    /** Pairs that may be the same entity, most probable first; the names read are personal data, so a purpose is required and audited. */
    public List<MergeProposal> proposals(Principal reader, String schema, Optional<String> dataset, double threshold, int limit,
                                         String purpose) {
        FtmModel.require("schema", schema);
        if (FtmModel.require("schema", schema).isEdge()) {
            throw new InvalidInputException("schema", "links are not merged; choose a node schema such as Person or Company");
        }
        if (threshold <= 0 || threshold >= 1) {
            throw new InvalidInputException("threshold", "threshold must lie between 0 and 1");
        }
        String why = Require.text("purpose", purpose, 1000);
        SqlFragment where = MarkingFilter.readableBy(reader, "e").and(SqlFragment.of("e.canonical_id = e.id AND e.schema_name = ?", schema));
        if (dataset.isPresent()) {
            where = where.and(SqlFragment.of("e.dataset = ?", dataset.get()));
        }
        List<String[]> entities = sql.query("SELECT e.id, e.caption FROM inv_entity e WHERE " + where.sql() + " ORDER BY e.id FETCH FIRST "
                + (MAX_CANDIDATES + 1) + " ROWS ONLY", rs -> new String[] {rs.getString(1), rs.getString(2)}, where.paramArray());
        if (entities.size() > MAX_CANDIDATES) {
            throw new InvalidInputException("dataset", "more than " + MAX_CANDIDATES + " candidates; narrow the run to one dataset");
        }
        store.audit().recordRead(reader.username(), "inv_entity", schema + (dataset.map(d -> "@" + d).orElse("")), why);
        if (entities.size() < 2) {
            return List.of();
        }
        Map<String, Map<Field, String>> values = fieldValues(reader, entities);
        List<ResolutionRecord> records = new ArrayList<>();
        for (String[] e : entities) {
            Map<Field, String> v = values.getOrDefault(e[0], new EnumMap<>(Field.class));
            v.putIfAbsent(Field.FULL_NAME, e[1]);
            records.add(new ResolutionRecord(e[0], v));
        }
        Set<Field> fields = java.util.EnumSet.noneOf(Field.class);
        records.forEach(r -> fields.addAll(r.values().keySet()));
        Resolution r;
        try {
            r = Deduplicator.forFields(fields).withSettings(org.issa.matching.resolution.ResolutionSettings.defaults()
                    .withThreshold(threshold)).resolve(records);
        } catch (IllegalArgumentException | IllegalStateException ex) {
            throw new InvalidInputException("schema", "the entity-resolution engine could not run on these entities: " + ex.getMessage());
        }
        Set<String> rejected = new HashSet<>(sql.query("SELECT left_id, right_id FROM inv_not_same",
                rs -> rs.getString(1) + "|" + rs.getString(2)));
        List<MergeProposal> out = new ArrayList<>();
        List<ScoredPair> pairs = new ArrayList<>(r.pairs());
        pairs.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        for (ScoredPair p : pairs) {
            if (p.probability() < threshold || out.size() >= limit) {
                continue;
            }
            String a = entities.get(p.left())[0];
            String b = entities.get(p.right())[0];
            if (rejected.contains(pairKey(a, b))) {
                continue;
            }
            out.add(new MergeProposal(a, entities.get(p.left())[1], b, entities.get(p.right())[1], p.probability(),
                    r.explain(p.left(), p.right()).text()));
        }
        return out;
    }

    /** Name parts, birth date, identifier and contact values of each entity, from the statements the reader may see. */
    private Map<String, Map<Field, String>> fieldValues(Principal reader, List<String[]> entities) {
        Map<String, Field> byProperty = Map.of("firstName", Field.GIVEN_NAME, "lastName", Field.FAMILY_NAME,
                "birthDate", Field.DATE_OF_BIRTH, "passportNumber", Field.IDENTIFIER, "idNumber", Field.IDENTIFIER,
                "registrationNumber", Field.IDENTIFIER, "email", Field.EMAIL, "city", Field.CITY, "postalCode", Field.POSTCODE);
        Map<String, Map<Field, String>> out = new HashMap<>();
        Set<String> ids = new HashSet<>();
        entities.forEach(e -> ids.add(e[0]));
        SqlFragment where = MarkingFilter.readableBy(reader, "s").and(MarkingFilter.readableBy(reader, "e"))
                .and(SqlFragment.of("e.canonical_id = e.id AND s.prop IN ('firstName', 'lastName', 'birthDate', 'passportNumber', "
                        + "'idNumber', 'registrationNumber', 'email', 'city', 'postalCode')"));
        sql.query("SELECT e.id, s.prop, s.prop_value FROM inv_statement s JOIN inv_entity e ON e.id = s.entity_id WHERE " + where.sql()
                + " ORDER BY s.id", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, where.paramArray())
                .forEach(row -> {
                    if (ids.contains(row[0])) {
                        Field f = byProperty.get(row[1]);
                        String v = f == Field.DATE_OF_BIRTH ? row[2].replace("-", "") : row[2];
                        out.computeIfAbsent(row[0], k -> new EnumMap<>(Field.class)).putIfAbsent(f, v);
                    }
                });
        return out;
    }

    /** Puts {@code otherId} (and whatever was merged into it) under {@code canonicalId}. */
    public MergeRecord merge(Principal who, String canonicalId, String otherId, String reason) {
        requireAnalyst(who);
        String why = Require.text("reason", reason, 2000);
        StoredEntity keep = store.find(who, canonicalId).orElseThrow(() -> new NotFoundException("entity", canonicalId));
        StoredEntity other = store.find(who, otherId).orElseThrow(() -> new NotFoundException("entity", otherId));
        if (keep.isMerged() || other.isMerged()) {
            throw new ConflictException("merge canonical entities only: " + (keep.isMerged() ? keep.id() : other.id())
                    + " is already merged into " + (keep.isMerged() ? keep.canonicalId() : other.canonicalId()));
        }
        if (keep.id().equals(other.id())) {
            throw new InvalidInputException("other", "an entity cannot be merged with itself");
        }
        if (FtmModel.require("schema", keep.schema()).isEdge() || FtmModel.require("schema", other.schema()).isEdge()) {
            throw new InvalidInputException("other", "links are not merged, only the entities they link");
        }
        return store.transactions().inTransaction(() -> {
            Instant now = store.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            String id = UUID.randomUUID().toString();
            List<String> members = sql.query("SELECT id FROM inv_entity WHERE canonical_id = ? ORDER BY id", rs -> rs.getString(1),
                    other.id());
            sql.update("INSERT INTO inv_merge (id, canonical_id, merged_id, reason, merged_by, merged_at) VALUES (?, ?, ?, ?, ?, ?)",
                    id, keep.id(), other.id(), why, who.username(), now);
            for (String m : members) {
                sql.update("INSERT INTO inv_merge_member (merge_id, entity_id, previous_canonical) VALUES (?, ?, ?)", id, m, other.id());
            }
            sql.update("UPDATE inv_entity SET canonical_id = ? WHERE canonical_id = ?", keep.id(), other.id());
            store.audit().record(AuditEvent.write(who.username(), "investigation.entity.merge", "inv_entity", keep.id(),
                    "merged " + other.id() + " (" + members.size() + " entities) into " + keep.id() + ": " + why));
            return new MergeRecord(id, keep.id(), other.id(), why, who.username(), now, Optional.empty(), Optional.empty(), members);
        });
    }

    /** Undoes a merge exactly: every member gets back the canonical id it had. Refused while a later merge builds on it. */
    public MergeRecord unmerge(Principal who, String mergeId, String reason) {
        requireAnalyst(who);
        String why = Require.text("reason", reason, 2000);
        MergeRecord m = find(who, mergeId).orElseThrow(() -> new NotFoundException("merge", mergeId));
        if (!m.active()) {
            throw new ConflictException("merge " + mergeId + " was already undone");
        }
        return store.transactions().inTransaction(() -> {
            for (String member : m.members()) {
                String now = sql.queryOne("SELECT canonical_id FROM inv_entity WHERE id = ?", rs -> rs.getString(1), member).orElse(null);
                if (now != null && !now.equals(m.canonicalId())) {
                    throw new ConflictException("entity " + member + " was merged again since (into " + now + "); undo that merge first");
                }
            }
            Instant at = store.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            sql.update("UPDATE inv_entity SET canonical_id = (SELECT mm.previous_canonical FROM inv_merge_member mm "
                    + "WHERE mm.merge_id = ? AND mm.entity_id = inv_entity.id) "
                    + "WHERE id IN (SELECT entity_id FROM inv_merge_member WHERE merge_id = ?)", mergeId, mergeId);
            sql.update("UPDATE inv_merge SET undone_by = ?, undone_at = ? WHERE id = ?", who.username(), at, mergeId);
            store.audit().record(AuditEvent.write(who.username(), "investigation.entity.unmerge", "inv_entity", m.canonicalId(),
                    "undid merge " + mergeId + " of " + m.mergedId() + " into " + m.canonicalId() + ": " + why));
            return new MergeRecord(m.id(), m.canonicalId(), m.mergedId(), m.reason(), m.mergedBy(), m.mergedAt(),
                    Optional.of(who.username()), Optional.of(at), m.members());
        });
    }

    /** Records that two entities are not the same, so that they are not proposed again. */
    public void reject(Principal who, String leftId, String rightId) {
        requireAnalyst(who);
        store.find(who, leftId).orElseThrow(() -> new NotFoundException("entity", leftId));
        store.find(who, rightId).orElseThrow(() -> new NotFoundException("entity", rightId));
        String[] key = pairKey(leftId, rightId).split("\\|", 2);
        store.transactions().run(() -> {
            if (sql.count("SELECT COUNT(*) FROM inv_not_same WHERE left_id = ? AND right_id = ?", key[0], key[1]) == 0) {
                sql.update("INSERT INTO inv_not_same (left_id, right_id, judged_by, judged_at) VALUES (?, ?, ?, ?)", key[0], key[1],
                        who.username(), store.clock().instant());
            }
            store.audit().record(AuditEvent.write(who.username(), "investigation.entity.not-same", "inv_entity", key[0],
                    key[0] + " and " + key[1] + " judged not the same"));
        });
    }

    /** A merge, if the reader may see its canonical entity. */
    public Optional<MergeRecord> find(Principal reader, String mergeId) {
        return sql.queryOne("SELECT id, canonical_id, merged_id, reason, merged_by, merged_at, undone_by, undone_at FROM inv_merge WHERE id = ?",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    Sql.instant(rs, "merged_at"), rs.getString(7), Sql.instant(rs, "undone_at")}, mergeId)
                .filter(row -> store.find(reader, (String) row[1]).isPresent())
                .map(this::record);
    }

    /** The merges into an entity the reader may see, newest first. */
    public List<MergeRecord> history(Principal reader, String canonicalId) {
        if (store.find(reader, canonicalId).isEmpty()) {
            throw new NotFoundException("entity", canonicalId);
        }
        return sql.query("SELECT id, canonical_id, merged_id, reason, merged_by, merged_at, undone_by, undone_at FROM inv_merge "
                        + "WHERE canonical_id = ? ORDER BY merged_at DESC, id",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    Sql.instant(rs, "merged_at"), rs.getString(7), Sql.instant(rs, "undone_at")}, canonicalId)
                .stream().map(this::record).toList();
    }

    private MergeRecord record(Object[] row) {
        List<String> members = sql.query("SELECT entity_id FROM inv_merge_member WHERE merge_id = ? ORDER BY entity_id",
                rs -> rs.getString(1), row[0]);
        return new MergeRecord((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], (Instant) row[5],
                Optional.ofNullable((String) row[6]), Optional.ofNullable((Instant) row[7]), members);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static void requireAnalyst(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("only analysts and supervisors merge entities");
        }
    }
}
