package org.issa.cyber.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.cyber.report.observable.Observable;

/** A report that passed every check, with its observables found and its attachments typed. */
public record CheckedReport(ReporterType reporterType, boolean anonymous, Contact contact, String description,
                            Optional<LocalDate> occurredOn, String country, String sector, String language,
                            List<Observable> observables, List<CheckedAttachment> attachments) {

    public CheckedReport {
        observables = List.copyOf(observables);
        attachments = List.copyOf(attachments);
    }

    /** An attachment with its recognised type and hash. */
    public record CheckedAttachment(String filename, String mediaType, byte[] content, String sha256) {
    }
}
