package org.issa.cyber.report.incident;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/** An investigation linked to one or more incidents, e.g. the case a competent authority opened. */
public record Investigation(String id, String title, InvestigationStatus status, String owner, Instant openedAt,
                            Optional<Instant> closedAt, Marking marking) {
}
