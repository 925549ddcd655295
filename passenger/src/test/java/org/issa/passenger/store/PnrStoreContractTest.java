package org.issa.passenger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.entity.Entity;
import org.issa.core.entity.EntityPort;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.retention.Disclosures;
import org.issa.passenger.search.BookingDetail;
import org.issa.passenger.search.FlightHits;
import org.issa.passenger.search.PassengerQuery;
import org.issa.passenger.search.PassengerRow;
import org.issa.passenger.search.PassengerViews;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class PnrStoreContractTest {

    static final Marking PIU = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FR-PIU", Set.of(Handling.PERSONAL_DATA));
    static final Principal ANALYST = new Principal("ana", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal LOW = new Principal("lou", "DE-BKA", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Principal CARRIER = new Principal("lh-push", "LH", "DE", Set.of(Role.PARTNER), Classification.RESTREINT_UE);
    static final LocalDateTime DEP = LocalDateTime.of(2026, 11, 30, 10, 15);
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** The parts of a store under test, sharing one database, clock and audit log. */
    record Rig(Sql sql, TestTransactions tx, RecordingAuditLog audit, MutableClock clock, PnrStore store, PassengerViews views,
               Disclosures disclosures, RecordingPort port, org.issa.passenger.retention.Vault vault) {
        static Rig on(TestDatabase db) {
            TestTransactions tx = new TestTransactions(db.dataSource());
            Sql sql = new Sql(tx.dataSource());
            RecordingAuditLog audit = new RecordingAuditLog();
            MutableClock clock = new MutableClock(T0);
            RecordingPort port = new RecordingPort();
            EntityPublication pub = new EntityPublication(Optional.of(port));
            org.issa.passenger.retention.Vault vault = new org.issa.passenger.retention.Vault(sql,
                    org.issa.core.seal.SealingKey.generate());
            Disclosures d = new Disclosures(sql, audit, tx, clock, vault);
            return new Rig(sql, tx, audit, clock, new PnrStore(sql, audit, tx, clock, PIU, pub),
                    new PassengerViews(sql, audit, tx, d, FlightHits.none()), d, port, vault);
        }

        long rows(String table) {
            return sql.count("SELECT COUNT(*) FROM " + table);
        }
    }

    static final class RecordingPort implements EntityPort {
        final List<Entity> published = new ArrayList<>();
        final List<String> withdrawn = new ArrayList<>();
        boolean fail;
        /** Fails only a publication that names this person (a surname), when set. */
        String failFor = "";

        @Override
        public void publish(List<Entity> entities) {
            if (fail || (!failFor.isEmpty() && entities.stream().anyMatch(e -> e.values("name").stream().anyMatch(n -> n.contains(failFor))))) {
                throw new IllegalStateException("entity store unavailable");
            }
            published.addAll(entities);
        }

        @Override
        public void withdraw(String dataset, Collection<String> ids) {
            withdrawn.addAll(ids);
        }
    }

    static PnrMessage lh400(String ref, PushType push, List<Booking> bookings, List<Quarantined> q) {
        return Fixtures.message(ref, push, Fixtures.flight("LH", "400", "FRA", "JFK", DEP), bookings, q);
    }

    static Booking smiths() {
        return Fixtures.booking("ABC123", LocalDate.of(2026, 10, 1),
                List.of(Fixtures.passenger("P1", "SMITH", "JOHN MR", "C01X00T47", LocalDate.of(1980, 5, 17)),
                        Fixtures.passenger("P2", "SMITH", "JANE MRS", "C01X00T48", LocalDate.of(1982, 3, 2))),
                List.of(Fixtures.flight("LH", "400", "FRA", "JFK", DEP)));
    }

    static Booking mueller() {
        return Fixtures.booking("XYZ789", LocalDate.of(2026, 9, 12),
                List.of(Fixtures.passenger("P1", "MÜLLER", "JÜRGEN", "L7N3K9P2", LocalDate.of(1975, 1, 30))),
                List.of(Fixtures.flight("LH", "400", "FRA", "JFK", DEP), Fixtures.flight("UA", "900", "JFK", "SFO", DEP.plusHours(6))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAMessageOnceWithBookingsPassengersLegsAndDocuments(TestDatabase db) {
        Rig r = Rig.on(db);
        PnrMessage m = lh400("1", PushType.FULL, List.of(smiths(), mueller()), List.of());
        Receipt first = r.store().store(Fixtures.delivery("UNB+IATA:1+1A+DEPIU'... message one"), m, Fixtures.keptAsIs(m));
        assertThat(first.alreadyStored()).isFalse();
        assertThat(first.bookings()).isEqualTo(2);
        assertThat(first.newBookings()).isEqualTo(2);
        assertThat(first.passengers()).isEqualTo(3);
        assertThat(r.rows("pnr_message")).isEqualTo(1);
        assertThat(r.rows("pnr_booking")).isEqualTo(2);
        assertThat(r.rows("pnr_passenger")).isEqualTo(3);
        assertThat(r.rows("pnr_leg")).isEqualTo(3);
        assertThat(r.rows("pnr_document")).isEqualTo(3);
        assertThat(r.rows("pnr_message_raw")).isEqualTo(1);
        assertThat(r.audit().actions()).containsExactly("passenger.message.store");

        Receipt again = r.store().store(Fixtures.delivery("UNB+IATA:1+1A+DEPIU'... message one"), m, Fixtures.keptAsIs(m));
        assertThat(again.alreadyStored()).isTrue();
        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(r.rows("pnr_message")).isEqualTo(1);
        assertThat(r.rows("pnr_booking_version")).isEqualTo(2);
        assertThat(r.audit().actions()).containsExactly("passenger.message.store");

        // The same reference with other content is another message (a corrected resend), stored as new versions.
        Receipt corrected = r.store().store(Fixtures.delivery("UNB+IATA:1+1A+DEPIU'... message one, corrected"), m, Fixtures.keptAsIs(m));
        assertThat(corrected.alreadyStored()).isFalse();
        assertThat(r.rows("pnr_message")).isEqualTo(2);
        assertThat(r.rows("pnr_booking")).isEqualTo(2);

        // Persons, flights and co-travel links reach the entity port.
        assertThat(r.port().published).extracting(Entity::schema).contains("Person", "Flight", "Associate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangesOnlyPushIsANewVersionOfTheSameBooking(TestDatabase db) {
        Rig r = Rig.on(db);
        PnrMessage full = lh400("1", PushType.FULL, List.of(smiths()), List.of());
        r.store().store(Fixtures.delivery("full push"), full, Fixtures.keptAsIs(full));
        Booking changed = smiths().withPassengers(List.of(Fixtures.passenger("P1", "SMITH", "JOHN MR", "C01X00T47", LocalDate.of(1980, 5, 17))));
        PnrMessage update = lh400("2", PushType.CHANGES, List.of(changed), List.of());
        r.clock().advance(java.time.Duration.ofHours(30));
        Receipt receipt = r.store().store(Fixtures.delivery("changes push"), update, Fixtures.keptAsIs(update));
        assertThat(receipt.newBookings()).isZero();
        assertThat(r.rows("pnr_booking")).isEqualTo(1);
        String bookingId = r.sql().queryOne("SELECT id FROM pnr_booking", rs -> rs.getString(1)).orElseThrow();
        BookingDetail d = r.views().booking(ANALYST, bookingId, Optional.empty(), false, "pre-departure assessment");
        assertThat(d.versions()).extracting(BookingDetail.Version::number).containsExactly(2, 1);
        assertThat(d.shown().number()).isEqualTo(2);
        assertThat(d.shown().pushType()).isEqualTo("CHANGES");
        assertThat(d.booking().passengers()).hasSize(1);
        BookingDetail v1 = r.views().booking(ANALYST, bookingId, Optional.of(d.versions().get(1).id()), false, "pre-departure assessment");
        assertThat(v1.booking().passengers()).hasSize(2);
        // Search and the board read current versions: JANE is no longer on the booking.
        assertThat(r.views().search(ANALYST, query("jane smith"), "check", 10)).isEmpty();
        assertThat(r.views().flightBoard(ANALYST, DEP.toLocalDate(), DEP.toLocalDate())).singleElement()
                .satisfies(f -> assertThat(f.passengers()).isEqualTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoPushesOfANewBookingAtOnceMakeOneBookingWithTwoVersions(TestDatabase db) throws Exception {
        Rig r = Rig.on(db);
        for (int i = 0; i < 5; i++) {
            final int round = i;
            Booking b = Fixtures.booking("RACE" + round, LocalDate.of(2026, 10, 1),
                    List.of(Fixtures.passenger("P1", "RACER", "RITA", "R0" + round, LocalDate.of(1990, 1, 1))),
                    List.of(Fixtures.flight("LH", "400", "FRA", "JFK", DEP)));
            PnrMessage a = lh400("A" + round, PushType.FULL, List.of(b), List.of());
            PnrMessage c = lh400("C" + round, PushType.CHANGES, List.of(b), List.of());
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var f1 = pool.submit(() -> {
                go.await();
                return r.store().store(Fixtures.delivery("a" + round), a, Fixtures.keptAsIs(a));
            });
            var f2 = pool.submit(() -> {
                go.await();
                return r.store().store(Fixtures.delivery("c" + round), c, Fixtures.keptAsIs(c));
            });
            go.countDown();
            f1.get();
            f2.get();
            pool.shutdown();
            String locator = "RACE" + round;
            assertThat(r.sql().count("SELECT COUNT(*) FROM pnr_booking WHERE locator = ?", locator)).isEqualTo(1);
            assertThat(r.sql().count("SELECT COUNT(*) FROM pnr_booking_version v JOIN pnr_booking b ON b.id = v.booking_id"
                    + " WHERE b.locator = ?", locator)).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void quarantinedSegmentsAndSensitiveDeletionsAreRecordedWithoutContent(TestDatabase db) {
        Rig r = Rig.on(db);
        Quarantined bad = new Quarantined("1", 17, "TVL+3011:1015+FRA+JFK+LH+400'", "TVL: departure date '3011' is not DDMMYY");
        PnrMessage m = lh400("1", PushType.FULL, List.of(smiths()), List.of(bad));
        Receipt receipt = r.store().store(Fixtures.delivery("message with MOML"), m, Fixtures.withSensitiveRemoved(m));
        assertThat(receipt.quarantined()).hasSize(1);
        assertThat(receipt.sensitive()).singleElement().satisfies(s -> {
            assertThat(s.category()).isEqualTo("RELIGION_OR_BELIEFS");
            assertThat(s.locator()).isEqualTo("ABC123");
        });
        assertThat(r.sql().queryOne("SELECT position, segment, reason FROM pnr_quarantine", rs -> rs.getInt(1) + " " + rs.getString(2) + " "
                + rs.getString(3))).contains("17 TVL TVL: departure date '3011' is not DDMMYY");
        // The raw message carried what had to be deleted: it is not kept.
        assertThat(r.rows("pnr_message_raw")).isZero();
        assertThat(r.audit().actions()).containsExactly("passenger.message.store", "passenger.sensitive.delete");
        assertThat(r.audit().last().detail()).contains("RELIGION_OR_BELIEFS").doesNotContain("MOML");
        String bookingId = r.sql().queryOne("SELECT id FROM pnr_booking", rs -> rs.getString(1)).orElseThrow();
        BookingDetail d = r.views().booking(ANALYST, bookingId, Optional.empty(), false, "operator check");
        assertThat(d.quarantined()).singleElement().satisfies(q -> assertThat(q.reason()).contains("3011"));
        assertThat(d.sensitiveDeleted()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailingMessageLeavesNothingBehind(TestDatabase db) {
        Rig r = Rig.on(db);
        r.port().fail = true;
        PnrMessage m = lh400("1", PushType.FULL, List.of(smiths(), mueller()), List.of());
        assertThatThrownBy(() -> r.store().store(Fixtures.delivery("push"), m, Fixtures.keptAsIs(m))).hasMessageContaining("unavailable");
        for (String t : List.of("pnr_message", "pnr_message_raw", "pnr_booking", "pnr_booking_version", "pnr_passenger", "pnr_leg",
                "pnr_document", "pnr_quarantine")) {
            assertThat(r.rows(t)).as(t).isZero();
        }
        r.port().fail = false;
        assertThat(r.store().store(Fixtures.delivery("push"), m, Fixtures.keptAsIs(m)).alreadyStored()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aGroupIsStoredInOneGoAndAFailingMessageInItIsRolledBackAlone(TestDatabase db) {
        Rig r = Rig.on(db);
        PnrMessage one = lh400("1", PushType.FULL, List.of(smiths()), List.of());
        PnrMessage two = lh400("2", PushType.FULL, List.of(mueller()), List.of());
        PnrMessage three = lh400("3", PushType.CHANGES, List.of(smiths()), List.of());
        // a group that stores: three messages, the same booking twice (two versions), and the first message again
        List<PnrStore.Outcome> ok = r.store().storeAll(List.of(item("one", one), item("two", two), item("three", three), item("one", one)));
        assertThat(ok).allMatch(PnrStore.Outcome::stored);
        assertThat(ok.get(3).receipt().orElseThrow().alreadyStored()).isTrue();
        assertThat(ok.get(3).receipt().orElseThrow().messageId()).isEqualTo(ok.get(0).receipt().orElseThrow().messageId());
        assertThat(ok.get(2).receipt().orElseThrow().newBookings()).isZero();
        assertThat(r.rows("pnr_message")).isEqualTo(3);
        assertThat(r.rows("pnr_booking")).isEqualTo(2);
        assertThat(r.rows("pnr_booking_version")).isEqualTo(3);
        assertThat(r.sql().count("SELECT versions FROM pnr_booking WHERE locator = 'ABC123'")).isEqualTo(2);
        assertThat(r.audit().actions()).containsExactly("passenger.message.store", "passenger.message.store", "passenger.message.store");

        // a group in which one message fails: that one is rolled back alone and reported, the others are kept
        Rig f = Rig.on(db);
        f.port().failFor = "MÜLLER";
        List<PnrStore.Outcome> mixed = f.store().storeAll(List.of(item("a", one), item("b", two), item("c", three)));
        assertThat(mixed).extracting(PnrStore.Outcome::stored).containsExactly(true, false, true);
        assertThat(mixed.get(1).failure()).contains("unavailable");
        long messages = f.rows("pnr_message");
        assertThat(f.sql().count("SELECT COUNT(*) FROM pnr_passenger WHERE surname = 'MÜLLER'")).isEqualTo(1); // from the first group only
        assertThat(f.sql().count("SELECT COUNT(*) FROM pnr_message WHERE content_hash = ?", PnrStore.sha256("b".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)))).isZero();
        assertThat(f.sql().count("SELECT COUNT(*) FROM pnr_message WHERE content_hash = ?", PnrStore.sha256("a".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(1);
        assertThat(messages).isEqualTo(5);
        f.port().failFor = "";
        assertThat(f.store().storeAll(List.of(item("b", two)))).singleElement().satisfies(o -> {
            assertThat(o.stored()).isTrue();
            assertThat(o.receipt().orElseThrow().alreadyStored()).isFalse();
        });
    }

    private static PnrStore.Item item(String raw, PnrMessage m) {
        return new PnrStore.Item(Fixtures.delivery(raw), m, Fixtures.keptAsIs(m));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchNeedsAPurposeIsAuditedAndKeepsToTheReadersMarkings(TestDatabase db) {
        Rig r = Rig.on(db);
        PnrMessage m = lh400("1", PushType.FULL, List.of(smiths(), mueller()), List.of());
        r.store().store(Fixtures.delivery("push"), m, Fixtures.keptAsIs(m));
        assertThat(r.views().search(ANALYST, query("muller jurgen"), "watch-list follow-up", 10)).singleElement()
                .satisfies(p -> assertThat(p.locator()).isEqualTo("XYZ789"));
        assertThat(r.audit().last().action()).isEqualTo("personal-data.read");
        assertThat(r.audit().last().purpose()).isEqualTo("watch-list follow-up");
        assertThat(r.views().search(ANALYST, new PassengerQuery(Optional.empty(), Optional.of("c01x00t48"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), "request 2026/17", 10)).extracting(PassengerRow::givenNames).containsExactly("JANE MRS");
        assertThat(r.views().search(ANALYST, new PassengerQuery(Optional.empty(), Optional.empty(), Optional.of("JFK"), Optional.of("SFO"),
                Optional.of(DEP.toLocalDate()), Optional.of(DEP.toLocalDate().plusDays(1))), "route analysis", 10)).hasSize(1);
        assertThatThrownBy(() -> r.views().search(ANALYST, query("smith"), " ", 10))
                .isInstanceOf(org.issa.core.error.InvalidInputException.class);
        // Markings are in the query: a reader below RESTREINT UE finds nothing, sees no flight, cannot open a booking.
        assertThat(r.views().search(LOW, query("smith"), "check", 10)).isEmpty();
        assertThat(r.views().flightBoard(LOW, DEP.toLocalDate(), DEP.toLocalDate())).isEmpty();
        String bookingId = r.sql().queryOne("SELECT id FROM pnr_booking WHERE locator = 'ABC123'", rs -> rs.getString(1)).orElseThrow();
        assertThatThrownBy(() -> r.views().booking(LOW, bookingId, Optional.empty(), false, "check")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> r.views().search(CARRIER, query("smith"), "check", 10))
                .isInstanceOf(org.issa.core.error.ForbiddenException.class);
        // Board, history and co-travellers.
        assertThat(r.views().flightBoard(ANALYST, DEP.toLocalDate(), DEP.toLocalDate())).hasSize(2).first().satisfies(f -> {
            assertThat(f.key()).isEqualTo("LH400/2026-11-30/FRA-JFK");
            assertThat(f.bookings()).isEqualTo(2);
            assertThat(f.passengers()).isEqualTo(3);
        });
        String john = r.views().search(ANALYST, query("john smith"), "check", 10).get(0).passengerId();
        assertThat(r.views().coTravellers(ANALYST, john, "network analysis")).singleElement()
                .satisfies(c -> assertThat(c.givenNames()).isEqualTo("JANE MRS"));
        String jurgen = r.views().search(ANALYST, query("muller"), "check", 10).get(0).passengerId();
        assertThat(r.views().history(ANALYST, jurgen, "travel pattern")).extracting(t -> t.flight() + " " + t.origin() + "-" + t.destination())
                .containsExactly("LH400 FRA-JFK", "UA900 JFK-SFO");
    }

    static PassengerQuery query(String name) {
        return new PassengerQuery(Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
