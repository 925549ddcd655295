package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The advisory workflow over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class AdvisoryDeskContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    record Node(AdvisoryDesk desk, Subscriptions subscriptions, Outbox outbox, RecordingAuditLog audit, MutableClock clock, Sql sql) {
    }

    static Node node(TestDatabase db, AdvisorySources sources) {
        Sql sql = new Sql(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        Outbox outbox = new Outbox(sql);
        Subscriptions subs = new Subscriptions(new SubscriberStore(sql), outbox, audit, new Autocommit(), clock, Fixtures.PUBLISHER);
        AdvisoryDesk desk = new AdvisoryDesk(new AdvisoryStore(sql), sources, subs, audit, new Autocommit(), clock, Fixtures.PUBLISHER, "test");
        return new Node(desk, subs, outbox, audit, clock, sql);
    }

    static Node node(TestDatabase db) {
        return node(db, AdvisorySources.none());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void draftApprovePublishUnderFourEyesAndADraftIsNeverPublic(TestDatabase db) {
        Node n = node(db);
        Advisory a = n.desk().draft(Fixtures.ANA, Fixtures.phishing());
        assertThat(a.trackingId()).isEqualTo("FR-EISAS-2026-0001");
        assertThat(a.latest().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(n.desk().published(Optional.empty(), Optional.empty(), 10)).isEmpty();
        assertThatThrownBy(() -> n.desk().published(a.trackingId())).isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() -> n.desk().submit(Fixtures.ALEX, a.id())).as("only the author submits").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.desk().approve(Fixtures.SAM, a.id(), "fine")).as("a draft is not yet submitted")
                .isInstanceOf(ConflictException.class);
        n.desk().submit(Fixtures.ANA, a.id());
        assertThatThrownBy(() -> n.desk().update(Fixtures.ANA, a.id(), Fixtures.phishing(), Optional.empty()))
                .as("a submitted version is frozen").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> n.desk().approve(Fixtures.ALEX, a.id(), "fine")).as("analysts do not approve")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.desk().approve(Fixtures.SAM, a.id(), "  ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> n.desk().publish(Fixtures.SAM, a.id())).as("not approved yet").isInstanceOf(ConflictException.class);

        n.desk().reject(Fixtures.SAM, a.id(), "Say which bank numbers are genuine.");
        Advisory rejected = n.desk().get(Fixtures.ANA, a.id());
        assertThat(rejected.latest().status()).isEqualTo(VersionStatus.REJECTED);
        assertThat(rejected.latest().decisionReason()).contains("Say which bank numbers are genuine.");
        n.desk().update(Fixtures.ANA, a.id(), Fixtures.phishing(), Optional.empty());
        n.desk().submit(Fixtures.ANA, a.id());
        n.clock().advance(Duration.ofHours(2));
        Advisory approved = n.desk().approve(Fixtures.SAM, a.id(), "Clear and accurate.");
        assertThat(approved.latest().decidedBy()).contains("sam");
        assertThat(n.desk().published(Optional.empty(), Optional.empty(), 10)).as("approved is not yet published").isEmpty();

        Advisory published = n.desk().publish(Fixtures.SAM, a.id());
        assertThat(published.publishedVersion()).isEqualTo(1);
        PublishedAdvisory p = n.desk().published("fr-eisas-2026-0001");
        assertThat(p.content().title()).isEqualTo("Fake parcel-delivery text messages");
        assertThat(p.revisions()).extracting(PublishedAdvisory.Revision::summary).containsExactly("Initial version.");
        JsonNode csaf = JsonMapper.builder().build().readTree(p.csafJson());
        assertThat(CsafSchema.errors(csaf)).isEmpty();
        assertThat(csaf.path("document").path("tracking").path("initial_release_date").asString()).isEqualTo("2026-03-02T11:00:00Z");
        assertThat(n.audit().actions()).containsSubsequence("cyber.advisory.draft", "cyber.advisory.submit", "cyber.advisory.reject",
                "cyber.advisory.edit", "cyber.advisory.submit", "cyber.advisory.approve", "cyber.advisory.publish");

        // four eyes holds for one who is both analyst and supervisor
        Advisory own = n.desk().draft(Fixtures.SOLO, Fixtures.routers());
        n.desk().submit(Fixtures.SOLO, own.id());
        assertThatThrownBy(() -> n.desk().approve(Fixtures.SOLO, own.id(), "looks fine to me"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("four-eyes");
        assertThatThrownBy(() -> n.desk().reject(Fixtures.SOLO, own.id(), "no")).isInstanceOf(ForbiddenException.class);
        assertThat(n.desk().published(Optional.empty(), Optional.empty(), 10)).hasSize(1);
        assertThatThrownBy(() -> n.desk().get(Fixtures.PARTNER, own.id())).isInstanceOf(ForbiddenException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRevisionBecomesTheNextCsafVersionAndTheDraftStaysPrivate(TestDatabase db) {
        Node n = node(db);
        Advisory a = n.desk().draft(Fixtures.ANA, Fixtures.routers());
        n.desk().submit(Fixtures.ANA, a.id());
        n.desk().approve(Fixtures.SAM, a.id(), "ok");
        n.desk().publish(Fixtures.SAM, a.id());
        assertThatThrownBy(() -> n.desk().revise(Fixtures.ALEX, a.id(), " ")).isInstanceOf(InvalidInputException.class);
        n.clock().advance(Duration.ofDays(3));
        n.desk().revise(Fixtures.ALEX, a.id(), "Firmware 2.4.1 withdrawn; 2.4.2 is the fix.");
        assertThatThrownBy(() -> n.desk().revise(Fixtures.ALEX, a.id(), "again")).isInstanceOf(ConflictException.class);
        AdvisoryContent c = Fixtures.routers();
        AdvisoryContent changed = new AdvisoryContent(c.title(), c.summary(), "Installez la version 2.4.2 du micrologiciel.",
                c.whoIsAffected(), c.audience(), c.sectors(), c.severity(), c.lang(), c.references(), c.products(), c.cves(), c.sources());
        n.desk().update(Fixtures.ALEX, a.id(), changed, Optional.empty());
        assertThat(n.desk().published(a.trackingId()).content().whatToDo()).as("the public still sees version 1")
                .startsWith("Installez la version 2.4.1");
        n.desk().submit(Fixtures.ALEX, a.id());
        n.desk().approve(Fixtures.SAM, a.id(), "ok");
        n.desk().publish(Fixtures.SAM, a.id());
        PublishedAdvisory p = n.desk().published(a.trackingId());
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.content().whatToDo()).isEqualTo("Installez la version 2.4.2 du micrologiciel.");
        assertThat(p.initialRelease()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(p.currentRelease()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
        assertThat(p.revisions()).extracting(PublishedAdvisory.Revision::number).containsExactly(1, 2);
        JsonNode csaf = JsonMapper.builder().build().readTree(p.csafJson());
        assertThat(CsafSchema.errors(csaf)).isEmpty();
        assertThat(CsafChecks.run(csaf)).isEmpty();
        assertThat(csaf.path("document").path("tracking").path("revision_history").findValuesAsString("summary"))
                .containsExactly("Initial version.", "Firmware 2.4.1 withdrawn; 2.4.2 is the fix.");

        CsafDirectory dir = n.desk().directory();
        assertThat(dir.indexTxt()).isEqualTo("2026/fr-eisas-2026-0001.json\n");
        assertThat(dir.changesCsv()).isEqualTo("\"2026/fr-eisas-2026-0001.json\",\"2026-03-05T09:00:00Z\"\n");
        assertThat(dir.years()).containsExactly("2026");
        assertThat(dir.files("2026")).containsExactly("fr-eisas-2026-0001.json", "fr-eisas-2026-0001.json.sha256",
                "fr-eisas-2026-0001.json.sha512");
        String sha = CsafDirectory.hashFile(p, "SHA-256");
        assertThat(sha).matches("[0-9a-f]{64}  fr-eisas-2026-0001\\.json\\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyTlpClearSourcesMayFeedADraft(TestDatabase db) {
        StixBundleSources sources = StixBundleSources.read(StixBundleSourcesTest.bundle(
                StixBundleSourcesTest.object("indicator", "11111111-1111-4111-8111-111111111111", "Parcel fee site",
                        "2026-02-01T00:00:00Z", StixBundleSourcesTest.CLEAR_V2),
                StixBundleSourcesTest.object("indicator", "33333333-3333-4333-8333-333333333333", "Partner-only C2",
                        "2026-02-04T00:00:00Z", StixBundleSourcesTest.GREEN_V2)));
        Node n = node(db, sources);
        assertThat(n.desk().sources(Fixtures.ANA, 10)).extracting(SourceItem::id).containsExactly("indicator--11111111-1111-4111-8111-111111111111");
        AdvisoryContent c = Fixtures.phishing();
        AdvisoryContent fromGreen = new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(),
                c.severity(), c.lang(), c.references(), c.products(), c.cves(), List.of("indicator--33333333-3333-4333-8333-333333333333"));
        assertThatThrownBy(() -> n.desk().draft(Fixtures.ANA, fromGreen)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("sources[0]"));
        assertThatThrownBy(() -> n.desk().source(Fixtures.ANA, "indicator--33333333-3333-4333-8333-333333333333"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_advisory")).isZero();
        AdvisoryContent fromClear = new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(),
                c.severity(), c.lang(), c.references(), c.products(), c.cves(), List.of("indicator--11111111-1111-4111-8111-111111111111"));
        Advisory a = n.desk().draft(Fixtures.ANA, fromClear);
        assertThat(a.latest().content().sources()).containsExactly("indicator--11111111-1111-4111-8111-111111111111");
        assertThat(n.audit().entries.getLast().event().detail()).contains("sources: indicator--11111111");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void publicationQueuesTheAdvisoryForMatchingConfirmedSubscribersOnly(TestDatabase db) {
        Node n = node(db);
        n.subscriptions().subscribe("citizen@example.org", Audience.CITIZENS, Set.of(), "fr");
        n.subscriptions().subscribe("postal@example.org", Audience.BOTH, Set.of(Sector.POSTAL), "en");
        n.subscriptions().subscribe("bank-sme@example.org", Audience.SMES, Set.of(Sector.BANKING), "en");
        n.subscriptions().subscribe("never-confirmed@example.org", Audience.CITIZENS, Set.of(), "en");
        List<OutboxMessage> confirmations = n.outbox().latest(Fixtures.DPO, Optional.of("subscription"), 10);
        assertThat(confirmations).hasSize(4);
        for (OutboxMessage m : confirmations) {
            if (!m.recipient().startsWith("never")) {
                assertThat(n.subscriptions().confirm(SubscriptionsContractTest.token(m))).isTrue();
            }
        }
        assertThat(confirmations).filteredOn(m -> m.recipient().startsWith("citizen")).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("Veuillez confirmer"));

        Advisory a = n.desk().draft(Fixtures.ANA, Fixtures.phishing()); // citizens; GENERAL and POSTAL
        n.desk().submit(Fixtures.ANA, a.id());
        n.desk().approve(Fixtures.SAM, a.id(), "ok");
        n.desk().publish(Fixtures.SAM, a.id());
        List<OutboxMessage> sent = n.outbox().latest(Fixtures.DPO, Optional.of(a.trackingId()), 10);
        assertThat(sent).extracting(OutboxMessage::recipient).containsExactlyInAnyOrder("citizen@example.org", "postal@example.org");
        assertThat(sent).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(OutboxMessage.Kind.ADVISORY);
            assertThat(m.body()).contains("https://cert.example.eu/public/advisories/FR-EISAS-2026-0001",
                    "https://cert.example.eu/public/subscriptions/unsubscribe?token=");
        });
        assertThat(n.audit().entries.getLast().event().detail()).contains("2 subscriber messages queued");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badContentIsRefusedWithTheFieldNamed(TestDatabase db) {
        Node n = node(db);
        AdvisoryContent c = Fixtures.phishing();
        record Case(AdvisoryContent content, String field) {
        }
        List<Case> cases = List.of(
                new Case(new AdvisoryContent(" ", c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(), c.severity(), "en",
                        List.of(), List.of(), List.of(), List.of()), "title"),
                new Case(new AdvisoryContent("x".repeat(201), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(),
                        c.severity(), "en", List.of(), List.of(), List.of(), List.of()), "title"),
                new Case(new AdvisoryContent(c.title(), "bell\u0007", c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(),
                        c.severity(), "en", List.of(), List.of(), List.of(), List.of()), "summary"),
                new Case(new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), null, c.sectors(), c.severity(), "en",
                        List.of(), List.of(), List.of(), List.of()), "audience"),
                new Case(new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), Set.of(), c.severity(),
                        "en", List.of(), List.of(), List.of(), List.of()), "sectors"),
                new Case(new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(), c.severity(),
                        "xx", List.of(), List.of(), List.of(), List.of()), "lang"),
                new Case(new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(), c.severity(),
                        "en", List.of(new Reference("javascript:alert(1)", "x")), List.of(), List.of(), List.of()), "references[0].url"),
                new Case(new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(), c.severity(),
                        "en", List.of(), List.of(), List.of("CVE-2024-1"), List.of()), "cves[0]"),
                new Case(new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(), c.severity(),
                        "en", List.of(), List.of(new Product("Acme", " ", "")), List.of(), List.of()), "products[0].name"));
        for (Case k : cases) {
            assertThatThrownBy(() -> n.desk().draft(Fixtures.ANA, k.content())).as(k.field()).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(k.field()));
        }
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_advisory")).isZero();
        assertThat(new String("ok".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("ok");
    }
}
