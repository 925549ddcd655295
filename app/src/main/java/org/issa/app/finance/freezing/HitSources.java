package org.issa.app.finance.freezing;

import java.util.Optional;
import org.issa.app.screening.Hit;
import org.issa.app.screening.HitStatus;
import org.issa.app.screening.ReviewQueue;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.finance.freezing.ListSource;
import org.springframework.stereotype.Component;

/**
 * The small coupling between screening and freezing: a hit confirmed as a true match in the review queue gives the
 * list and entry of a new freezing order. Reading the hit is audited by the queue, with the freezing purpose.
 */
@Component
public class HitSources {

    public static final String PURPOSE = "preparing a freezing order after a confirmed sanctions hit";

    private final ReviewQueue queue;

    public HitSources(ReviewQueue queue) {
        this.queue = queue;
    }

    /** The confirmed hit behind an order, or a 400 naming {@code hitId} when it is unknown, hidden or not a true match. */
    public Hit confirmed(Principal who, String hitId) {
        Hit h;
        try {
            h = queue.hit(who, hitId.strip(), Optional.of(PURPOSE));
        } catch (NotFoundException e) {
            throw new InvalidInputException("hitId", "no screening hit " + hitId + " that you may see");
        }
        if (h.status() != HitStatus.TRUE_MATCH) {
            throw new InvalidInputException("hitId", "only a hit confirmed as a true match in the review queue leads to a freezing order");
        }
        return h;
    }

    public ListSource source(Hit h) {
        return new ListSource(h.listId(), h.listName(), h.entryId(), h.id());
    }

    /** The source of an order: the confirmed hit's list and entry when a hit is named, else what the user typed. */
    public ListSource resolve(Principal who, String hitId, String listId, String listName, String entryId) {
        if (hitId != null && !hitId.isBlank()) {
            return source(confirmed(who, hitId));
        }
        return new ListSource(listId, listName, entryId, "");
    }
}
