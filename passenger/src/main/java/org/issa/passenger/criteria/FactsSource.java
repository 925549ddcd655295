package org.issa.passenger.criteria;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The criteria facts of the stored bookings of a period, streamed one booking at a time for a backtest: over the copy of
 * the facts the PNR store keeps beside each booking's current version, or built from a {@link BookingSource}. A booking
 * belongs to the period when its first departure date lies in it.
 */
@FunctionalInterface
public interface FactsSource {

    /**
     * Hands the facts of every stored booking whose first departure lies in {@code [from, to]} (both included) to
     * {@code each}; {@code wanted} (a mask over {@link CriteriaFacts#FIELDS}, see {@link CriteriaFacts#wanted}) says which
     * fields must be there, a source may leave the others missing.
     */
    void forEach(LocalDate from, LocalDate to, boolean[] wanted, Consumer<BookingFacts> each);

    /** The facts built from each booking of {@code source} (tests, in-memory and generated bookings). */
    static FactsSource of(BookingSource source) {
        return (from, to, wanted, each) -> source.forEach(from, to,
                b -> each.accept(new BookingFacts(b.id(), b.departureDate(), b.masked(), CriteriaFacts.of(b.booking()), b::booking)));
    }
}
