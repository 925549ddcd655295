package org.issa.investigation.cases;

import java.time.Instant;

/**
 * A note in a case. A note holding personal data is shown in full only to a reader who states a
 * purpose, which is audited; otherwise its body is masked.
 */
public record CaseNote(String id, String caseId, Instant at, String author, String body, boolean personal, boolean masked) {

    public static final String MASK = "[personal data: state a purpose to read this note]";

    public CaseNote hidden() {
        return new CaseNote(id, caseId, at, author, MASK, personal, true);
    }
}
