package org.issa.finance.register;

import java.time.Instant;

/** A query as the log keeps it. */
public record LoggedQuery(String id, Instant at, String username, String agency, String authorityId, LegalBasis legalBasis,
                          String basisText, String caseRef, String criteria, int results) {
}
