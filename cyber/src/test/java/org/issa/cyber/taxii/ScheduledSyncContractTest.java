package org.issa.cyber.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.TlpMarkings;
import org.issa.cyber.tlp.TlpVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scheduled syncs over a real database, against a real (local) TAXII peer, with a clock the test
 * moves: due peers run once, others not; failures back off without holding up other peers; the
 * claim in the database keeps two nodes from running one peer at once.
 */
class ScheduledSyncContractTest {

    static final Principal SUPERVISOR = new Principal("sam", "FR-CERT", "FR", Set.of(Role.SUPERVISOR), Classification.RESTREINT_UE);
    static final Principal ANALYST = new Principal("ana", "FR-CERT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile long delayMs;

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** A TAXII peer with one collection "c1" holding one TLP:GREEN indicator (a fresh one each test). */
    @BeforeEach
    void peer() throws IOException {
        String indicator = "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + UUID.randomUUID() + "\","
                + "\"created\":\"2026-02-01T00:00:00.000Z\",\"modified\":\"2026-02-01T00:00:00.000Z\",\"name\":\"scheduled\","
                + "\"pattern\":\"[domain-name:value = 'x.example']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-02-01T00:00:00Z\","
                + "\"object_marking_refs\":[\"" + TlpMarkings.id(Tlp.GREEN, TlpVersion.V2).orElseThrow() + "\"]}";
        byte[] body = ("{\"more\":false,\"objects\":[" + indicator + "]}").getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api1/collections/c1/objects/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", TaxiiMedia.TAXII);
            exchange.getResponseHeaders().add("X-TAXII-Date-Added-Last", "2026-02-01T00:00:00.000000Z");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    record Node(PeerSync sync, ScheduledSync scheduled, ScheduleStore schedules, PeerStore peers, Sql sql, RecordingAuditLog audit,
                MutableClock clock) {
    }

    static Node node(TestDatabase db, MutableClock clock, String name) {
        Sql sql = new Sql(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        Autocommit tx = new Autocommit();
        StixStore store = new StixStore(sql, audit, tx, clock);
        TaxiiInbox inbox = new TaxiiInbox(store, new TaxiiStatusStore(sql), tx, clock, Tlp.GREEN, Distribution.COMMUNITY);
        PeerStore peers = new PeerStore(sql);
        ScheduleStore schedules = new ScheduleStore(sql);
        PeerSync sync = new PeerSync(peers, store, inbox, audit, tx, clock, ClientLimits.DEFAULT);
        return new Node(sync, new ScheduledSync(peers, schedules, sync, audit, tx, clock, Duration.ofHours(1), name), schedules, peers, sql,
                audit, clock);
    }

    String addPeer(Node n, String name, String root) {
        return n.sync().save(SUPERVISOR, new Peer("", name, URI.create(root), Optional.of("c1"), Optional.empty(), Optional.empty(),
                Optional.empty(), "svc", "env:HOME", "DE-BSI", "DE", Classification.RESTREINT_UE, TlpVersion.V2, true, Optional.empty(),
                Optional.empty())).id();
    }

    String good() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api1/";
    }

    static final String UNREACHABLE = "http://127.0.0.1:1/api1/";

    static final Function<String, Optional<Principal>> ACTORS = u -> Optional.ofNullable(Map.of("sam", SUPERVISOR, "ana", ANALYST).get(u));

    long syncs(Node n, String peer) {
        return n.sql().count("SELECT COUNT(*) FROM cyber_taxii_sync WHERE peer_id = ?", peer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void duePeersRunOnceFailingOnesBackOffAndDoNotHoldUpTheOthers(TestDatabase db) {
        Node n = node(db, new MutableClock(T0), "node-1");
        String ok = addPeer(n, "good peer", good());
        String bad = addPeer(n, "unreachable peer", UNREACHABLE);
        String off = addPeer(n, "on demand peer", good());

        assertThat(n.scheduled().runDue(ACTORS)).as("nothing is scheduled yet").isEmpty();
        n.scheduled().setInterval(SUPERVISOR, ok, Optional.of(10));
        n.scheduled().setInterval(SUPERVISOR, bad, Optional.of(10));
        assertThat(n.audit().last().action()).isEqualTo("cyber.taxii.peer.schedule");
        assertThat(n.audit().last().detail()).contains("every 10 minutes").contains("sam");

        // both are due at once; the unreachable one fails without holding up the other
        List<ScheduledSync.Outcome> first = n.scheduled().runDue(ACTORS);
        assertThat(first).extracting(ScheduledSync.Outcome::peerId).containsExactlyInAnyOrder(ok, bad);
        ScheduledSync.Outcome okRun = first.stream().filter(o -> o.peerId().equals(ok)).findFirst().orElseThrow();
        ScheduledSync.Outcome badRun = first.stream().filter(o -> o.peerId().equals(bad)).findFirst().orElseThrow();
        assertThat(okRun.ok()).isTrue();
        assertThat(okRun.syncs()).singleElement().satisfies(r -> {
            assertThat(r.stored()).isEqualTo(1);
            assertThat(r.actor()).isEqualTo("sam");
            assertThat(r.message()).startsWith("scheduled: ");
        });
        assertThat(okRun.nextDue()).contains(T0.plus(Duration.ofMinutes(10)));
        assertThat(badRun.ok()).isFalse();
        assertThat(badRun.failures()).isEqualTo(1);
        assertThat(badRun.nextDue()).as("twice the interval after one failure").contains(T0.plus(Duration.ofMinutes(20)));
        assertThat(n.peers().history(Optional.of(bad), 5)).singleElement().satisfies(r -> {
            assertThat(r.ok()).isFalse();
            assertThat(r.message()).startsWith("scheduled: ").contains("could not be reached");
        });
        assertThat(requests.get()).isEqualTo(1);
        assertThat(syncs(n, off)).as("a peer without a schedule is never run").isZero();
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_taxii_peer WHERE sync_claimed_by IS NOT NULL")).as("claims let go").isZero();

        // at once again: nothing is due
        assertThat(n.scheduled().runDue(ACTORS)).isEmpty();
        n.clock().advance(Duration.ofMinutes(9));
        assertThat(n.scheduled().runDue(ACTORS)).isEmpty();
        assertThat(requests.get()).isEqualTo(1);

        // ten minutes: the good peer only (the failing one waits twenty)
        n.clock().advance(Duration.ofMinutes(1));
        assertThat(n.scheduled().runDue(ACTORS)).extracting(ScheduledSync.Outcome::peerId).containsExactly(ok);
        assertThat(requests.get()).isEqualTo(2);
        assertThat(syncs(n, bad)).isEqualTo(1);

        // twenty: both; the failing one now waits four intervals, then eight, and no more
        n.clock().advance(Duration.ofMinutes(10));
        Instant t20 = n.clock().instant();
        assertThat(n.scheduled().runDue(ACTORS)).extracting(ScheduledSync.Outcome::peerId).containsExactlyInAnyOrder(ok, bad);
        assertThat(n.schedules().find(bad).orElseThrow().nextDue()).contains(t20.plus(Duration.ofMinutes(40)));
        n.clock().advance(Duration.ofMinutes(40));
        Instant t60 = n.clock().instant();
        n.scheduled().runDue(ACTORS);
        assertThat(n.schedules().find(bad).orElseThrow().nextDue()).contains(t60.plus(Duration.ofMinutes(80)));
        n.clock().advance(Duration.ofMinutes(80));
        Instant t140 = n.clock().instant();
        n.scheduled().runDue(ACTORS);
        PeerSchedule stillBad = n.schedules().find(bad).orElseThrow();
        assertThat(stillBad.failures()).isEqualTo(4);
        assertThat(stillBad.lastOk()).contains(false);
        assertThat(stillBad.nextDue()).as("at most eight intervals").contains(t140.plus(Duration.ofMinutes(80)));

        // the peer is mended: its next run succeeds and the wait is the interval again
        Peer mended = n.peers().find(bad).orElseThrow();
        n.sync().save(SUPERVISOR, new Peer(bad, mended.name(), URI.create(good()), mended.pullCollection(), mended.pushCollection(),
                mended.pullInto(), mended.pushFrom(), mended.username(), mended.secretRef(), mended.organisation(), mended.memberState(),
                mended.clearance(), mended.tlpVersion(), true, mended.pulledUntil(), mended.pushedUntil()));
        n.clock().advance(Duration.ofMinutes(80));
        Instant t220 = n.clock().instant();
        n.scheduled().runDue(ACTORS);
        PeerSchedule healed = n.schedules().find(bad).orElseThrow();
        assertThat(healed.failures()).isZero();
        assertThat(healed.lastOk()).contains(true);
        assertThat(healed.nextDue()).contains(t220.plus(Duration.ofMinutes(10)));

        // off: never again
        n.scheduled().setInterval(SUPERVISOR, ok, Optional.empty());
        assertThat(n.schedules().find(ok).orElseThrow().nextDue()).isEmpty();
        long before = syncs(n, ok);
        n.clock().advance(Duration.ofDays(30));
        n.scheduled().runDue(ACTORS);
        assertThat(syncs(n, ok)).isEqualTo(before);
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_taxii_sync WHERE peer_id = ? AND message NOT LIKE 'scheduled: %'", ok)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlySupervisorsScheduleWithinBoundsAndRunsNeedTheirAccount(TestDatabase db) {
        Node n = node(db, new MutableClock(T0), "node-1");
        String peer = addPeer(n, "peer", good());
        assertThatThrownBy(() -> n.scheduled().setInterval(ANALYST, peer, Optional.of(10))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.scheduled().setInterval(SUPERVISOR, peer, Optional.of(4))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> n.scheduled().setInterval(SUPERVISOR, peer, Optional.of(10081))).isInstanceOf(InvalidInputException.class);
        assertThat(n.schedules().find(peer).orElseThrow().minutes()).isEmpty();
        assertThat(n.audit().entries).noneMatch(e -> e.event().action().equals("cyber.taxii.peer.schedule"));

        n.scheduled().setInterval(SUPERVISOR, peer, Optional.of(60));
        // the supervisor's account is gone: the run fails with the reason, in the history, and backs off
        List<ScheduledSync.Outcome> run = n.scheduled().runDue(u -> Optional.empty());
        assertThat(run).singleElement().satisfies(o -> {
            assertThat(o.ok()).isFalse();
            assertThat(o.failures()).isEqualTo(1);
        });
        assertThat(n.peers().history(Optional.of(peer), 5)).singleElement().satisfies(r -> assertThat(r.message())
                .contains("sam who set the schedule has no enabled account"));
        assertThat(n.audit().last().action()).isEqualTo("cyber.taxii.pull");
        assertThat(requests.get()).isZero();
        // a disabled peer is not run even when due
        Peer p = n.peers().find(peer).orElseThrow();
        n.sync().save(SUPERVISOR, new Peer(peer, p.name(), p.apiRoot(), p.pullCollection(), p.pushCollection(), p.pullInto(), p.pushFrom(),
                p.username(), p.secretRef(), p.organisation(), p.memberState(), p.clearance(), p.tlpVersion(), false, Optional.empty(),
                Optional.empty()));
        n.clock().advance(Duration.ofDays(1));
        assertThat(n.scheduled().runDue(ACTORS)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theClaimInTheDatabaseKeepsTwoNodesFromRunningOnePeerAtOnce(TestDatabase db) throws InterruptedException {
        MutableClock clock = new MutableClock(T0);
        Node a = node(db, clock, "node-a");
        Node b = node(db, clock, "node-b");
        String peer = addPeer(a, "shared peer", good());
        a.scheduled().setInterval(SUPERVISOR, peer, Optional.of(10));

        // node B holds the claim (it is mid-run): node A leaves the peer alone
        assertThat(b.schedules().claim(peer, "node-b/run", T0, T0.plus(Duration.ofHours(1)))).isTrue();
        assertThat(a.schedules().claim(peer, "node-a/run", T0, T0.plus(Duration.ofHours(1)))).as("one conditional UPDATE wins").isFalse();
        assertThat(a.scheduled().runDue(ACTORS)).isEmpty();
        assertThatThrownBy(() -> a.scheduled().now(SUPERVISOR, peer, SyncRecord.Direction.PULL)).as("nor may a supervisor start one by hand")
                .isInstanceOf(ConflictException.class).hasMessageContaining("is running");
        assertThat(requests.get()).isZero();
        // node B died: once its claim is past its time, the peer is taken again
        clock.advance(Duration.ofMinutes(61));
        assertThat(a.scheduled().runDue(ACTORS)).singleElement().satisfies(o -> assertThat(o.ok()).isTrue());
        assertThat(requests.get()).isEqualTo(1);
        assertThat(b.schedules().release(peer, "node-b/run", clock.instant(), true, 0, Optional.of(T0)))
                .as("a lapsed claim's holder can no longer record its run").isFalse();
        SyncRecord byHand = a.scheduled().now(SUPERVISOR, peer, SyncRecord.Direction.PULL);
        assertThat(byHand.ok()).isTrue();
        assertThat(byHand.message()).doesNotStartWith("scheduled: ");
        assertThat(requests.get()).isEqualTo(2);
        assertThat(a.schedules().find(peer).orElseThrow().claimedBy()).as("a sync by hand lets its claim go").isEmpty();
        assertThatThrownBy(() -> a.scheduled().now(ANALYST, peer, SyncRecord.Direction.PULL)).isInstanceOf(ForbiddenException.class);

        // both nodes' schedulers at the same moment, the peer slow to answer: it is synced once
        clock.advance(Duration.ofMinutes(10));
        delayMs = 300;
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        Thread[] threads = new Thread[2];
        Node[] nodes = {a, b};
        for (int i = 0; i < 2; i++) {
            Node n = nodes[i];
            threads[i] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ran.addAndGet(n.scheduled().runDue(ACTORS).size());
            });
            threads[i].start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertThat(ran.get()).isEqualTo(1);
        assertThat(requests.get()).isEqualTo(3);
        assertThat(syncs(a, peer)).isEqualTo(3);
    }
}
