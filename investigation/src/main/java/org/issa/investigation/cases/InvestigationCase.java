package org.issa.investigation.cases;

import java.time.Instant;
import org.issa.core.marking.Marking;

/**
 * A case workspace. The lead agency and state are those of the user who opened it; the marking
 * governs who may know the case exists at all, membership who may open it.
 */
public record InvestigationCase(String id, String reference, String title, String summary, String leadAgency, String leadState,
                                CaseStatus status, Instant createdAt, String createdBy, Instant updatedAt, Marking marking) {
}
