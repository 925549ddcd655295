package org.issa.passenger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.criteria.Backtest;
import org.issa.passenger.criteria.CriteriaFacts;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.FactsSource;
import org.issa.passenger.criteria.StoredBooking;
import org.issa.passenger.criteria.SyntheticBookings;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.retention.Retention;
import org.issa.passenger.retention.RetentionPolicy;
import org.issa.passenger.search.StoredBookings;
import org.issa.passenger.search.StoredCriteriaFacts;
import org.issa.passenger.search.StoredTravelHistory;
import org.issa.rules.CompiledRule;
import org.issa.rules.Field;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The criteria facts copy beside each booking's current version: written with the version, equal to what PassengerFacts
 * gives on the stored booking, following new versions, depersonalisation and deletion, backfilled when missing; and a
 * backtest over it counts exactly as one over the stored bookings.
 */
class CriteriaFactsContractTest {

    static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    /** A targeting condition most generated bookings meet (a criterion must select a route, airport or flight). */
    static final String AIRPORTS = "itinerary.airports.exists(a, a in ['FRA', 'MUC', 'CDG', 'AMS', 'IST', 'MAD', 'VIE'])";

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** Stores {@code count} generated bookings in messages of 25; returns them as generated. */
    private static List<Booking> storeGenerated(PnrStoreContractTest.Rig r, long seed, int count) {
        List<Booking> bookings = new SyntheticBookings(seed, count, FIRST, 20).all().stream().map(StoredBooking::booking).toList();
        for (int i = 0; i < bookings.size(); i += 25) {
            List<Booking> chunk = bookings.subList(i, Math.min(bookings.size(), i + 25));
            PnrMessage m = PnrStoreContractTest.lh400("G" + seed + "-" + i, PushType.FULL, chunk, List.of());
            r.store().store(Fixtures.delivery("generated " + seed + " " + i), m, Fixtures.keptAsIs(m));
        }
        return bookings;
    }

    private record Copy(String bookingId, String versionId, LocalDate departure, boolean masked, byte[] facts) {
    }

    private static List<Copy> copies(PnrStoreContractTest.Rig r) {
        return r.sql().query("SELECT booking_id, version_id, departure_date, masked, facts FROM pnr_criteria_facts ORDER BY booking_id",
                rs -> new Copy(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getBytes(5)));
    }

