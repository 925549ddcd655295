package org.issa.cyber.outbox;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * A message waiting for the operator's mail relay. ISSA has no mail server: every message is
 * {@link State#QUEUED} and stays so; nothing here pretends it was sent.
 *
 * @param kind         what the message is for
 * @param language     the language it is written in (en, fr, de)
 * @param subjectRef   what it is about: a report id, an advisory's tracking id, a referral reference,
 *                     or {@code subscription} for confirmation requests
 * @param subscriberId the subscription it belongs to (deleted with it), if any
 * @param marking      the record's marking; the recipient is personal data wherever a person is addressed
 */
public record OutboxMessage(String id, Instant createdAt, Kind kind, String recipient, String language, String subject,
                            String body, State state, String subjectRef, Optional<String> subscriberId, Marking marking) {

    /** What the message is for. */
    public enum Kind {
        /** A reporter is told where their report was forwarded. */
        REPORT_FORWARDED,
        /** A subscriber is asked to confirm (double opt-in). */
        CONFIRM_SUBSCRIPTION,
        /** A published advisory, to a confirmed subscriber it concerns. */
        ADVISORY,
        /** A notice of illegal content, to a hosting service's point of contact. */
        REFERRAL_NOTICE
    }

    /** Where a message is. There is no "sent": no mail server is configured on an ISSA node. */
    public enum State {
        QUEUED
    }

    public OutboxMessage {
        subscriberId = subscriberId == null ? Optional.empty() : subscriberId;
    }

    /** A new queued message. */
    public static OutboxMessage queued(String id, Instant at, Kind kind, String recipient, String language, String subject, String body,
                                       String subjectRef, Optional<String> subscriberId, Marking marking) {
        return new OutboxMessage(id, at, kind, recipient, language, subject, body, State.QUEUED, subjectRef, subscriberId, marking);
    }

    /** The recipient with the local part hidden, for lists: {@code j***@example.org}. */
    public String maskedRecipient() {
        int at = recipient.indexOf('@');
        return at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
    }
}
