package org.issa.passenger.criteria;

import java.util.ArrayList;
import java.util.List;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Passenger;
import org.issa.rules.CompiledRule;
import org.issa.rules.Facts;
import org.issa.rules.RuleIndex;

/**
 * Evaluates the criteria in force against each passenger of a booking (the assessment of Art 6(2)(a)). Only versions
 * that a supervisor other than their author approved and then activated are evaluated; the compiled set is built once
 * and rebuilt when the register reports a change. Thread-safe.
 */
public final class CriteriaEvaluator {

    private final CriteriaRegister register;
    private volatile Snapshot snapshot = new Snapshot(-1, List.of(), false, indexed(List.of(), Compiled::rule));

    public CriteriaEvaluator(CriteriaRegister register) {
        this.register = register;
    }

    private record Compiled(CriteriaStore.ActiveCriterion active, CompiledRule rule, boolean readsHistory) {
        Compiled(CriteriaStore.ActiveCriterion active, CompiledRule rule) {
            this(active, rule, PassengerFacts.readsHistory(rule.fields()));
        }
    }

    /**
     * The criteria in force, and the same indexed by what they require of the itinerary and booking (never by the travel
     * history, which the facts a passenger is first evaluated on do not carry): only those that could hit a passenger
     * are evaluated for them, with the same hits as evaluating all of them ({@link RuleIndex}).
     */
    private record Snapshot(long generation, List<Compiled> rules, boolean readsHistory, RuleIndex<Compiled> index) {
    }

    /** The hits of every criterion in force on every passenger of the booking, highest priority first. */
    public List<CriterionHit> assess(Booking booking, TravelHistoryLookup history) {
        Snapshot s = current();
        List<Compiled> rules = s.rules();
        List<CriterionHit> hits = new ArrayList<>();
        if (rules.isEmpty()) {
            return hits;
        }
        // The history (a store query per passenger) is looked up only when a criterion in force reads it.
        List<Facts> facts = PassengerFacts.of(booking, s.readsHistory() ? history : TravelHistoryLookup.NONE);
        for (int i = 0; i < facts.size(); i++) {
            Passenger p = booking.passengers().get(i);
            for (Compiled c : s.index().candidates(facts.get(i))) {
                if (c.rule().evaluate(facts.get(i)).hit()) {
                    CriteriaStore.ActiveCriterion a = c.active();
                    hits.add(new CriterionHit(a.criterion().id(), a.version().version(), a.criterion().name(), a.version().priority(),
                            p.ref(), c.rule().explain(facts.get(i)), a.criterion().marking()));
                }
            }
        }
        return hits;
    }

    /**
     * The hits of every criterion in force on one passenger of the booking, highest priority first: the passenger's facts
     * are built once and shared by every criterion. The travel history (a store query) is looked up at most once, and
     * only when a criterion that reads it cannot be decided without it: {@code destination == 'X' && history.trips_90d >= 3}
     * is already false for a passenger not flying to X, whatever the history holds (see {@link HistoryOnDemand}).
     */
    public List<CriterionHit> assess(Booking booking, Passenger passenger, TravelHistoryLookup history) {
        Snapshot s = current();
        List<CriterionHit> hits = new ArrayList<>();
        if (s.rules().isEmpty()) {
            return hits;
        }
        HistoryOnDemand facts = new HistoryOnDemand(booking, passenger, s.readsHistory() ? history : TravelHistoryLookup.NONE);
        for (Compiled c : s.index().candidates(facts.withoutHistory())) {
            Facts f = facts.decide(c.rule(), c.readsHistory());
            if (c.rule().evaluate(f).hit()) {
                CriteriaStore.ActiveCriterion a = c.active();
                hits.add(new CriterionHit(a.criterion().id(), a.version().version(), a.criterion().name(), a.version().priority(),
                        passenger.ref(), c.rule().explain(f), a.criterion().marking()));
            }
        }
        return hits;
    }

    /** Criteria indexed by what they require of a passenger's facts without the travel history. */
    static <T> RuleIndex<T> indexed(List<T> criteria, java.util.function.Function<T, CompiledRule> rule) {
        return new RuleIndex<>(criteria, rule, field -> !PassengerFacts.readsHistory(List.of(field)));
    }

    /** How many criteria are in force. */
    public int activeCount() {
        return current().rules().size();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long generation = register.generation();
        if (s.generation() != generation) {
            List<Compiled> rules = new ArrayList<>();
            for (CriteriaStore.ActiveCriterion a : register.store().active()) {
                // A version that no longer compiles (the model changed) is skipped rather than evaluated wrongly.
                register.compiler().compile(a.version().expression()).rule().ifPresent(r -> rules.add(new Compiled(a, r)));
            }
            s = new Snapshot(generation, List.copyOf(rules), rules.stream().anyMatch(c -> PassengerFacts.readsHistory(c.rule().fields())),
                    indexed(rules, Compiled::rule));
            snapshot = s;
        }
        return s;
    }
}
