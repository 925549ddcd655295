package org.issa.app.screening;

import java.time.Instant;
import org.issa.core.marking.Marking;
import org.issa.matching.model.Subject;

/** A customer, payee or other person or company an analyst keeps screening: re-screened whenever a list changes. */
public record MonitoredSubject(String id, Subject subject, String contentHash, String purpose, String owner, Instant createdAt,
                               Marking marking) {

    public String name() {
        return subject.primaryName().full();
    }
}
