package org.issa.app.passenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.app.passenger.review.PushAssessment;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Role;
import org.issa.passenger.keep.KeptBooking;
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
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The after-store hook of the ingest in the running application: a stored push's passengers are
 * screened by the real screening engine against a real list and queued; a push naming no flight
 * stays stored, is not assessed, and the skip is audited.
 */
class PushAssessmentHttpTest extends PassengerHttpSupport {

    static final Marking PNR = new Marking(Classification.UNCLASSIFIED, Tlp.AMBER, Set.of(), "FR-MININT", Set.of(Handling.PERSONAL_DATA));

    @Autowired
    PushAssessment push;

    static PnrMessage message(String surname, String given, String locator, boolean withFlight) {
        return message(surname, given, locator, withFlight, LocalDateTime.parse("2026-12-03T23:10:00"));
    }

    static PnrMessage message(String surname, String given, String locator, boolean withFlight, LocalDateTime dep) {
        Flight flight = new Flight("TK", "1589", "", "IST", "CDG", Optional.of(dep), Optional.of(dep.plusHours(4)));
        ItineraryLeg leg = new ItineraryLeg(1, flight, Optional.empty(), "Y", "HK", 1, "", List.of(), List.of(), List.of(), List.of());
        TravelDocument passport = new TravelDocument("P", "DEU", "X" + locator, "DEU", Optional.of(LocalDate.parse("1979-03-14")), "F",
                Optional.empty(), surname, given, "", Optional.empty(), "");
        Ticket t = new Ticket("1571234567890", "T", 1, false, Optional.empty(), List.of(), List.of(), "", "",
                List.of(new Payment(PaymentType.CARD, "CC", Optional.of(new BigDecimal("410.00")), "", "", "", "", Optional.empty())));
        Passenger p = new Passenger("1", surname, given, PassengerType.ADULT, false, "", List.of(passport), List.of(), List.of(), List.of(),
                List.of(t), List.of(), List.of(), List.of());
        Booking b = new Booking(List.of(new RecordLocator("1A", locator, "", Optional.empty())), Optional.of(Instant.parse("2026-11-20T08:00:00Z")),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(p), List.of(leg), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new PnrMessage("1", locator, MessageFormat.PNRGOV_EDIFACT, "13:1", PushType.FULL, "1A", "FRPIU", "TK", Optional.empty(), "",
                List.of(), withFlight ? Optional.of(flight) : Optional.empty(), Optional.of(1), List.of(b), List.of());
    }

    @Test
    void aStoredPushIsAssessedAndAPushWithoutFlightIsSkippedVisibly() throws Exception {
        String s = suffix();
        list("Push alerts " + s, "Henrike Obermaier" + s);
        String locator = ("P" + s).substring(0, Math.min(6, s.length() + 1)).toUpperCase();
        PnrMessage m = message("OBERMAIER" + s.toUpperCase(), "HENRIKE", locator, true);
        Delivery d = new Delivery(Channel.values()[0], "carrier-tk", "TK", new byte[] {1});
        Receipt r = new Receipt("msg-" + s, "ref-" + s, false, 1, 1, 1, List.of(), List.of());
        var result = push.stored(d, m, m.bookings().stream().map(b -> new KeptBooking(b, List.of())).toList(), r, PNR).orElseThrow();
        assertThat(result.flightKey()).isEqualTo("TK1589/2026-12-03/IST-CDG");
        assertThat(result.listHits()).isGreaterThanOrEqualTo(1);
        JsonNode hit = hitOf("TK/1A/" + locator + "/1");
        assertThat(hit.path("passengerName").asString()).isEqualTo("HENRIKE OBERMAIER" + s.toUpperCase());
        assertThat(hit.path("sourceName").asString()).isEqualTo("Push alerts " + s);

        PnrMessage noFlight = message("NOBODY", "NEMO", "Q" + locator.substring(1), false);
        Receipt r2 = new Receipt("msg2-" + s, "ref2-" + s, false, 1, 1, 1, List.of(), List.of());
        assertThat(push.stored(d, noFlight, noFlight.bookings().stream().map(b -> new KeptBooking(b, List.of())).toList(), r2, PNR)).isEmpty();
        JsonNode log = ok(get("/api/v1/passenger/oversight/log?purpose=check%20skipped%20pushes&record=msg2-" + s, token(Role.DPO)));
        assertThat(log.path("items").findValuesAsString("action")).containsExactly("passenger.assessment.skipped");
    }
}
