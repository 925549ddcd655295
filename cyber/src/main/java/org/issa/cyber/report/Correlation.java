package org.issa.cyber.report;

import org.issa.cyber.report.observable.ObservableKind;

/** Another report, readable by the viewer, that shares an observable with the one shown. */
public record Correlation(ObservableKind kind, String value, String reportId, String reference, ReportStatus status,
                          java.time.Instant receivedAt) {
}
