package org.issa.cyber.advisory;

import java.time.Instant;
import java.util.Optional;

/**
 * A message waiting for delivery by the operator's mail relay. ISSA sends no mail itself: what is
 * here has not been sent. {@code subjectRef} names what it is about (a tracking id, a referral reference).
 */
public record OutboxMessage(String id, Instant createdAt, Kind kind, String recipient, String subject, String body,
                            String subjectRef, Optional<String> subscriberId) {

    /** What the message is for. */
    public enum Kind {
        CONFIRM_SUBSCRIPTION,
        ADVISORY,
        REFERRAL_NOTICE
    }
}
