package org.issa.passenger.criteria;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * A pre-determined criterion: its name, its owner (who answers for it), its marking, and which of its versions is the
 * latest and which, if any, is in force.
 */
public record Criterion(String id, String name, String owner, String createdBy, Instant createdAt, int latestVersion,
                        Optional<Integer> activeVersion, boolean retired, Marking marking) {
}
