package org.issa.passenger.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.keep.KeptBooking;
import org.issa.passenger.keep.Removal;
import org.issa.passenger.keep.RemovalReason;
import org.issa.passenger.keep.SensitiveCategory;
import org.issa.passenger.pnr.Address;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.BookingOriginator;
import org.issa.passenger.pnr.Contact;
import org.issa.passenger.pnr.ContactKind;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.FrequentFlyer;
import org.issa.passenger.pnr.HistoryAction;
import org.issa.passenger.pnr.HistoryEntry;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.MonetaryAmount;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PaymentType;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.RemarkKind;
import org.issa.passenger.pnr.Ticket;
import org.issa.passenger.pnr.TravelDocument;

/** Synthetic bookings and messages for the store's tests: every Annex I group present, names invented. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Flight flight(String carrier, String number, String from, String to, LocalDateTime dep) {
        return new Flight(carrier, number, "", from, to, Optional.of(dep), Optional.of(dep.plusHours(2)));
    }

    public static Passenger passenger(String ref, String surname, String given, String docNumber, LocalDate birth) {
        TravelDocument doc = new TravelDocument("P", "DEU", docNumber, "DEU", Optional.of(birth), "M", Optional.of(LocalDate.of(2031, 1, 1)),
                surname, given, "", Optional.empty(), "");
        Payment card = new Payment(PaymentType.CARD, "CC", Optional.of(new BigDecimal("416.00")), "VI", "4111111111111111", "1229",
                given + " " + surname, Optional.of(new Address("billing", "Hauptstr. 1", "Berlin", "", "10115", "DE")));
        Ticket ticket = new Ticket("2201234567890", "T", 1, false, Optional.of(Instant.parse("2026-10-01T10:00:00Z")),
                List.of(new MonetaryAmount("T", new BigDecimal("416.00"), "EUR")), List.of(), "", "FRA LH JFK 416.00", List.of(card));
        return new Passenger(ref, surname, given, PassengerType.ADULT, false, "", List.of(doc), List.of(),
                List.of(new FrequentFlyer("LH", "992001234567", "SEN")),
                List.of(new Contact(ContactKind.EMAIL, given.toLowerCase() + "@example.org", Optional.empty())), List.of(ticket), List.of(),
                List.of(new Remark(RemarkKind.OSI, "", "LH", "CTC BUSINESS TRAVELLER " + surname, ref)), List.of());
    }

    public static Booking booking(String locator, LocalDate created, List<Passenger> passengers, List<Flight> flights) {
        List<ItineraryLeg> legs = new ArrayList<>();
        for (int i = 0; i < flights.size(); i++) {
            legs.add(new ItineraryLeg(i + 1, flights.get(i), Optional.empty(), "Y", "HK", passengers.size(), "", List.of(), List.of(), List.of(),
                    List.of()));
        }
        return new Booking(List.of(new RecordLocator("1A", locator, "", Optional.of(created.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))),
                Optional.of(created.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)), Optional.empty(), Optional.empty(),
                Optional.of(new BookingOriginator("1A", "MUC", "12345678", "MUCLH0101", "MUC", "LH", "T", "DE", "EUR", "")),
                List.of(new Contact(ContactKind.PHONE, "+49301234567", Optional.empty())), passengers, legs, List.of(), List.of(), List.of(),
                List.of(new Remark(RemarkKind.GENERAL, "", "", "GROUP BOOKING FOR " + passengers.get(0).surname(), "")), List.of(),
                List.of(new HistoryEntry(1, HistoryAction.ADDED, Optional.of(org.issa.passenger.pnr.AnnexItem.NAMES), "1A", Optional.empty(),
                                "NM1" + passengers.get(0).surname()),
                        new HistoryEntry(2, HistoryAction.ADDED, Optional.of(org.issa.passenger.pnr.AnnexItem.ITINERARY), "1A", Optional.empty(),
                                "SS LH400 Y")));
    }

    public static PnrMessage message(String ref, PushType push, Flight pushed, List<Booking> bookings, List<Quarantined> quarantined) {
        return new PnrMessage(ref, "IC" + ref, MessageFormat.PNRGOV_EDIFACT, "11.1", push, "1A", "DEPIU", pushed.carrier(),
                Optional.empty(), "", List.of(), Optional.of(pushed), Optional.of(bookings.size()), bookings, quarantined);
    }

    public static List<KeptBooking> keptAsIs(PnrMessage m) {
        return m.bookings().stream().map(b -> new KeptBooking(b, List.of())).toList();
    }

    /** Kept bookings where the first booking had a special meal request removed (religion) on receipt. */
    public static List<KeptBooking> withSensitiveRemoved(PnrMessage m) {
        List<KeptBooking> out = new ArrayList<>(keptAsIs(m));
        out.set(0, new KeptBooking(m.bookings().get(0), List.of(new Removal("P1", "passenger 1 SSR", "SSR", RemovalReason.SENSITIVE,
                Optional.of(SensitiveCategory.RELIGION_OR_BELIEFS)))));
        return out;
    }

    public static Delivery delivery(String text) {
        return new Delivery(Channel.CLI, "importer", "", text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
