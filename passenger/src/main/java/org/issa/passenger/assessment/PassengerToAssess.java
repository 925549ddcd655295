package org.issa.passenger.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.issa.passenger.pnr.Booking;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.core.screening.ScreenableRecord;

/**
 * One passenger of a flight as the assessment sees them: a stable reference given by the store,
 * the booking's record locator, names, and the identity data of API / SSR DOCS. The marking is the
 * stored booking's (personal data).
 */
public record PassengerToAssess(String passengerRef, String bookingRef, List<String> names, List<String> birthDates,
                                List<String> nationalities, String gender, List<String> documents, Marking marking,
                                Optional<BookedPassenger> booked) {

    /**
     * The booking the passenger travels on and their reference within it, when the assessment has the PNR (criteria need it);
     * with the stored message and booking it came from, when stored ("" otherwise): the hits raised follow their retention.
     */
    public record BookedPassenger(Booking booking, String paxRef, String messageId, String bookingId) {

        public BookedPassenger {
            messageId = messageId == null ? "" : messageId;
            bookingId = bookingId == null ? "" : bookingId;
        }

        public BookedPassenger(Booking booking, String paxRef) {
            this(booking, paxRef, "", "");
        }
    }

    /** A passenger known by identity data only (no booking): screened against the lists, not evaluated against criteria. */
    public PassengerToAssess(String passengerRef, String bookingRef, List<String> names, List<String> birthDates,
                             List<String> nationalities, String gender, List<String> documents, Marking marking) {
        this(passengerRef, bookingRef, names, birthDates, nationalities, gender, documents, marking, Optional.empty());
    }

    public static final String RECORD_TYPE = "passenger";

    public PassengerToAssess {
        if (passengerRef == null || passengerRef.isBlank() || passengerRef.length() > 100) {
            throw new InvalidInputException("passengerRef", "passengerRef must be 1-100 characters");
        }
        if (bookingRef == null || bookingRef.isBlank() || bookingRef.length() > 64) {
            throw new InvalidInputException("bookingRef", "bookingRef must be 1-64 characters");
        }
        names = names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        if (names.isEmpty()) {
            throw new InvalidInputException("names", "a passenger needs at least one name");
        }
        if (names.stream().anyMatch(n -> n.length() > 200)) {
            throw new InvalidInputException("names", "a name must be at most 200 characters");
        }
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        documents = documents == null ? List.of() : List.copyOf(documents);
        gender = gender == null ? "" : gender;
        Objects.requireNonNull(marking, "marking");
        booked = booked == null ? Optional.empty() : booked;
    }

    /** The record offered to the watch-list check. */
    public ScreenableRecord screenable() {
        return new ScreenableRecord(RECORD_TYPE, passengerRef, "Person", names, birthDates, nationalities, gender, documents, marking,
                "system");
    }

    public String displayName() {
        return names.getFirst();
    }
}
