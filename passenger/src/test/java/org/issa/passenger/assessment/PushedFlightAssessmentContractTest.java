package org.issa.passenger.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.screening.WatchlistMatch;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.criteria.CriteriaEvaluator;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.CriteriaStore;
import org.issa.passenger.criteria.Criterion;
import org.issa.passenger.criteria.CriterionDraft;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PaymentType;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Ticket;
import org.issa.passenger.pnr.TravelDocument;
import org.issa.passenger.review.HitSource;
import org.issa.passenger.review.HitStatus;
import org.issa.passenger.review.Priority;
import org.issa.passenger.review.ReviewDesk;
import org.issa.passenger.review.ReviewHit;
import org.issa.passenger.review.ReviewStore;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PNRGOV push (the PNR model as the readers give it) assessed end to end over a real database:
 * its passengers screened through the watch-list port and evaluated against a criterion approved
 * and activated in the real criteria register; hits queued with the criterion's explanation.
 */
class PushedFlightAssessmentContractTest {

    static final Principal SAM = new Principal("sam", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Principal SUE = new Principal("sue", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Marking PNR = new Marking(Classification.UNCLASSIFIED, Tlp.AMBER, Set.of(), "FR-PIU", Set.of(Handling.PERSONAL_DATA));

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static Passenger passenger(String ref, String surname, String given, PaymentType pay, List<TravelDocument> docs) {
        Ticket t = new Ticket("1571234567890", "T", 1, false, Optional.of(Instant.parse("2026-11-29T09:00:00Z")), List.of(), List.of(),
                "", "", List.of(new Payment(pay, pay.code(), Optional.of(new BigDecimal("380.00")), "", "", "", "", Optional.empty())));
        return new Passenger(ref, surname, given, PassengerType.ADULT, false, "", docs, List.of(), List.of(), List.of(), List.of(t),
                List.of(), List.of(), List.of());
    }

    static PnrMessage push() {
        LocalDateTime dep = LocalDateTime.parse("2026-11-30T23:10:00");
        Flight flight = new Flight("TK", "1589", "", "IST", "FRA", Optional.of(dep), Optional.of(dep.plusHours(3)));
        ItineraryLeg leg = new ItineraryLeg(1, flight, Optional.empty(), "Y", "HK", 1, "", List.of(), List.of(), List.of(), List.of());
        TravelDocument passport = new TravelDocument("P", "DEU", "C4FG15LP2", "DEU", Optional.of(LocalDate.parse("1977-08-23")), "M",
                Optional.of(LocalDate.parse("2031-02-13")), "GREWE", "MARK", "", Optional.empty(), "");
        Booking b = new Booking(List.of(new RecordLocator("1A", "XK7Q2P", "", Optional.of(Instant.parse("2026-11-29T08:00:00Z")))),
                Optional.of(Instant.parse("2026-11-29T08:00:00Z")), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(passenger("1", "GREWE", "MARK", PaymentType.CASH, List.of(passport)),
                        passenger("2", "MOLL", "ANNA", PaymentType.CARD, List.of())),
                List.of(leg), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new PnrMessage("1", "0003", MessageFormat.PNRGOV_EDIFACT, "11:1", PushType.FULL, "1A", "FRPIU", "TK", Optional.empty(),
                "TK1589/301126/2310", List.of(), Optional.of(flight), Optional.of(1), List.of(b), List.of());
    }

    /** One list: Mark Grewe, passport C4FG15LP2. */
    static final class OneList implements WatchlistCheck {
        ScreenableRecord seen;

        @Override
        public Result check(ScreenableRecord r) {
            List<ListScreened> lists = List.of(new ListScreened("L1", "Lost and stolen passports", 12));
            if (r.identifiers().contains("C4FG15LP2")) {
                seen = r;
                return new Result(lists, List.of(new WatchlistMatch("L1", "Lost and stolen passports", 12, "SLTD-9", "C4FG15LP2", 0.99,
                        "document number reported stolen", List.of("document: C4FG15LP2 = C4FG15LP2 (1.00, +0.99)"), Marking.unclassified("X"))));
            }
            return new Result(lists, List.of());
        }
    }

    @Test
    void thePushBecomesAFlightAndPassengersWithTheirIdentityData() {
        PushedFlight p = PushedFlight.of(push(), push().bookings(), Set.of("FRA", "MUC"), PNR);
        assertThat(p.flight().key()).isEqualTo("TK1589/2026-11-30/IST-FRA");
        assertThat(p.flight().direction()).isEqualTo(Direction.ARRIVING);
        assertThat(PushedFlight.of(push(), push().bookings(), Set.of("IST"), PNR).flight().direction()).isEqualTo(Direction.DEPARTING);
        assertThat(p.passengers()).extracting(PassengerToAssess::passengerRef).containsExactly("TK/1A/XK7Q2P/1", "TK/1A/XK7Q2P/2");
        PassengerToAssess mark = p.passengers().getFirst();
        assertThat(mark.names()).containsExactly("MARK GREWE");
        assertThat(mark.nationalities()).containsExactly("DE");
        assertThat(mark.birthDates()).containsExactly("1977-08-23");
        assertThat(mark.documents()).containsExactly("C4FG15LP2");
        assertThat(mark.gender()).isEqualTo("male");
        assertThat(mark.booked()).isPresent();
        // The same booking twice in one push (two changes of it): each passenger once, as the last version gives them.
        Booking first = push().bookings().getFirst();
        Booking renamed = new Booking(first.recordLocators(), first.createdAt(), first.lastChangedAt(), first.ticketIssuedAt(),
                first.originator(), first.contacts(), List.of(first.passengers().get(0), passenger("2", "MOLL", "ANNA-LENA", PaymentType.CARD,
                List.of())), first.legs(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        PushedFlight twice = PushedFlight.of(push(), List.of(first, renamed), Set.of("FRA"), PNR);
        assertThat(twice.passengers()).extracting(PassengerToAssess::passengerRef).containsExactlyInAnyOrder("TK/1A/XK7Q2P/1", "TK/1A/XK7Q2P/2");
        assertThat(twice.passengers()).filteredOn(x -> x.passengerRef().endsWith("/2")).singleElement()
                .satisfies(x -> assertThat(x.names()).containsExactly("ANNA-LENA MOLL"));
        PnrMessage noFlight = new PnrMessage("1", "0003", MessageFormat.PNRGOV_EDIFACT, "11:1", PushType.FULL, "1A", "FRPIU", "TK",
                Optional.empty(), "", List.of(), Optional.empty(), Optional.empty(), List.of(), List.of());
        assertThatThrownBy(() -> PushedFlight.of(noFlight, List.of(), Set.of(), PNR)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPushIsScreenedAndEvaluatedAgainstTheCriteriaInForce(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        CriteriaRegister register = new CriteriaRegister(new CriteriaStore(sql), new RuleCompiler(CriteriaModel.MODEL), audit,
                new Autocommit(), clock);
        Criterion c = register.create(SAM, new CriterionDraft("Cash, IST-FRA, booked within 2 days", "sam",
                "'IST-FRA' in itinerary.segments && booking.paid_cash && booking.days_before_departure <= 2",
                "Cash-paid last-minute IST-FRA bookings match the trafficking pattern of case 2025/114.", LocalDate.parse("2027-03-01"), 1),
                null);
        register.approve(SUE, c.id(), 1, "proportionate");
        register.activate(SAM, c.id(), 1);

        OneList lists = new OneList();
        ReviewDesk desk = new ReviewDesk(new ReviewStore(sql), audit, new Autocommit(), clock);
        PassengerAssessment assessment = new PassengerAssessment(lists, new CriteriaInForce(new CriteriaEvaluator(register),
                TravelHistoryLookup.NONE), new AssessmentStore(sql), desk, audit, new Autocommit(), clock);
        var result = assessment.assess("carrier-tk", PushedFlight.of(push(), push().bookings(), Set.of("FRA"), PNR));
        assertThat(result.passengers()).isEqualTo(2);
        assertThat(result.criteriaEvaluated()).isEqualTo(1);
        assertThat(result.listHits()).isEqualTo(1);
        assertThat(result.criterionHits()).isEqualTo(1);
        assertThat(lists.seen.countries()).containsExactly("DE");

        List<ReviewHit> hits = desk.queue(SAM, List.of(HitStatus.NEW), Optional.empty(), "", 10, Optional.empty()).items();
        assertThat(hits).extracting(ReviewHit::passengerRef).containsOnly("TK/1A/XK7Q2P/1");
        ReviewHit criterion = hits.stream().filter(h -> h.source() == HitSource.CRITERION).findFirst().orElseThrow();
        assertThat(criterion.sourceName()).isEqualTo("Cash, IST-FRA, booked within 2 days");
        assertThat(criterion.priority()).isEqualTo(Priority.HIGH);
        assertThat(criterion.explanation()).isNotBlank();
        assertThat(String.join("\n", criterion.details())).contains("cash");
        assertThat(criterion.flightKey()).isEqualTo("TK1589/2026-11-30/IST-FRA");
        assertThat(criterion.bookingRef()).isEqualTo("XK7Q2P");
    }
}
