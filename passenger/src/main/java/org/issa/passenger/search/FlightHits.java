package org.issa.passenger.search;

import java.time.LocalDate;
import java.util.Map;
import org.issa.core.security.Principal;

/**
 * How many hits the review module has, that the reader may see, for flights departing in a date range, by {@link FlightRow#key()}. The store
 * does not know the review tables; the application supplies this (no hits when it supplies none).
 */
@FunctionalInterface
public interface FlightHits {

    Map<String, Integer> counts(Principal reader, LocalDate from, LocalDate to);

    static FlightHits none() {
        return (reader, from, to) -> Map.of();
    }
}
