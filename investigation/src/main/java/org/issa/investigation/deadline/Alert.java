package org.issa.investigation.deadline;

import java.time.Instant;

/** A warning or overdue flag the watch raised for one limit of one record. */
public record Alert(String id, String recordType, String recordId, String deadline, Instant dueAt, AlertLevel level, Instant raisedAt) {
}
