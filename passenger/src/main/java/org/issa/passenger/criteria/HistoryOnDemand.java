package org.issa.passenger.criteria;

import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Passenger;
import org.issa.rules.CompiledRule;
import org.issa.rules.Facts;

/**
 * One passenger's facts with the travel history looked up only when a rule needs it to decide. The facts without
 * history are built first; a rule that does not read history, or that is decided without it (its other conditions
 * already make it false or true: the rules engine evaluates a missing field as unknown, and {@code false && unknown}
 * is false), is evaluated on them. Only a history-reading rule left undecided makes the lookup, once for all rules of
 * the passenger. The verdicts are those of facts built with the history from the start.
 */
public final class HistoryOnDemand {

    private final Booking booking;
    private final Passenger passenger;
    private final TravelHistoryLookup history;
    private final Facts withoutHistory;
    private Facts withHistory;

    public HistoryOnDemand(Booking booking, Passenger passenger, TravelHistoryLookup history) {
        this.booking = booking;
        this.passenger = passenger;
        this.history = history;
        this.withoutHistory = PassengerFacts.of(booking, passenger, TravelHistoryLookup.NONE);
    }

    /** The facts on which {@code rule} is decided: without the history when that suffices, else with it. */
    public Facts decide(CompiledRule rule) {
        return decide(rule, PassengerFacts.readsHistory(rule.fields()));
    }

    /** As {@link #decide(CompiledRule)} for a rule already known to read the history or not. */
    public Facts decide(CompiledRule rule, boolean readsHistory) {
        if (!readsHistory || history == TravelHistoryLookup.NONE || !rule.evaluate(withoutHistory).undecided()) {
            return withoutHistory;
        }
        if (withHistory == null) {
            withHistory = PassengerFacts.of(booking, passenger, history);
        }
        return withHistory;
    }

    /** The passenger's facts without the travel history. */
    public Facts withoutHistory() {
        return withoutHistory;
    }

    /** Whether the history was looked up. */
    public boolean lookedUp() {
        return withHistory != null;
    }
}
