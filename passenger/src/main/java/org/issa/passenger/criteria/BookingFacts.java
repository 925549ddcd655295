package org.issa.passenger.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.issa.passenger.pnr.Booking;

/**
 * The criteria facts of one stored booking's current version, as a backtest reads them: its storage id, the local date
 * of its first departure, whether storage has depersonalised it, each passenger's reference and facts without travel
 * history, and the stored booking itself on demand (read only for a passenger whose criterion needs the travel history,
 * and for a sample hit's locator).
 */
public record BookingFacts(String id, LocalDate departureDate, boolean masked, List<CriteriaFacts.Traveller> travellers,
                           Supplier<Booking> booking) {

    public BookingFacts {
        travellers = List.copyOf(travellers);
    }
}
