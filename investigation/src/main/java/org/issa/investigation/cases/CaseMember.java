package org.issa.investigation.cases;

import java.time.Instant;

/** A named user on a case, with the agency and member state they had when added, and their role in the case. */
public record CaseMember(String caseId, String username, String agency, String memberState, CaseRole role, Instant addedAt,
                         String addedBy) {
}
