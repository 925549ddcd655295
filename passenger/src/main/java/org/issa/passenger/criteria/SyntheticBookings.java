package org.issa.passenger.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.issa.passenger.pnr.Baggage;
import org.issa.passenger.pnr.BaggageKind;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.BookingOriginator;
import org.issa.passenger.pnr.CheckIn;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.HistoryAction;
import org.issa.passenger.pnr.HistoryEntry;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PaymentType;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Ticket;

/**
 * Synthetic bookings for tests, demos and the backtest benchmark, reproducible from a seed: 1-9 passengers (mostly 1
 * or 2), one-way or return itineraries of 1-4 legs over 40 airports, booked 0-180 days ahead, paid mostly by card and
 * sometimes in cash, through airline offices or 300 travel agencies, with baggage and check-ins. Names are invented
 * placeholders ({@code PAX<n>}); no real person's data.
 */
public final class SyntheticBookings implements BookingSource {

    static final String[] AIRPORTS = {"FRA", "MUC", "CDG", "ORY", "AMS", "BRU", "MAD", "BCN", "FCO", "MXP", "VIE", "ZRH", "CPH",
        "ARN", "HEL", "WAW", "PRG", "BUD", "ATH", "LIS", "DUB", "IST", "SAW", "BEY", "AMM", "CAI", "TUN", "ALG", "CMN", "DXB",
        "DOH", "TLV", "JFK", "YUL", "GRU", "BOG", "LOS", "ADD", "NBO", "KBP"};
    static final String[] CARRIERS = {"LH", "AF", "KL", "SN", "IB", "AZ", "OS", "LX", "SK", "AY", "LO", "OK", "TK", "PC", "ME", "RJ",
        "MS", "TU", "AH", "AT", "EK", "QR", "LY", "DL", "AC"};

    private final long seed;
    private final int count;
    private final LocalDate firstDay;
    private final int days;

