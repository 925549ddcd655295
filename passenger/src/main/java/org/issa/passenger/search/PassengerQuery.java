package org.issa.passenger.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.issa.passenger.store.NameKey;

/**
 * A search over stored passengers: by name (all words must occur, in order of the stored name key), by document
 * number, by route (origin and/or destination airport) and by departure date range. At least one of name, document or
 * route is required, and a date range of at most a year.
 */
public record PassengerQuery(Optional<String> name, Optional<String> document, Optional<String> origin, Optional<String> destination,
                             Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final long MAX_DAYS = 366;

    public PassengerQuery {
        name = clean(name, "name", 200).map(NameKey::normalise).filter(s -> !s.isEmpty());
        document = clean(document, "document", 40).map(s -> s.toUpperCase(java.util.Locale.ROOT));
        origin = clean(origin, "origin", 5).map(s -> airport("origin", s));
        destination = clean(destination, "destination", 5).map(s -> airport("destination", s));
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (name.isEmpty() && document.isEmpty() && origin.isEmpty() && destination.isEmpty()) {
            throw new InvalidInputException("name", "give a name, a document number or a route to search");
        }
        if (from.isPresent() && to.isPresent()) {
            if (to.get().isBefore(from.get())) {
                throw new InvalidInputException("to", "the end of the date range lies before its start");
            }
            if (ChronoUnit.DAYS.between(from.get(), to.get()) > MAX_DAYS) {
                throw new InvalidInputException("to", "a date range may span at most " + MAX_DAYS + " days");
            }
        }
    }

    private static Optional<String> clean(Optional<String> v, String field, int max) {
        if (v == null || v.isEmpty() || v.get().isBlank()) {
            return Optional.empty();
        }
        String s = v.get().strip();
        if (s.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        return Optional.of(s);
    }

    private static String airport(String field, String s) {
        String a = s.toUpperCase(java.util.Locale.ROOT);
        if (!a.matches("[A-Z]{3}")) {
            throw new InvalidInputException(field, field + " must be a three-letter IATA airport code");
        }
        return a;
    }

    /** A short description for the audit trail (no personal data beyond what the searcher typed is repeated there). */
    public String describe() {
        StringBuilder b = new StringBuilder("search");
        name.ifPresent(n -> b.append(" name"));
        document.ifPresent(d -> b.append(" document"));
        origin.ifPresent(o -> b.append(" from ").append(o));
        destination.ifPresent(d -> b.append(" to ").append(d));
        from.ifPresent(f -> b.append(" after ").append(f));
        to.ifPresent(t -> b.append(" until ").append(t));
        return b.toString();
    }
}
