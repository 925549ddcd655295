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
                        Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> decisionReason, Marking marking,
                        Optional<String> pnrBookingId, Data data) {

    /**
     * What the hit still holds of the passenger: everything ({@code FULL}); the Art 12(2) items masked with the PNR after
     * six months ({@code MASKED}, shown in full only under an Art 12(3) approval of the booking); nothing personal any more,
     * erased with the PNR at the end of retention ({@code ERASED}).
     */
    public enum Data { FULL, MASKED, ERASED }

    public ReviewHit {
        details = List.copyOf(details);
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
