package org.issa.passenger.search;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A passenger of a booking's current version, as lists show it; names read {@code ***} once depersonalised.
 *
 * @param passengerId the stored passenger
 * @param bookingId   the booking
 * @param carrier     its carrier
 * @param locator     its record locator
 * @param surname     surname, or the mask
 * @param givenNames  given names, or the mask
 * @param masked      whether Article 12(2) masking applies
 * @param flight      the first leg's flight (e.g. {@code LH400})
 * @param origin      its departure airport
 * @param destination its arrival airport
 * @param date        its departure date (local)
 */
public record PassengerRow(String passengerId, String bookingId, String carrier, String locator, String surname, String givenNames,
                           boolean masked, String flight, String origin, String destination, Optional<LocalDate> date) {
}
