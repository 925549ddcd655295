package org.issa.passenger.search;

import java.time.LocalDate;
import java.util.Optional;

/** One leg a passenger travelled (or is booked on), from the current version of one of their bookings. */
public record TravelRecord(String bookingId, String carrier, String locator, String flight, String origin, String destination,
                           Optional<LocalDate> date, String time, String status) {
}
