package org.issa.strategy.progress;

import java.time.Instant;

/** The current status of an action, and who set it when. */
public record StatusRecord(String actionCode, ActionStatus status, Instant changedAt, String changedBy) {
}
