package org.issa.investigation.cases;

import java.time.Instant;

/** An entity of the entity store attached to a case, by its id; the label is what the user called it. */
public record AttachedEntity(String caseId, String entityId, String label, Instant addedAt, String addedBy) {
}
