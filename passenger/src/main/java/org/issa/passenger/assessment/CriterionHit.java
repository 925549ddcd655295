package org.issa.passenger.assessment;

import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.passenger.review.Priority;

/**
 * A pre-determined criterion that fired on a passenger: which criterion in which version, the
 * priority its owner gave it, and why it fired (the facts it matched), for the reviewer; the
 * criterion's marking, when it has one, is carried onto the hit.
 */
public record CriterionHit(String criterionId, String name, int version, Priority priority, String explanation,
                           List<String> details, Optional<Marking> marking) {

    public CriterionHit {
        details = details == null ? List.of() : List.copyOf(details);
        marking = marking == null ? Optional.empty() : marking;
    }
}
