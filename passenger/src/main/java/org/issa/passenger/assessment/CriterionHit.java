package org.issa.passenger.assessment;

import java.util.List;
import org.issa.passenger.review.Priority;

/**
 * A pre-determined criterion that fired on a passenger: which criterion in which version, the
 * priority its owner gave it, and why it fired (the facts it matched), for the reviewer.
 */
public record CriterionHit(String criterionId, String name, int version, Priority priority, String explanation,
                           List<String> details) {

    public CriterionHit {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
