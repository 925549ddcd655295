package org.issa.cyber.report;

import java.time.Instant;
import org.issa.core.marking.Marking;

/** A line of the triage queue: no personal data (no contact, no description, no observables), so listing needs no purpose. */
public record ReportSummary(String id, String reference, ReportStatus status, Channel channel, Instant receivedAt,
                            ReporterType reporterType, String country, String sector, Rsit suggested, Rsit confirmed,
                            int observables, int attachments, Marking marking) {
}
