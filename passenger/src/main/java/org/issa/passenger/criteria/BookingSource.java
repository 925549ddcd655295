package org.issa.passenger.criteria;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The stored bookings of a period, streamed one by one for a backtest: implemented over the PNR store (which hands
 * them out masked as its retention rules say), in memory, or by a generator for benchmarks. A booking belongs to the
 * period when its first departure date lies in it.
 */
@FunctionalInterface
public interface BookingSource {

    /** Hands every stored booking whose first departure lies in {@code [from, to]} (both included) to {@code each}. */
    void forEach(LocalDate from, LocalDate to, Consumer<StoredBooking> each);
}
