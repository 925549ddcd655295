package org.issa.passenger.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.TravelDocument;

/**
 * A {@link TravelHistoryLookup} over bookings held in memory: a traveller is recognised across bookings by travel
 * document (type, issuer, number), else by the carrier's unique passenger reference, else by name as sent. The key is
 * used only to link bookings; it never reaches a criterion, which sees counts, airports and routes.
 */
public final class TravelHistoryIndex implements TravelHistoryLookup {

    private record Trip(String bookingKey, LocalDate departure, List<String> airports, List<String> routes) {
    }

    private final Map<String, List<Trip>> trips = new HashMap<>();

    public static TravelHistoryIndex of(Iterable<StoredBooking> bookings) {
        TravelHistoryIndex index = new TravelHistoryIndex();
        for (StoredBooking b : bookings) {
            index.add(b);
        }
        return index;
    }

    public void add(StoredBooking stored) {
        Booking b = stored.booking();
        LinkedHashSet<String> airports = new LinkedHashSet<>();
        LinkedHashSet<String> routes = new LinkedHashSet<>();
        for (ItineraryLeg l : b.legs()) {
            String dep = l.flight().departureAirport();
            String arr = l.flight().arrivalAirport();
            if (!dep.isEmpty() && !arr.isEmpty()) {
                airports.add(dep);
                airports.add(arr);
                routes.add(dep + "-" + arr);
            }
        }
        Trip t = new Trip(bookingKey(stored.id(), b), stored.departureDate(), List.copyOf(airports), List.copyOf(routes));
        for (Passenger p : b.passengers()) {
            key(p).ifPresent(k -> trips.computeIfAbsent(k, x -> new ArrayList<>()).add(t));
        }
    }

    @Override
    public Optional<TravelHistory> history(Booking booking, Passenger passenger, LocalDate departure) {
        Optional<String> key = key(passenger);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String self = booking.bookingKey();
        int d30 = 0;
        int d90 = 0;
        int d365 = 0;
        LinkedHashSet<String> airports = new LinkedHashSet<>();
        LinkedHashSet<String> routes = new LinkedHashSet<>();
        for (Trip t : trips.getOrDefault(key.get(), List.of())) {
            if ((!self.isEmpty() && t.bookingKey().equals(self)) || !t.departure().isBefore(departure)
                    || t.departure().isBefore(departure.minusDays(365))) {
                continue;
            }
            d365++;
            d90 += t.departure().isBefore(departure.minusDays(90)) ? 0 : 1;
            d30 += t.departure().isBefore(departure.minusDays(30)) ? 0 : 1;
            airports.addAll(t.airports());
            routes.addAll(t.routes());
        }
        return Optional.of(new TravelHistory(d30, d90, d365, List.copyOf(airports), List.copyOf(routes)));
    }

    private static String bookingKey(String storageId, Booking b) {
        return b.bookingKey().isEmpty() ? "id:" + storageId : b.bookingKey();
    }

    /** How a traveller is recognised across bookings, or empty when nothing identifies them. */
    static Optional<String> key(Passenger p) {
        Optional<TravelDocument> doc = p.primaryDocument();
        if (doc.isPresent() && !doc.get().number().isBlank()) {
            return Optional.of("doc:" + doc.get().type() + "/" + doc.get().issuingCountry() + "/" + doc.get().number().toUpperCase(Locale.ROOT));
        }
        if (!p.uniqueId().isBlank()) {
            return Optional.of("uid:" + p.uniqueId());
        }
        String name = (p.surname() + "/" + p.givenNames()).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return name.equals("/") ? Optional.empty() : Optional.of("name:" + name);
    }
}