    /** {@code count} bookings departing over {@code days} days from {@code firstDay}. */
    public SyntheticBookings(long seed, int count, LocalDate firstDay, int days) {
        if (count < 0 || days < 1) {
            throw new IllegalArgumentException("count must be ≥ 0 and days ≥ 1");
        }
        this.seed = seed;
        this.count = count;
        this.firstDay = firstDay;
        this.days = days;
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<StoredBooking> each) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            StoredBooking b = booking(r, i);
            if (!b.departureDate().isBefore(from) && !b.departureDate().isAfter(to)) {
                each.accept(b);
            }
        }
    }

    /** Every generated booking, in memory (for small counts). */
    public List<StoredBooking> all() {
        List<StoredBooking> out = new ArrayList<>(count);
        forEach(LocalDate.MIN, LocalDate.MAX, out::add);
        return out;
    }

    private StoredBooking booking(SplittableRandom r, int n) {
        LocalDate day = firstDay.plusDays(r.nextInt(days));
        LocalDateTime departure = day.atTime(5 + r.nextInt(18), r.nextInt(12) * 5);
        int legsOut = r.nextInt(10) < 7 ? 1 : 2;
        boolean returning = r.nextInt(10) < 6;
        List<String> path = new ArrayList<>();
        path.add(AIRPORTS[r.nextInt(AIRPORTS.length)]);
        for (int i = 0; i < legsOut; i++) {
            String next;
            do {
                next = AIRPORTS[r.nextInt(AIRPORTS.length)];
            } while (path.contains(next));
            path.add(next);
        }
        int stay = 1 + r.nextInt(20);
        List<ItineraryLeg> legs = new ArrayList<>();
        String carrier = CARRIERS[r.nextInt(CARRIERS.length)];
        LocalDateTime t = departure;
        for (int i = 0; i + 1 < path.size(); i++) {
            legs.add(leg(r, legs.size() + 1, carrier, path.get(i), path.get(i + 1), t));
            t = t.plusHours(3 + r.nextInt(4));
        }
        if (returning) {
            t = departure.plusDays(stay);
            for (int i = path.size() - 1; i > 0; i--) {
                legs.add(leg(r, legs.size() + 1, carrier, path.get(i), path.get(i - 1), t));
                t = t.plusHours(3 + r.nextInt(4));
            }
        }
        int pax = partySize(r);
        Instant created = departure.minusDays(r.nextInt(10) < 1 ? r.nextInt(3) : r.nextInt(180)).minusHours(r.nextInt(20))
                .toInstant(ZoneOffset.UTC);
        PaymentType pay = paymentType(r);
        boolean checkedIn = r.nextBoolean();
        List<Passenger> passengers = new ArrayList<>(pax);
        List<CheckIn> checkIns = new ArrayList<>();
        for (int p = 1; p <= pax; p++) {
            String ref = "P" + p;
            PassengerType type = p > 1 && r.nextInt(10) == 0 ? PassengerType.CHILD : PassengerType.ADULT;
            Ticket ticket = new Ticket(String.format("%03d%010d", 100 + r.nextInt(800), (long) n * 10 + p), "T", 1, false,
                    Optional.of(created.plusSeconds(r.nextInt(86400))), List.of(), List.of(), "", "",
                    List.of(new Payment(pay, pay.code(), Optional.of(BigDecimal.valueOf(80 + r.nextInt(1500))), "", "", "", "",
                            Optional.empty())));
            passengers.add(new Passenger(ref, "PAX" + n, "TRAVELLER" + p, type, false, "", List.of(), List.of(), List.of(), List.of(),
                    List.of(ticket), List.of(), List.of(), List.of()));
            if (checkedIn) {
                int pieces = r.nextInt(10) < 1 ? 3 + r.nextInt(3) : r.nextInt(3);
                List<Baggage> bags = pieces == 0 ? List.of() : List.of(new Baggage(BaggageKind.CHECKED, Optional.of(pieces),
                        Optional.of(BigDecimal.valueOf(pieces * (12 + r.nextInt(15)))), "KG", "", "", List.of(), Optional.empty()));
                checkIns.add(new CheckIn(ref, "PAX" + n, "TRAVELLER" + p, Optional.of(departure.minusHours(2).toInstant(ZoneOffset.UTC)),
                        carrier, String.valueOf(p), (10 + r.nextInt(30)) + "ABCDEF".substring(r.nextInt(6)).substring(0, 1), "Y", "", bags));
            }
        }
        if (checkedIn) {
            ItineraryLeg first = legs.get(0);
            legs.set(0, new ItineraryLeg(first.sequence(), first.flight(), first.operating(), first.bookingClass(), first.status(),
                    first.seatsBooked(), first.aircraftType(), first.recordLocators(), first.services(), first.remarks(), checkIns));
        }
        boolean agency = r.nextInt(10) < 4;
        BookingOriginator origin = new BookingOriginator("1A", "MUC", agency ? String.valueOf(10_000_000 + r.nextInt(300)) : "",
                agency ? "" : carrier + "WEB", path.get(0), carrier, agency ? "T" : "A", agency ? "NL" : "", "EUR", "");
        List<HistoryEntry> history = new ArrayList<>();
        int changes = r.nextInt(10) < 8 ? 0 : 1 + r.nextInt(6);
        for (int h = 0; h < changes; h++) {
            history.add(new HistoryEntry(h + 1, HistoryAction.CHANGED, Optional.empty(), "1A", Optional.of(created.plusSeconds(3600L * h)), ""));
        }
        String locator = locator(n);
        Booking booking = new Booking(List.of(new RecordLocator("1A", locator, "", Optional.of(created))), Optional.of(created),
                Optional.of(created), Optional.of(created), Optional.of(origin), List.of(), passengers, legs, List.of(), List.of(),
                List.of(), List.of(), List.of(), history);
        return new StoredBooking("syn-" + n, day, false, booking);
    }

    private static ItineraryLeg leg(SplittableRandom r, int seq, String carrier, String from, String to, LocalDateTime at) {
        Flight f = new Flight(carrier, String.valueOf(100 + r.nextInt(8900)), "", from, to, Optional.of(at),
                Optional.of(at.plusHours(2 + r.nextInt(6))));
        return new ItineraryLeg(seq, f, Optional.empty(), "Y", "HK", 1, "", List.of(), List.of(), List.of(), List.of());
    }

    private static int partySize(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 60 ? 1 : x < 85 ? 2 : x < 93 ? 3 : x < 97 ? 4 : 5 + r.nextInt(5);
    }

    private static PaymentType paymentType(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 82 ? PaymentType.CARD : x < 89 ? PaymentType.CASH : x < 94 ? PaymentType.MISCELLANEOUS : x < 97 ? PaymentType.INVOICE
                : PaymentType.CHEQUE;
    }

    private static String locator(int n) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder b = new StringBuilder();
        long v = (n * 2654435761L) & 0xFFFFFFFFFL;
        for (int i = 0; i < 6; i++) {
            b.append(alphabet.charAt((int) (v % alphabet.length())));
            v /= alphabet.length();
        }
        return b.toString();
    }
}
