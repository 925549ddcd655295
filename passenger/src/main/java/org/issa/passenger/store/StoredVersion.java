package org.issa.passenger.store;

import java.util.List;

/**
 * A booking version just stored, as the entity port sees it: who travels together on which flights.
 *
 * @param bookingId the booking
 * @param versionId the version stored
 * @param versionNo its number (1 for a booking first seen)
 * @param carrier   the booking's carrier
 * @param locator   its record locator
 * @param persons   the travellers
 * @param flights   the flights of the itinerary, as {@link PnrStore#flightLabel}
 */
public record StoredVersion(String bookingId, String versionId, int versionNo, String carrier, String locator, List<Person> persons,
                            List<String> flights) {
    public StoredVersion {
        persons = List.copyOf(persons);
        flights = List.copyOf(flights);
    }

    /** A traveller with what identifies them on the entity port: name, primary document, date of birth, nationality. */
    public record Person(String ref, String surname, String givenNames, String document, String birthDate, String nationality) {
    }
}
