package org.issa.app.cyber.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.issa.core.audit.AuditLog;
import org.issa.core.testdb.MutableClock;
import org.issa.core.tx.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.app.IssaApplication;
import org.issa.app.http.HttpTestBase;
import org.issa.app.identity.NewAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.store.Collection;
import org.issa.cyber.stix.store.ImportOptions;
import org.issa.cyber.stix.store.ObjectQuery;
import org.issa.cyber.stix.store.Source;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.stix.store.StoredObject;
import org.issa.cyber.taxii.PeerStore;
import org.issa.cyber.taxii.PeerSync;
import org.issa.cyber.taxii.ScheduleStore;
import org.issa.cyber.taxii.ScheduledSync;
import org.issa.cyber.taxii.SyncRecord;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.TlpMarkings;
import org.issa.cyber.tlp.TlpVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two ISSA nodes exchanging over TAXII 2.1: node A is the shared test server (FR-MININT), node B a
 * second application in this JVM with its own database (DE-BSI). A pushes to B and pulls from B,
 * B pulls from A; only what the release rule lets go crosses. A scheduled pull does the same when due.
 */
class TaxiiTwoNodesTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext nodeB;
    private static Path secrets;
    private static Fixture f;

    @Autowired
    StixStore storeA;
    @Autowired
    BundleReader reader;
    @Autowired
    Sql sqlA;
    @Autowired
    PeerStore peerStoreA;
    @Autowired
    ScheduleStore scheduleStoreA;
    @Autowired
    PeerSync syncA;
    @Autowired
    AuditLog auditA;
    @Autowired
    Transactions txA;

    /** What both nodes hold before they exchange. */
    record Fixture(String aOutbound, String aInbox, String aLegacy, String bInbound, String bOutbound, String bFromA,
                   Map<String, String> aIds, Map<String, String> bIds, String legacyGreen, Principal bSupervisor) {
    }

    @BeforeAll
    static void startNodeB() throws IOException {
        // command-line arguments: they outrank application.properties (default properties would not)
        nodeB = new SpringApplicationBuilder(IssaApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:issa-node-b;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.pool-name=node-b",
                "--issa.data-dir=target/test-data-node-b",
                "--logging.level.org.issa=WARN");
        assertThat(nodeB.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:");
        secrets = Files.createTempDirectory("issa-taxii-secrets");
    }

    @AfterAll
    static void stopNodeB() throws IOException {
        if (nodeB != null) {
            nodeB.close();
        }
        if (secrets != null) {
            try (var files = Files.list(secrets)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(secrets);
        }
    }

    static int portB() {
        return Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
    }

    static String secretFile(String name, String secret) {
        try {
            Path p = secrets.resolve(name);
            Files.writeString(p, secret + "\n");
            return "file:" + p.toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String indicator(String name, Tlp tlp) {
        String id = "indicator--" + UUID.randomUUID();
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":\"2026-02-01T00:00:00.000Z\","
                + "\"modified\":\"2026-02-01T00:00:00.000Z\",\"name\":\"" + name + "\",\"pattern\":\"[domain-name:value = 'x.example']\","
                + "\"pattern_type\":\"stix\",\"valid_from\":\"2026-02-01T00:00:00Z\",\"object_marking_refs\":[\""
                + TlpMarkings.id(tlp, TlpVersion.V2).orElseThrow() + "\"]}";
    }

    /** Stores one indicator per TLP level (distribution CONNECTED) and a GREEN one kept in this community; returns label to id. */
    Map<String, String> seed(StixStore store, Principal analyst, String collection, String org) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Tlp t : Tlp.values()) {
            ids.put(t.name(), add(store, analyst, collection, indicator(org + " " + t.label(), t), t, Distribution.CONNECTED, Set.of()));
        }
        ids.put("GREEN_COMMUNITY", add(store, analyst, collection, indicator(org + " community only", Tlp.GREEN), Tlp.GREEN,
                Distribution.COMMUNITY, Set.of()));
        ids.put("RED_NAMED", add(store, analyst, collection, indicator(org + " red named", Tlp.RED), Tlp.RED, Distribution.CONNECTED,
                Set.of("USER:" + analyst.username())));
        return ids;
    }

    String add(StixStore store, Principal analyst, String collection, String json, Tlp tlp, Distribution d, Set<String> rel) {
        var r = store.importBundle(analyst, reader.readEnvelope(("{\"objects\":[" + json + "]}").getBytes()),
                new ImportOptions(new Marking(Classification.UNCLASSIFIED, tlp, rel, analyst.agency(), Set.of()), d, Optional.empty(),
                        Source.bundle("two-node test"), Optional.of(collection), false));
        assertThat(r.committed()).isTrue();
        return r.outcomes().getFirst().id();
    }

    @BeforeEach
    void nodes() {
        synchronized (TaxiiTwoNodesTest.class) {
            if (f != null) {
                return;
            }
            // node A (FR-MININT): the fixture's supervisor and analyst; an account for node B (a partner CERT)
            Principal aSupervisor = directory.find(username(Role.SUPERVISOR)).orElseThrow().principal();
            Principal aAnalyst = directory.find(username(Role.ANALYST)).orElseThrow().principal();
            var nodeBOnA = directory.bootstrap(new NewAccount("node-b", "Node B (DE-BSI)", PASSWORD, "DE-BSI", "DE", Set.of(Role.PARTNER),
                    Classification.RESTREINT_UE));
            String tokenForB = directory.issueToken(nodeBOnA.principal(), "node B pulls", 30).secret();
            Collection aOut = storeA.createCollection(aSupervisor, "A outbound", "", Optional.empty(), List.of(
                    new Collection.Grant("ROLE:SUPERVISOR", true, true), new Collection.Grant("ROLE:ANALYST", true, true),
                    new Collection.Grant("USER:node-b", true, false)));
            Collection aInbox = storeA.createCollection(aSupervisor, "A inbox", "", Optional.empty(), List.of(
                    new Collection.Grant("ROLE:SUPERVISOR", true, true)));
            Collection aLegacy = storeA.createCollection(aSupervisor, "A legacy", "", Optional.empty(), List.of(
                    new Collection.Grant("ROLE:SUPERVISOR", true, true), new Collection.Grant("ROLE:ANALYST", true, true)));
            Map<String, String> aIds = seed(storeA, aAnalyst, aOut.id(), "A");
            String legacyGreen = add(storeA, aAnalyst, aLegacy.id(), indicator("A legacy green", Tlp.GREEN), Tlp.GREEN,
                    Distribution.CONNECTED, Set.of());
            add(storeA, aAnalyst, aLegacy.id(), indicator("A legacy strict", Tlp.AMBER_STRICT), Tlp.AMBER_STRICT,
                    Distribution.CONNECTED, Set.of());

            // node B (DE-BSI): its own supervisor and analyst; an account for node A
            UserDirectory dirB = nodeB.getBean(UserDirectory.class);
            StixStore storeB = nodeB.getBean(StixStore.class);
            Principal bSupervisor = dirB.bootstrap(new NewAccount("b-super", "B supervisor", PASSWORD, "DE-BSI", "DE",
                    Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE)).principal();
            Principal bAnalyst = dirB.bootstrap(new NewAccount("b-analyst", "B analyst", PASSWORD, "DE-BSI", "DE",
                    Set.of(Role.ANALYST), Classification.RESTREINT_UE)).principal();
            var nodeAOnB = dirB.bootstrap(new NewAccount("node-a", "Node A (FR-MININT)", PASSWORD, "FR-MININT", "FR",
                    Set.of(Role.PARTNER), Classification.RESTREINT_UE));
            String tokenForA = dirB.issueToken(nodeAOnB.principal(), "node A pushes and pulls", 30).secret();
            Collection bIn = storeB.createCollection(bSupervisor, "B inbound", "", Optional.empty(), List.of(
                    new Collection.Grant("ROLE:SUPERVISOR", true, true), new Collection.Grant("USER:node-a", true, true)));
            Collection bOut = storeB.createCollection(bSupervisor, "B outbound", "", Optional.empty(), List.of(
                    new Collection.Grant("ROLE:SUPERVISOR", true, true), new Collection.Grant("ROLE:ANALYST", true, true),
                    new Collection.Grant("USER:node-a", true, false)));
            Collection bFromA = storeB.createCollection(bSupervisor, "B from A", "", Optional.empty(), List.of(
                    new Collection.Grant("ROLE:SUPERVISOR", true, true)));
            Map<String, String> bIds = seed(storeB, bAnalyst, bOut.id(), "B");

            // B knows A as a peer (for pulling from A's outbound collection)
            nodeB.getBean(PeerSync.class).save(bSupervisor, new PeerForm("node A", url("/taxii2/cert/"), aOut.id(), null, bFromA.id(), null,
                    "node-b", secretFile("b-to-a", tokenForB), "FR-MININT", "FR", "RESTREINT_UE", "2", true).toPeer(""));
            secretFile("a-to-b", tokenForA);
            f = new Fixture(aOut.id(), aInbox.id(), aLegacy.id(), bIn.id(), bOut.id(), bFromA.id(), aIds, bIds, legacyGreen, bSupervisor);
        }
    }

    // ---- helpers over A's REST API (a supervisor's token)

    JsonNode api(String method, String path, Object body) {
        var r = send(method, path, token(Role.SUPERVISOR), body == null ? null : JSON.writeValueAsString(body));
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return JSON.readTree(r.body());
    }

    String peerOnA(String name, String pullCollection, String pushCollection, String pullInto, String pushFrom, String secretRef,
                   String tlpVersion) {
        PeerForm form = new PeerForm(name, "http://localhost:" + portB() + "/taxii2/cert/", pullCollection, pushCollection, pullInto,
                pushFrom, "node-a", secretRef, "DE-BSI", "DE", "RESTREINT_UE", tlpVersion, true);
        return api("POST", "/api/v1/cyber/taxii/peers", form).path("id").asString();
    }

    static List<String> idsIn(StixStore store, Principal reader, String collection) {
        List<String> ids = new ArrayList<>();
        for (StoredObject o : store.objects(reader, ObjectQuery.latest(500).inCollection(collection)).items()) {
            ids.add(o.id());
        }
        return ids;
    }

    // ---- the exchange

    @Test
    void aPushesToBOnlyWhatTheReleaseRuleLetsGo() {
        String peer = peerOnA("node B (push)", null, f.bInbound(), null, f.aOutbound(), "file:" + secrets.resolve("a-to-b"), "2");
        JsonNode push = api("POST", "/api/v1/cyber/taxii/peers/" + peer + "/push", null);
        assertThat(push.path("ok").asBoolean()).as(push.toString()).isTrue();
        assertThat(push.path("received").asInt()).isEqualTo(7);
        assertThat(push.path("stored").asInt()).isEqualTo(3);
        assertThat(push.path("withheld").asInt()).isEqualTo(4);
        assertThat(push.path("message").asString()).contains("tlp=2").contains("releasability=1").contains("distribution=1");

        StixStore storeB = nodeB.getBean(StixStore.class);
        List<String> onB = idsIn(storeB, f.bSupervisor(), f.bInbound());
        assertThat(onB).contains(f.aIds().get("CLEAR"), f.aIds().get("GREEN"), f.aIds().get("AMBER"))
                .doesNotContain(f.aIds().get("AMBER_STRICT"), f.aIds().get("RED"), f.aIds().get("RED_NAMED"), f.aIds().get("GREEN_COMMUNITY"));
        assertThat(nodeB.getBean(Sql.class).count("SELECT COUNT(*) FROM cyber_stix_object WHERE stix_id IN (?, ?, ?, ?)",
                f.aIds().get("AMBER_STRICT"), f.aIds().get("RED"), f.aIds().get("RED_NAMED"), f.aIds().get("GREEN_COMMUNITY"))).isZero();
        // the received objects kept their TLP and stay in B's community
        StoredObject amber = storeB.object(f.bSupervisor(), f.aIds().get("AMBER")).orElseThrow();
        assertThat(amber.marking().tlp()).isEqualTo(Tlp.AMBER);
        assertThat(amber.distribution()).isEqualTo(Distribution.COMMUNITY);
        assertThat(amber.source().kind()).isEqualTo(Source.Kind.TAXII);

        // pushing again sends nothing new
        JsonNode again = api("POST", "/api/v1/cyber/taxii/peers/" + peer + "/push", null);
        assertThat(again.path("received").asInt()).isZero();
        assertThat(idsIn(storeB, f.bSupervisor(), f.bInbound())).hasSameSizeAs(onB);
        assertThat(sqlA.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.taxii.push' AND record_id = ?", peer)).isEqualTo(2);
        JsonNode history = api("GET", "/api/v1/cyber/taxii/peers/" + peer + "/syncs", null);
        assertThat(history).hasSize(2);
    }

    @Test
    void aPullsFromBWhatBReleasesAndRePullingAddsNothing() {
        String peer = peerOnA("node B (pull)", f.bOutbound(), null, f.aInbox(), null, "file:" + secrets.resolve("a-to-b"), "2");
        JsonNode pull = api("POST", "/api/v1/cyber/taxii/peers/" + peer + "/pull", null);
        assertThat(pull.path("ok").asBoolean()).as(pull.toString()).isTrue();
        assertThat(pull.path("received").asInt()).isEqualTo(3);
        assertThat(pull.path("stored").asInt()).isEqualTo(3);
        Principal aSupervisor = directory.find(username(Role.SUPERVISOR)).orElseThrow().principal();
        assertThat(idsIn(storeA, aSupervisor, f.aInbox())).containsExactlyInAnyOrder(f.bIds().get("CLEAR"), f.bIds().get("GREEN"),
                f.bIds().get("AMBER"));
        long rows = sqlA.count("SELECT COUNT(*) FROM cyber_stix_object");

        JsonNode again = api("POST", "/api/v1/cyber/taxii/peers/" + peer + "/pull", null);
        assertThat(again.path("ok").asBoolean()).isTrue();
        assertThat(again.path("stored").asInt()).isZero();
        // a peer without remembered state fetches everything again: nothing is added twice
        String fresh = peerOnA("node B (pull, fresh)", f.bOutbound(), null, f.aInbox(), null, "file:" + secrets.resolve("a-to-b"), "2");
        JsonNode full = api("POST", "/api/v1/cyber/taxii/peers/" + fresh + "/pull", null);
        assertThat(full.path("received").asInt()).isEqualTo(3);
        assertThat(full.path("stored").asInt()).isZero();
        assertThat(full.path("unchanged").asInt()).isEqualTo(3);
        assertThat(sqlA.count("SELECT COUNT(*) FROM cyber_stix_object")).isEqualTo(rows);
        JsonNode view = api("GET", "/api/v1/cyber/taxii/peers", null);
        boolean remembered = false;
        for (JsonNode p : view) {
            if (p.path("id").asString().equals(peer)) {
                remembered = !p.path("pulledUntil").asString("").isEmpty();
            }
        }
        assertThat(remembered).isTrue();
    }

    @Test
    void bPullsFromAThroughAsServerFilters() {
        PeerSync syncB = nodeB.getBean(PeerSync.class);
        String peer = syncB.peers(f.bSupervisor()).stream().filter(p -> p.name().equals("node A")).findFirst().orElseThrow().id();
        SyncRecord r = syncB.pull(f.bSupervisor(), peer);
        assertThat(r.ok()).as(r.message()).isTrue();
        assertThat(r.stored()).isEqualTo(3);
        assertThat(idsIn(nodeB.getBean(StixStore.class), f.bSupervisor(), f.bFromA())).containsExactlyInAnyOrder(
                f.aIds().get("CLEAR"), f.aIds().get("GREEN"), f.aIds().get("AMBER"));
    }

    @Test
    void tlp10PeersGetTlp10MarkingsAndNeverAmberStrict() {
        String peer = peerOnA("node B (TLP 1.0)", null, f.bInbound(), null, f.aLegacy(), "file:" + secrets.resolve("a-to-b"), "1");
        JsonNode push = api("POST", "/api/v1/cyber/taxii/peers/" + peer + "/push", null);
        assertThat(push.path("ok").asBoolean()).as(push.toString()).isTrue();
        assertThat(push.path("stored").asInt()).isEqualTo(1);
        assertThat(push.path("withheld").asInt()).isEqualTo(1);
        StoredObject green = nodeB.getBean(StixStore.class).object(f.bSupervisor(), f.legacyGreen()).orElseThrow();
        assertThat(green.json()).contains(TlpMarkings.id(Tlp.GREEN, TlpVersion.V1).orElseThrow())
                .doesNotContain(TlpMarkings.id(Tlp.GREEN, TlpVersion.V2).orElseThrow());
        assertThat(green.marking().tlp()).isEqualTo(Tlp.GREEN);
    }

    @Test
    void peerErrorsAreRecordedInTheirOwnWords() {
        String wrong = peerOnA("node B (wrong secret)", f.bOutbound(), null, f.aInbox(), null, secretFile("wrong", "issa_wrong-token"), "2");
        JsonNode pull = api("POST", "/api/v1/cyber/taxii/peers/" + wrong + "/pull", null);
        assertThat(pull.path("ok").asBoolean()).isFalse();
        assertThat(pull.path("message").asString()).contains("HTTP 401").contains("Unauthorized");
        String missing = peerOnA("node B (no secret)", f.bOutbound(), null, f.aInbox(), null, "env:ISSA_TEST_NO_SUCH_VARIABLE", "2");
        assertThat(api("POST", "/api/v1/cyber/taxii/peers/" + missing + "/pull", null).path("message").asString())
                .contains("ISSA_TEST_NO_SUCH_VARIABLE");
        String nowhere = api("POST", "/api/v1/cyber/taxii/peers", new PeerForm("nowhere", "http://localhost:1/taxii2/cert/", "x", null,
                null, null, "node-a", "env:HOME", "DE-BSI", "DE", null, "2", true)).path("id").asString();
        assertThat(api("POST", "/api/v1/cyber/taxii/peers/" + nowhere + "/pull", null).path("message").asString())
                .contains("could not be reached");
        // configuration is for supervisors and administrators; the secret itself is never accepted or shown
        assertThat(send("GET", "/api/v1/cyber/taxii/peers", token(Role.ANALYST), null).statusCode()).isEqualTo(403);
        var bad = send("POST", "/api/v1/cyber/taxii/peers", token(Role.SUPERVISOR), JSON.writeValueAsString(new PeerForm("leaky",
                "http://localhost:1/taxii2/cert/", "x", null, null, null, "node-a", "issa_secret-in-the-form", "DE-BSI", "DE", null, "2", true)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("field").asString()).isEqualTo("secretRef");
    }
    @Test
    void aScheduledPullBringsObjectsAcrossWhenDueAndOnlyThen() {
        // a collection of B's that no other test pulls, with one indicator for node A
        StixStore storeB = nodeB.getBean(StixStore.class);
        Principal bAnalyst = nodeB.getBean(UserDirectory.class).find("b-analyst").orElseThrow().principal();
        Collection bScheduled = storeB.createCollection(f.bSupervisor(), "B scheduled", "", Optional.empty(), List.of(
                new Collection.Grant("ROLE:SUPERVISOR", true, true), new Collection.Grant("ROLE:ANALYST", true, true),
                new Collection.Grant("USER:node-a", true, false)));
        String indicator = add(storeB, bAnalyst, bScheduled.id(), indicator("B scheduled green", Tlp.GREEN), Tlp.GREEN,
                Distribution.CONNECTED, Set.of());
        Principal aSupervisor = directory.find(username(Role.SUPERVISOR)).orElseThrow().principal();
        Collection aScheduled = storeA.createCollection(aSupervisor, "A scheduled inbox", "", Optional.empty(), List.of(
                new Collection.Grant("ROLE:SUPERVISOR", true, true)));
        String peer = peerOnA("node B (scheduled)", bScheduled.id(), null, aScheduled.id(), null, "file:" + secrets.resolve("a-to-b"), "2");

        // node A's scheduler with a clock the test moves, thirty days ahead so the application's own job never finds the peer due
        MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(30)));
        ScheduledSync scheduled = new ScheduledSync(peerStoreA, scheduleStoreA, syncA, auditA, txA, clock, Duration.ofHours(1), "test-node");
        Function<String, Optional<Principal>> actors = u -> directory.find(u).map(a -> a.principal());
        scheduled.setInterval(aSupervisor, peer, Optional.of(15));
        assertThat(idsIn(storeA, aSupervisor, aScheduled.id())).isEmpty();

        ScheduledSync.Outcome first = scheduled.runDue(actors).stream().filter(o -> o.peerId().equals(peer)).findFirst().orElseThrow();
        assertThat(first.ok()).as(first.toString()).isTrue();
        assertThat(first.syncs()).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo(SyncRecord.Direction.PULL);
            assertThat(r.stored()).isEqualTo(1);
            assertThat(r.actor()).isEqualTo(username(Role.SUPERVISOR));
        });
        assertThat(idsIn(storeA, aSupervisor, aScheduled.id())).containsExactly(indicator);
        assertThat(first.nextDue()).contains(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plus(Duration.ofMinutes(15)));

        // not due again until fifteen minutes have passed; then it pulls only what is new (nothing)
        assertThat(scheduled.runDue(actors)).noneMatch(o -> o.peerId().equals(peer));
        clock.advance(Duration.ofMinutes(15));
        ScheduledSync.Outcome second = scheduled.runDue(actors).stream().filter(o -> o.peerId().equals(peer)).findFirst().orElseThrow();
        assertThat(second.ok()).isTrue();
        assertThat(second.syncs().getFirst().received()).as("the watermark carries over").isZero();
        assertThat(sqlA.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.taxii.pull' AND record_id = ? AND detail LIKE ?", peer,
                "%scheduled: %")).isEqualTo(2);
        scheduled.setInterval(aSupervisor, peer, Optional.empty());
    }
}
