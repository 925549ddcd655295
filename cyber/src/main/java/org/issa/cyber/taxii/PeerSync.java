package org.issa.cyber.taxii;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.StixTimestamp;
import org.issa.cyber.stix.store.ImportReport;
import org.issa.cyber.stix.store.ObjectQuery;
import org.issa.cyber.stix.store.Source;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.stix.store.StoredObject;
import org.issa.cyber.stix.store.VersionMatch;
import org.issa.cyber.tlp.Recipient;
import org.issa.cyber.tlp.Release;
import org.issa.cyber.tlp.TlpMarkings;
import org.issa.cyber.tlp.TlpVersion;

/**
 * Pulls from and pushes to TAXII peers. A pull fetches a peer collection's objects added since the
 * last pull, page by page, and stores them through the STIX store's validation (each keeps its
 * own TLP; received objects stay in this community). A push sends the objects added since the
 * last push that {@link Release#decide} lets go to the peer's organisation: AMBER+STRICT never
 * leaves the organisation, RED only to named recipients (a peer names none), distribution and
 * sharing groups as the rule says, TLP refs rewritten for TLP 1.0 peers. Every sync is recorded
 * in the history and the audit trail, failures with the peer's own words.
 */
public final class PeerSync {

    /** How the history and the audit trail tell a scheduled sync from one a supervisor started. */
    static final String SCHEDULED = "scheduled: ";

    private static final System.Logger LOG = System.getLogger(PeerSync.class.getName());

    private final PeerStore peers;
    private final StixStore store;
    private final TaxiiInbox received;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final ClientLimits limits;

    public PeerSync(PeerStore peers, StixStore store, TaxiiInbox received, AuditLog audit, Transactions tx, Clock clock,
                    ClientLimits limits) {
        this.peers = peers;
        this.store = store;
        this.received = received;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.limits = limits;
    }

    // ---- configuration

    public List<Peer> peers(Principal who) {
        requireConfiguration(who);
        return peers.all();
    }

    public Peer peer(Principal who, String id) {
        requireConfiguration(who);
        return peers.find(id).orElseThrow(() -> new NotFoundException("TAXII peer", id));
    }

