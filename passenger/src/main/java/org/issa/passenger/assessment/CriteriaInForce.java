package org.issa.passenger.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.criteria.CriteriaEvaluator;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.passenger.review.Priority;
import org.issa.rules.Explanation;

/**
 * The {@link CriteriaCheck} over the criteria register: the criteria a supervisor approved and
 * activated are evaluated on the passenger's booking (the PNR), with the travel history the store
 * can give. A passenger assessed without a booking (identity data only) is evaluated against no
 * criterion: criteria are written over the PNR, not over a name.
 */
public final class CriteriaInForce implements CriteriaCheck {

    private final CriteriaEvaluator evaluator;
    private final TravelHistoryLookup history;

    public CriteriaInForce(CriteriaEvaluator evaluator, TravelHistoryLookup history) {
        this.evaluator = evaluator;
        this.history = history;
    }

    @Override
    public int activeCriteria() {
        return evaluator.activeCount();
    }

    @Override
    public List<CriterionHit> evaluate(FlightToAssess flight, PassengerToAssess passenger) {
        if (passenger.booked().isEmpty()) {
            return List.of();
        }
        PassengerToAssess.BookedPassenger b = passenger.booked().get();
        List<CriterionHit> out = new ArrayList<>();
        // Only this passenger's facts are built (and their history looked up once), not every co-traveller's again.
        Optional<org.issa.passenger.pnr.Passenger> traveller = b.booking().passengers().stream().filter(p -> p.ref().equals(b.paxRef()))
                .findFirst();
        if (traveller.isEmpty()) {
            return out;
        }
        for (org.issa.passenger.criteria.CriterionHit h : evaluator.assess(b.booking(), traveller.get(), history)) {
            out.add(new CriterionHit(h.criterionId(), h.criterionName(), h.version(), priority(h.priority()), h.explanation().summary(),
                    details(h.explanation()), Optional.of(h.marking())));
        }
        return out;
    }

    /** The register's priorities run from 1 (highest) to 5. */
    static Priority priority(int p) {
        return p <= 1 ? Priority.HIGH : p <= 3 ? Priority.MEDIUM : Priority.LOW;
    }

    private static List<String> details(Explanation e) {
        List<String> lines = new ArrayList<>();
        for (Explanation.Met m : e.conditions()) {
            StringBuilder b = new StringBuilder(m.condition());
            if (!m.values().isEmpty()) {
                b.append(": ").append(String.join("; ", m.values().stream().map(v -> v.label() + " = " + v.value()).toList()));
            }
            lines.add(b.toString());
        }
        return lines;
    }
}
