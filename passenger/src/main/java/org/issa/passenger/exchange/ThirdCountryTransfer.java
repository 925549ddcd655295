package org.issa.passenger.exchange;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/** A transfer to a third country as registered, with every Art 11 condition it met and the DPO's acknowledgement (Art 11(4)). */
public record ThirdCountryTransfer(String id, TransferRequest request, String transferredBy, Instant transferredAt,
                                   Optional<String> dpoAcknowledgedBy, Optional<Instant> dpoAcknowledgedAt, Marking marking) {
}
