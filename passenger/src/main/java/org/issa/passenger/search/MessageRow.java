package org.issa.passenger.search;

import java.time.Instant;
import java.util.Optional;

/** A received message as the operator's list shows it (no personal data). */
public record MessageRow(String id, String reference, String kind, String version, String pushType, String sender, String flight,
                         String channel, String receivedBy, Instant receivedAt, int bookings, int passengers, int quarantined,
                         int sensitiveDeleted, boolean rawKept, Optional<Instant> depersonalisedAt) {
}
