package org.issa.cyber.stix.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.stix.Bundle;
import org.issa.cyber.stix.BundleCheck;
import org.issa.cyber.stix.Checked;
import org.issa.cyber.stix.Issue;
import org.issa.cyber.stix.StixObject;
import org.issa.cyber.stix.ValidationReport;
import org.issa.cyber.tlp.Dissemination;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.SharingGroup;
import org.issa.cyber.tlp.TlpMarkings;
import org.issa.cyber.tlp.TlpVersion;

/**
 * The STIX store: every version of every object with its raw JSON, its ISSA marking, TLP,
 * distribution and provenance. Reads filter by marking and distribution in the SQL that fetches
 * the rows; writes run in one transaction with their audit entry. Imports are idempotent (the same
 * id, version and content again adds nothing) and all-or-nothing unless the caller asks to skip
 * invalid objects.
 *
 * <p>Who may do what: analysts and supervisors import; whoever holds write on a collection may
 * add to it (a TAXII peer's account, say); supervisors delete objects from the store and manage
 * collections and sharing groups (administrators too, as configuration).
 */
public final class StixStore {

    private final StixTables tables;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public StixStore(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        this.tables = new StixTables(sql);
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    // ---- writes

    /**
     * Validates and stores a bundle (or envelope). Objects with an ERROR are refused; with
     * {@code skipInvalid} off, one refused object means nothing is stored ({@code committed} false).
     */
    public ImportReport importBundle(Principal who, Bundle bundle, ImportOptions options) {
        requireImportRight(who, options.collection());
        Marking base = who.markingOfOwnRecord(options.marking());
        Optional<SharingGroup> group = sharingGroupFor(options.distribution(), options.sharingGroup());
        new Dissemination(base, options.distribution(), group);
        return tx.inTransaction(() -> {
            ValidationReport report = BundleCheck.check(bundle, ref -> TlpMarkings.isTlp(ref) || tables.exists(who, ref));
            Set<String> ids = new LinkedHashSet<>();
            report.accepted().forEach(o -> ids.add(o.id()));
            Map<String, String> stored = tables.storedHashes(ids);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<ImportReport.Outcome> outcomes = new ArrayList<>();
            List<StixTables.NewRow> rows = new ArrayList<>();
            List<String> keysForCollection = new ArrayList<>();
            for (Checked c : report.entries()) {
                if (c.refused()) {
                    outcomes.add(outcome(c, ImportReport.Status.REFUSED, c.issues()));
                    continue;
                }
                StixObject o = c.object().orElseThrow();
                if (c.duplicate()) {
                    outcomes.add(outcome(c, ImportReport.Status.DUPLICATE, c.issues()));
                    continue;
                }
                String key = o.id() + "|" + o.versionKey();
                String hash = sha256(o.canonical());
                String existing = stored.get(key);
                if (existing != null && !existing.equals(hash)) {
                    List<Issue> issues = new ArrayList<>(c.issues());
                    issues.add(new Issue(Issue.Severity.ERROR, o.id(), "$.modified", "version-conflict",
                            "a different object with this id and version is already stored; a changed object needs a later modified"));
                    outcomes.add(outcome(c, ImportReport.Status.REFUSED, issues));
                    continue;
                }
                keysForCollection.add(key);
                if (existing != null) {
                    outcomes.add(outcome(c, ImportReport.Status.ALREADY_STORED, c.issues()));
                    continue;
                }
                Tlp tlp = TlpMarkings.strictest(o).filter(t -> t.ordinal() > base.tlp().ordinal()).orElse(base.tlp());
                Marking marking = new Marking(base.classification(), tlp, base.releasableTo(), base.originator(), base.handling());
                rows.add(new StixTables.NewRow(o, hash, cut(o.title(), 300), now, who.username(), options.source(),
                        options.distribution(), group.map(SharingGroup::id), marking));
                outcomes.add(outcome(c, ImportReport.Status.STORED, c.issues()));
            }
            boolean refused = outcomes.stream().anyMatch(o -> o.status() == ImportReport.Status.REFUSED);
            if (refused && !options.skipInvalid()) {
                List<ImportReport.Outcome> none = outcomes.stream().map(o -> o.status() == ImportReport.Status.REFUSED ? o
                        : new ImportReport.Outcome(o.index(), o.id(), o.version(), o.type(), ImportReport.Status.NOT_STORED,
                        o.issues())).toList();
                return new ImportReport(bundle.id(), false, none, report.bundleIssues());
            }
            tables.insert(rows);
            if (options.collection().isPresent() && !keysForCollection.isEmpty()) {
                Map<String, Long> seqs = tables.seqs(ids);
                tables.addToCollection(options.collection().get(), keysForCollection.stream().map(seqs::get).toList(), now,
                        who.username());
            }
            ImportReport result = new ImportReport(bundle.id(), true, outcomes, report.bundleIssues());
            audit.record(AuditEvent.write(who.username(), "cyber.stix.import", "stix_bundle", bundle.id().orElse("envelope"),
                    result.count(ImportReport.Status.STORED) + " stored, " + result.count(ImportReport.Status.ALREADY_STORED)
                            + " already stored, " + result.count(ImportReport.Status.REFUSED) + " refused; "
                            + base.banner() + ", distribution " + options.distribution()
                            + options.collection().map(c -> ", collection " + c).orElse("") + ", source "
                            + options.source().kind() + " " + cut(options.source().ref(), 200)));
            return result;
        });
    }

    /**
     * Removes versions of an object: from a collection (needs write on it), or from the store
     * (supervisors). Only versions the principal can see are touched. Returns how many went.
     */
    public int delete(Principal who, String stixId, Optional<String> collectionId, VersionMatch versions) {
        if (collectionId.isPresent()) {
            Collection c = requireCollection(who, collectionId.get());
            if (!c.canWrite()) {
                throw new ForbiddenException("you may not change the collection " + c.title());
            }
        } else if (!who.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only a supervisor may delete objects from the store");
        }
        return tx.inTransaction(() -> {
            List<Long> seqs = new ArrayList<>();
            ObjectQuery q = new ObjectQuery(collectionId, Optional.empty(), Set.of(stixId), Set.of(), versions, Set.of(),
                    Optional.empty(), Optional.empty(), "", org.issa.core.paging.Cursor.MAX_PAGE_SIZE);
            Page.walk(cursor -> objects(who, q.after(cursor)), 100_000, o -> seqs.add(o.seq()));
            if (seqs.isEmpty()) {
                throw new NotFoundException("STIX object", stixId);
            }
            int n = collectionId.isPresent() ? tables.removeFromCollection(collectionId.get(), seqs) : tables.deleteObjects(seqs);
            audit.record(AuditEvent.write(who.username(), collectionId.isPresent() ? "cyber.stix.collection.remove" : "cyber.stix.delete",
                    "stix_object", stixId, n + " version(s)" + collectionId.map(c -> " from collection " + c).orElse(" from the store")));
            return n;
        });
    }

    /** Adds the versions of objects the principal can see to a collection they may write. */
    public int addToCollection(Principal who, String collectionId, List<String> stixIds) {
        Collection c = requireCollection(who, collectionId);
        if (!c.canWrite()) {
            throw new ForbiddenException("you may not change the collection " + c.title());
        }
        if (stixIds.isEmpty() || stixIds.size() > 100) {
            throw new InvalidInputException("ids", "give 1 to 100 object ids");
        }
        return tx.inTransaction(() -> {
            List<Long> seqs = new ArrayList<>();
            ObjectQuery q = ObjectQuery.latest(org.issa.core.paging.Cursor.MAX_PAGE_SIZE).ids(Set.copyOf(stixIds)).versions(VersionMatch.ALL);
            Page.walk(cursor -> objects(who, q.after(cursor)), 100_000, o -> seqs.add(o.seq()));
            tables.addToCollection(c.id(), seqs, clock.instant().truncatedTo(ChronoUnit.MICROS), who.username());
            audit.record(AuditEvent.write(who.username(), "cyber.stix.collection.add", "stix_collection", c.id(),
                    seqs.size() + " version(s) of " + stixIds.size() + " object(s)"));
            return seqs.size();
        });
    }

    public Collection createCollection(Principal who, String title, String description, Optional<String> alias,
                                       List<Collection.Grant> grants) {
        requireAdministration(who);
        String t = Require.text("title", title, 200);
        String d = description == null ? "" : description.strip();
        if (d.length() > 2000) {
            throw new InvalidInputException("description", "description must be at most 2000 characters");
        }
        Optional<String> a = alias.map(String::strip).filter(s -> !s.isEmpty());
        if (a.isPresent() && !a.get().matches("[a-z0-9-]{1,100}")) {
            throw new InvalidInputException("alias", "alias must be 1 to 100 characters a-z, 0-9 and '-'");
        }
        String id = UUID.randomUUID().toString();
        tx.run(() -> {
            if (a.isPresent() && tables.aliasTaken(a.get())) {
                throw new ConflictException("a collection with alias '" + a.get() + "' exists");
            }
            tables.insertCollection(new StixTables.CollectionRow(id, t, d, a), grants, who.username(), clock.instant());
            audit.record(AuditEvent.write(who.username(), "cyber.stix.collection.create", "stix_collection", id,
                    t + "; grants " + grants.stream().map(g -> g.grantee() + (g.read() ? ":r" : "") + (g.write() ? ":w" : "")).toList()));
        });
        return collection(who, id).orElseThrow();
    }

    public Collection setGrants(Principal who, String collectionId, List<Collection.Grant> grants) {
        requireAdministration(who);
        Collection c = requireCollection(who, collectionId);
        tx.run(() -> {
            tables.replaceGrants(c.id(), grants);
            audit.record(AuditEvent.write(who.username(), "cyber.stix.collection.grants", "stix_collection", c.id(),
                    grants.stream().map(g -> g.grantee() + (g.read() ? ":r" : "") + (g.write() ? ":w" : "")).toList().toString()));
        });
        return collection(who, c.id()).orElseThrow();
    }

    public SharingGroup createSharingGroup(Principal who, String name, String description, Set<String> members) {
        requireAdministration(who);
        SharingGroup g = new SharingGroup(UUID.randomUUID().toString(), name, description, members);
        tx.run(() -> {
            if (tables.sharingGroupNameTaken(g.name())) {
                throw new ConflictException("a sharing group named '" + g.name() + "' exists");
            }
            tables.insertSharingGroup(g, who.username(), clock.instant());
            audit.record(AuditEvent.write(who.username(), "cyber.sharing-group.create", "sharing_group", g.id(),
                    g.name() + ": " + g.members()));
        });
        return g;
    }

    /**
     * A bundle of the objects a query finds for the reader (at most {@code max}), as stored, with
     * the TLP marking-definitions they refer to. With a {@code tlpVersion} the TLP refs are
     * rewritten for peers of that version; AMBER+STRICT cannot go to TLP 1.0 and is left out
     * unless {@code allowLossy}, when it goes as AMBER and the loss is written in the audit trail.
     */
    public Export export(Principal reader, ObjectQuery query, Optional<TlpVersion> tlpVersion, boolean allowLossy, int max) {
        if (max < 1 || max > 100_000) {
            throw new InvalidInputException("max", "an export holds 1 to 100,000 objects");
        }
        List<String> json = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        Set<String> tlpRefs = new java.util.TreeSet<>();
        int[] lossy = {0};
        Page.walk(cursor -> objects(reader, query.after(cursor)), max, o -> {
            tools.jackson.databind.JsonNode node = o.node();
            if (tlpVersion.isPresent()) {
                try {
                    boolean strict = o.marking().tlp() == Tlp.AMBER_STRICT || TlpMarkings.strictest(StixObject.of(node))
                            .filter(t -> t == Tlp.AMBER_STRICT).isPresent();
                    node = TlpMarkings.mapTo(node, tlpVersion.get(), allowLossy);
                    if (strict && tlpVersion.get() == TlpVersion.V1) {
                        lossy[0]++;
                    }
                } catch (TlpMarkings.LossyMappingException e) {
                    leftOut.add(o.id() + ": " + e.getMessage());
                    return;
                }
            }
            ids.add(o.id());
            StixObject.of(node).references().stream().filter(TlpMarkings::isTlp).forEach(tlpRefs::add);
            json.add(org.issa.cyber.stix.StixJson.compact(node));
        });
        for (String ref : tlpRefs) {
            if (!ids.contains(ref)) {
                Tlp t = TlpMarkings.tlpOf(ref).orElseThrow();
                json.add(org.issa.cyber.stix.StixJson.compact(TlpMarkings.definition(t, TlpMarkings.versionOf(ref).orElseThrow())));
            }
        }
        String bundleId = org.issa.cyber.stix.BundleWriter.newBundleId();
        byte[] bundle = org.issa.cyber.stix.BundleWriter.write(bundleId, json);
        audit.record(AuditEvent.write(reader.username(), "cyber.stix.export", "stix_bundle", bundleId,
                json.size() + " objects" + tlpVersion.map(v -> ", TLP refs as " + v).orElse("") + (leftOut.isEmpty() ? ""
                        : ", " + leftOut.size() + " left out (AMBER+STRICT to TLP 1.0)") + (lossy[0] > 0
                        ? ", " + lossy[0] + " AMBER+STRICT sent as AMBER (STRICT lost, allowed by the user)" : "")));
        return new Export(bundle, json.size(), leftOut);
    }

    /** Relationships and sightings (last versions) the reader may see that refer to an object. */
    public List<StoredObject> referencing(Principal reader, String stixId, int limit) {
        return tables.referencing(reader, stixId, limit);
    }

    // ---- reads

    /** Stored versions the reader may see, filtered and paged as {@link ObjectQuery} says. */
    public Page<StoredObject> objects(Principal reader, ObjectQuery query) {
        query.collection().ifPresent(c -> {
            if (!requireCollection(reader, c).canRead()) {
                throw new ForbiddenException("you may not read this collection");
            }
        });
        return Page.of(tables.query(reader, query), query.limit(), StixTables::keyOf);
    }

    /** The latest version of an object the reader may see. */
    public Optional<StoredObject> object(Principal reader, String stixId) {
        return objects(reader, ObjectQuery.latest(1).ids(Set.of(stixId))).items().stream().findFirst();
    }

    /** Every version of an object the reader may see, oldest first (at most 500). */
    public List<StoredObject> versions(Principal reader, String stixId) {
        List<StoredObject> all = new ArrayList<>(objects(reader, ObjectQuery.latest(500).ids(Set.of(stixId))
                .versions(VersionMatch.ALL)).items());
        all.sort(java.util.Comparator.comparing(StoredObject::version).thenComparing(StoredObject::seq));
        return all;
    }

    public boolean exists(Principal reader, String stixId) {
        return tables.exists(reader, stixId);
    }

    public long count(Principal reader) {
        return tables.count(reader);
    }

    public Map<String, Long> countByType(Principal reader) {
        return tables.countByType(reader);
    }

    /**
     * Collections the principal may read or write (all of them, for supervisors and administrators). Grants are shown to
     * supervisors and administrators, and to analysts for the collections they use (they must know where what they add goes).
     */
    public List<Collection> collections(Principal who) {
        Map<String, List<Collection.Grant>> grants = tables.grants();
        boolean admin = who.hasAny(Role.SUPERVISOR, Role.ADMIN);
        boolean analyst = who.has(Role.ANALYST);
        List<Collection> out = new ArrayList<>();
        for (StixTables.CollectionRow r : tables.collections()) {
            List<Collection.Grant> g = grants.getOrDefault(r.id(), List.of());
            boolean read = g.stream().anyMatch(x -> x.read() && applies(x.grantee(), who));
            boolean write = g.stream().anyMatch(x -> x.write() && applies(x.grantee(), who));
            if (read || write || admin) {
                out.add(new Collection(r.id(), r.title(), r.description(), r.alias(), read, write, admin || analyst ? g : List.of()));
            }
        }
        return out;
    }

    /** A collection by id or alias, if the principal may see it. */
    public Optional<Collection> collection(Principal who, String idOrAlias) {
        return collections(who).stream().filter(c -> c.id().equals(idOrAlias) || c.alias().filter(idOrAlias::equals).isPresent())
                .findFirst();
    }

    public List<SharingGroup> sharingGroups() {
        return tables.sharingGroups();
    }

    public Optional<SharingGroup> sharingGroup(String id) {
        return tables.sharingGroups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** What governs where a stored object may go, for {@link org.issa.cyber.tlp.Release#decide}. */
    public Dissemination dissemination(StoredObject o) {
        return new Dissemination(o.marking(), o.distribution(), o.sharingGroup().flatMap(this::sharingGroup));
    }

    // ---- rules

    private static boolean applies(String grantee, Principal p) {
        return grantee.equals("ANY") || grantee.equals("USER:" + p.username()) || grantee.equals("AGENCY:" + p.agency())
                || grantee.equals("STATE:" + p.memberState())
                || (grantee.startsWith("ROLE:") && p.roles().stream().anyMatch(r -> grantee.equals("ROLE:" + r.name())));
    }

    private void requireImportRight(Principal who, Optional<String> collectionId) {
        if (collectionId.isPresent()) {
            if (!requireCollection(who, collectionId.get()).canWrite()) {
                throw new ForbiddenException("you may not add objects to this collection");
            }
        } else if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("only CERT analysts and supervisors may import STIX bundles");
        }
    }

    private static void requireAdministration(Principal who) {
        if (!who.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new ForbiddenException("only supervisors and administrators may manage collections and sharing groups");
        }
    }

    private Collection requireCollection(Principal who, String idOrAlias) {
        return collection(who, idOrAlias).orElseThrow(() -> new NotFoundException("collection", idOrAlias));
    }

    private Optional<SharingGroup> sharingGroupFor(Distribution distribution, Optional<String> id) {
        if (distribution != Distribution.SHARING_GROUP) {
            if (id.isPresent()) {
                throw new InvalidInputException("sharingGroup", "a sharing group goes with distribution SHARING_GROUP only");
            }
            return Optional.empty();
        }
        String groupId = id.orElseThrow(() -> new InvalidInputException("sharingGroup", "distribution SHARING_GROUP needs a sharing group"));
        return Optional.of(sharingGroup(groupId).orElseThrow(() -> new InvalidInputException("sharingGroup",
                "no sharing group " + groupId)));
    }

    private static ImportReport.Outcome outcome(Checked c, ImportReport.Status status, List<Issue> issues) {
        String id = c.label();
        String version = c.object().flatMap(StixObject::version).map(v -> v.text()).orElse("");
        String type = c.object().map(StixObject::type).orElse("");
        return new ImportReport.Outcome(c.index(), id, version, type, status, issues);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
