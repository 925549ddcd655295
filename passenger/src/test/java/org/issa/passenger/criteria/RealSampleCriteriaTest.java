package org.issa.passenger.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.issa.passenger.ingest.ParsedFile;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.pnr.Booking;
import org.issa.rules.CompiledRule;
import org.issa.rules.Facts;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.api.Test;

/** The criteria model over the real PNRGOV 11.1 sample (StAEDI, Apache-2.0; see src/test/resources/pnr/README.md). */
class RealSampleCriteriaTest {

    static Booking sample() throws Exception {
        try (InputStream in = RealSampleCriteriaTest.class.getResourceAsStream("/pnr/01-pnrgov-11.1-staedi-single-pnr-with-history.edi")) {
            ParsedFile f = new PassengerMessages().read(in);
            return f.pnrMessages().get(0).bookings().get(0);
        }
    }

    @Test
    void theRealSampleBecomesFactsAndACriterionHitsTheRightTraveller() throws Exception {
        Booking b = sample();
        List<Facts> facts = PassengerFacts.of(b, TravelHistoryLookup.NONE);
        assertThat(facts).hasSize(b.passengers().size()).hasSize(2);
        Facts adult = facts.get(0);
        assertThat(adult.value("itinerary.origin")).contains("SIN");
        assertThat(adult.value("itinerary.destination")).contains("ICN");
        assertThat(adult.value("itinerary.segments")).contains(List.of("SIN-ICN"));
        assertThat(adult.value("itinerary.flights")).contains(List.of("SQ602"));
        assertThat(adult.value("itinerary.one_way")).contains(true);
        assertThat(adult.value("itinerary.departure_date")).contains("2013-05-27");
        assertThat(adult.value("booking.days_before_departure")).contains(69L);
        assertThat(adult.value("booking.travellers")).contains(2L);
        assertThat(adult.value("booking.travel_agency")).contains("32393340");
        assertThat(adult.value("passenger.type")).contains("ADULT");
        assertThat(adult.value("passenger.bags")).contains(3L);
        assertThat(adult.value("passenger.bag_weight_kg")).contains(33.0);
        assertThat(adult.value("passenger.checked_in")).contains(true);
        assertThat(facts.get(1).value("passenger.type")).contains("INFANT");

        CompiledRule rule = new RuleCompiler(CriteriaModel.MODEL)
                .compile("'SIN-ICN' in itinerary.segments && passenger.bags >= 3 && booking.days_before_departure > 30").orThrow();
        assertThat(rule.evaluate(facts.get(0)).hit()).isTrue();
        assertThat(rule.evaluate(facts.get(1)).hit()).isFalse();
        assertThat(rule.explain(facts.get(0)).summary()).contains("Checked bags = 3").doesNotContain("BELT").doesNotContain("ISABELLE");
    }

    @Test
    void historyFromStoredBookingsLinksTheSameTravellerAndNotTheBookingItself() throws Exception {
        Booking b = sample();
        SyntheticBookings other = new SyntheticBookings(1, 1, java.time.LocalDate.of(2013, 5, 1), 1);
        StoredBooking earlierTrip = other.all().get(0);
        // The same traveller (same name as sent) on an earlier, different booking.
        Booking earlier = earlierTrip.booking().withPassengers(List.of(b.passengers().get(0)));
        TravelHistoryIndex index = TravelHistoryIndex.of(List.of(
                new StoredBooking("self", java.time.LocalDate.of(2013, 5, 27), false, b),
                new StoredBooking("earlier", earlierTrip.departureDate(), false, earlier)));
        List<Facts> facts = PassengerFacts.of(b, index);
        assertThat(facts.get(0).value("history.trips_30d")).contains(1L);
        assertThat(facts.get(0).value("history.trips_365d")).contains(1L);
        assertThat(facts.get(0).value("history.routes_365d")).isPresent();
        assertThat(facts.get(1).value("history.trips_365d")).contains(0L);
    }
}
