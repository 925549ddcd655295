package org.issa.cyber.report;

import java.time.Instant;
import java.util.List;

/**
 * What the reporter sees on the status page or through the API: the status, when it was received
 * and last changed, the confirmed classification, and to whom it was forwarded. Nothing else: no
 * analyst notes, no correlations, no markings.
 */
public record ReporterView(String reference, ReportStatus status, Instant receivedAt, Instant updatedAt, Rsit classification,
                           List<Forwarded> forwardedTo) {

    /** One forwarding as the reporter is told of it. */
    public record Forwarded(String authorityName, Instant at) {
    }

    public ReporterView {
        forwardedTo = List.copyOf(forwardedTo);
    }
}
