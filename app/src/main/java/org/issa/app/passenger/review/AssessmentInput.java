package org.issa.app.passenger.review;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.issa.app.web.MarkingInput;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.security.Principal;
import org.issa.passenger.assessment.Direction;
import org.issa.passenger.assessment.FlightToAssess;
import org.issa.passenger.assessment.PassengerToAssess;

/**
 * A flight and its passengers handed to the assessment over HTTP: the review module's own
 * ingestion hook, for operators and for carriers' data already parsed elsewhere.
 */
public record AssessmentInput(FlightInput flight, List<PassengerInput> passengers, @Valid MarkingInput marking) {

    public record FlightInput(String carrier, String number, String origin, String destination, String departureDate, String departure,
                              String arrival, String direction) {
    }

    public record PassengerInput(String passengerRef, String bookingRef, List<String> names, List<String> birthDates,
                                 List<String> nationalities, String gender, List<String> documents) {
    }

    public FlightToAssess toFlight() {
        if (flight == null) {
            throw new InvalidInputException("flight", "flight is required");
        }
        Instant dep = instant("flight.departure", flight.departure());
        LocalDate day;
        try {
            day = flight.departureDate() == null || flight.departureDate().isBlank() ? LocalDate.ofInstant(dep, java.time.ZoneOffset.UTC)
                    : LocalDate.parse(flight.departureDate().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("flight.departureDate", "flight.departureDate must be a date like 2026-11-30");
        }
        Direction d;
        try {
            d = Direction.valueOf(flight.direction() == null ? "" : flight.direction().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("flight.direction", "flight.direction must be ARRIVING or DEPARTING");
        }
        return new FlightToAssess(flight.carrier(), flight.number(), flight.origin(), flight.destination(), day, dep,
                instant("flight.arrival", flight.arrival()), d);
    }

    public List<PassengerToAssess> toPassengers(Principal who) {
        if (passengers == null || passengers.isEmpty()) {
            throw new InvalidInputException("passengers", "passengers must list at least one passenger");
        }
        Marking m = who.markingOfOwnRecord(marking == null ? null : marking.toMarking(who.agency()));
        EnumSet<Handling> flags = EnumSet.of(Handling.PERSONAL_DATA);
        flags.addAll(m.handling());
        Marking personal = m.withHandling(flags);
        return passengers.stream().map(p -> new PassengerToAssess(p.passengerRef(), p.bookingRef(), p.names(), p.birthDates(),
                p.nationalities(), p.gender(), p.documents(), personal)).toList();
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a UTC time like 2026-11-30T14:05:00Z");
        }
    }
}
