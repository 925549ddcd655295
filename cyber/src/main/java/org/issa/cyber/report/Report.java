package org.issa.cyber.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * A report as staff see it once they have stated a purpose: who reported (unless anonymous), what
 * happened, the suggested and the confirmed RSIT classification, and where it stands.
 */
public record Report(String id, String reference, ReportStatus status, Channel channel, Instant receivedAt, Instant updatedAt,
                     Optional<Instant> closedAt, String submittedBy, String submitterAgency, ReporterType reporterType,
                     boolean anonymous, Contact contact, String language, Optional<LocalDate> occurredOn, String country,
                     String sector, String description, Rsit suggested, String suggestionReason, Rsit confirmed,
                     String classifiedBy, Optional<String> incidentId, String statusNote, Marking marking) {

    /** The classification in force: the confirmed one, else the suggestion. */
    public Rsit classification() {
        return confirmed.isSet() ? confirmed : suggested;
    }
}
