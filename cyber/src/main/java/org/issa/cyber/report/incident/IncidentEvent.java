package org.issa.cyber.report.incident;

import java.time.Instant;

/** One entry of an incident's timeline. */
public record IncidentEvent(String id, String incidentId, Instant at, String actor, String kind, String detail) {
}
