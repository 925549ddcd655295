package org.issa.passenger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.issa.core.marking.Marking;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.screening.WatchlistMatch;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.assessment.AssessmentStore;
import org.issa.passenger.assessment.CriteriaCheck;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.passenger.assessment.PassengersInWindow;
import org.issa.passenger.assessment.PushedFlight;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.review.HitSource;
import org.issa.passenger.review.ReviewDesk;
import org.issa.passenger.review.ReviewHit;
import org.issa.passenger.review.ReviewStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Passengers of stored pushes whose flight is still to arrive are offered for re-screening after a list change; their
 * matches land in the passenger review queue, once per passenger, flight and entry; after arrival, or once
 * depersonalised, they are no longer offered.
 */
class PassengersInWindowContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static WatchlistMatch entry(String id) {
        return new WatchlistMatch("L9", "New alerts", 1, id, "John SMITH", 0.93, "name and date of birth match",
                List.of("name: 'JOHN MR SMITH' ~ 'John SMITH' (0.93, +0.60)"), Marking.unclassified("FR-PIU"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aListChangeReScreensThePassengersStillToArriveIntoThePassengerQueue(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        ReviewDesk desk = new ReviewDesk(new ReviewStore(r.sql()), r.audit(), r.tx(), r.clock());
        WatchlistCheck nothingYet = rec -> new WatchlistCheck.Result(List.of(new WatchlistCheck.ListScreened("L9", "New alerts", 0)), List.of());
        PassengerAssessment assessment = new PassengerAssessment(nothingYet, CriteriaCheck.NONE, new AssessmentStore(r.sql()), desk, r.audit(),
                r.tx(), r.clock());
        PnrMessage m = PnrStoreContractTest.lh400("1", PushType.FULL, List.of(PnrStoreContractTest.smiths()), List.of());
        Receipt receipt = r.store().store(Fixtures.delivery("window"), m, Fixtures.keptAsIs(m));
        assessment.assess("lh-push", PushedFlight.of(m, m.bookings(), Set.of("JFK"), PnrStoreContractTest.PIU, receipt.messageId(),
                r.store().bookingIds(receipt.messageId())));
        PassengersInWindow window = new PassengersInWindow(r.sql(), assessment, r.tx(), r.clock());
        String bookingId = r.sql().queryOne("SELECT id FROM pnr_booking", rs -> rs.getString(1)).orElseThrow();

        List<ScreenableRecord> offered = records(window);
        assertThat(offered).hasSize(2).allSatisfy(x -> {
            assertThat(x.recordType()).isEqualTo(PassengersInWindow.RECORD_TYPE);
            assertThat(x.marking()).isEqualTo(PnrStoreContractTest.PIU);
        });
        ScreenableRecord john = offered.stream().filter(x -> x.identifiers().contains("C01X00T47")).findFirst().orElseThrow();
        assertThat(john.names()).containsExactly("JOHN MR SMITH");
        assertThat(john.birthDates()).containsExactly("1980-05-17");

        // The new entry matches John: one hit in the passenger queue, on his case for the flight, linked to his PNR.
        assertThat(window.raise(john, List.of(entry("N-1")))).isEqualTo(1);
        List<ReviewHit> hits = desk.queue(PnrStoreContractTest.ANALYST, List.of(), Optional.empty(), "", 10, Optional.of("check")).items();
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.source()).isEqualTo(HitSource.WATCHLIST);
            assertThat(h.flightKey()).isEqualTo("LH400/2026-11-30/FRA-JFK");
            assertThat(h.flightLabel()).isEqualTo("LH 400 FRA→JFK");
            assertThat(h.passengerRef()).isEqualTo("LH/1A/ABC123/P1");
            assertThat(h.passengerName()).isEqualTo("JOHN MR SMITH");
            assertThat(h.pnrBookingId()).contains(bookingId);
        });
        // The same entry again (another list version, another change): no second hit; a new entry: one more.
        assertThat(window.raise(john, List.of(entry("N-1")))).isZero();
        assertThat(window.raise(john, List.of(entry("N-1"), entry("N-2")))).isEqualTo(1);
        assertThat(r.sql().count("SELECT hits_raised FROM passenger_assessments WHERE passenger_ref = 'LH/1A/ABC123/P1'")).isEqualTo(2);

        // The flight lands at 12:15 New York time, 17:15 UTC: at 13:00 UTC it is still on its way; once in, nobody of it is offered.
        r.clock().advance(Duration.ofDays(10).plusHours(5));
        assertThat(records(window)).hasSize(2);
        r.clock().advance(Duration.ofHours(5));
        assertThat(records(window)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void depersonalisedPassengersAreNotOffered(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        ReviewDesk desk = new ReviewDesk(new ReviewStore(r.sql()), r.audit(), r.tx(), r.clock());
        WatchlistCheck none = rec -> new WatchlistCheck.Result(List.of(), List.of());
        PassengerAssessment assessment = new PassengerAssessment(none, CriteriaCheck.NONE, new AssessmentStore(r.sql()), desk, r.audit(),
                r.tx(), r.clock());
        PnrMessage m = PnrStoreContractTest.lh400("1", PushType.FULL, List.of(PnrStoreContractTest.smiths()), List.of());
        Receipt receipt = r.store().store(Fixtures.delivery("window"), m, Fixtures.keptAsIs(m));
        assessment.assess("lh-push", PushedFlight.of(m, m.bookings(), Set.of("JFK"), PnrStoreContractTest.PIU, receipt.messageId(),
                r.store().bookingIds(receipt.messageId())));
        PassengersInWindow window = new PassengersInWindow(r.sql(), assessment, r.tx(), r.clock());
        assertThat(records(window)).hasSize(2);
        r.sql().update("UPDATE pnr_booking_version SET depersonalised_at = ?", r.clock().now());
        assertThat(records(window)).isEmpty();
    }

    private static List<ScreenableRecord> records(PassengersInWindow window) {
        try (Stream<ScreenableRecord> s = window.records()) {
            return s.toList();
        }
    }
}
