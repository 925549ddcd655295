package org.issa.cyber.report;

import java.time.Instant;

/** A logged forwarding: who sent which report where, when, and under which routing rule (kept as worded then). */
public record Forwarding(String id, String reportId, Instant at, String actor, String authorityCode, String authorityName,
                         String ruleId, String ruleText) {
}
