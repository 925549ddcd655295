package org.issa.passenger.exchange;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * A duly reasoned request for PNR data or the results of their processing, from another
 * Member State's PIU (Art 9(2)) or from Europol (Art 10): who asks and under which references,
 * for which offence, why, for what data, by when, and how it was answered.
 *
 * @param depersonalisedData the request concerns data older than six months: the full data may be
 *                           disclosed only with an approval under Art 12(3), whose reference the answer names
 */
public record InformationRequest(String id, RequesterKind requesterKind, String requester, String requesterState,
                                 String theirReference, String channelReference, String legalBasis, String offence, String reasoning,
                                 String dataRequested, boolean depersonalisedData, Urgency urgency, String receivedBy,
                                 Instant receivedAt, Instant dueAt, RequestStatus status, Optional<String> answeredBy,
                                 Optional<Instant> answeredAt, Optional<String> answer, Optional<String> approvalReference,
                                 Marking marking) {

    public boolean overdueAt(Instant now) {
        return ResponseDeadlines.overdue(status, dueAt, now);
    }
}
