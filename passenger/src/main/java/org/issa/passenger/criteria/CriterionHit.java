package org.issa.passenger.criteria;

import org.issa.core.marking.Marking;
import org.issa.rules.Explanation;

/**
 * A passenger matched a criterion in force: which criterion and version, its priority for the review queue, the
 * passenger (by reference within the booking), and why, in the analyst's words. A hit is "for further examination"
 * (Art 7(6)): it goes to human review, never straight to a competent authority.
 */
public record CriterionHit(String criterionId, int version, String criterionName, int priority, String passengerRef,
                           Explanation explanation, Marking marking) {
}
