package org.issa.passenger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.criteria.Backtest;
import org.issa.passenger.criteria.BookingSource;
import org.issa.passenger.criteria.CriteriaEvaluator;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.CriteriaStore;
import org.issa.passenger.criteria.Criterion;
import org.issa.passenger.criteria.CriterionDraft;
import org.issa.passenger.criteria.CriterionHit;
import org.issa.passenger.criteria.StoredBooking;
import org.issa.passenger.criteria.TravelHistory;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.retention.Retention;
import org.issa.passenger.retention.RetentionPolicy;
import org.issa.passenger.search.StoredBookings;
import org.issa.passenger.search.StoredTravelHistory;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Travel history from the PNR store: a traveller's earlier stored bookings found by travel document, counted in the
 * criteria's windows; the booking assessed left out; depersonalised travellers not linked. Criteria that read history
 * hit live and in backtests over the stored bookings, where they no longer come out undecided.
 */
class StoredTravelHistoryContractTest {

    static final Principal SAM = new Principal("sam", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Principal SUE = new Principal("sue", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final String FREQUENT = "itinerary.destination == 'JFK' && history.trips_365d >= 2 && 'BEY' in history.airports_365d";

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static Booking trip(String locator, String from, String to, LocalDateTime dep) {
        return Fixtures.booking(locator, dep.toLocalDate().minusDays(20),
                List.of(Fixtures.passenger("P1", "SMITH", "JOHN MR", "C01X00T47", LocalDate.of(1980, 5, 17))),
                List.of(Fixtures.flight("LH", "1" + locator.substring(4), from, to, dep)));
    }

    static void store(PnrStoreContractTest.Rig r, String ref, Booking b) {
        PnrMessage m = Fixtures.message(ref, PushType.FULL, b.legs().get(0).flight(), List.of(b), List.of());
        r.store().store(Fixtures.delivery("history " + ref), m, Fixtures.keptAsIs(m));
    }

    /** John Smith flew FRA-IST in June, IST-BEY in October and FRA-LHR two years before; now FRA-JFK with Jane. */
    static PnrStoreContractTest.Rig travelled(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        store(r, "h1", trip("HIST01", "FRA", "IST", LocalDateTime.of(2026, 6, 1, 9, 0)));
        store(r, "h2", trip("HIST02", "IST", "BEY", LocalDateTime.of(2026, 10, 20, 9, 0)));
        store(r, "h3", trip("HIST03", "FRA", "LHR", LocalDateTime.of(2024, 10, 20, 9, 0)));
        PnrMessage now = PnrStoreContractTest.lh400("h4", PushType.FULL, List.of(PnrStoreContractTest.smiths()), List.of());
        r.store().store(Fixtures.delivery("history h4"), now, Fixtures.keptAsIs(now));
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void earlierTripsAreFoundByDocumentAndCountedBeforeTheDeparture(TestDatabase db) {
        PnrStoreContractTest.Rig r = travelled(db);
        StoredTravelHistory history = new StoredTravelHistory(r.sql());
        Booking smiths = PnrStoreContractTest.smiths();
        LocalDate dep = PnrStoreContractTest.DEP.toLocalDate();

        TravelHistory john = history.history(smiths, smiths.passengers().get(0), dep).orElseThrow();
        assertThat(john.trips365d()).isEqualTo(2);
        assertThat(john.trips90d()).isEqualTo(1);
        assertThat(john.trips30d()).isZero();
        assertThat(john.airports365d()).containsExactlyInAnyOrder("FRA", "IST", "BEY");
        assertThat(john.routes365d()).containsExactlyInAnyOrder("FRA-IST", "IST-BEY");
        // Jane has no other stored trip: her history is known and empty, not missing; the booking itself is not a trip.
        assertThat(history.history(smiths, smiths.passengers().get(1), dep)).contains(TravelHistory.NONE);
        // Counted back from another departure: only what departed before it.
        assertThat(history.history(smiths, smiths.passengers().get(0), LocalDate.of(2026, 9, 1)).orElseThrow().trips365d()).isEqualTo(1);

        // Once depersonalised, the stored travellers are no longer linked.
        Retention job = new Retention(r.sql(), r.audit(), r.tx(), r.clock(), RetentionPolicy.DIRECTIVE, EntityPublication.none(), r.vault());
        r.clock().advance(Duration.ofDays(200));
        job.run();
        assertThat(history.history(smiths, smiths.passengers().get(0), dep)).contains(TravelHistory.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void historyCriteriaHitLiveAndInBacktestsOverTheStoredBookings(TestDatabase db) {
        PnrStoreContractTest.Rig r = travelled(db);
        StoredTravelHistory history = new StoredTravelHistory(r.sql());
        StoredBookings stored = new StoredBookings(r.sql());
        BookingSource source = (from, to, each) -> stored.forEachDeparting(from, to,
                c -> each.accept(new StoredBooking(c.id(), c.departureDate(), c.masked(), c.booking())));
        LocalDate dep = PnrStoreContractTest.DEP.toLocalDate();

        var rule = new RuleCompiler(CriteriaModel.MODEL).compile(FREQUENT).orThrow();
        Backtest.Result withHistory = Backtest.run(rule, source, dep, dep, history, 5);
        assertThat(withHistory.bookings()).isEqualTo(1);
        assertThat(withHistory.passengers()).isEqualTo(2);
        assertThat(withHistory.hits()).isEqualTo(1);
        assertThat(withHistory.undecided()).isZero();
        assertThat(withHistory.sample()).singleElement().satisfies(s -> assertThat(s.explanation()).contains("BEY"));
        // Without the store's history the same backtest could decide nothing.
        assertThat(Backtest.run(rule, source, dep, dep, org.issa.passenger.criteria.TravelHistoryLookup.NONE, 5).undecided()).isEqualTo(2);

        CriteriaRegister register = new CriteriaRegister(new CriteriaStore(r.sql()), new RuleCompiler(CriteriaModel.MODEL), r.audit(), r.tx(),
                r.clock());
        Criterion c = register.create(SAM, new CriterionDraft("Frequent Beirut traveller to JFK", "sam", FREQUENT,
                "Couriers of case 2026/31 went through Beirut at least once in the year before flying to New York.",
                LocalDate.parse("2027-03-01"), 2), null);
        register.approve(SUE, c.id(), 1, "proportionate");
        register.activate(SAM, c.id(), 1);
        List<CriterionHit> live = new CriteriaEvaluator(register).assess(PnrStoreContractTest.smiths(), history);
        assertThat(live).singleElement().satisfies(h -> {
            assertThat(h.passengerRef()).isEqualTo("P1");
            assertThat(h.explanation().summary()).contains("Trips in the last 365 days = 2");
        });
        assertThat(Optional.of(live.get(0).criterionId())).contains(c.id());
    }
}