    /** Every copy is that of its booking's current version and equals PassengerFacts on the version as stored, field by field. */
    private static void assertCopiesMatchTheStoredBookings(PnrStoreContractTest.Rig r) {
        List<Copy> copies = copies(r);
        assertThat(copies).hasSize((int) r.rows("pnr_booking"));
        for (Copy c : copies) {
            Object[] v = r.sql().queryOne("SELECT v.id, v.booking_json, v.depersonalised_at FROM pnr_booking b"
                    + " JOIN pnr_booking_version v ON v.id = b.current_version_id WHERE b.id = ?",
                    rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3) != null}, c.bookingId()).orElseThrow();
            assertThat(c.versionId()).isEqualTo(v[0]);
            assertThat(c.masked()).isEqualTo(v[2]);
            Booking stored = BookingJson.read((String) v[1]);
            assertThat(Optional.ofNullable(c.departure())).isEqualTo(CriteriaFactsCopy.departureDate(stored));
            assertSameFacts(CriteriaFacts.decode(c.facts()), CriteriaFacts.of(stored));
        }
    }

    private static void assertSameFacts(List<CriteriaFacts.Traveller> actual, List<CriteriaFacts.Traveller> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).ref()).isEqualTo(expected.get(i).ref());
            for (Field f : CriteriaModel.MODEL.fields()) {
                assertThat(actual.get(i).facts().value(f.name())).as(f.name()).isEqualTo(expected.get(i).facts().value(f.name()));
            }
        }
    }

    /** The backtest as it ran before the copy: over the stored bookings, decoded. */
    private static FactsSource storedBookings(PnrStoreContractTest.Rig r) {
        StoredBookings stored = new StoredBookings(r.sql());
        return FactsSource.of((from, to, each) -> stored.forEachDeparting(from, to,
                c -> each.accept(new StoredBooking(c.id(), c.departureDate(), c.masked(), c.booking()))));
    }

    private static long assertSameBacktest(PnrStoreContractTest.Rig r, String criterion, TravelHistoryLookup history) {
        CompiledRule rule = new RuleCompiler(CriteriaModel.MODEL).compile(criterion).orThrow();
        LocalDate from = FIRST.minusDays(5);
        LocalDate to = FIRST.plusDays(40);
        Backtest.Result copy = Backtest.run(rule, new StoredCriteriaFacts(r.sql()), from, to, history, Backtest.MAX_SAMPLE);
        Backtest.Result old = Backtest.run(rule, storedBookings(r), from, to, history, Backtest.MAX_SAMPLE);
        assertThat(copy.bookings()).as(criterion).isEqualTo(old.bookings()).isPositive();
        assertThat(copy.passengers()).isEqualTo(old.passengers());
        assertThat(copy.hits()).as(criterion).isEqualTo(old.hits());
        assertThat(copy.undecided()).isEqualTo(old.undecided());
        assertThat(copy.hitsPerDay()).isEqualTo(old.hitsPerDay());
        assertThat(copy.firstUndecidedReason().isEmpty()).isEqualTo(old.firstUndecidedReason().isEmpty());
        if (old.hits() <= Backtest.MAX_SAMPLE) {
            // the same hits, whatever the order they were read in
            assertThat(copy.sample()).containsExactlyInAnyOrderElementsOf(old.sample());
        } else {
            assertThat(copy.sample()).hasSize(Backtest.MAX_SAMPLE);
        }
        return copy.hits();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theCopyIsWrittenWithEachVersionAndABacktestOverItCountsAsOverTheStoredBookings(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        List<Booking> generated = storeGenerated(r, 21, 250);
        // a second push of some bookings with another itinerary: a new version, whose copy replaces the first
        List<Booking> changed = new ArrayList<>();
        List<Booking> other = new SyntheticBookings(99, 30, FIRST.plusDays(3), 5).all().stream().map(StoredBooking::booking).toList();
        for (int i = 0; i < 30; i++) {
            Booking b = generated.get(i);
            Booking o = other.get(i);
            changed.add(new Booking(b.recordLocators(), b.createdAt(), b.lastChangedAt(), b.ticketIssuedAt(), b.originator(), b.contacts(),
                    b.passengers(), o.legs(), b.splits(), b.otherServices(), b.services(), b.remarks(), b.baggage(), b.history()));
        }
        PnrMessage m = PnrStoreContractTest.lh400("CHANGED", PushType.FULL, changed, List.of());
        r.store().store(Fixtures.delivery("changed"), m, Fixtures.keptAsIs(m));
        assertThat(r.sql().count("SELECT COUNT(*) FROM pnr_booking WHERE versions = 2")).isEqualTo(30);
        assertCopiesMatchTheStoredBookings(r);

        long hits = 0;
        hits += assertSameBacktest(r, "itinerary.airports.exists(a, a in ['IST', 'SAW', 'BEY']) && booking.paid_cash", TravelHistoryLookup.NONE);
        hits += assertSameBacktest(r, AIRPORTS + " && passenger.bags >= 1 && booking.days_before_departure <= 30", TravelHistoryLookup.NONE);
        hits += assertSameBacktest(r, AIRPORTS + " && (passenger.bag_weight_kg > 20.0 || itinerary.one_way)", TravelHistoryLookup.NONE);
        hits += assertSameBacktest(r, AIRPORTS + " && history.trips_365d >= 1", new StoredTravelHistory(r.sql()));
        hits += assertSameBacktest(r, "itinerary.destination == 'IST' && history.trips_90d == 0", new StoredTravelHistory(r.sql()));
        assertThat(hits).as("the criteria hit some passengers").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void depersonalisationRewritesTheCopyFromTheMaskedBookingAndDeletionRemovesIt(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        storeGenerated(r, 5, 50);
        Retention job = new Retention(r.sql(), r.audit(), r.tx(), r.clock(), RetentionPolicy.DIRECTIVE,
                new EntityPublication(Optional.of(r.port())), r.vault());
        List<Copy> before = copies(r);
        assertThat(before).hasSize(50).noneMatch(Copy::masked);

        r.clock().advance(Duration.ofDays(183));
        assertThat(job.run().messagesDepersonalised()).isEqualTo(2);
        List<Copy> after = copies(r);
        assertThat(after).hasSize(50).allMatch(Copy::masked);
        assertCopiesMatchTheStoredBookings(r);
        // masking changed what the criteria see (the number of travellers and the payment are Art 12(2) items)
        long changed = 0;
        for (int i = 0; i < before.size(); i++) {
            changed += java.util.Arrays.equals(before.get(i).facts(), after.get(i).facts()) ? 0 : 1;
        }
        assertThat(changed).isPositive();
        CompiledRule rule = new RuleCompiler(CriteriaModel.MODEL).compile(AIRPORTS + " && itinerary.legs >= 1").orThrow();
        Backtest.Result masked = Backtest.run(rule, new StoredCriteriaFacts(r.sql()), FIRST.minusDays(5), FIRST.plusDays(40),
                TravelHistoryLookup.NONE, 5);
        assertThat(masked.sample()).isNotEmpty().allMatch(Backtest.SampleHit::masked);

        r.clock().advance(Duration.ofDays(365 * 5));
        Retention.Outcome gone = job.run();
        assertThat(gone.bookingsDeleted()).isEqualTo(50);
        assertThat(r.rows("pnr_criteria_facts")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletingAnOlderVersionKeepsTheCopyOfTheCurrentOne(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        List<Booking> first = storeGenerated(r, 8, 20);
        r.clock().advance(Duration.ofDays(30));
        PnrMessage again = PnrStoreContractTest.lh400("AGAIN", PushType.FULL, first, List.of());
        r.store().store(Fixtures.delivery("again"), again, Fixtures.keptAsIs(again));
        Retention job = new Retention(r.sql(), r.audit(), r.tx(), r.clock(), RetentionPolicy.DIRECTIVE,
                new EntityPublication(Optional.of(r.port())), r.vault());
        // five years after the first push, a day short of five years after the second: only the first versions go
        r.clock().advance(Duration.ofDays(365 * 5 + 2 - 30));
        Retention.Outcome o = job.run();
        assertThat(o.messagesDeleted()).isEqualTo(1);
        assertThat(o.bookingsDeleted()).isZero();
        assertThat(r.rows("pnr_booking_version")).isEqualTo(20);
        assertCopiesMatchTheStoredBookings(r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theBackfillWritesTheCopyOfBookingsStoredWithoutOneOrUnderAnotherLayout(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        storeGenerated(r, 13, 120);
        List<Copy> written = copies(r);
        r.sql().update("DELETE FROM pnr_criteria_facts WHERE booking_id IN (SELECT booking_id FROM pnr_criteria_facts"
                + " ORDER BY booking_id FETCH FIRST 100 ROWS ONLY)");
        r.sql().update("UPDATE pnr_criteria_facts SET layout = 0");
        assertThat(CriteriaFactsCopy.missing(r.sql())).isEqualTo(120);
        List<Long> progress = new ArrayList<>();
        long n = CriteriaFactsCopy.backfill(r.sql(), r.tx(), 50, progress::add);
        assertThat(n).isEqualTo(120);
        assertThat(progress).containsExactly(50L, 100L, 120L);
        assertThat(CriteriaFactsCopy.missing(r.sql())).isZero();
        assertThat(CriteriaFactsCopy.backfill(r.sql(), r.tx(), 50, progress::add)).isZero();
        assertCopiesMatchTheStoredBookings(r);
        List<Copy> again = copies(r);
        for (int i = 0; i < written.size(); i++) {
            assertThat(again.get(i).facts()).isEqualTo(written.get(i).facts());
        }
    }
}
