package org.issa.cyber.outbox;

import java.time.Instant;
import org.issa.core.marking.Marking;

/** A message as a list shows it: the recipient masked and no body (bodies hold links with personal tokens). */
public record OutboxLine(String id, Instant createdAt, OutboxMessage.Kind kind, String maskedRecipient, String language, String subject,
                         OutboxMessage.State state, String subjectRef, Marking marking) {

    static OutboxLine of(OutboxMessage m) {
        return new OutboxLine(m.id(), m.createdAt(), m.kind(), m.maskedRecipient(), m.language(), m.subject(), m.state(), m.subjectRef(),
                m.marking());
    }
}
