package org.issa.cyber.stix.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.cyber.stix.Bundle;
import org.issa.cyber.stix.BundleLimits;
import org.issa.cyber.stix.BundleReader;
import org.issa.cyber.stix.BundleWriter;
import org.issa.cyber.stix.Fixtures;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.Recipient;
import org.issa.cyber.tlp.Release;
import org.issa.cyber.tlp.SharingGroup;
import org.issa.cyber.tlp.TlpMarkings;
import org.issa.cyber.tlp.TlpVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The STIX store over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class StixStoreContractTest {

    static final Principal ANA = new Principal("ana", "FR-CERT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal SAM = new Principal("sam", "FR-CERT", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Principal OTHER = new Principal("oli", "FR-ANSSI", "FR", Set.of(Role.ANALYST), Classification.SECRET_UE);
    static final Principal BELGIAN = new Principal("bea", "BE-CERT", "BE", Set.of(Role.PARTNER), Classification.RESTREINT_UE);
    static final Principal GERMAN = new Principal("dora", "DE-BSI", "DE", Set.of(Role.PARTNER), Classification.RESTREINT_UE);
    static final Principal LOW = new Principal("lou", "FR-CERT", "FR", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);

    static final BundleReader READER = new BundleReader(BundleLimits.DEFAULT);
    static final String U1 = "8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    record Fixture(StixStore store, RecordingAuditLog audit, MutableClock clock) {
    }

    static Fixture fixture(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        return new Fixture(new StixStore(new Sql(db.dataSource()), audit, new Autocommit(), clock), audit, clock);
    }

    static ImportOptions options(Tlp tlp, Distribution dist) {
        return new ImportOptions(new Marking(Classification.UNCLASSIFIED, tlp, Set.of(), "X", Set.of()), dist, Optional.empty(),
                Source.bundle("test"), Optional.empty(), false);
    }

    static Bundle bundle(String... objects) {
        return READER.readBundle(Fixtures.bundle(objects));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void poisonIvyImportsOnceAndExportsLosslessly(TestDatabase db) {
        Fixture f = fixture(db);
        Bundle ivy = READER.readBundle(Fixtures.poisonIvy());
        ImportReport first = f.store().importBundle(ANA, ivy, options(Tlp.GREEN, Distribution.CONNECTED));
        assertThat(first.committed()).isTrue();
        assertThat(first.count(ImportReport.Status.STORED)).isEqualTo(155);
        assertThat(f.audit().entries).singleElement().satisfies(e -> {
            assertThat(e.event().action()).isEqualTo("cyber.stix.import");
            assertThat(e.event().recordId()).isEqualTo("bundle--ac946f1d-6a0e-4a9d-bc83-3f1f3bfda6ba");
            assertThat(e.event().detail()).startsWith("155 stored, 0 already stored, 0 refused");
        });

        f.clock().advance(Duration.ofMinutes(1));
        ImportReport again = f.store().importBundle(ANA, ivy, options(Tlp.GREEN, Distribution.CONNECTED));
        assertThat(again.count(ImportReport.Status.STORED)).isZero();
        assertThat(again.count(ImportReport.Status.ALREADY_STORED)).isEqualTo(155);
        assertThat(f.store().count(ANA)).isEqualTo(155);

        List<String> json = new ArrayList<>();
        Page.walk(c -> f.store().objects(ANA, ObjectQuery.latest(40).after(c)), 1000, o -> json.add(o.json()));
        byte[] out = BundleWriter.write("bundle--ac946f1d-6a0e-4a9d-bc83-3f1f3bfda6ba", json);
        assertThat(StixJson.canonical(StixJson.parse(out, BundleLimits.DEFAULT)))
                .isEqualTo(StixJson.canonical(StixJson.parse(Fixtures.poisonIvy(), BundleLimits.DEFAULT)));
        assertThat(f.store().countByType(ANA)).containsEntry("indicator", 25L).containsEntry("relationship", 90L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aBundleWithARefusedObjectStoresNothingUnlessInvalidOnesAreSkipped(TestDatabase db) {
        Fixture f = fixture(db);
        String good = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", "");
        String bad = Fixtures.indicator("9e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "2016-04-06T20:03:48.000Z", "2016-04-05T20:03:48.000Z", "");
        ImportReport r = f.store().importBundle(ANA, bundle(good, bad), options(Tlp.GREEN, Distribution.ALL));
        assertThat(r.committed()).isFalse();
        assertThat(r.outcomes()).extracting(ImportReport.Outcome::status)
                .containsExactly(ImportReport.Status.NOT_STORED, ImportReport.Status.REFUSED);
        assertThat(r.outcomes().get(1).issues()).anySatisfy(i -> {
            assertThat(i.objectId()).isEqualTo("indicator--9e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
            assertThat(i.path()).isEqualTo("$.modified");
        });
        assertThat(f.store().count(SAM)).isZero();
        assertThat(f.audit().entries).isEmpty();

        ImportReport skipped = f.store().importBundle(ANA, bundle(good, bad), options(Tlp.GREEN, Distribution.ALL).skippingInvalid());
        assertThat(skipped.committed()).isTrue();
        assertThat(skipped.outcomes()).extracting(ImportReport.Outcome::status)
                .containsExactly(ImportReport.Status.STORED, ImportReport.Status.REFUSED);
        assertThat(f.store().count(SAM)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void versionsAreKeptAndMatchedAsTaxiiAsks(TestDatabase db) {
        Fixture f = fixture(db);
        String v1 = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", "");
        String v2 = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-05-01T00:00:00.123456Z", "").replace("\"test\"", "\"v2\"");
        String v3 = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-06-01T00:00:00.000Z", "").replace("\"test\"", "\"v3\"");
        f.store().importBundle(ANA, bundle(v2), options(Tlp.GREEN, Distribution.ALL));
        f.store().importBundle(ANA, bundle(v1, v3), options(Tlp.GREEN, Distribution.ALL));
        String id = "indicator--" + U1;
        assertThat(f.store().versions(ANA, id)).extracting(StoredObject::version)
                .containsExactly("2016-04-06T20:03:48.000Z", "2016-05-01T00:00:00.123456Z", "2016-06-01T00:00:00.000Z");
        assertThat(f.store().object(ANA, id).orElseThrow().title()).isEqualTo("v3");
        ObjectQuery q = ObjectQuery.latest(10).ids(Set.of(id));
        assertThat(f.store().objects(ANA, q.versions(VersionMatch.parse("first"))).items()).extracting(StoredObject::version)
                .containsExactly("2016-04-06T20:03:48.000Z");
        assertThat(f.store().objects(ANA, q.versions(VersionMatch.parse("first,last"))).items()).hasSize(2);
        assertThat(f.store().objects(ANA, q.versions(VersionMatch.parse("2016-05-01T00:00:00.123456Z"))).items())
                .extracting(StoredObject::title).containsExactly("v2");
        assertThat(f.store().objects(ANA, q.versions(VersionMatch.ALL)).items()).hasSize(3);
        assertThat(f.store().objects(ANA, q.specVersions(Set.of("2.0"))).items()).isEmpty();
        assertThatThrownBy(() -> VersionMatch.parse("yesterday")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("yesterday").extracting(e -> ((InvalidInputException) e).field()).isEqualTo("match[version]");

        String conflicting = v3.replace("\"v3\"", "\"v3-changed\"");
        ImportReport r = f.store().importBundle(ANA, bundle(conflicting), options(Tlp.GREEN, Distribution.ALL));
        assertThat(r.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportReport.Status.REFUSED);
            assertThat(o.issues()).anySatisfy(i -> assertThat(i.rule()).isEqualTo("version-conflict"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesAreStableAndAddedAfterFilters(TestDatabase db) {
        Fixture f = fixture(db);
        List<String> ids = new ArrayList<>();
        Instant middle = null;
        for (int i = 0; i < 7; i++) {
            String uuid = String.format("8e2e2d2b-17d4-4cbf-938f-%012d", i);
            ids.add("indicator--" + uuid);
            f.store().importBundle(ANA, bundle(Fixtures.indicator(uuid, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", "")),
                    options(Tlp.GREEN, Distribution.ALL));
            if (i == 3) {
                middle = f.clock().instant();
            }
            f.clock().advance(Duration.ofSeconds(1));
        }
        List<String> seen = new ArrayList<>();
        Page.walk(c -> f.store().objects(ANA, ObjectQuery.latest(3).after(c)), 100, o -> seen.add(o.id()));
        assertThat(seen).containsExactlyElementsOf(ids);
        Page<StoredObject> later = f.store().objects(ANA, ObjectQuery.latest(10).addedAfter(middle));
        assertThat(later.items()).extracting(StoredObject::id).containsExactlyElementsOf(ids.subList(4, 7));
        assertThat(later.nextCursor()).isEmpty();
        assertThatThrownBy(() -> f.store().objects(ANA, ObjectQuery.latest(3).after("bm9wZQ"))).isInstanceOf(InvalidInputException.class);
    }

    /**
     * The SQL filter and the pure release rule agree for every stored object and every reader: a
     * row is fetched exactly when {@link Release#decide} allows it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tlpDistributionAndSharingGroupsAreEnforcedInTheQueryAsTheReleaseRuleSays(TestDatabase db) {
        Fixture f = fixture(db);
        SharingGroup benelux = f.store().createSharingGroup(SAM, "Benelux", "", Set.of("STATE:BE", "AGENCY:NL-NCSC"));
        int n = 0;
        List<String> all = new ArrayList<>();
        for (Tlp tlp : Tlp.values()) {
            for (Distribution dist : Distribution.values()) {
                for (Set<String> rel : List.of(Set.<String>of(), Set.of("USER:dora"), Set.of("STATE:DE"))) {
                    String uuid = String.format("8e2e2d2b-17d4-4cbf-938f-%012d", n++);
                    all.add("indicator--" + uuid);
                    ImportOptions o = new ImportOptions(new Marking(Classification.UNCLASSIFIED, tlp, rel, "X", Set.of()), dist,
                            dist == Distribution.SHARING_GROUP ? Optional.of(benelux.id()) : Optional.empty(), Source.bundle("t"),
                            Optional.empty(), false);
                    f.store().importBundle(ANA, bundle(Fixtures.indicator(uuid, "2016-04-06T20:03:48.000Z",
                            "2016-04-06T20:03:48.000Z", "")), o);
                }
            }
        }
        List<StoredObject> everything = new ArrayList<>();
        Page.walk(c -> f.store().objects(SAM, ObjectQuery.latest(100).after(c)), 1000, everything::add);
        assertThat(everything).hasSize(all.size());
        for (Principal reader : List.of(ANA, SAM, OTHER, BELGIAN, GERMAN, LOW)) {
            List<String> fetched = new ArrayList<>();
            Page.walk(c -> f.store().objects(reader, ObjectQuery.latest(100).after(c)), 1000, o -> fetched.add(o.id()));
            List<String> allowed = everything.stream()
                    .filter(o -> Release.allowed(f.store().dissemination(o), Recipient.of(reader))).map(StoredObject::id).toList();
            assertThat(fetched).as(reader.username()).containsExactlyElementsOf(allowed);
            assertThat(f.store().count(reader)).isEqualTo(allowed.size());
        }
        // spot checks in words
        // RED reaches dora where she is named, and only at distributions that reach a connected community (CONNECTED, ALL)
        assertThat(visible(f, GERMAN, Tlp.RED)).isEqualTo(2);
        assertThat(visible(f, OTHER, Tlp.AMBER_STRICT)).isZero();
        assertThat(visible(f, ANA, Tlp.AMBER_STRICT)).isEqualTo(Distribution.values().length * 3);
    }

    private static long visible(Fixture f, Principal p, Tlp tlp) {
        List<StoredObject> out = new ArrayList<>();
        Page.walk(c -> f.store().objects(p, ObjectQuery.latest(100).tlp(tlp).after(c)), 1000, out::add);
        return out.size();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anObjectsOwnTlpMarkingWinsWhenStricter(TestDatabase db) {
        Fixture f = fixture(db);
        String red = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z",
                ",\"object_marking_refs\":[\"" + TlpMarkings.id(Tlp.RED, TlpVersion.V1).orElseThrow() + "\"]");
        ImportReport r = f.store().importBundle(ANA, bundle(red), options(Tlp.GREEN, Distribution.ALL));
        assertThat(r.outcomes().getFirst().issues()).isEmpty(); // TLP marking refs resolve without the definition in the bundle
        assertThat(f.store().object(ANA, "indicator--" + U1).orElseThrow().marking().tlp()).isEqualTo(Tlp.RED);
        assertThat(f.store().object(OTHER, "indicator--" + U1)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void collectionsGrantReadingAndWriting(TestDatabase db) {
        Fixture f = fixture(db);
        assertThatThrownBy(() -> f.store().createCollection(ANA, "x", "", Optional.empty(), List.of()))
                .isInstanceOf(ForbiddenException.class);
        Collection shared = f.store().createCollection(SAM, "Shared indicators", "for partners", Optional.of("shared"),
                List.of(new Collection.Grant("ROLE:ANALYST", true, true), new Collection.Grant("STATE:BE", true, true),
                        new Collection.Grant("AGENCY:DE-BSI", true, false)));
        assertThat(f.store().collections(BELGIAN)).singleElement().satisfies(c -> {
            assertThat(c.canRead()).isTrue();
            assertThat(c.canWrite()).isTrue();
            assertThat(c.grants()).isEmpty();
        });
        assertThat(f.store().collection(GERMAN, "shared")).hasValueSatisfying(c -> assertThat(c.canWrite()).isFalse());
        assertThat(f.store().collections(OTHER)).singleElement(); // analyst role

        // a partner with write on the collection pushes into it (as a TAXII peer would); partners cannot import elsewhere
        String v1 = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", "");
        assertThatThrownBy(() -> f.store().importBundle(BELGIAN, bundle(v1), options(Tlp.GREEN, Distribution.ALL)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.store().importBundle(GERMAN, bundle(v1), options(Tlp.GREEN, Distribution.ALL).inCollection(shared.id())))
                .isInstanceOf(ForbiddenException.class);
        ImportReport pushed = f.store().importBundle(BELGIAN, bundle(v1), options(Tlp.GREEN, Distribution.CONNECTED)
                .inCollection(shared.id()));
        assertThat(pushed.count(ImportReport.Status.STORED)).isEqualTo(1);
        StoredObject o = f.store().objects(GERMAN, ObjectQuery.latest(10).inCollection(shared.id())).items().getFirst();
        assertThat(o.marking().originator()).isEqualTo("BE-CERT");
        assertThat(o.source().kind()).isEqualTo(Source.Kind.BUNDLE);

        // the same version again, into another collection: nothing new stored, membership added
        Collection other = f.store().createCollection(SAM, "Internal", "", Optional.empty(), List.of(new Collection.Grant("AGENCY:FR-CERT", true, true)));
        ImportReport again = f.store().importBundle(ANA, bundle(v1), options(Tlp.GREEN, Distribution.ALL).inCollection(other.id()));
        assertThat(again.count(ImportReport.Status.ALREADY_STORED)).isEqualTo(1);
        assertThat(f.store().objects(ANA, ObjectQuery.latest(10).inCollection(other.id())).items()).hasSize(1);
        assertThatThrownBy(() -> f.store().objects(GERMAN, ObjectQuery.latest(10).inCollection(other.id())))
                .isInstanceOf(NotFoundException.class);

        // delete: from a collection with write, from the store by a supervisor only
        assertThatThrownBy(() -> f.store().delete(GERMAN, "indicator--" + U1, Optional.of(shared.id()), VersionMatch.ALL))
                .isInstanceOf(ForbiddenException.class);
        assertThat(f.store().delete(ANA, "indicator--" + U1, Optional.of(other.id()), VersionMatch.ALL)).isEqualTo(1);
        assertThat(f.store().objects(ANA, ObjectQuery.latest(10).inCollection(other.id())).items()).isEmpty();
        assertThatThrownBy(() -> f.store().delete(ANA, "indicator--" + U1, Optional.empty(), VersionMatch.ALL))
                .isInstanceOf(ForbiddenException.class);
        assertThat(f.store().delete(SAM, "indicator--" + U1, Optional.empty(), VersionMatch.ALL)).isEqualTo(1);
        assertThat(f.store().count(SAM)).isZero();
        assertThat(f.audit().entries).extracting(e -> e.event().action()).contains("cyber.stix.collection.remove", "cyber.stix.delete");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void markingsAboveTheImportersClearanceAndUnknownSharingGroupsAreRefused(TestDatabase db) {
        Fixture f = fixture(db);
        String v1 = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z", "");
        ImportOptions secret = new ImportOptions(new Marking(Classification.SECRET_UE, Tlp.GREEN, Set.of(), "X", Set.of()),
                Distribution.ALL, Optional.empty(), Source.bundle("t"), Optional.empty(), false);
        assertThatThrownBy(() -> f.store().importBundle(ANA, bundle(v1), secret)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("clearance");
        ImportOptions noGroup = new ImportOptions(new Marking(Classification.UNCLASSIFIED, Tlp.GREEN, Set.of(), "X", Set.of()),
                Distribution.SHARING_GROUP, Optional.of("nope"), Source.bundle("t"), Optional.empty(), false);
        assertThatThrownBy(() -> f.store().importBundle(ANA, bundle(v1), noGroup)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no sharing group");
        assertThat(f.store().count(SAM)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exportsHonourMarkingsAndMapTlpForOlderPeers(TestDatabase db) {
        Fixture f = fixture(db);
        String strict = Fixtures.indicator(U1, "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z",
                ",\"object_marking_refs\":[\"" + TlpMarkings.id(Tlp.AMBER_STRICT, TlpVersion.V2).orElseThrow() + "\"]");
        String green = Fixtures.indicator("9e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "2016-04-06T20:03:48.000Z", "2016-04-06T20:03:48.000Z",
                ",\"object_marking_refs\":[\"" + TlpMarkings.id(Tlp.GREEN, TlpVersion.V2).orElseThrow() + "\"]");
        f.store().importBundle(ANA, bundle(strict, green), options(Tlp.GREEN, Distribution.ALL));

        Export asIs = f.store().export(ANA, ObjectQuery.latest(100), Optional.empty(), false, 1000);
        assertThat(asIs.objects()).isEqualTo(4); // two indicators and their two TLP 2.0 marking-definitions
        assertThat(new String(asIs.bundle())).contains(strict).contains("\"tlp_2_0\":\"amber+strict\"");

        Export v1 = f.store().export(ANA, ObjectQuery.latest(100), Optional.of(TlpVersion.V1), false, 1000);
        assertThat(v1.leftOut()).singleElement().satisfies(s -> assertThat(s).startsWith("indicator--" + U1));
        assertThat(new String(v1.bundle())).contains(TlpMarkings.id(Tlp.GREEN, TlpVersion.V1).orElseThrow())
                .doesNotContain(TlpMarkings.id(Tlp.GREEN, TlpVersion.V2).orElseThrow()).contains("\"definition_type\":\"tlp\"");
        Export lossy = f.store().export(ANA, ObjectQuery.latest(100), Optional.of(TlpVersion.V1), true, 1000);
        assertThat(lossy.leftOut()).isEmpty();
        assertThat(f.audit().entries.getLast().event().detail()).contains("STRICT lost");

        Export forOther = f.store().export(OTHER, ObjectQuery.latest(100), Optional.empty(), false, 1000);
        assertThat(new String(forOther.bundle())).doesNotContain("indicator--" + U1).contains("indicator--9e2e2d2b");
        assertThat(f.audit().entries).extracting(e -> e.event().action()).filteredOn("cyber.stix.export"::equals).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void relationshipsOfAnObjectAreFound(TestDatabase db) {
        Fixture f = fixture(db);
        f.store().importBundle(ANA, READER.readBundle(Fixtures.poisonIvy()), options(Tlp.GREEN, Distribution.ALL));
        List<StoredObject> rels = f.store().referencing(ANA, "malware--591f0cb7-d66f-4e14-a8e6-5927b597f920", 100);
        assertThat(rels).isNotEmpty().allSatisfy(r -> {
            assertThat(r.type()).isEqualTo("relationship");
            assertThat(r.json()).contains("malware--591f0cb7-d66f-4e14-a8e6-5927b597f920");
        });
        assertThat(f.store().referencing(ANA, "nonsense%", 10)).isEmpty();
    }
}
