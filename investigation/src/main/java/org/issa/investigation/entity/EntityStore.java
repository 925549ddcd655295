package org.issa.investigation.entity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.entity.Entity;
import org.issa.core.entity.EntityPort;
import org.issa.core.entity.Provenance;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;

/**
 * The investigation entity store: FollowTheMoney-shaped entities kept as statements, each with
 * its marking and provenance. Other modules publish through {@link EntityPort} (as the system);
 * analysts' imports publish in their name. Every write is audited in its transaction; every read
 * of a person or of data marked personal needs a purpose and is audited.
 */
public final class EntityStore implements EntityPort {

    /** Bounds on one entity, so that a hostile file cannot make one row set of unbounded size. */
    public static final int MAX_VALUES = 2000;
    public static final int MAX_VALUE_CHARS = 4000;
    private static final Pattern PROPERTY = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");
    private static final String SYSTEM = "system";

    private final EntityRows rows;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public EntityStore(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        this.rows = new EntityRows(sql);
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The outcome of a publication: entities and statements written, per dataset. */
    public record Published(int entities, int statements, List<String> datasets) {
    }

    @Override
    public void publish(List<Entity> entities) {
        publish(SYSTEM, entities.stream().map(Publication::of).toList());
    }

    @Override
    public void withdraw(String dataset, Collection<String> ids) {
        withdraw(SYSTEM, dataset, ids);
    }

    /** Stores or replaces the given entities in one transaction, audited as {@code actor}. */
    public Published publish(String actor, List<Publication> publications) {
        publications.forEach(EntityStore::check);
        return tx.inTransaction(() -> {
            Instant now = EntityRows.now(clock);
            int statements = 0;
            Map<String, List<String>> byDataset = new LinkedHashMap<>();
            for (Publication p : publications) {
                statements += rows.write(p, now);
                byDataset.computeIfAbsent(p.entity().provenance().dataset(), d -> new ArrayList<>()).add(p.entity().id());
            }
            for (var d : byDataset.entrySet()) {
                audit.record(AuditEvent.write(actor, "investigation.entity.publish", "inv_dataset", d.getKey(),
                        d.getValue().size() + " entities published: " + String.join(", ", d.getValue())));
            }
            return new Published(publications.size(), statements, List.copyOf(byDataset.keySet()));
        });
    }

    /** Removes what the dataset published under these ids; returns how many existed. */
    public int withdraw(String actor, String dataset, Collection<String> ids) {
        if (!Provenance.DATASET.matcher(dataset == null ? "" : dataset).matches()) {
            throw new InvalidInputException("dataset", "dataset '" + dataset + "' is not a dataset name");
        }
        return tx.inTransaction(() -> {
            int n = 0;
            List<String> gone = new ArrayList<>();
            for (String id : ids) {
                if (rows.delete(StoredEntity.key(dataset, id))) {
                    n++;
                    gone.add(id);
                }
            }
            audit.record(AuditEvent.write(actor, "investigation.entity.withdraw", "inv_dataset", dataset,
                    n + " entities withdrawn: " + String.join(", ", gone)));
            return n;
        });
    }

    /** Removes every entity of a dataset (an import undone, a source's retention run). */
    public int withdrawDataset(String actor, String dataset) {
        return withdraw(actor, dataset, rows.idsOfDataset(dataset).stream().map(id -> id.substring(dataset.length() + 1)).toList());
    }

    /** The entity if the reader may see it; no audit (captions only, for lists and graphs that audit their own read). */
    public Optional<StoredEntity> find(Principal reader, String id) {
        return rows.entity(reader, id);
    }

    /**
     * The entity with its statements (and those of entities merged into it), as far as the reader
     * may see them. A merged entity is shown through its canonical entity when the reader may see
     * that one. A person, or anything marked personal data, needs a purpose; the read is audited.
     *
     * @throws NotFoundException when the entity does not exist or the reader may not see it (the same answer)
     */
    public EntityRecord read(Principal reader, String id, String purpose) {
        StoredEntity e = rows.entity(reader, id).orElseThrow(() -> new NotFoundException("entity", id));
        StoredEntity canonical = e.isMerged() ? rows.entity(reader, e.canonicalId()).orElse(e) : e;
        List<StoredEntity> members = canonical.isMerged() ? List.of() : rows.members(reader, canonical.id());
        List<Statement> statements = canonical.isMerged()
                ? rows.statementsOf(reader, canonical.id())
                : rows.statements(reader, canonical.id());
        boolean personal = canonical.isPersonalData() || members.stream().anyMatch(StoredEntity::isPersonalData)
                || statements.stream().anyMatch(s -> s.marking().isPersonalData());
        if (personal) {
            if (purpose == null || purpose.isBlank()) {
                throw new InvalidInputException("purpose", "this entity holds personal data: state the purpose of reading it");
            }
            audit.recordRead(reader.username(), "inv_entity", canonical.id(), purpose.strip());
        }
        return new EntityRecord(canonical, members, statements);
    }

    /** Canonical entities the reader may see, by caption text, schema and dataset; paged by id. */
    public Page<StoredEntity> search(Principal reader, String text, Optional<String> schema, Optional<String> dataset,
                                     String cursor, int limit) {
        String after = Cursor.decode(cursor);
        if (text != null && text.length() > 200) {
            throw new InvalidInputException("q", "q must be at most 200 characters");
        }
        schema.ifPresent(s -> FtmModel.require("schema", s));
        return Page.of(rows.search(reader, text == null ? "" : text.strip(), schema, dataset, after, limit + 1), limit,
                StoredEntity::id);
    }

    /** Datasets with the number of entities of each the reader may see. */
    public List<Map.Entry<String, Long>> datasets(Principal reader) {
        return rows.datasets(reader);
    }

    /** The SQL access, for the link analysis and merge packages of this module. */
    public Sql sql() {
        return rows.sql();
    }

    public Transactions transactions() {
        return tx;
    }

    public AuditLog audit() {
        return audit;
    }

    public Clock clock() {
        return clock;
    }

    /** Every statement of an entity whatever its marking: for the merge desk, which records and compares them. */
    public List<Statement> allStatementsOf(String entityId) {
        return rows.statementsOf(entityId);
    }

    /** The entity row whatever its marking, for writes that check existence; never to be shown. */
    public Optional<StoredEntity> unfiltered(String id) {
        return rows.entityUnfiltered(id);
    }

    private static void check(Publication p) {
        Entity e = p.entity();
        FtmModel.require("schema", e.schema());
        int values = 0;
        for (var prop : e.properties().entrySet()) {
            if (!PROPERTY.matcher(prop.getKey()).matches()) {
                throw new InvalidInputException("properties", "entity " + e.id() + ": property name '" + shorten(prop.getKey())
                        + "' is not an FtM property name");
            }
            for (String v : prop.getValue()) {
                if (v.length() > MAX_VALUE_CHARS) {
                    throw new InvalidInputException("properties", "entity " + e.id() + ": a value of " + prop.getKey()
                            + " is longer than " + MAX_VALUE_CHARS + " characters");
                }
                values++;
            }
        }
        if (values > MAX_VALUES) {
            throw new InvalidInputException("properties", "entity " + e.id() + " has more than " + MAX_VALUES + " values");
        }
        FtmSchema schema = FtmModel.require("schema", e.schema());
        schema.edge().ifPresent(edge -> {
            if (e.values(edge.source()).isEmpty() || e.values(edge.target()).isEmpty()) {
                throw new InvalidInputException("properties", "entity " + e.id() + ": a " + schema.name() + " needs both "
                        + edge.source() + " and " + edge.target());
            }
            for (String s : e.values(edge.source())) {
                if (e.values(edge.target()).contains(s)) {
                    throw new InvalidInputException("properties", "entity " + e.id() + ": a " + schema.name()
                            + " links '" + s + "' to itself (self-loop)");
                }
            }
        });
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
