package org.issa.passenger.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * An automated hit under review: what raised it (list entry or criterion, with version and
 * score), its priority and the explanation of why it fired, the passenger and flight, and the
 * review so far: who examined it and what they noted, who decided it and why.
 */
public record ReviewHit(String id, String caseId, HitSource source, String sourceId, String sourceName, int sourceVersion,
                        String entryId, String entryName, double score, Priority priority, String explanation,
                        List<String> details, String flightKey, String flightLabel, String carrier, String direction,
                        Instant flightTime, String passengerRef, String passengerName, String bookingRef, HitStatus status,
                        Instant raisedAt, Optional<String> reviewedBy, Optional<Instant> reviewedAt, Optional<String> reviewNote,
                        Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> decisionReason, Marking marking) {

    public ReviewHit {
        details = List.copyOf(details);
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
