package org.issa.passenger.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.sql.Sql;
import org.issa.passenger.criteria.TravelHistory;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.TravelDocument;
import org.issa.passenger.store.NameKey;
import org.issa.passenger.store.PnrStore;

/**
 * Travel history from the PNR store, for the criteria (live and in backtests): the traveller's other stored bookings
 * (their current versions), found by one indexed query: by travel document (type, issuer and number) when the booking
 * being assessed carries one, else by the normalised name. Depersonalised travellers are not found (their document
 * numbers and name keys are masked), and a traveller given neither document nor name has no history ("missing", so a
 * history criterion does not hit on them and says why). The booking being assessed is left out (same locator and
 * creation date). The lookup runs for the system's assessment, across markings; what a criterion sees are counts,
 * airports and routes, never the other bookings.
 */
public final class StoredTravelHistory implements TravelHistoryLookup {

    /** How far back legs are read: the longest window (365 days) and a margin for multi-day itineraries. */
    private static final int LOOK_BACK_DAYS = 400;

    // Joined through primary keys and indexed columns only (the booking by its id, the legs by version), so that the
    // planner starts from the indexed document number or name key: one index lookup per passenger, not a scan.
    private static final String LEGS = " JOIN pnr_booking b ON b.id = p.booking_id JOIN pnr_leg l ON l.version_id = p.version_id";
    private static final String WHERE = " AND b.current_version_id = p.version_id AND l.departure_date >= ?"
            + " AND NOT (b.locator = ? AND b.created_key = ?)"
            + " ORDER BY b.id, l.position";

    private final Sql sql;

    public StoredTravelHistory(Sql sql) {
        this.sql = sql;
    }

    private record Leg(String bookingId, LocalDate departure, String origin, String destination) {
    }

    @Override
    public Optional<TravelHistory> history(Booking booking, Passenger passenger, LocalDate departure) {
        Object[] window = {departure.minusDays(LOOK_BACK_DAYS), PnrStore.storedLocator(booking),
                PnrStore.createdKey(booking)};
        Optional<TravelDocument> doc = passenger.primaryDocument().filter(d -> !d.number().isBlank());
        List<Leg> legs;
        if (doc.isPresent()) {
            legs = sql.query("SELECT b.id, l.departure_date, l.origin, l.destination FROM pnr_document d"
                    + " JOIN pnr_passenger p ON p.id = d.passenger_id" + LEGS
                    + " WHERE d.doc_number = ? AND d.doc_type = ? AND d.issuer = ? AND d.masked = FALSE" + WHERE, StoredTravelHistory::leg,
                    params(window, cut(doc.get().number(), 40), cut(doc.get().type(), 4),
                            cut(doc.get().issuingCountry(), 3)));
        } else {
            String key = NameKey.of(passenger.surname(), passenger.givenNames());
            if (key.isEmpty()) {
                return Optional.empty();
            }
            legs = sql.query("SELECT b.id, l.departure_date, l.origin, l.destination FROM pnr_passenger p" + LEGS
                    + " WHERE p.name_key = ? AND p.masked = FALSE" + WHERE, StoredTravelHistory::leg, params(window, key));
        }
        return Optional.of(count(legs, departure));
    }

    /** Counts trips (a booking departing on its first leg's date) in the windows before {@code departure}. */
    static TravelHistory count(List<Leg> legs, LocalDate departure) {
        Map<String, List<Leg>> byBooking = new LinkedHashMap<>();
        for (Leg l : legs) {
            byBooking.computeIfAbsent(l.bookingId(), k -> new ArrayList<>()).add(l);
        }
        int d30 = 0;
        int d90 = 0;
        int d365 = 0;
        LinkedHashSet<String> airports = new LinkedHashSet<>();
        LinkedHashSet<String> routes = new LinkedHashSet<>();
        for (List<Leg> trip : byBooking.values()) {
            LocalDate first = trip.getFirst().departure();
            if (!first.isBefore(departure) || first.isBefore(departure.minusDays(365))) {
                continue;
            }
            d365++;
            d90 += first.isBefore(departure.minusDays(90)) ? 0 : 1;
            d30 += first.isBefore(departure.minusDays(30)) ? 0 : 1;
            for (Leg l : trip) {
                if (!l.origin().isEmpty() && !l.destination().isEmpty()) {
                    airports.add(l.origin());
                    airports.add(l.destination());
                    routes.add(l.origin() + "-" + l.destination());
                }
            }
        }
        return new TravelHistory(d30, d90, d365, List.copyOf(airports), List.copyOf(routes));
    }

    private static Leg leg(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Leg(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4));
    }

    private static Object[] params(Object[] window, Object... first) {
        Object[] out = new Object[first.length + window.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(window, 0, out, first.length, window.length);
        return out;
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max);
    }
}
