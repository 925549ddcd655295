package org.issa.passenger.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;

/**
 * A flight whose passengers are to be assessed: carrier and number, route, the departure date as
 * published (local to the departure airport), scheduled times and whether it arrives or departs.
 * Its key names it across pushes, as the passenger store's flight board does: {@code LH400/2026-11-30/FRA-JFK}.
 */
public record FlightToAssess(String carrier, String number, String origin, String destination, LocalDate departureDate,
                             Instant departure, Instant arrival, Direction direction) {

    private static final Pattern CARRIER = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}[A-Z]?");
    private static final Pattern AIRPORT = Pattern.compile("[A-Z]{3}");

    public FlightToAssess {
        carrier = check("carrier", carrier, CARRIER, "a two- or three-character airline designator");
        number = check("number", number, NUMBER, "one to four digits and an optional suffix letter");
        origin = check("origin", origin, AIRPORT, "a three-letter IATA airport code");
        destination = check("destination", destination, AIRPORT, "a three-letter IATA airport code");
        if (departure == null) {
            throw new InvalidInputException("departure", "departure time is required");
        }
        if (departureDate == null) {
            throw new InvalidInputException("departureDate", "departure date is required");
        }
        if (arrival == null) {
            throw new InvalidInputException("arrival", "arrival time is required");
        }
        if (arrival.isBefore(departure)) {
            throw new InvalidInputException("arrival", "arrival must not be before departure");
        }
        Objects.requireNonNull(direction, "direction");
    }

    private static String check(String field, String value, Pattern p, String what) {
        String v = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!p.matcher(v).matches()) {
            throw new InvalidInputException(field, field + " must be " + what);
        }
        return v;
    }

    public String key() {
        return carrier + number + "/" + departureDate + "/" + origin + "-" + destination;
    }

    public String label() {
        return carrier + " " + number + " " + origin + "→" + destination;
    }

    /** The time by which the review should be done: arrival for arriving flights, departure for departing ones. */
    public Instant reviewBy() {
        return direction == Direction.ARRIVING ? arrival : departure;
    }
}
