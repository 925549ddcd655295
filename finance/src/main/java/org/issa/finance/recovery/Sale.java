package org.issa.finance.recovery;

import java.time.Instant;
import java.util.Optional;
import org.issa.finance.freezing.Money;

/** A proposed sale of a confiscated asset, its reacquisition check, and the supervisor's decision. */
public record Sale(String id, String assetId, Buyer buyer, Money price, SaleCheck check, Status status, String requestedBy,
                   Instant requestedAt, Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> decisionReason,
                   Optional<String> overrideReason) {

    public enum Status { PENDING, APPROVED, BLOCKED }
}
