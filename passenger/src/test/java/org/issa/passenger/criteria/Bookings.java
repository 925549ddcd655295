package org.issa.passenger.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.pnr.Baggage;
import org.issa.passenger.pnr.BaggageKind;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.BookingOriginator;
import org.issa.passenger.pnr.CheckIn;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PaymentType;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Ticket;

/** Hand-built bookings for criteria tests. */
final class Bookings {

    private Bookings() {
    }

    static ItineraryLeg leg(int seq, String carrier, String number, String from, String to, LocalDateTime at, List<CheckIn> checkIns) {
        return new ItineraryLeg(seq, new Flight(carrier, number, "", from, to, Optional.of(at), Optional.of(at.plusHours(3))),
                Optional.empty(), "Y", "HK", 1, "", List.of(), List.of(), List.of(), checkIns);
    }

    static Passenger passenger(String ref, PaymentType pay) {
        Ticket t = new Ticket("1571234567890", "T", 1, false, Optional.of(Instant.parse("2026-03-13T09:00:00Z")), List.of(), List.of(),
                "", "", List.of(new Payment(pay, pay.code(), Optional.of(new BigDecimal("420.00")), "", "", "", "", Optional.empty())));
        return new Passenger(ref, "DOE", "JANE MS", PassengerType.ADULT, false, "", List.of(), List.of(), List.of(), List.of(),
                List.of(t), List.of(), List.of(), List.of());
    }

    /** Two passengers (P1 cash, P2 card), IST-FRA on 14 March 2026 23:10 and back on the 17th, booked on the 13th via an agency. */
    static Booking istanbulFrankfurtReturn() {
        LocalDateTime out = LocalDateTime.parse("2026-03-14T23:10:00");
        Baggage bags = new Baggage(BaggageKind.CHECKED, Optional.of(3), Optional.of(new BigDecimal("100")), "LB", "", "", List.of(),
                Optional.empty());
        CheckIn p1 = new CheckIn("P1", "DOE", "JANE MS", Optional.of(Instant.parse("2026-03-14T19:00:00Z")), "TK", "1", "12A", "Y", "",
                List.of(bags));
        List<ItineraryLeg> legs = new ArrayList<>();
        legs.add(leg(1, "TK", "1589", "IST", "FRA", out, List.of(p1)));
        legs.add(leg(2, "LH", "1298", "FRA", "IST", LocalDateTime.parse("2026-03-17T10:00:00"), List.of()));
        BookingOriginator agency = new BookingOriginator("1A", "MUC", "12345678", "", "AMS", "TK", "T", "NL", "EUR", "");
        return new Booking(List.of(new RecordLocator("1A", "ABC123", "", Optional.of(Instant.parse("2026-03-13T08:00:00Z")))),
                Optional.of(Instant.parse("2026-03-13T08:00:00Z")), Optional.empty(), Optional.empty(), Optional.of(agency), List.of(),
                List.of(passenger("P1", PaymentType.CASH), passenger("P2", PaymentType.CARD)), legs, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
