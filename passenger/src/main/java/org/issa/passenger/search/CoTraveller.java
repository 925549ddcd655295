package org.issa.passenger.search;

/**
 * Someone who travels with a passenger: on the same booking (current versions).
 *
 * @param passengerId one of the co-traveller's stored passenger rows
 * @param surname     surname, or the mask
 * @param givenNames  given names, or the mask
 * @param bookings    how many of the passenger's bookings they share
 * @param masked      whether masked
 */
public record CoTraveller(String passengerId, String surname, String givenNames, int bookings, boolean masked) {
}
