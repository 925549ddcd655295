package org.issa.passenger.pnr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One UN/EDIFACT PAXLST message (API data, Annex I item 18).
 *
 * @param reference            the UNH message reference
 * @param interchangeReference the UNB control reference
 * @param version              the directory, e.g. {@code D.05B}
 * @param sender               UNB sender
 * @param recipient            UNB recipient
 * @param preparedAt           UNB preparation time, taken as UTC
 * @param listType             BGM: passengers, crew…
 * @param transactionRef       RFF+TN
 * @param reportingParty       NAD+MS name
 * @param flights              TDT legs with their LOC/DTM (times local)
 * @param persons              the passengers or crew
 * @param declaredCount        CNT+42 (or 41): the total the sender declared
 * @param parts                the parts of a multi-part message (UNH element 4), empty for a single message
 * @param quarantined          segments set aside
 */
@Annex(AnnexItem.API_DATA)
public record ApiMessage(String reference, String interchangeReference, String version, String sender, String recipient,
                         Optional<Instant> preparedAt, ApiListType listType, String transactionRef, String reportingParty,
                         List<Flight> flights, List<ApiPerson> persons, Optional<Integer> declaredCount, List<MessagePart> parts,
                         List<Quarantined> quarantined) {
    public ApiMessage {
        reference = Flight.nz(reference);
        interchangeReference = Flight.nz(interchangeReference);
        version = Flight.nz(version);
        sender = Flight.nz(sender);
        recipient = Flight.nz(recipient);
        preparedAt = preparedAt == null ? Optional.empty() : preparedAt;
        listType = listType == null ? ApiListType.UNKNOWN : listType;
        transactionRef = Flight.nz(transactionRef);
        reportingParty = Flight.nz(reportingParty);
        flights = List.copyOf(flights);
        persons = List.copyOf(persons);
        declaredCount = declaredCount == null ? Optional.empty() : declaredCount;
        parts = List.copyOf(parts);
        quarantined = List.copyOf(quarantined);
    }
}
