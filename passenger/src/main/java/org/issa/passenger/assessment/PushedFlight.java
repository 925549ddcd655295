package org.issa.passenger.assessment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.passenger.airport.AirportZones;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.TravelDocument;

/**
 * A PNRGOV push as the assessment sees it: the flight it was pushed for (level-0 TVL) and every
 * passenger of the bookings kept from it (after sensitive data were removed), each with the
 * booking for the criteria. The direction follows the PIU's own airports: a flight to one of them
 * arrives, a flight from one departs (arriving when none is configured, the usual extra-EU push).
 * TVL times are local to the airports: they are placed on the time line in the departure and arrival airports' zones
 * ({@link AirportZones}); an airport the table does not know has its local times read as UTC.
 */
public record PushedFlight(FlightToAssess flight, List<PassengerToAssess> passengers) {

    private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

    public static PushedFlight of(PnrMessage message, List<Booking> kept, Set<String> homeAirports, Marking marking) {
        return of(message, kept, homeAirports, marking, "", b -> "");
    }

    /**
     * As {@link #of(PnrMessage, List, Set, Marking)} for a push the store keeps: each passenger names the stored message and
     * booking ({@code bookingIds} gives the storage id of a kept booking), so that the hits raised follow their retention.
     */
    public static PushedFlight of(PnrMessage message, List<Booking> kept, Set<String> homeAirports, Marking marking, String messageId,
                                  java.util.function.Function<Booking, String> bookingIds) {
        Flight f = message.flight().orElseThrow(() -> new InvalidInputException("flight",
                "the push names no flight (level-0 TVL): its passengers cannot be assessed for a flight"));
        LocalDateTime dep = f.departureLocal().orElseThrow(() -> new InvalidInputException("flight",
                "the pushed flight " + f.designator() + " has no departure date"));
        Instant departure = AirportZones.at(f.departureAirport(), dep).instant();
        Instant arrival = f.arrivalLocal().map(t -> AirportZones.at(f.arrivalAirport(), t).instant()).filter(a -> !a.isBefore(departure))
                .orElse(departure);
        Direction direction = homeAirports.contains(f.departureAirport()) && !homeAirports.contains(f.arrivalAirport())
                ? Direction.DEPARTING : Direction.ARRIVING;
        String carrier = f.carrier().isBlank() ? message.carrier() : f.carrier();
        FlightToAssess flight = new FlightToAssess(carrier, f.number() + f.suffix(), f.departureAirport(), f.arrivalAirport(),
                dep.toLocalDate(), departure, arrival, direction);
        // A push may carry the same booking more than once (a changes-only push with two changes of it): each passenger is
        // assessed once, as the push's last version of the booking gives them, not the whole push refused.
        Map<String, PassengerToAssess> passengers = new java.util.LinkedHashMap<>();
        for (Booking b : kept) {
            String bookingId = bookingIds.apply(b);
            for (Passenger p : b.passengers()) {
                passenger(carrier, b, p, marking, messageId, bookingId).ifPresent(x -> {
                    passengers.remove(x.passengerRef());
                    passengers.put(x.passengerRef(), x);
                });
            }
        }
        return new PushedFlight(flight, List.copyOf(passengers.values()));
    }

    /**
     * One passenger of a booking as the assessment sees them (reference {@code CARRIER/bookingKey/paxRef}, names, API /
     * DOCS identity data); empty for a traveller without a name, who cannot be screened (the store's quarantine reports it).
     */
    public static Optional<PassengerToAssess> passenger(String carrier, Booking b, Passenger p, Marking marking, String messageId,
                                                        String bookingId) {
        String key = b.bookingKey().isEmpty() ? "#" + Integer.toHexString(b.passengers().hashCode()) : b.bookingKey();
        String name = (p.givenNames() + " " + p.surname()).strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<TravelDocument> docs = p.documents();
        return Optional.of(new PassengerToAssess(cut(carrier + "/" + key + "/" + p.ref(), 100), cut(b.locator().isEmpty() ? key : b.locator(), 64),
                List.of(cut(name, 200)), docs.stream().flatMap(d -> d.birthDate().stream()).map(Object::toString).distinct().toList(),
                docs.stream().map(d -> alpha2(d.nationality())).filter(c -> !c.isEmpty()).distinct().toList(),
                docs.stream().map(d -> gender(d.gender())).filter(g -> !g.isEmpty()).findFirst().orElse(""),
                docs.stream().map(TravelDocument::number).filter(n -> !n.isBlank()).distinct().toList(), marking,
                Optional.of(new PassengerToAssess.BookedPassenger(b, p.ref(), messageId, bookingId))));
    }

    /** ISO 3166-1 alpha-2 for a nationality as DOCS sends it (alpha-3, sometimes alpha-2). */
    static String alpha2(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (c.length() == 2) {
            return c;
        }
        return ALPHA2.getOrDefault(c, "");
    }

    private static String gender(String g) {
        return switch (g == null ? "" : g.strip().toUpperCase(Locale.ROOT)) {
            case "M", "MI" -> "male";
            case "F", "FI" -> "female";
            default -> "";
        };
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> m = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            try {
                m.put(Locale.of("", a2).getISO3Country(), a2);
            } catch (java.util.MissingResourceException ignored) {
                // a code without an alpha-3 form
            }
        }
        m.put("D", "DE"); // German passports carry "D" in the machine-readable zone
        return Map.copyOf(m);
    }
}
