package org.issa.cyber.report.incident;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.cyber.report.Rsit;

/** An incident: what several reports (or one) turned out to be, with an owner answerable for it. */
public record Incident(String id, String title, IncidentStatus status, String owner, Rsit rsit, Instant openedAt,
                       Instant updatedAt, Optional<Instant> closedAt, Marking marking) {
}
