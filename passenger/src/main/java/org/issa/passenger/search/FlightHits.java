package org.issa.passenger.search;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many hits the review module has for flights departing in a date range, by {@link FlightRow#key()}. The store
 * does not know the review tables; the application supplies this (no hits when it supplies none).
 */
@FunctionalInterface
public interface FlightHits {

    Map<String, Integer> counts(LocalDate from, LocalDate to);

    static FlightHits none() {
        return (from, to) -> Map.of();
    }
}
