package org.issa.strategy.progress;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/** A dated note on an action's progress, by its author, under a marking; it may move the action's status. */
public record ProgressUpdate(String id, String actionCode, Instant at, String author, String body,
                             Optional<ActionStatus> statusAfter, Marking marking) {
}
