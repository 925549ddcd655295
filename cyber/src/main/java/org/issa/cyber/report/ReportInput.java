package org.issa.cyber.report;

import java.util.List;
import java.util.Map;
import org.issa.cyber.report.observable.ObservableExtractor.Field;

/**
 * A report as submitted through the form or the API, not yet checked. Strings may be null or blank.
 *
 * @param observableFields the dedicated observable fields' raw contents
 */
public record ReportInput(String reporterType, boolean anonymous, String contactName, String contactEmail, String contactPhone,
                          String description, String occurredOn, String country, String sector,
                          Map<Field, String> observableFields, String language, List<AttachmentInput> attachments) {

    public ReportInput {
        observableFields = observableFields == null ? Map.of() : Map.copyOf(observableFields);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file sent with a report: its name as the client gave it, and its bytes. */
    public record AttachmentInput(String filename, byte[] content) {
    }
}
