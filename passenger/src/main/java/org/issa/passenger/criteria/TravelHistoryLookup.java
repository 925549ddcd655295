package org.issa.passenger.criteria;

import java.time.LocalDate;
import java.util.Optional;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Passenger;

/**
 * Finds a traveller's earlier journeys in the stored data. Implemented over the store by whoever holds it; empty
 * means "unknown", and criteria that need history then do not hit, with that reason.
 */
@FunctionalInterface
public interface TravelHistoryLookup {

    /** No history available: every history field is missing. */
    TravelHistoryLookup NONE = (booking, passenger, departure) -> Optional.empty();

    Optional<TravelHistory> history(Booking booking, Passenger passenger, LocalDate departure);
}
