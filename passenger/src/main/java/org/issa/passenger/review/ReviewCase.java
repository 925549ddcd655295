package org.issa.passenger.review;

import java.time.Instant;
import java.util.Optional;

/** The hits on one passenger of one flight, reviewed together; once closed its decisions are locked. */
public record ReviewCase(String id, String flightKey, String passengerRef, boolean closed, Instant openedAt,
                         Optional<String> closedBy, Optional<Instant> closedAt, Optional<String> closingNote) {
}
