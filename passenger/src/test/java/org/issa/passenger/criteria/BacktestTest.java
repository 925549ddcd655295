package org.issa.passenger.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.issa.core.error.InvalidInputException;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PaymentType;
import org.issa.rules.CompiledRule;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.api.Test;

class BacktestTest {

    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final InMemoryBookings STORED = new InMemoryBookings(new SyntheticBookings(11, 5000, FROM, 31).all());
    static final CompiledRule RULE = new RuleCompiler(CriteriaModel.MODEL)
            .compile("itinerary.airports.exists(a, a in ['IST', 'SAW', 'BEY']) && booking.paid_cash").orThrow();

    /** The same criterion written by hand in Java, to count the hits independently of CEL. */
    static boolean byHand(StoredBooking b, Passenger p) {
        boolean route = b.booking().legs().stream().map(ItineraryLeg::flight)
                .anyMatch(f -> List.of("IST", "SAW", "BEY").contains(f.departureAirport()) || List.of("IST", "SAW", "BEY").contains(f.arrivalAirport()));
        boolean cash = p.tickets().stream().flatMap(t -> t.payments().stream()).anyMatch(x -> x.type() == PaymentType.CASH);
        return route && cash;
    }

    @Test
    void countsHitsPerDayAsAnIndependentCountDoes() {
        LocalDate to = FROM.plusDays(9);
        Backtest.Result r = Backtest.run(RULE, STORED, FROM, to, TravelHistoryLookup.NONE, 10);
        Map<LocalDate, Long> expected = new TreeMap<>();
        long bookings = 0;
        long passengers = 0;
        for (StoredBooking b : STORED.all()) {
            if (b.departureDate().isBefore(FROM) || b.departureDate().isAfter(to)) {
                continue;
            }
            bookings++;
            for (Passenger p : b.booking().passengers()) {
                passengers++;
                if (byHand(b, p)) {
                    expected.merge(b.departureDate(), 1L, Long::sum);
                }
            }
        }
        assertThat(r.bookings()).isEqualTo(bookings);
        assertThat(r.passengers()).isEqualTo(passengers);
        assertThat(r.hitsPerDay()).isEqualTo(expected);
        assertThat(r.hits()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(r.hitRatePercent()).isBetween(0.1, 10.0);
        assertThat(r.perDayJson()).startsWith("{\"2026-03-").contains(": ");
        assertThat(r.sample()).hasSize(10).allSatisfy(s -> {
            assertThat(s.departureDate()).isBetween(FROM, to);
            assertThat(s.explanation()).contains("Ticket paid in cash = yes").doesNotContain("PAX").doesNotContain("TRAVELLER");
            assertThat(s.locator()).hasSize(6);
        });
    }

    @Test
    void aCriterionNeedingHistoryIsUndecidedWithoutItAndThePeriodIsBounded() {
        CompiledRule needsHistory = new RuleCompiler(CriteriaModel.MODEL)
                .compile("'BEY' in itinerary.airports && history.trips_30d >= 2").orThrow();
        Backtest.Result r = Backtest.run(needsHistory, STORED, FROM, FROM.plusDays(2), TravelHistoryLookup.NONE, 5);
        assertThat(r.hits()).isZero();
        assertThat(r.undecided()).isPositive();
        assertThat(r.firstUndecidedReason()).contains("history.trips_30d");

        assertThatThrownBy(() -> Backtest.run(RULE, STORED, FROM, FROM.minusDays(1), TravelHistoryLookup.NONE, 5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ends before");
        assertThatThrownBy(() -> Backtest.run(RULE, STORED, FROM, FROM.plusDays(500), TravelHistoryLookup.NONE, 5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("400");
    }

    @Test
    void theSyntheticTrafficIsReproducibleAndVaried() {
        List<StoredBooking> a = new SyntheticBookings(3, 300, FROM, 10).all();
        List<StoredBooking> b = new SyntheticBookings(3, 300, FROM, 10).all();
        assertThat(a).isEqualTo(b);
        assertThat(a.stream().mapToInt(x -> x.booking().passengers().size()).max().orElse(0)).isGreaterThanOrEqualTo(5);
        assertThat(a.stream().map(x -> x.booking().legs().size()).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(a).allSatisfy(x -> assertThat(ChronoUnit.DAYS.between(
                x.booking().createdAt().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate(), x.departureDate())).isBetween(0L, 181L));
    }
}
