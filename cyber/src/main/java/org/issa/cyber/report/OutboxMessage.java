package org.issa.cyber.report;

import java.time.Instant;
import org.issa.core.marking.Marking;

/**
 * A notification to a reporter, waiting in the outbox. No mail server is configured: the message is
 * QUEUED until a relay (or a person) sends it; nothing here pretends it was sent.
 */
public record OutboxMessage(String id, String reportId, Instant createdAt, String recipient, String language, String subject,
                            String body, String state, Marking marking) {

    /** The recipient with the local part hidden, for lists: {@code j***@example.org}. */
    public String maskedRecipient() {
        int at = recipient.indexOf('@');
        return at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
    }
}
