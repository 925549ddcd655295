package org.issa.passenger.search;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A flight on the board: the flight as the legs of current booking versions give it, with counts.
 *
 * @param carrier     marketing carrier
 * @param number      flight number (with suffix)
 * @param date        departure date (local), if known
 * @param time        departure time (local), if known
 * @param origin      departure airport
 * @param destination arrival airport
 * @param bookings    bookings on it
 * @param passengers  passengers on it
 * @param hits        review hits raised for it (0 when the review module records none)
 */
public record FlightRow(String carrier, String number, Optional<LocalDate> date, String time, String origin, String destination,
                        int bookings, int passengers, int hits) {

    /** The key the review module gives the flight: {@code LH400/2026-11-30/FRA-JFK}. */
    public String key() {
        return carrier + number + "/" + date.map(LocalDate::toString).orElse("") + "/" + origin + "-" + destination;
    }

    public FlightRow withHits(int n) {
        return new FlightRow(carrier, number, date, time, origin, destination, bookings, passengers, n);
    }
}