    /** Adds a peer (empty id) or changes one; the sync state of an existing peer is kept. Audited, secret reference included, never a secret. */
    public Peer save(Principal who, Peer p) {
        requireConfiguration(who);
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Peer> old = p.id() == null || p.id().isBlank() ? Optional.empty() : peers.find(p.id());
            if (p.id() != null && !p.id().isBlank() && old.isEmpty()) {
                throw new NotFoundException("TAXII peer", p.id());
            }
            String id = old.map(Peer::id).orElse(UUID.randomUUID().toString());
            if (peers.nameTaken(p.name(), id)) {
                throw new ConflictException("a TAXII peer named '" + p.name() + "' exists");
            }
            Peer saved = new Peer(id, p.name(), p.apiRoot(), p.pullCollection(), p.pushCollection(), p.pullInto(), p.pushFrom(), p.username(),
                    p.secretRef(), p.organisation(), p.memberState(), p.clearance(), p.tlpVersion(), p.enabled(),
                    old.flatMap(Peer::pulledUntil), old.flatMap(Peer::pushedUntil));
            if (old.isPresent()) {
                peers.update(saved, now);
            } else {
                peers.insert(saved, who.username(), now);
            }
            audit.record(AuditEvent.write(who.username(), old.isPresent() ? "cyber.taxii.peer.update" : "cyber.taxii.peer.create",
                    "taxii_peer", id, saved.name() + ": " + saved.apiRoot() + " pull " + saved.pullCollection().orElse("-") + " push "
                            + saved.pushCollection().orElse("-") + " as " + saved.username() + " (secret " + saved.secretRef() + "), "
                            + "organisation " + saved.organisation() + "/" + saved.memberState() + ", clearance " + saved.clearance()
                            + ", TLP " + saved.tlpVersion() + (saved.enabled() ? "" : ", disabled")));
            return saved;
        });
    }

    public List<SyncRecord> history(Principal who, Optional<String> peerId, int limit) {
        requireConfiguration(who);
        return peers.history(peerId, limit);
    }

    // ---- pull

    public SyncRecord pull(Principal who, String peerId) {
        return pull(who, peerId, false);
    }

    /** A pull; a scheduled one says so in its history message and audit entry. */
    SyncRecord pull(Principal who, String peerId, boolean scheduled) {
        requireSync(who);
        Peer p = peers.find(peerId).orElseThrow(() -> new NotFoundException("TAXII peer", peerId));
        String collection = p.pullCollection().orElseThrow(() -> new InvalidInputException("pullCollection",
                "the peer " + p.name() + " has no collection to pull from"));
        requireEnabled(p);
        Instant started = clock.instant();
        int[] n = new int[4]; // received, stored, unchanged, failed
        List<String> notes = new ArrayList<>();
        try {
            TaxiiClient client = client(p);
            Optional<String> addedAfter = p.pulledUntil();
            Optional<String> next = Optional.empty();
            Optional<String> until = p.pulledUntil();
            Source source = Source.taxii(p.apiRoot() + "collections/" + collection + "/");
            for (int page = 0; ; page++) {
                if (page >= limits.maxPages() || n[0] >= limits.maxObjects()) {
                    notes.add("stopped after " + page + " pages and " + n[0] + " objects (the limits of one pull); the next pull carries on");
                    break;
                }
                TaxiiClient.ObjectsPage got = client.objects(collection, addedAfter, next, limits.pageSize());
                Optional<String> last = got.dateAddedLast().filter(t -> StixTimestamp.parse(t).isPresent());
                Optional<String> newUntil = later(until, last);
                List<ImportReport.Outcome> outcomes = tx.inTransaction(() -> {
                    List<ImportReport.Outcome> o = received.storeKeepingTlp(who, got.objects(), source, p.pullInto());
                    peers.update(p.withState(newUntil, p.pushedUntil()), clock.instant());
                    return o;
                });
                until = newUntil;
                n[0] += got.objects().size();
                for (ImportReport.Outcome o : outcomes) {
                    switch (o.status()) {
                        case STORED -> n[1]++;
                        case ALREADY_STORED, DUPLICATE -> n[2]++;
                        default -> {
                            n[3]++;
                            if (notes.size() < 10) {
                                notes.add(o.id() + " refused: " + o.issues().stream().filter(i -> i.severity() == org.issa.cyber.stix.Issue.Severity.ERROR)
                                        .map(i -> i.rule() + " " + i.message()).findFirst().orElse(o.status().name()));
                            }
                        }
                    }
                }
                if (!got.more()) {
                    break;
                }
                if (got.next().isPresent()) {
                    next = got.next();
                } else if (last.isPresent()) {
                    addedAfter = last; // TAXII 2.1: more without next means "ask again added after the last date"
                    next = Optional.empty();
                } else {
                    notes.add("the peer said there is more but gave neither next nor X-TAXII-Date-Added-Last; stopped");
                    break;
                }
            }
            return finish(who, p, SyncRecord.Direction.PULL, scheduled, started, true, n[0], n[1], n[2], n[3], 0,
                    summary(n[0] + " received, " + n[1] + " stored, " + n[2] + " already here, " + n[3] + " refused", notes));
        } catch (RuntimeException e) {
            return failed(who, p, SyncRecord.Direction.PULL, scheduled, started, n, 0, e);
        }
    }

    // ---- push

    public SyncRecord push(Principal who, String peerId) {
        return push(who, peerId, false);
    }

    /** A push; a scheduled one says so in its history message and audit entry. */
    SyncRecord push(Principal who, String peerId, boolean scheduled) {
        requireSync(who);
        Peer p = peers.find(peerId).orElseThrow(() -> new NotFoundException("TAXII peer", peerId));
        String collection = p.pushCollection().orElseThrow(() -> new InvalidInputException("pushCollection",
                "the peer " + p.name() + " has no collection to push to"));
        requireEnabled(p);
        Instant started = clock.instant();
        int[] n = new int[4]; // considered, accepted, unreported, failed
        int[] withheld = {0};
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        Recipient recipient = p.recipient();
        try {
            TaxiiClient client = client(p);
            ObjectQuery q = ObjectQuery.latest(org.issa.core.paging.Cursor.MAX_PAGE_SIZE).versions(VersionMatch.ALL);
            if (p.pushFrom().isPresent()) {
                q = q.inCollection(p.pushFrom().get());
            }
            if (p.pushedUntil().isPresent()) {
                q = q.addedAfter(p.pushedUntil().get());
            }
            ObjectQuery query = q;
            List<String> batch = new ArrayList<>();
            Instant[] until = {p.pushedUntil().orElse(null)};
            Page.walk(cursor -> store.objects(who, query.after(cursor)), limits.maxObjects(), o -> {
                n[0]++;
                if (until[0] == null || o.dateAdded().isAfter(until[0])) {
                    until[0] = o.dateAdded();
                }
                Optional<String> json = releasable(o, p, recipient, reasons);
                if (json.isEmpty()) {
                    withheld[0]++;
                    return;
                }
                batch.add(json.get());
                if (batch.size() >= limits.pageSize()) {
                    send(client, collection, batch, n, notes);
                }
            });
            if (!batch.isEmpty()) {
                send(client, collection, batch, n, notes);
            }
            Optional<Instant> pushed = Optional.ofNullable(until[0]);
            tx.run(() -> peers.find(p.id()).ifPresent(cur -> peers.update(cur.withState(cur.pulledUntil(), pushed), clock.instant())));
            if (!reasons.isEmpty()) {
                notes.addFirst("withheld by rule: " + reasons);
            }
            return finish(who, p, SyncRecord.Direction.PUSH, scheduled, started, true, n[0], n[1], n[2], n[3], withheld[0],
                    summary(n[0] + " considered, " + (n[0] - withheld[0]) + " sent, " + n[1] + " accepted, " + n[3] + " refused by the peer, "
                            + withheld[0] + " withheld", notes));
        } catch (RuntimeException e) {
            return failed(who, p, SyncRecord.Direction.PUSH, scheduled, started, n, withheld[0], e);
        }
    }

    /** A status the peer gave for a push, fetched again (for statuses still pending). */
    public TaxiiStatus pollStatus(Principal who, String peerId, String statusId) {
        requireSync(who);
        Peer p = peers.find(peerId).orElseThrow(() -> new NotFoundException("TAXII peer", peerId));
        return client(p).status(statusId);
    }

    /** The object's JSON as the peer may get it, or empty with the reason counted. */
    private Optional<String> releasable(StoredObject o, Peer p, Recipient recipient, Map<String, Integer> reasons) {
        Release.Decision d = Release.decide(store.dissemination(o), recipient);
        if (!d.allowed()) {
            reasons.merge(d.rule(), 1, Integer::sum);
            return Optional.empty();
        }
        if (p.tlpVersion() == TlpVersion.V1) {
            try {
                return Optional.of(StixJson.compact(TlpMarkings.mapTo(o.node(), TlpVersion.V1, false)));
            } catch (TlpMarkings.LossyMappingException e) {
                reasons.merge("tlp-1.0", 1, Integer::sum);
                return Optional.empty();
            }
        }
        return Optional.of(o.json());
    }

    private void send(TaxiiClient client, String collection, List<String> batch, int[] n, List<String> notes) {
        TaxiiStatus s = client.addObjects(collection, List.copyOf(batch));
        batch.clear();
        for (int i = 0; i < 3 && s.status().equals("pending"); i++) {
            try {
                Thread.sleep(500L * (i + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            s = client.status(s.id());
        }
        n[1] += s.successes().size();
        n[2] += s.pendings().size();
        n[3] += s.failures().size();
        if (s.status().equals("pending")) {
            notes.add("peer status " + s.id() + " still pending (" + s.pendings().size() + " objects)");
        }
        s.failures().stream().limit(Math.max(0, 10 - notes.size())).forEach(f -> notes.add(f.id() + " refused by the peer: " + f.message()));
    }

    // ---- records

    private SyncRecord failed(Principal who, Peer p, SyncRecord.Direction d, boolean scheduled, Instant started, int[] n, int withheld, RuntimeException e) {
        boolean expected = e instanceof PeerException || e instanceof InvalidInputException || e instanceof ForbiddenException
                || e instanceof NotFoundException;
        if (!expected) {
            LOG.log(System.Logger.Level.ERROR, "TAXII " + d + " with " + p.name() + " failed unexpectedly", e);
        }
        String message = (e instanceof PeerException ? "" : e.getClass().getSimpleName() + ": ") + e.getMessage();
        return finish(who, p, d, scheduled, started, false, n[0], n[1], n[2], n[3], withheld, message == null ? e.toString() : message);
    }

    private SyncRecord finish(Principal who, Peer p, SyncRecord.Direction d, boolean scheduled, Instant started, boolean ok, int received,
                              int stored, int unchanged, int failed, int withheld, String said) {
        return record(who.username(), p, d, started, ok, received, stored, unchanged, failed, withheld, scheduled ? SCHEDULED + said : said);
    }

    /** A scheduled sync that could not even start (no account to run it as, no right, nothing to sync), in the history and audit trail. */
    SyncRecord scheduledFailure(String actor, Peer p, SyncRecord.Direction d, Instant started, String reason) {
        return record(actor, p, d, started, false, 0, 0, 0, 0, 0, SCHEDULED + reason);
    }

    private SyncRecord record(String actor, Peer p, SyncRecord.Direction d, Instant started, boolean ok, int received, int stored,
                              int unchanged, int failed, int withheld, String message) {
        SyncRecord r = new SyncRecord(0, p.id(), d, actor, started, clock.instant(), ok, received, stored, unchanged, failed,
                withheld, message);
        tx.run(() -> {
            peers.recordSync(r);
            audit.record(AuditEvent.write(actor, d == SyncRecord.Direction.PULL ? "cyber.taxii.pull" : "cyber.taxii.push",
                    "taxii_peer", p.id(), p.name() + (ok ? ": " : ": FAILED: ") + message));
        });
        return r;
    }

    private TaxiiClient client(Peer p) {
        return new TaxiiClient(p.apiRoot(), p.username(), PeerSecrets.resolve(p.secretRef()), limits);
    }

    private static Optional<String> later(Optional<String> a, Optional<String> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        Instant x = StixTimestamp.parse(a.get()).map(StixTimestamp::instant).orElse(Instant.EPOCH);
        Instant y = StixTimestamp.parse(b.get()).map(StixTimestamp::instant).orElse(Instant.EPOCH);
        return y.isAfter(x) ? b : a;
    }

    private static String summary(String counts, List<String> notes) {
        return notes.isEmpty() ? counts : counts + "; " + String.join("; ", notes);
    }

    private static void requireEnabled(Peer p) {
        if (!p.enabled()) {
            throw new InvalidInputException("enabled", "the peer " + p.name() + " is disabled");
        }
    }

    private static void requireConfiguration(Principal who) {
        if (!who.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new ForbiddenException("only supervisors and administrators manage TAXII peers");
        }
    }

    private static void requireSync(Principal who) {
        if (!who.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only supervisors pull from and push to TAXII peers");
        }
    }
}
